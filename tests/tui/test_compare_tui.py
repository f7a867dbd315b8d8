"""The compare screen (tui/compare/): snapshots at 80x24 and 200x50, keys, hostile text.

Regenerate the snapshots after looking at them:
    .venv/bin/python -m pytest tests/tui/test_compare_tui.py --snapshot-update
"""

from __future__ import annotations

from summarize.compare import compare
from summarize.pipeline import analyze
from tests.conftest import ROOT
from tests.tui import footers_drawn

DATA = ROOT / "tests" / "data" / "compare"
NAMES = ("ledger.txt", "courier.txt", "herald.txt")


def triplet():
    reports = [analyze((DATA / n).read_text(encoding="utf-8"), name=n) for n in NAMES]
    return compare(reports)


def app():
    from tui.compare.app import CompareApp

    return CompareApp(triplet())


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.pause()
    await footers_drawn(pilot)


def test_compare_80x24_tabs_per_source(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("]")  # the second source's tab
        await settle(pilot)

    assert snap_compare(app(), terminal_size=(80, 24), run_before=run_before)


def test_compare_200x50_side_by_side(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("down")
        await settle(pilot)

    assert snap_compare(app(), terminal_size=(200, 50), run_before=run_before)


async def test_selecting_a_fact_shows_each_sources_wording_and_loaded_words() -> None:
    from textual.widgets import DataTable, Static

    comparison = triplet()
    from tui.compare.app import CompareApp

    async with CompareApp(comparison).run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        screen = pilot.app.screen
        assert "-wide" in screen.classes

        def says(fact, words: str) -> bool:
            return any(
                words in comparison.reports[m.source].sentences[m.sentence_id].text
                for m in fact.members
            )

        vote = next(f for f in comparison.facts if f.kind == "shared" and says(f, "rammed through"))
        row = comparison.facts.index(vote)
        table = screen.query_one("#facts", DataTable)
        table.move_cursor(row=row)
        await pilot.pause()
        courier = screen.query_one("#wide-1", Static).render()
        plain = str(courier)
        assert "rammed through" in plain and "neutral:" in plain
        underlined = [
            plain[s.start : s.end]
            for s in courier.spans
            if "underline" in str(s.style)  # type: ignore[union-attr]
        ]
        assert "rammed through" in underlined
        await pilot.press("u")  # the next unique fact
        await settle(pilot)
        await pilot.pause()
        assert comparison.facts[table.cursor_row].kind == "unique"
        assert "only one source" in str(screen.query_one("#neutral", Static).render())


async def test_narrow_has_a_tab_per_source_and_wide_does_not() -> None:
    from textual.widgets import TabbedContent

    from tui.compare.app import CompareApp

    async with CompareApp(triplet()).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = pilot.app.screen
        tabs = screen.query_one("#detail-tabs", TabbedContent)
        assert tabs.display and tabs.tab_count == 3
        await pilot.press("]", "]")
        await settle(pilot)
        assert tabs.active == "tab-2"
        await pilot.press("1")
        await settle(pilot)
        assert tabs.active == "tab-0"
        await pilot.resize_terminal(170, 40)
        await settle(pilot)
        assert not tabs.display


async def test_markup_in_a_source_is_shown_literally(tmp_path) -> None:
    from textual.widgets import Static

    from tui.compare.app import CompareApp

    hostile = "[bold]The council[/] voted 7 to 2 on Tuesday [@click=app.quit]to charge a toll[/]."
    reports = [
        analyze(hostile, name="[red]evil[/].txt"),
        analyze((DATA / NAMES[0]).read_text(encoding="utf-8"), name=NAMES[0]),
    ]
    comparison = compare(reports)
    async with CompareApp(comparison).run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        shown = str(pilot.app.screen.query_one("#wide-0", Static).render())
        assert "[bold]The council[/]" in shown and "[@click=app.quit]" in shown
        assert "[red]evil[/].txt" in shown


async def test_question_mark_opens_the_help_and_escape_closes_it() -> None:
    """`?` as in the other windows: every key of the screen and what the table shows."""
    from textual.widgets import Static

    from tui.common.help import HelpScreen
    from tui.compare.app import CompareApp

    async with CompareApp(triplet()).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HelpScreen)
        shown = pilot.app.screen.query_one("#help-text", Static).visual.plain
        for words in ("Next unique", "Next source", "The table", "★", "Quit"):
            assert words in shown
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, HelpScreen)


async def test_a_fact_of_one_source_shows_no_score() -> None:
    from textual.widgets import Static

    from tui.compare.app import CompareApp

    comparison = triplet()
    async with CompareApp(comparison).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        head = str(pilot.app.screen.query_one("#neutral", Static).render())
        assert "only one source" in head and "score" not in head


async def test_a_smaller_window_keeps_the_selected_fact_in_view() -> None:
    """Seen in a new user's trial: after the window shrank (without crossing the width
    where the columns change), the selected fact was off screen."""
    from textual.widgets import DataTable

    from tui.compare.app import CompareApp

    def shown(table: DataTable) -> bool:
        rows = list(table.ordered_rows)
        top = sum(row.height for row in rows[: table.cursor_row])
        view = table.scrollable_content_region.height - table.header_height
        return table.scroll_y <= top and top + rows[table.cursor_row].height <= (
            table.scroll_y + view
        )

    for before, after in (((120, 40), (80, 24)), ((200, 50), (170, 24)), ((80, 40), (80, 16))):
        async with CompareApp(triplet()).run_test(size=before) as pilot:
            await settle(pilot)
            table = pilot.app.screen.query_one("#facts", DataTable)
            last = table.row_count - 1
            for _ in range(last):
                await pilot.press("down")
            await settle(pilot)
            assert table.cursor_row == last and shown(table)
            await pilot.resize_terminal(*after)
            await settle(pilot)
            assert table.cursor_row == last and shown(table), (before, after)
