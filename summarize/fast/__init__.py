"""Vectorised LexRank, TextRank and LSA that give sumy's answers.

Each algorithm reproduces sumy 0.13's own class, given the same tokenizer,
stemmer and stop words (``summarize.tokenizer``): the same words, the same
weights, the same quirks, the same selection. The modules say, algorithm by
algorithm, what sumy computes and where the result can differ:

- :mod:`summarize.fast.lexrank`: the same floats up to 2,000 sentences; sparse
  above; linked within blocks when the exact graph would be too large.
- :mod:`summarize.fast.textrank`: the same floats up to 2,000 sentences; exact
  (up to rounding) and linear in time and memory above.
- :mod:`summarize.fast.lsa`: sumy's own SVD, with its dictionary order, up to
  300 sentences (the same floats); above, the closed form it amounts to (sumy
  keeps every singular value, so a rating is the length of the sentence's
  column): linear, and equal ratings go to the earlier sentence instead of
  being ordered by SVD noise.

Importing this package costs numpy only; scipy is imported for LexRank above
2,000 sentences. sumy and nltk are never imported.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from summarize.summary.registry import FAST_ALGORITHMS as ALGORITHMS

if TYPE_CHECKING:
    from summarize.fast.terms import TermMemo


@dataclass
class Rating:
    """Each body sentence's rating, in order, and what the reader should know."""

    ratings: list[float]
    notes: list[str] = field(default_factory=list)


def prefers(algorithm: str, n: int) -> bool:
    """Whether ``engine="auto"`` should use the fast path for ``n`` sentences.

    Measured (docs/BENCHMARKS.md): the fast path wins at every size, from one
    sentence (no nltk import: about 1 s saved) to 5,000 (seconds against
    minutes), so it is always preferred where it exists.
    """
    return algorithm in ALGORITHMS


def rate(
    algorithm: str,
    sentences: Sequence[str],
    *,
    headings: Sequence[bool] | None = None,
    words_of: Callable[[str], Sequence[str]] | None = None,
    stem: Callable[[str], str] | None = None,
    stop_words: frozenset[str] | None = None,
    lean: bool = False,
    memo: TermMemo | None = None,
) -> Rating:
    """Rate ``sentences`` (in document order) as sumy's ``algorithm`` would.

    ``headings[i]`` marks a heading: sumy never rates headings, so the result
    has a rating for each other sentence, in order; but LSA's dictionary
    includes the headings' words. ``words_of``, ``stem`` and ``stop_words``
    default to unspin's tokenizer, the Snowball English stemmer and sumy's
    English stop words. ``lean``: see :func:`summarize.fast.terms.count_terms`.
    ``memo``: the same document's counts, shared by this call and later ones that rate
    some of its sentences again (:class:`summarize.fast.terms.TermMemo`).
    """
    if algorithm not in ALGORITHMS:
        raise ValueError(f"the fast engine has no {algorithm}; it has {', '.join(ALGORITHMS)}")
    from summarize.fast._blas import one_thread
    from summarize.fast.terms import count_again, count_terms

    only = "lsa" if algorithm == "lsa" else "content"  # each algorithm reads one
    if memo is not None and (words_of, stem, stop_words) != (None, None, None):
        memo = None  # kept only for unspin's own words
    if (
        memo is not None
        and memo.terms is not None
        and only == "content"
        and not lean
        and not any(headings or ())
    ):
        terms = count_again(memo.terms, sentences)
    else:
        terms = count_terms(
            sentences,
            headings,
            words_of=words_of,
            stem=stem,
            stop_words=stop_words,
            only=only,
            lean=lean,
        )
        if memo is not None and memo.terms is None and only == "content" and not lean:
            memo.terms = terms
    module = importlib.import_module(f"summarize.fast.{algorithm}")  # one module each
    with one_thread():
        result = module.rate(terms)
    return Rating([float(r) for r in result.ratings], list(result.notes))


__all__ = ["ALGORITHMS", "Rating", "prefers", "rate"]
