"""English stop words: sumy's list, read from its package data (no nltk, no sumy import)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's English stop-word list, read from its package data (no nltk)."""
    text = (resources.files("sumy") / "data" / "stopwords" / "english.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())
