"""Sentence segmentation: the seed article, the hand-written gold set, BASIL, and behaviour."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from summarize.segment import (
    Span,
    boundaries,
    boundary_scores,
    paragraphs,
    segment,
    split_sentences,
)
from tests.conftest import ROOT, shared_data

GOLD = ROOT / "tests" / "data" / "segmentation" / "gold.jsonl"


def _bench():
    """bench/segment_eval.py (the evaluation command) as a module."""
    path = ROOT / "bench" / "segment_eval.py"
    spec = importlib.util.spec_from_file_location("segment_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("segment_eval", module)
    spec.loader.exec_module(module)
    return module


def gold_cases() -> list[dict]:
    return _bench().load_gold(GOLD)


def check_spans(text: str, spans: list[Span]) -> None:
    """Nothing dropped, nothing invented: in order, no overlap, trimmed, all covered."""
    covered = [False] * len(text)
    previous_end = 0
    previous_paragraph = 0
    blocks = paragraphs(text)
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text), span
        piece = text[span.start : span.end]
        assert not piece[0].isspace() and not piece[-1].isspace(), span
        assert span.paragraph >= previous_paragraph
        p_start, p_end = blocks[span.paragraph]
        assert p_start <= span.start and span.end <= p_end, (span, blocks[span.paragraph])
        for position in range(span.start, span.end):
            covered[position] = True
        previous_end, previous_paragraph = span.end, span.paragraph
    missing = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert not missing, f"characters outside every sentence at {missing[:10]}"


# --- the seed article -----------------------------------------------------------


@pytest.mark.shared_data
def test_seed_article_segments_into_the_40_gold_sentences(seed_text: str) -> None:
    gold = json.loads(shared_data("seed", "seed-gold.json").read_text(encoding="utf-8"))
    expected = [(s["start"], s["end"]) for s in gold["sentences"]]
    spans = segment(seed_text)
    assert [(s.start, s.end) for s in spans] == expected
    assert [s.heading for s in spans] == [s["label"] == "title" for s in gold["sentences"]]


def test_seed_article_holds_the_invariants(seed_text: str) -> None:
    spans = segment(seed_text)
    check_spans(seed_text, spans)
    assert spans[0].heading and not any(s.heading for s in spans[1:])
    assert len(spans) == 40


# --- the gold set ---------------------------------------------------------------


def test_gold_set_is_large_and_well_formed() -> None:
    cases = gold_cases()
    assert len(cases) >= 60
    assert sum(len(c["ends"]) for c in cases) >= 60
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    assert all(c.get("why") for c in cases)


def test_gold_set_boundary_precision_and_recall() -> None:
    hits = predicted = expected = 0
    for case in gold_cases():
        _, _, h, p, g = boundary_scores(boundaries(segment(case["text"])), case["ends"])
        hits, predicted, expected = hits + h, predicted + p, expected + g
    precision, recall = hits / predicted, hits / expected
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


@pytest.mark.parametrize("case", gold_cases(), ids=lambda c: c["id"])
def test_gold_case(case: dict) -> None:
    if case.get("open"):
        pytest.xfail(f"known open case: {case['why']}")
    spans = segment(case["text"])
    check_spans(case["text"], spans)
    assert [case["text"][s.start : s.end] for s in spans] == case["sentences"]


def test_gold_open_cases_are_few() -> None:
    """Open (known wrong) cases are marked in the data; they must stay the exception."""
    assert sum(1 for c in gold_cases() if c.get("open")) <= 3


# --- BASIL (real news, segmented by its authors) --------------------------------


@pytest.mark.shared_data
def test_basil_boundaries_beat_plain_nupunkt() -> None:
    bench = _bench()
    articles = bench.load_basil(shared_data("basil", "articles.jsonl"))
    ours = bench.score_basil(bench.unspin, articles, inner=True)
    plain = bench.score_basil(bench.nupunkt_paragraphs, articles, inner=True)
    assert ours[0] >= 0.90 and ours[1] >= 0.97, ours
    f1 = 2 * ours[0] * ours[1] / (ours[0] + ours[1])
    plain_f1 = 2 * plain[0] * plain[1] / (plain[0] + plain[1])
    assert f1 > plain_f1, (ours, plain)


@pytest.mark.shared_data
def test_basil_hard_wrapped_segments_like_unwrapped() -> None:
    """Wrapping the same articles at 72 columns must not change the sentences much."""
    bench = _bench()
    articles = bench.load_basil(shared_data("basil", "articles.jsonl"))
    flat = bench.score_basil(bench.unspin, articles, inner=True)
    wrapped = [(bench.wrapped(text), ends) for text, ends in articles]
    folded = bench.score_basil(bench.unspin, wrapped, inner=True)
    assert folded[0] >= flat[0] - 0.01 and folded[1] >= flat[1] - 0.005, (flat, folded)


# --- behaviour a reader notices -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Concessions under duress are “entirely impossible. This would mean going against our "
        "own interests.”",
        "He lied that it seeks “to subjugate its neighbors (sic).”",
        "Dr. Ines Vela met U.S. officials on Jan. 5 at 9:30 a.m. in Geneva.",
        "The rate rose 2.75 percent and the fund lost $3.2 billion.",
        "He hesitated... then signed the paper.",
        "The memo from J. R. Ortiz cited No. 3 and p. 12 of the report.",
        "Add spices, e.g. cumin, and salt, i.e. a pinch, at 6 p.m. sharp.",
        "See https://example.com/a.b/c.html or write to first.last@example.org for more.",
    ],
)
def test_one_sentence(text: str) -> None:
    assert split_sentences(text) == [text]


def test_the_us_then_a_capitalised_common_word() -> None:
    assert split_sentences("Prices are lower in the U.S. And wages are higher.") == [
        "Prices are lower in the U.S.",
        "And wages are higher.",
    ]
    assert split_sentences("She flew home to the U.S. My brother stayed.") == [
        "She flew home to the U.S.",
        "My brother stayed.",
    ]
    # ... but a name after U.S. keeps the sentence going.
    assert split_sentences("The U.S. Senate voted.") == ["The U.S. Senate voted."]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "He said, “It is over.” Then he left. “Really?” she asked."
    assert split_sentences(text) == [
        "He said, “It is over.”",
        "Then he left.",
        "“Really?” she asked.",
    ]


def test_a_heading_paragraph_is_marked() -> None:
    text = "Council Backs New Budget\n\nThe council voted on Tuesday. It was close."
    spans = segment(text)
    assert [s.heading for s in spans] == [True, False, False]
    assert [s.paragraph for s in spans] == [0, 1, 1]


def test_a_title_directly_above_the_text_is_its_own_heading() -> None:
    text = "Council Backs New Budget\nThe council voted on Tuesday after a debate. It was close."
    spans = segment(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Council Backs New Budget",
        "The council voted on Tuesday after a debate.",
        "It was close.",
    ]
    assert [s.heading for s in spans] == [True, False, False]


def test_bylines_datelines_and_list_items_are_sentences_not_headings() -> None:
    text = "Water Deal Signed\nBy Ana Ruiz\nJune 4, 2024, 10:15\n\nIt covers:\n- farms\n- towns"
    spans = segment(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Water Deal Signed",
        "By Ana Ruiz",
        "June 4, 2024, 10:15",
        "It covers:",
        "- farms",
        "- towns",
    ]
    assert [s.heading for s in spans] == [True, False, False, False, False, False]


def test_hard_wrapped_prose_joins() -> None:
    text = (
        "The committee heard from several witnesses on Thursday, among\n"
        "them the former Director of the agency and two Senators who\n"
        "had opposed the plan. It adjourned at noon.\n"
    )
    assert split_sentences(text) == [
        "The committee heard from several witnesses on Thursday, among\n"
        "them the former Director of the agency and two Senators who\n"
        "had opposed the plan.",
        "It adjourned at noon.",
    ]


def test_a_punctuated_or_long_line_is_not_a_heading() -> None:
    assert not any(s.heading for s in segment("This is a sentence.\n\nAnother one!"))
    long_line = " ".join(["word"] * 25)
    assert not segment(long_line)[0].heading
    # A line holding two sentences is not a headline either.
    assert not any(s.heading for s in segment("He said no. The deal is off"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\t\u00a0\u2003\n",
        "...",
        "“",
        "(((((((((( a. B. c.",
        "”” )) ]] a. B.",
        '"a." "b." "c"',
        "\u200b\n\n\u200b",
        "a\r\nb\r\n\r\nc",
        "one\u2029two\u2028three",
        "x\x1cy\x1d\x1ez\x85w",
        "1.\n2.\n3.",
        "- \n- \n-",
        "A" * 5000,
        "Mr. " * 300,
        "“a. " * 300,
    ],
)
def test_invariants_on_odd_inputs(text: str) -> None:
    spans = segment(text)
    check_spans(text, spans)
    assert split_sentences(text) == [text[s.start : s.end] for s in spans]


def test_paragraphs_split_on_blank_lines_of_any_whitespace() -> None:
    text = "one\n\u00a0\u3000\ntwo\r\n\r\nthree\u2029four\n\nfive"
    assert [text[a:b] for a, b in paragraphs(text)] == ["one", "two", "three", "four", "five"]
    # A zero-width space is not whitespace: it stays inside a paragraph.
    zero_width = "a\n\u200b\nb"
    assert [zero_width[a:b] for a, b in paragraphs(zero_width)] == [zero_width]


def test_boundary_scores() -> None:
    assert boundary_scores([5, 9], [5, 12]) == (0.5, 0.5, 1, 2, 2)
    assert boundary_scores([], []) == (1.0, 1.0, 0, 0, 0)
    assert boundaries([Span(0, 4, 0), Span(5, 9, 0)]) == [4]
    assert boundaries([(0, 4), (5, 9)]) == [4]


def test_gold_file_fields() -> None:
    """Every line is a JSON object with id, why and sentences (and text when it has layout)."""
    for line in Path(GOLD).read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        assert set(case) <= {"id", "why", "sentences", "text", "open"}


def test_a_headline_is_not_cut_after_its_initialism() -> None:
    """A stand-alone line without closing punctuation is one heading, even when an
    initialism before a capital ("N.C. Congressman") looks like a sentence end; in prose
    the same initialism still ends a sentence."""
    text = (
        "N.C. Senator Apologizes for Clash With Voter\n\nHe moved to the U.S. The next year he ran."
    )
    spans = segment(text)
    check_spans(text, spans)
    assert [(text[s.start : s.end], s.heading) for s in spans] == [
        ("N.C. Senator Apologizes for Clash With Voter", True),
        ("He moved to the U.S.", False),
        ("The next year he ran.", False),
    ]


def test_paragraphs_asked_again_are_the_same_and_the_callers_own() -> None:
    """The last text's paragraphs are kept for the next caller: the same answer, in a
    list of the caller's own (changing it changes nobody else's), and a different text
    with the same characters gets its own."""
    text = "One.\n\nTwo three.\n\n\nFour."
    first = paragraphs(text)
    first.append((99, 100))
    again = paragraphs(text)
    assert again == [(0, 4), (6, 16), (19, 24)]
    other = "".join(["One.\n\nTwo", " three.\n\n\nFour."])  # equal, not the same object
    assert paragraphs(other) == again
    assert paragraphs("Alone") == [(0, 5)]
    assert paragraphs(text) == again
