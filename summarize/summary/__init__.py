"""Summary: rate sentences with one of sumy's eight algorithms and pick the best.

Every algorithm runs through sumy's own summarizer classes (``engine="sumy"``)
with unspin's offline tokenizer, the Snowball English stemmer and sumy's
English stop words. unspin asks sumy for each sentence's *rating* and then
selects exactly as sumy does (best rating first, ties in document order, the
chosen ones back in document order), so every selected sentence comes with its
score and rank.

Headings (a title line) are not candidates, as in sumy's plain-text parser;
Edmundson's title method uses them.

LexRank, TextRank and LSA also have a vectorised implementation
(:mod:`summarize.fast`) that gives sumy's ratings without importing sumy or
nltk; ``engine="auto"`` uses it (it wins at every size: see
docs/BENCHMARKS.md). sumy's own classes cost time that grows with the square
or the cube of the length, so each has a largest input it accepts
(:mod:`summarize.summary.registry`, the one table of algorithms); past it the user
is told which algorithms take any length.
"""

from __future__ import annotations

import math
import re
import tomllib
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from summarize.errors import UsageError
from summarize.report import Summary
from summarize.summary.registry import (
    ALGORITHMS,
    DEFAULT_ALGORITHM,
    DEFAULT_LENGTH,
    FAST_ALGORITHMS,
    REGISTRY,
    Algorithm,
)

if TYPE_CHECKING:
    from summarize.fast.terms import TermMemo

ENGINES = ("auto", "sumy", "fast")

_LENGTH = re.compile(r"^\s*(\d+)\s*(%?)\s*$")


@dataclass(frozen=True)
class Candidate:
    """A sentence as the summarizers see it."""

    id: int
    text: str
    paragraph: int
    heading: bool = False


def parse_length(length: str | int) -> tuple[int, bool]:
    """``"5"`` -> (5, False); ``"20%"`` -> (20, True). Raises UsageError otherwise."""
    match = _LENGTH.match(str(length))
    if not match:
        raise UsageError(
            f"summary length must be a count like 5 or a percentage like 20%, not {length!r}"
        )
    value, percent = int(match.group(1)), bool(match.group(2))
    if percent and not 0 <= value <= 100:
        raise UsageError(f"summary percentage must be between 0% and 100%, not {length!r}")
    return value, percent


#: Ratings are ranked on this many significant digits. sumy's ratings carry
#: rounding noise of about 1e-15 (relative) that differs between BLAS builds
#: and thread counts (LSA's SVD), and between sumy's classes and the fast
#: engine; a tie in exact arithmetic must stay a tie whatever that noise is, so
#: ratings equal to ten digits are ranked as equal, in document order, which is
#: what sumy's stable sort does with equal ratings. Real differences between
#: sentences are many orders of magnitude larger than 1e-10.
RANKING_DIGITS = 10


def ranking_key(rating: float) -> float:
    """The rating as ranked: rounded to :data:`RANKING_DIGITS` significant digits."""
    if rating == 0.0 or not math.isfinite(rating):
        return rating
    return float(f"{rating:.{RANKING_DIGITS}g}")


