"""The eight-genre set (tests/data/genres): its files, its labels, unspin's segmentation of
it, and the evaluation (summarize.lab.eval_genres) end to end on one article.

No test here asserts the bars (kinds ≥ 85%, attribution recall ≥ 85% and precision ≥ 92%):
the measured figures are in docs/EVALUATION.md.
"""

from __future__ import annotations

import tomllib
from collections import Counter

import pytest

from summarize.lab import eval_genres
from summarize.lab.eval_genres import GENRES, GENRES_DIR, GoldSentence, Result
from summarize.segment import segment

KINDS = {"title", "claim", "opinion", "mixed", "other"}


@pytest.fixture(scope="module")
def articles() -> list[eval_genres.Article]:
    return eval_genres.load()


def test_every_genre_file_parses_with_three_articles() -> None:
    for genre in GENRES:
        data = tomllib.loads((GENRES_DIR / f"{genre}.toml").read_text(encoding="utf-8"))
        assert data["genre"] == genre
        assert len(data["article"]) == 3, genre


def test_articles_have_unique_ids_and_12_to_25_sentences(articles) -> None:
    assert len(articles) == 3 * len(GENRES)
    ids = Counter(a.id for a in articles)
    assert all(n == 1 for n in ids.values()), ids
    for article in articles:
        body = [s for s in article.sentences if s.kind not in ("title", "other")]
        assert 12 <= len(body) <= 25, (article.id, len(body))


def test_every_sentence_is_labelled(articles) -> None:
    for article in articles:
        assert article.sentences[0].kind == "title", article.id
        for s in article.sentences:
            where = f"{article.id} #{s.n}"
            assert s.text.strip() == s.text and s.text, where
            assert s.kind in KINDS, where
            assert article.text[s.start : s.end] == s.text, where
            assert s.speaker is None or s.speaker.strip(), where
            for term in s.loaded:
                assert term and term in s.text, f"{where}: {term!r}"


def test_unspin_segments_the_articles_as_annotated(articles) -> None:
    mismatches = []
    for article in articles:
        spans = {(sp.start, sp.end) for sp in segment(article.text)}
        for s in article.sentences:
            if (s.start, s.end) not in spans:
                mismatches.append(f"{article.id} #{s.n}: {s.text[:60]!r}")
    assert not mismatches, "sentences unspin segments differently:\n" + "\n".join(mismatches)


def test_evaluation_runs_end_to_end_on_one_article(articles) -> None:
    article = next(a for a in articles if a.id == "wire-1")
    results = eval_genres.run_article(article)
    assert [r.gold.n for r in results] == [s.n for s in article.sentences]
    assert all(r.mismatch is None for r in results)
    t = eval_genres.tally(results)
    assert t.titles == 1 and t.kinds == len(article.sentences) - 1
    assert 0 <= t.kinds_right <= t.kinds and 0 <= t.right <= min(t.reported, t.given)
    lines = eval_genres.table(results)
    assert lines[0].startswith("| genre |") and lines[-1].startswith("| **all** |")
    assert len(eval_genres.confusion(results)) == 2 + 5
    assert all(isinstance(line, str) for line in eval_genres.failures(results))


def _result(gold: GoldSentence, **kw) -> Result:
    base = dict(
        article="x", genre="wire", gold=gold, kind="claim", speaker=None, has_claim=True,
        has_opinion=False, claim_text=gold.text, edits=[], reasons=[], speaker_reason=None,
        cue_texts=[],
    )  # fmt: skip
    base.update(kw)
    return Result(**base)


def test_tally_counts_kinds_speakers_and_loaded_words() -> None:
    said = GoldSentence(1, "Ann Lee said it rained.", "claim", 0, 23, speaker="Ann Lee")
    unsourced = GoldSentence(2, "It is said to rain.", "claim", 0, 19, speaker="?")
    loaded = GoldSentence(3, "The greedy firm sold.", "mixed", 0, 21, loaded=["greedy"])
    view = GoldSentence(4, "It is a shame.", "opinion", 0, 14)
    results = [
        _result(said, speaker="Lee"),  # right speaker, right kind
        _result(unsourced, speaker="Someone"),  # a speaker where none can be named: wrong
        _result(loaded, has_opinion=True, kind="mixed", claim_text="The greedy firm sold.",
                 loaded_left=["greedy"]),
        _result(view, has_claim=False, has_opinion=True, kind="claim", claim_text=None),
    ]  # fmt: skip
    t = eval_genres.tally(results)
    assert (t.kinds, t.kinds_right) == (4, 3)
    assert t.output_right == 4  # the seed test: the opinion yields an opinion and no claim
    assert (t.reported, t.given, t.right) == (1, 2, 1)
    assert (t.loaded, t.loaded_restated, t.loaded_left) == (1, 1, 1)
    assert t.confusion["opinion", "claim"] == 1


def test_wilson_interval() -> None:
    low, high = eval_genres.wilson(5, 10)
    assert round(low, 3) == 0.237 and round(high, 3) == 0.763
    assert eval_genres.wilson(0, 10)[0] == 0.0
    assert eval_genres.wilson(0, 0) == (0.0, 0.0)
