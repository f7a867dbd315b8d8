"""Is this English? A cheap check by the share of English stop words.

unspin's segmenter, stemmer, stop words, cues and lexicons are English; other
languages are analysed as if they were English, which gives nonsense. Running
English prose is about half stop words ("the", "of", "and", "is", ...).
One-letter stop words are not counted: "a", "e", "o", "y" are words of other
languages too. Counted so, the 2,003 BBC articles have shares from 0.196
(a sports results list; the sixth lowest is 0.27) to 0.6, BASIL's 246 from
0.37 (``bench/language.py`` measures it on the shared data); news paragraphs in
French, German, Spanish, Italian, Dutch and Portuguese (tests/apps/test_hardening.py)
have 0.013 to 0.071. The cut is between them. Texts too short to tell are not
judged.
"""

from __future__ import annotations

from functools import lru_cache

from summarize.text.stopwords import stop_words
from summarize.text.words import words

#: Below this share of English stop words, a text is probably not English.
ENGLISH_STOP_SHARE = 0.12
#: Fewer words than this and the share says too little to warn about.
MIN_WORDS = 40
#: Words sampled: enough for a stable share, cheap on a book.
SAMPLE_WORDS = 5_000


@lru_cache(maxsize=1)
def _counted_stop_words() -> frozenset[str]:
    return frozenset(w for w in stop_words() if len(w) >= 2)


def english_share(text: str) -> tuple[float, int]:
    """(share of English stop words among the first words, words counted)."""
    stop = _counted_stop_words()
    counted = hits = 0
    for line in text.splitlines():
        for _start, _end, word in words(line):
            counted += 1
            hits += word.lower() in stop
        if counted >= SAMPLE_WORDS:
            break
    return (hits / counted if counted else 0.0), counted


def non_english_warning(text: str, name: str) -> str | None:
    """A warning when ``text`` is probably not English, else None."""
    share, counted = english_share(text)
    if counted < MIN_WORDS or share >= ENGLISH_STOP_SHARE:
        return None
    return (
        f"{name}: this does not look like English ({share:.0%} of its words are English "
        "stop words; English prose has about half): unspin analyses English only, so the "
        "summary, claims and opinions may be meaningless"
    )


__all__ = ["ENGLISH_STOP_SHARE", "english_share", "non_english_warning"]
