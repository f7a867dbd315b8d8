"""unspin compare: a pair below the link threshold is still linked when each sentence is the
other's best match in its source (``Settings.rescue``) and the two sources share enough links
to tell one event (``Settings.rescue_links``), and the link's reason says so.

The sentences are written for this test."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from summarize.compare import compare, default_settings, mutual_best
from summarize.pipeline import analyze

LEDGER = (
    "The Millbrook city council voted 7 to 2 on Tuesday to charge a toll of $3 on the Harbor "
    "Bridge. About 40,000 vehicles cross the bridge each day, according to the city's "
    "transport office. The library on Elm Street will close for renovation in March."
)
COURIER = "Millbrook's council approved a $3 Harbor Bridge toll on Tuesday by seven votes to two."


def test_mutual_best_needs_both_directions() -> None:
    sources = np.array([0, 0, 1, 1])
    p = np.array(
        [
            [0.0, 0.0, 0.3, 0.2],
            [0.0, 0.0, 0.1, 0.25],
            [0.3, 0.1, 0.0, 0.0],
            [0.2, 0.25, 0.0, 0.0],
        ]
    )
    found = mutual_best(sources, p)
    assert found[0, 2] and found[2, 0]  # 0 and 2: each the other's best
    assert found[1, 3] and found[3, 1]  # 3's best is 1 (0.25 > 0.2), 1's best is 3
    assert not found[0, 3] and not found[1, 2]
    assert not found[0, 1] and not found[2, 3]  # never within one source
    p[3, 0] = p[0, 3] = 0.28  # now 3 prefers 0, and 0 still prefers 2
    found = mutual_best(sources, p)
    assert found[0, 2] and not found[1, 3] and not found[0, 3]


def _facts(settings):
    reports = [analyze(LEDGER, name="ledger"), analyze(COURIER, name="courier")]
    return compare(reports, settings=settings).facts


def test_a_mutual_best_match_below_the_threshold_is_linked_with_its_reason() -> None:
    # adjacent off: a neighbour would join too (the courier has one sentence, the best match
    # of every ledger sentence); runs are tested in test_compare_runs.py
    strict = replace(
        default_settings(), threshold=0.999, rescue=1.01, rescue_links=0, adjacent=1.01
    )
    assert all(fact.kind == "unique" for fact in _facts(strict))
    rescued = _facts(replace(strict, rescue=0.0))
    shared = [fact for fact in rescued if fact.kind == "shared"]
    # The courier's one sentence has one best match in the ledger: one link, not three.
    assert len(shared) == 1 and len(shared[0].links) == 1
    assert {(m.source, m.sentence_id) for m in shared[0].members} == {(0, 0), (1, 0)}
    assert "best match" in shared[0].links[0].reason
    assert "probability" in shared[0].links[0].reason


def test_no_rescue_between_sources_that_share_too_few_links() -> None:
    # Nothing reaches the threshold, so the two sources share no link: they may not tell
    # one event, and a best match between them is chance.
    strict = replace(default_settings(), threshold=0.999, rescue=0.0, rescue_links=1)
    assert all(fact.kind == "unique" for fact in _facts(strict))
