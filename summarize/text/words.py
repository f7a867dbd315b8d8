"""The one word tokenizer every stage uses: (start, end, word) spans of a text."""

from __future__ import annotations

import re
from functools import lru_cache

#: A letter or digit, then word characters, with "'", "’", "." or "-" only between two of them
#: (matched in runs: the same words as one character at a time, faster).
WORD = re.compile(r"[^\W_]\w*(?:['’.\-]\w+)*")

#: The names of the days and of the months, in lower case (English, whatever the locale).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")  # fmt: skip


def words(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, word) of each word, offsets shifted by ``offset``."""
    found = _spans(text)
    if not offset:
        return list(found)
    return [(s + offset, e + offset, w) for s, e, w in found]


@lru_cache(maxsize=512)
def _spans(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(), m.end(), m.group()) for m in WORD.finditer(text))
