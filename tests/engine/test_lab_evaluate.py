"""The evaluation command reads the seed from the repository (summarize/lab/evaluate.py)."""

from __future__ import annotations

from summarize.lab import evaluate
from tests.conftest import SHARED_DATA, shared_data


def test_the_seed_section_finds_the_seed_article() -> None:
    """The seed gold names its document relative to the repository's root, which is
    three folders up from summarize/lab/evaluate.py (the section was once skipped as
    'not found' after the research tools moved into summarize/lab/)."""
    shared_data("seed", "seed-gold.json")
    rows = evaluate.evaluate_seed(SHARED_DATA, evaluate.ROOT)
    measures = [measure for measure, _value, _bar in rows]
    assert any("gold kind" in m for m in measures), measures
