"""The BASIL evaluation of ``unspin compare`` maps unspin's sentences onto BASIL's."""

from __future__ import annotations

import pytest

from summarize.lab.eval_compare import overlapping
from tests.conftest import shared_data

# Three BASIL sentences: 0-40, 41-60 and 61-75 (a quotation run over two short sentences).
SPANS = [(0, 40, 0), (41, 60, 1), (61, 75, 2)]


def test_one_sentence_over_two_of_basils_maps_to_both() -> None:
    assert overlapping(SPANS, 41, 75) == [1, 2]


def test_a_sentence_cut_in_two_maps_each_half_to_it() -> None:
    assert overlapping(SPANS, 0, 18) == [0]
    assert overlapping(SPANS, 19, 40) == [0]


def test_a_sentence_brushing_a_neighbour_does_not_take_it() -> None:
    assert overlapping(SPANS, 0, 44) == [0]  # 3 of sentence 1's 19 characters


def test_no_overlap_maps_to_nothing() -> None:
    assert overlapping(SPANS, 80, 90) == []
    assert overlapping([], 0, 5) == []


@pytest.mark.slow
@pytest.mark.shared_data
def test_every_error_on_basil_falls_in_one_class() -> None:
    from summarize.lab import compare_errors
    from summarize.lab import eval_compare as ev

    data = shared_data("basil").parent
    events, articles = ev.load_events(data)
    event = events[-1]
    ev.analyse([event], articles)
    settings = ev.engine.default_settings()
    missed, false = compare_errors.classify(event, settings)
    guess = ev.predicted(event, ev.groups_for(event, settings))
    gold = ev.gold_links(event)
    assert len(missed) == len(gold - guess) and len(false) == len(guess - gold)
    assert {kind for kind, *_ in missed} <= set(compare_errors.MISSED)
    assert {kind for kind, *_ in false} <= set(compare_errors.FALSE)
    # A false link of the "pair score" class reaches the threshold on its own.
    assert all(p >= settings.threshold for kind, _a, _b, p in false if kind == "pair score")


@pytest.mark.slow
@pytest.mark.shared_data
def test_the_train_only_run_never_sees_the_check_events(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarize.lab import eval_compare as ev

    data = shared_data("basil").parent
    events, _articles = ev.load_events(data)
    assert {event.uuid for event in events} >= ev.CHECK  # the check events are in the gold
    seen: list[str] = []
    real = ev.analyse

    def watched(events_: list, articles: dict) -> None:
        seen.extend(event.uuid for event in events_)
        real(events_, articles)

    monkeypatch.setattr(ev, "analyse", watched)
    (_p, _r, f1), per_event = ev.train_only(data)
    assert seen and not set(seen) & ev.CHECK
    assert len(per_event) == len(events) - len(ev.CHECK)
    assert 0.0 < f1 < 1.0
