"""Paragraphs: blocks of text separated by blank lines (or U+2029), with their offsets."""

from __future__ import annotations

import re

# Line breaks as str.splitlines() knows them; U+2029 separates paragraphs.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028"
_BREAK = rf"(?:\r\n|[{LINE_BREAKS}])"
_PARAGRAPH_BREAK = re.compile(rf"{_BREAK}[^\S{LINE_BREAKS}\u2029]*(?:{_BREAK}|\u2029)\s*|\u2029\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by blank lines, trimmed.

    The segmenter and the perspective stage both ask for the same text's paragraphs:
    the last text's are kept (a tenth of a second for a 50,000-sentence text), found
    again by identity, not by comparing the text."""
    global _last
    last = _last  # read once: another thread may set it meanwhile
    if last is not None and last[0] is text:
        return list(last[1])
    result = _paragraphs(text)
    _last = (text, tuple(result))
    return result


#: The last text :func:`paragraphs` read, and its paragraphs.
_last: tuple[str, tuple[tuple[int, int], ...]] | None = None


def _paragraphs(text: str) -> list[tuple[int, int]]:
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
