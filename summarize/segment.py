"""Segment: normalised text -> paragraphs and sentences with character offsets.

Invariant (tested with hypothesis): every non-whitespace character of the text
lies in exactly one sentence, sentences are in order, do not overlap, and
neither start nor end with whitespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_BLANK_LINES = re.compile(r"\n[ \t\u00a0\u2000-\u200b\u3000]*\n\s*")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    paragraph: int
    #: A stand-alone line without closing punctuation: a headline or subheading.
    heading: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by blank lines, trimmed."""
    spans = []
    position = 0
    for match in _BLANK_LINES.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    result = []
    for start, end in spans:
        start, end = _trim(text, start, end)
        if start < end:
            result.append((start, end))
    return result


def segment(text: str) -> list[Span]:
    """Sentences of ``text`` as spans, paragraph by paragraph."""
    result: list[Span] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        for start, end, heading in _split_paragraph(text[p_start:p_end]):
            result.append(Span(p_start + start, p_start + end, number, heading))
    return result


def split_sentences(text: str) -> list[str]:
    """Sentence strings of ``text`` (what sumy's ``to_sentences`` needs)."""
    return [text[s.start : s.end] for s in segment(text)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_TERMINAL = re.compile(r"[.!?…:;]['\"’”)\]]*$")


def _split_paragraph(paragraph: str) -> list[tuple[int, int, bool]]:
    lines = paragraph.split("\n")
    if len(lines) == 1 and _is_heading(paragraph):
        return [(0, len(paragraph), True)]
    spans: list[tuple[int, int, bool]] = []
    for start, end in _sentence_spans(paragraph):
        start, end = _trim(paragraph, start, end)
        if start < end:
            spans.append((start, end, False))
    return spans


def _is_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 20 and not _TERMINAL.search(line.rstrip())


@lru_cache(maxsize=1)
def _tokenizer():  # pragma: no cover - trivial
    import nupunkt

    return nupunkt


def _sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    spans = list(_tokenizer().sent_spans(paragraph))
    if not spans:
        return [(0, len(paragraph))]
    # Close any gap so no character is dropped: each span runs to the next start.
    fixed = []
    for index, (start, _end) in enumerate(spans):
        begin = 0 if index == 0 else start
        finish = spans[index + 1][0] if index + 1 < len(spans) else len(paragraph)
        fixed.append((begin, finish))
    return fixed
