"""Snapshots of the reading room (pytest-textual-snapshot).

The seed-article snapshots run the real engine, so they change whenever the
perspective stage or the summary changes what it finds. Look at the report
(``snapshot_report.html``) and, when the change is right, regenerate them with:

    .venv/bin/python -m pytest tests/tui/test_tui_snapshots.py --snapshot-update

The hand-made-report snapshots pin the look alone and change only with the TUI.
"""

from __future__ import annotations

from summarize.ingest import from_text
from tests.conftest import SEED
from tests.tui import footers_drawn
from tests.tui.test_tui import edits_report, hostile_report, long_report, seed_report


def seed_app():
    from tui import ReadingRoom

    document = from_text(SEED.read_text(encoding="utf-8"), name="seeds/000_508ca77f2a9567b4.txt")
    return ReadingRoom(document)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
    await footers_drawn(pilot)


def test_seed_article_narrow_80x24(snap_compare) -> None:
    assert snap_compare(seed_app(), terminal_size=(80, 24), run_before=settle)


def test_seed_article_wide_160x48(snap_compare) -> None:
    assert snap_compare(seed_app(), terminal_size=(160, 48), run_before=settle)


def test_hand_made_report_wide_with_claim_selected(snap_compare) -> None:
    from tui import ReadingRoom

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("3", "down", "down", "down", "down")  # the fourth claim: #5
        await settle(pilot)

    app = ReadingRoom(report=seed_report())
    assert snap_compare(app, terminal_size=(160, 48), run_before=run_before)


def test_hand_made_claim_detail_80x24(snap_compare) -> None:
    from tui import ReadingRoom

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("3", "down", "enter")  # the first claim
        await settle(pilot)

    app = ReadingRoom(report=seed_report())
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_hostile_text_shows_literally(snap_compare) -> None:
    from tui import ReadingRoom

    app = ReadingRoom(report=hostile_report())
    assert snap_compare(app, terminal_size=(100, 30), run_before=settle)


# ---------------------------------------------------------- #9: the reading room's rough edges


def test_detail_edits_read_as_words_80x24(snap_compare) -> None:
    """Added and removed words with a label in words, no rule ids; the page covers the reader."""
    from tui import ReadingRoom

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("3", "down", "down", "enter")  # the claim of sentence #2
        await settle(pilot)

    app = ReadingRoom(report=edits_report())
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_help_covers_the_reader_80x24(snap_compare) -> None:
    """q quits, Escape closes; no stray masthead letter, one scrollbar."""
    from tui import ReadingRoom

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    app = ReadingRoom(report=seed_report())
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_algorithm_chooser_on_a_text_too_long_for_kl_100x30(snap_compare) -> None:
    from tui import ReadingRoom
    from tui.reader.screens.algorithm import sentence_limit

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)

    app = ReadingRoom(report=long_report((sentence_limit("kl") or 0) + 1))
    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


def test_open_says_why_a_file_cannot_be_read_80x24(snap_compare) -> None:
    from tui import ReadingRoom

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("o", *"no-such-article.txt", "enter")
        await settle(pilot)

    app = ReadingRoom(report=seed_report())
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
