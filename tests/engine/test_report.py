"""The report's JSON form: the same as dataclasses.asdict, round-trips, compact when huge."""

from __future__ import annotations

import dataclasses
import json

from summarize import analyze
from summarize.render import COMPACT_ABOVE, render
from summarize.report import Report
from tests.conftest import SEED


def test_to_dict_is_asdict_and_round_trips() -> None:
    report = analyze(SEED.read_text(encoding="utf-8"))
    data = report.to_dict()
    assert data["sentences"] == [dataclasses.asdict(s) for s in report.sentences]
    assert data["claims"] == [dataclasses.asdict(c) for c in report.claims]
    assert data["opinions"] == [dataclasses.asdict(o) for o in report.opinions]
    again = Report.from_dict(json.loads(json.dumps(data)))
    assert again.to_dict() == data


def test_book_length_reports_are_written_compact() -> None:
    small = analyze(SEED.read_text(encoding="utf-8"), perspective=False)
    assert "\n  " in render(small, view="analyze", fmt="json")
    text = " ".join(f"Sentence number {i} is here." for i in range(COMPACT_ABOVE + 5))
    big = analyze(text, perspective=False, length=1)
    out = render(big, view="analyze", fmt="json")
    assert out.count("\n") == 1 and json.loads(out)["counts"]["sentences"] > COMPACT_ABOVE
