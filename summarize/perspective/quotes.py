"""Quotations: where the author hands the floor to someone else.

Quotes are found over the whole text, paragraph by paragraph, so a quotation
that spans several sentences is known in each of them. An unclosed quotation
runs to the end of its paragraph (the usual style for multi-paragraph quotes).
"""

from __future__ import annotations

import re

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", "‘": "’", "‹": "›"}
_MARKS = re.compile(
    "[" + re.escape("".join(sorted({*_OPEN_CLOSE, *_OPEN_CLOSE.values(), '"'}))) + "]"
)
_OPENERS_BEFORE = set(" \t\n([{—–-/:;,") | {"\u00a0"}


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each top-level quotation, marks included, in text order."""
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        spans.extend(_quotes_in(text, p_start, p_end))
    return spans


def _quotes_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    open_at = -1
    closer = ""
    for mark in _MARKS.finditer(text, start, end):  # only marks change the state
        i = mark.start()
        char = text[i]
        if open_at < 0:
            if char in _OPEN_CLOSE and (char != "‘" or _opens(text, i, start)):
                open_at, closer = i, _OPEN_CLOSE[char]
            elif char == '"' and _opens(text, i, start):
                open_at, closer = i, '"'
        elif (char == closer and (closer != "’" or _closes_single(text, i, end))) or (
            closer == '"' and char == "”"
        ):
            spans.append((open_at, i + 1))
            open_at = -1
    if open_at >= 0:
        spans.append((open_at, end))
    return spans


def _opens(text: str, i: int, start: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPENERS_BEFORE or before in "“‘\"'") and not after.isspace()


def _closes_single(text: str, i: int, end: int) -> bool:
    after = text[i + 1] if i + 1 < end else " "
    if after.isalnum():
        return False  # an apostrophe inside a word: it’s, don’t
    # "members’ ability": a plural possessive, not the end of the quotation.
    before = text[i - 1] if i > 0 else " "
    following = text[i + 2] if i + 2 < end else " "
    return not (before == "s" and after == " " and following.islower())


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies within one of the spans."""
    return any(s <= start and end <= e for s, e in spans)


def clip(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of the spans that fall within [start, end)."""
    return [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]
