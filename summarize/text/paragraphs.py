"""Paragraphs: blocks of text separated by blank lines (or U+2029), with their offsets."""

from __future__ import annotations

import re

# Line breaks as str.splitlines() knows them; U+2029 separates paragraphs.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028"
_BREAK = rf"(?:\r\n|[{LINE_BREAKS}])"
_PARAGRAPH_BREAK = re.compile(rf"{_BREAK}[^\S{LINE_BREAKS}\u2029]*(?:{_BREAK}|\u2029)\s*|\u2029\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by blank lines, trimmed."""
    result: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        _append_trimmed(text, position, match.start(), result)
        position = match.end()
    _append_trimmed(text, position, len(text), result)
    return result


def _append_trimmed(text: str, start: int, end: int, result: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        start += len(piece) - len(piece.lstrip())
        result.append((start, start + len(stripped)))
