"""The reading room's summary pane toggles to the neutral digest (``d``).

The digest here is made by hand on the hand-made seed report, so the snapshot pins
the look alone and changes only with the TUI.
"""

from __future__ import annotations

from summarize.report import Digest, Report
from tests.tui.test_tui import seed_report


def digest_report() -> Report:
    report = seed_report()
    claims = {c.sentence_id: c.text for c in report.claims}
    report.digest = Digest(
        algorithm="lexrank",
        length="5",
        claim_ids=[1, 3, 13],
        claim_ranks=[1, 3, 2],
        claim_texts=[claims[1], claims[3], claims[13]],
        opinion_ids=[9, 19],
        opinion_ranks=[2, 1],
    )
    return report


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def test_d_toggles_the_summary_pane_to_the_digest_and_back() -> None:
    from tui import ReadingRoom

    app = ReadingRoom(report=digest_report())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        pane = app.reader.summary_list
        summary_ids = list(pane.sentence_ids)
        assert not pane.digest and pane.border_title.startswith("Summary")
        assert pane.border_subtitle == "d: without the author"  # the key, at every width
        await pilot.press("d")
        await pilot.pause()
        assert pane.digest
        assert pane.sentence_ids == [1, 3, 13, 9, 19]  # claims, then the author's view
        assert pane.border_title == "Without the author 3 claims · the author's view 2"
        assert pane.border_subtitle == "d: the summary"
        shown = str(pane.get_option_at_index(0).prompt.body)
        assert "Biden regime" not in shown and "talks between Russian and US" in shown
        await pilot.press("d")
        await pilot.pause()
        assert not pane.digest and pane.sentence_ids == summary_ids


async def test_d_says_why_when_the_report_has_no_digest() -> None:
    from tui import ReadingRoom

    app = ReadingRoom(report=seed_report())  # made without the digest
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()
        assert not app.reader.summary_list.digest
        assert any("No neutral digest" in str(n.message) for n in app._notifications)


async def test_the_digest_follows_a_new_summary_length() -> None:
    """+ re-runs the summary; the digest is ranked again with the new length."""
    from summarize.perspective.neutral import digest
    from tui import ReadingRoom

    report = seed_report()
    report.digest = digest(report, algorithm="lexrank", length=2, engine="sumy")
    app = ReadingRoom(report=report, engine="sumy")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()
        before = len(app.reader.summary_list.sentence_ids)
        await pilot.press("plus")
        await settle(pilot)
        assert app.report is not None and app.report.digest is not None
        assert app.report.digest.length == app.length
        assert app.reader.summary_list.digest
        assert len(app.reader.summary_list.sentence_ids) > before


def test_digest_toggled_wide_120x40(snap_compare) -> None:
    from tui import ReadingRoom

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("d", "2", "down")

    assert snap_compare(
        ReadingRoom(report=digest_report()), terminal_size=(120, 40), run_before=run_before
    )


def test_digest_toggled_narrow_80x24(snap_compare) -> None:
    from tui import ReadingRoom

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("d", "2")

    assert snap_compare(
        ReadingRoom(report=digest_report()), terminal_size=(80, 24), run_before=run_before
    )


def test_a_summary_row_cut_from_a_longer_quotation_shows_its_marks() -> None:
    """The summary pane shows '"Everybody knew," said …' with the opening mark the
    sentence lacks (the quotation opened a sentence earlier), as the pipe does."""
    from summarize import analyze
    from tui.common import text

    report = analyze('Floods hit Millbank.\n\n"They knew. Everybody knew," said Joan Farrow.')
    rows = {s.id: text.summary_prompt(s, 1, 0.5) for s in report.sentences}
    plain = {sid: row.body.plain for sid, row in rows.items()}
    assert plain[2].startswith('"Everybody knew," said Joan Farrow.')
    assert plain[1].startswith('"They knew."')
