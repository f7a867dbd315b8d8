"""Snapshots of practice mode (pytest-textual-snapshot), on the hand-made report only.

They pin the look of the exercise and change only with the TUI, never with the
engine. Look at the report (``snapshot_report.html``) and, when a change is
right, regenerate them with:

    .venv/bin/python -m pytest tests/tui/test_practice_snapshots.py --snapshot-update
"""

from __future__ import annotations

from tests.apps.test_practice import practice_report
from tests.tui import footers_drawn


def app(**kwargs):
    from tui.practice.app import PracticeApp

    # No progress file: nothing on disk, and no temporary path in the picture.
    return PracticeApp(report=practice_report(), path=None, **kwargs)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await footers_drawn(pilot)


def test_first_sentence_before_an_answer_80x24(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("right", "right", "right", "right", "space", "right")
        await settle(pilot)

    assert snap_compare(app(), terminal_size=(80, 24), run_before=run_before)


def test_reveal_where_the_student_differs_80x24(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("right", "right", "right", "right", "space", "right", "space", "o")
        await settle(pilot)
        await pilot.pause()

    assert snap_compare(app(), terminal_size=(80, 24), run_before=run_before)


def test_reveal_of_a_mixed_sentence_flagged_as_still_disagreeing_100x30(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("c", "n", "o", "n")  # sentence 3: unspin says mixed, unsure
        await pilot.press("right", "right", "right", "right", "right", "space", "o", "d")
        await settle(pilot)
        await pilot.pause()

    assert snap_compare(app(), terminal_size=(100, 30), run_before=run_before)


def test_score_at_the_end_80x24(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("right", "right", "right", "right", "space", "c", "n")
        await pilot.press("m", "n", "o", "d", "n", "c", "n")
        await settle(pilot)
        await pilot.pause()

    assert snap_compare(app(), terminal_size=(80, 24), run_before=run_before)
