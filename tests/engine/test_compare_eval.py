"""The BASIL evaluation of ``unspin compare`` maps unspin's sentences onto BASIL's."""

from __future__ import annotations

from summarize.lab.eval_compare import overlapping

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