def select(ratings: Sequence[float], length: str | int) -> list[tuple[int, float, int]]:
    """Pick sentences as sumy does: (position, rating, rank) in document order.

    Best rating first, equal ratings in document order (a stable sort, as
    sumy's), then the chosen ones back in document order. Ratings are compared
    through :func:`ranking_key`, so rounding noise never decides between
    sentences that exact arithmetic rates the same.
    """
    value, percent = parse_length(length)
    keys = [ranking_key(r) for r in ratings]
    order = sorted(range(len(ratings)), key=keys.__getitem__, reverse=True)  # stable
    # A percentage gives at least one sentence, except 0%, which is -n 0: none.
    count = max(1, len(ratings) * value // 100) if percent and value else value
    chosen = order[:count]
    rank = {position: index + 1 for index, position in enumerate(chosen)}  # the chosen's
    return [(i, float(ratings[i]), rank[i]) for i in sorted(chosen)]


def extract(
    candidates: Sequence[Candidate],
    *,
    algorithm: str = DEFAULT_ALGORITHM,
    length: str | int = DEFAULT_LENGTH,
    engine: str = "auto",
    lean: bool = False,
    memo: TermMemo | None = None,
) -> Summary:
    """The extractive summary: rate the candidates, keep the best (ids are ``Candidate.id``).

    ``lean`` (a book-length text whose ``candidates`` are made as they are read, see
    :mod:`summarize.spool`): hold no candidate or text longer than its block is read; the
    fast engine finds repeated texts by digest (:func:`summarize.fast.terms.count_terms`).
    The same summary either way. ``memo``: counts shared with other calls on the same
    document's sentences (:class:`summarize.fast.terms.TermMemo`; the fast engine only).
    """
    algorithm = algorithm.lower()
    if algorithm not in ALGORITHMS:
        raise UsageError(f"unknown algorithm {algorithm!r}; choose one of {', '.join(ALGORITHMS)}")
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    parse_length(length)
    body = [c.id for c in candidates if not c.heading]
    summary = Summary(algorithm=algorithm, length=str(length))
    if not body:
        summary.notes.append("no sentences to summarise (only headings)")
        summary.engine = "none"
        return summary
    chosen_engine = _choose_engine(algorithm, len(body), engine)
    if chosen_engine == "sumy":
        _check_sumy_limit(algorithm, len(body))
    if chosen_engine == "fast":
        from summarize import fast

        rated = fast.rate(
            algorithm,
            _Texts(candidates) if lean else [c.text for c in candidates],
            headings=[c.heading for c in candidates],
            lean=lean,
            memo=memo,
        )
        ratings = rated.ratings
        summary.notes.extend(rated.notes)
    else:
        ratings = rate_with_sumy(algorithm, candidates)
    summary.engine = chosen_engine
    # sumy's LexRank divides by zero on tiny documents; a NaN is no rating (and no JSON).
    ratings = [r if math.isfinite(r) else 0.0 for r in ratings]
    for position, score, rank in select(ratings, length):
        summary.sentence_ids.append(body[position])
        summary.scores.append(_significant(score))
        summary.ranks.append(rank)
    return summary


class _Texts(Sequence[str]):
    """The candidates' texts, each read when it is needed (``extract(lean=True)``)."""

    def __init__(self, candidates: Sequence[Candidate]) -> None:
        self.candidates = candidates

    def __len__(self) -> int:
        return len(self.candidates)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        if isinstance(index, slice):
            return [c.text for c in self.candidates[index]]
        return self.candidates[index].text

    def __iter__(self):  # type: ignore[no-untyped-def, override]
        return (c.text for c in self.candidates)


def _choose_engine(algorithm: str, size: int, engine: str) -> str:
    if engine != "auto":
        if engine == "fast" and not REGISTRY[algorithm].fast:
            raise UsageError(
                f"the fast engine has no {algorithm}; it has {', '.join(FAST_ALGORITHMS)}"
            )
        return engine
    try:
        from summarize import fast
    except ImportError:
        return "sumy"
    return "fast" if fast.prefers(algorithm, size) else "sumy"


def _significant(score: float) -> float:
    """Six significant digits: TextRank's ratings of long texts are about 1/N."""
    return float(f"{score:.6g}")


def _check_sumy_limit(algorithm: str, size: int) -> None:
    entry = REGISTRY[algorithm]
    limit, reason = entry.sumy_limit, entry.limit_reason
    if size <= limit:
        return
    if entry.fast:
        raise UsageError(
            f"sumy's own {algorithm} cannot rate {size:,} sentences (at most {limit:,}: "
            f"{reason}); use --engine fast or auto, which give its answers at any length"
        )
    takers = ", ".join(FAST_ALGORITHMS[:-1]) + " or " + FAST_ALGORITHMS[-1]
    raise UsageError(
        f"{algorithm} cannot summarise {size:,} sentences (at most {limit:,}: {reason}); "
        f"use {takers}, which take any length"
    )


def rate_with_sumy(algorithm: str, candidates: Sequence[Candidate]) -> list[float]:
    """Each non-heading candidate's rating from sumy's own summarizer class."""
    import importlib

    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    from summarize.text.stopwords import stop_words
    from summarize.tokenizer import OfflineTokenizer, stem

    tokenizer = OfflineTokenizer()
    paragraphs: dict[int, list[SumySentence]] = {}
    for candidate in candidates:
        paragraphs.setdefault(candidate.paragraph, []).append(
            SumySentence(candidate.text, tokenizer, is_heading=candidate.heading)
        )
    document = ObjectDocumentModel([Paragraph(p) for p in paragraphs.values()])

    module_name, class_name = REGISTRY[algorithm].sumy
    base = getattr(importlib.import_module(module_name), class_name)

    class Capturing(base):  # type: ignore[misc, valid-type]
        """Keeps sumy's ratings, position by position, instead of selecting."""

        captured: list[float] | None = None

        def _get_best_sentences(self, sentences, count, rating, *args, **kwargs):  # type: ignore[override]
            rate = rating.__getitem__ if isinstance(rating, dict) else rating
            self.captured = [float(rate(s, *args, **kwargs)) for s in sentences]
            return ()

    summarizer = Capturing(stem)
    summarizer.stop_words = stop_words()
    if algorithm == "edmundson":
        cue = edmundson_words()
        summarizer.bonus_words = cue["bonus"]
        summarizer.stigma_words = cue["stigma"]
        summarizer.null_words = stop_words()
    with warnings.catch_warnings():
        # LexRank's power method divides 0 by 0 on documents of one or two sentences.
        warnings.simplefilter("ignore", RuntimeWarning)
        # LSA's "Number of words (...) is lower than number of sentences": noise on stderr.
        warnings.simplefilter("ignore", UserWarning)
        summarizer(document, len(document.sentences))
    captured = summarizer.captured
    if captured is None and algorithm == "lsa":
        # sumy's LSA returns early, rating nothing, when no word is in its dictionary.
        return [0.0] * len(document.sentences)
    if captured is None or len(captured) != len(document.sentences):  # pragma: no cover
        raise RuntimeError(f"sumy's {class_name} did not rate every sentence")
    return captured


@lru_cache(maxsize=1)
def edmundson_words() -> dict[str, frozenset[str]]:
    """English bonus and stigma words for Edmundson (summarize/data/edmundson.toml)."""
    text = (resources.files("summarize") / "data" / "edmundson.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return {key: frozenset(data[key]) for key in ("bonus", "stigma")}


__all__ = [
    "ALGORITHMS",
    "DEFAULT_ALGORITHM",
    "DEFAULT_LENGTH",
    "ENGINES",
    "FAST_ALGORITHMS",
    "REGISTRY",
    "Algorithm",
    "Candidate",
    "edmundson_words",
    "extract",
    "parse_length",
    "rate_with_sumy",
    "select",
]
