"""unspin compare: a fact told over two adjacent sentences of one source (``Settings.adjacent``).

A sentence next to its source's sentence in a fact joins the fact when each of the fact's
sentences of the other sources is its best match there; otherwise, as before, a second
sentence of a source joins only at ``second_fact``. The items and probabilities are made
up for this test."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from summarize.compare import _Item, default_settings, group


def _items() -> list[_Item]:
    made = [(0, 3), (0, 4), (0, 9), (1, 2), (1, 7)]  # (source, sentence id)
    empty: frozenset[str] = frozenset()
    return [_Item(s, i, "x", None, empty, empty, empty, np.zeros(2)) for s, i in made]


def _p(adjacent_to_best: bool = True) -> np.ndarray:
    p = np.zeros((5, 5))
    p[0, 3] = p[3, 0] = 0.9  # source 0 sentence 3 <-> source 1 sentence 2: the fact
    p[1, 3] = p[3, 1] = 0.05  # sentence 4, next to 3: weak alone
    p[2, 3] = p[3, 2] = 0.05  # sentence 9, far away: as weak
    if not adjacent_to_best:  # sentence 4 matches source 1's sentence 7 better
        p[1, 4] = p[4, 1] = 0.2
    return p


def _shared(groups: list[list[int]]) -> list[list[int]]:
    return [g for g in groups if len(g) > 1]


def test_an_adjacent_sentence_whose_best_match_is_in_the_fact_joins_it() -> None:
    on = replace(default_settings(), adjacent=0.0, rescue=1.01)
    assert _shared(group(_items(), _p(), on)) == [[0, 1, 3]]  # not 9: not adjacent
    off = replace(on, adjacent=1.01)
    assert _shared(group(_items(), _p(), off)) == [[0, 3]]


def test_not_when_its_best_match_is_elsewhere() -> None:
    on = replace(default_settings(), adjacent=0.0, rescue=1.01)
    assert _shared(group(_items(), _p(adjacent_to_best=False), on)) == [[0, 3]]


def test_a_floor_keeps_a_weak_neighbour_out() -> None:
    floor = replace(default_settings(), adjacent=0.1, rescue=1.01)
    assert _shared(group(_items(), _p(), floor)) == [[0, 3]]
