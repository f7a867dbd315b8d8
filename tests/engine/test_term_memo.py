"""The digest reads the summary's counts again (:class:`summarize.fast.terms.TermMemo`):
the same counts and the same picks as counting the claims afresh."""

from __future__ import annotations

import random

import pytest

from summarize import fast
from summarize.fast.terms import TermMemo, Terms, count_again, count_terms
from summarize.perspective.neutral import digest
from summarize.pipeline import analyze
from summarize.summary import Candidate, extract, ranking_key

# fmt: off
_WORDS = [
    "council", "budget", "schools", "roads", "police", "mayor", "said", "vote", "plan", "rise",
    "fell", "shares", "market", "minister", "report", "court", "judge", "ruling", "players",
    "coach", "season", "goal", "win", "lost", "storm", "rain",
]
# fmt: on


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 14))).capitalize() + "."


def _rows(terms: Terms) -> list[dict[str, float]]:
    """Each row's counts by stem (a count's own numbering of stems set aside)."""
    counts = terms.content
    assert counts is not None
    rows: list[dict[str, float]] = [{} for _ in range(terms.n)]
    for row, col, count in zip(counts.rows, counts.cols, counts.counts, strict=True):
        rows[int(row)][terms.stems[int(col)]] = float(count)
    return rows


def test_rows_read_again_equal_a_fresh_count() -> None:
    rng = random.Random(7)
    document = [_sentence(rng) for _ in range(300)]
    known = count_terms(document, only="content")
    # most sentences again, a few rewritten with words the document never had, a repeat,
    # an empty text and one that is only stop words
    subset = [s for s in document if rng.random() < 0.7]
    subset[3] = "Zebras crossed the unflooded causeway."
    subset[10] = subset[11]
    subset[20] = ""
    subset.append("It was the one.")
    again = count_again(known, subset)
    fresh = count_terms(subset, only="content")
    assert again.n == fresh.n
    assert again.texts == fresh.texts
    assert _rows(again) == _rows(fresh)
    assert again.content is not None
    keys = again.content.rows * (1 << 32) + again.content.cols
    assert (keys[1:] > keys[:-1]).all()  # sorted by (row, column), each pair once


@pytest.mark.parametrize("algorithm", ["textrank", "lexrank"])
def test_ratings_from_a_memo_rank_as_a_fresh_count(algorithm: str) -> None:
    rng = random.Random(11)
    document = [_sentence(rng) for _ in range(2_500)]  # the long-text path above 2,000
    memo = TermMemo()
    fast.rate(algorithm, document, memo=memo)
    assert memo.terms is not None
    subset = [s if rng.random() < 0.9 else s.replace("said", "stated") for s in document[::1]]
    subset = [s for s in subset if rng.random() < 0.8]
    reread = fast.rate(algorithm, subset, memo=memo).ratings
    plain = fast.rate(algorithm, subset).ratings
    assert [ranking_key(r) for r in reread] == [ranking_key(r) for r in plain]


def test_a_memo_is_kept_only_for_unspins_own_content_count() -> None:
    texts = ["The council voted.", "The mayor said no.", "Roads were shut."]
    for call in (
        lambda memo: fast.rate("lsa", texts, memo=memo),  # LSA reads other counts
        lambda memo: fast.rate("textrank", texts, memo=memo, lean=True),  # a book's
        lambda memo: fast.rate("textrank", texts, memo=memo, stem=str.lower),
    ):
        memo = TermMemo()
        call(memo)
        assert memo.terms is None


def test_a_memo_needs_the_texts_it_counted() -> None:
    lean = count_terms(["The council voted.", "Roads were shut."], only="content", lean=True)
    with pytest.raises(ValueError):
        count_again(lean, ["The council voted."])


def test_the_digest_of_an_analysis_is_the_digest_counted_afresh(seed_text: str) -> None:
    for algorithm in ("textrank", "lexrank", "lsa"):
        report = analyze(seed_text, algorithm=algorithm)
        assert report.digest is not None
        assert report.digest == digest(report, algorithm=algorithm)
        memo = TermMemo()
        candidates = [
            Candidate(id=s.id, text=s.text, paragraph=s.paragraph) for s in report.sentences
        ]
        extract(candidates, algorithm=algorithm, memo=memo)
        assert report.digest == digest(report, algorithm=algorithm, memo=memo)
