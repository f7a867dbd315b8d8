"""unspin compare: opinions are compared like headlines (in a fact only when another source
tells it), and a fact's neutral wording comes from a claim whenever it has one.

The sentences are written for this test. Which sentences the analysis reads as opinions is
another module's business, so the test marks the kinds itself (``Sentence.kind``)."""

from __future__ import annotations

from summarize.compare import compare
from summarize.pipeline import analyze

LEDGER = (
    "The Millbrook city council voted 7 to 2 on Tuesday to charge a toll of $3 on the Harbor "
    "Bridge. Mayor Dana Whitfield said the money would pay for repairs to the bridge. About "
    "40,000 vehicles cross the bridge each day, according to the city's transport office."
)
COURIER = (
    "Charging drivers a $3 toll on the Harbor Bridge, as the Millbrook council voted on Tuesday, "
    "is a shameful betrayal of working families. Frankly, I think this council has never cared "
    "about ordinary people and never will. The toll starts next spring."
)


def _compared(opinions: tuple[int, ...]):
    ledger, courier = analyze(LEDGER, name="ledger"), analyze(COURIER, name="courier")
    for sentence in courier.sentences:
        if sentence.id in opinions:
            sentence.kind = "opinion"
    return courier, compare([ledger, courier])


def _facts_with(comparison, source: int, sentence_id: int):
    return [
        fact
        for fact in comparison.facts
        if any(m.source == source and m.sentence_id == sentence_id for m in fact.members)
    ]


def test_an_opinion_that_words_another_sources_fact_is_in_that_fact() -> None:
    courier, comparison = _compared(opinions=(0, 1))
    assert [s.kind for s in courier.sentences][:2] == ["opinion", "opinion"]
    (fact,) = _facts_with(comparison, 1, 0)
    assert fact.kind == "shared"
    assert (0, 0) in {(m.source, m.sentence_id) for m in fact.members}
    # The neutral wording is the claim's, not the opinion's.
    assert "shameful" not in fact.text and "Millbrook city council voted" in fact.text
    assert all(link.reason for link in fact.links)


def test_an_opinion_no_other_source_tells_is_in_no_fact() -> None:
    _courier, comparison = _compared(opinions=(0, 1))
    assert _facts_with(comparison, 1, 1) == []
    # Every claim is still in a fact (the last courier sentence is a claim only it tells).
    (unique,) = _facts_with(comparison, 1, 2)
    assert unique.kind == "unique" and len(unique.members) == 1


def test_a_fact_only_opinions_tell_is_shown_as_written_not_as_neutral() -> None:
    """Two sources that share an opinion share no claim to restate: the fact says so
    (``neutral`` False) and the views label its wording "as written", not "neutral"."""
    from summarize.cli.compare import render

    first = analyze(
        "Charging drivers a $3 toll on the Harbor Bridge is a shameful betrayal of working "
        "families.",
        name="first",
    )
    second = analyze(
        "The $3 toll on the Harbor Bridge is a shameful betrayal of working families and "
        "their budgets.",
        name="second",
    )
    for report in (first, second):
        for sentence in report.sentences:
            sentence.kind = "opinion"
        report.claims = []
    comparison = compare([first, second])
    (fact,) = [f for f in comparison.facts if f.kind == "shared"]
    assert fact.neutral is False
    assert comparison.to_dict()["facts"][0]["neutral"] is False
    text = render(comparison, "text", width=0)
    assert "as written (no claim to restate): " in text and "neutral: " not in text
    # a fact with a claim keeps its neutral wording
    _courier, with_claim = _compared(opinions=(0, 1))
    assert all(f.neutral for f in with_claim.facts)
