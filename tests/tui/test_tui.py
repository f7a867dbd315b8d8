"""The reading room (``unspin read``): driven with Textual's Pilot, asserting on the screen.

The perspective stage is built elsewhere; these tests give the app reports with
hand-made perspective content (kinds, cues, claims with edits, opinions) so
that every pane and the detail view are exercised whatever the engine returns.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarize.errors import UnspinError
from summarize.ingest import from_text
from summarize.pipeline import analyze
from summarize.report import (
    Attribution,
    Claim,
    Cue,
    Edit,
    Opinion,
    Report,
    Sentence,
    Source,
    Summary,
)
from tests.conftest import ROOT, SEED

# ---------------------------------------------------------------- reports made by hand


def _cue(sentence: Sentence, word: str, kind: str, weight: float, quoted: bool = False) -> Cue:
    at = sentence.text.index(word)
    return Cue(
        start=sentence.start + at,
        end=sentence.start + at + len(word),
        text=word,
        type=kind,
        explanation=f"“{word}” is a {kind.replace('_', ' ')}",
        weight=weight,
        quoted=quoted,
    )


def _edit(sentence: Sentence, original: str, replacement: str, reason: str, rule: str) -> Edit:
    at = sentence.text.index(original)
    return Edit(
        start=sentence.start + at,
        end=sentence.start + at + len(original),
        original=original,
        replacement=replacement,
        reason=reason,
        rule=rule,
    )


def annotate_by_hand(report: Report) -> Report:
    """Give a report of the seed article perspective content, as the stage would."""
    s = report.sentences

    def claim(i: int, text: str, speaker: str | None = None, edits=(), kind="claim") -> None:
        s[i].kind = kind
        s[i].confidence = 0.8
        s[i].speaker = speaker
        s[i].reasons = ["a reported event: names, a date, a place"]
        report.claims.append(Claim(i, text, speaker, list(edits)))

    def opinion(i: int, cues: list[Cue], kind="opinion") -> None:
        s[i].kind = kind
        s[i].confidence = 0.9
        s[i].cues = cues
        s[i].reasons = ["evaluative words in the author's voice"]
        report.opinions.append(Opinion(i, s[i].text, cues))

    claim(
        1,
        "On Monday, talks between Russian and US delegations will take place in Geneva "
        "on Moscow’s security guarantees.",
        edits=[
            _edit(
                s[1],
                "Biden regime",
                "US",
                "“regime” is a loaded label for a government",
                "loaded_label",
            ),
            _edit(s[1], "sought ", "", "an unneeded qualifier", "qualifier"),
        ],
    )
    claim(2, s[2].text, speaker="Sergey Rybakov")
    s[2].attribution = Attribution(speaker="Sergey Rybakov", verb="stressed")
    claim(3, "Rybakov said Russia will make no concessions under pressure.", "Sergey Rybakov")
    s[3].attribution = Attribution(speaker="Sergey Rybakov", verb="said", inherited=True)
    opinion(
        5,
        [
            _cue(s[5], "unacceptable", "loaded_word", 1.2),
            _cue(s[5], "very disappointed", "emotion", 0.6, quoted=True),
        ],
        kind="mixed",
    )
    claim(
        5,
        "On the eve of talks, Moscow is disappointed by NATO signals.",
        "Moscow",
        edits=[
            _edit(s[5], "unacceptable US-dominated ", "", "evaluative adjectives", "loaded_word")
        ],
        kind="mixed",
    )
    opinion(
        9,
        [
            _cue(s[9], "Dominant", "loaded_word", 0.8),
            _cue(s[9], "unacceptably", "evaluative_adverb", 1.1),
        ],
        kind="mixed",
    )
    claim(
        9,
        "US officials demand concessions by Moscow.",
        edits=[
            _edit(
                s[9],
                "Dominant Biden regime hardliners",
                "US officials",
                "loaded labels for officials",
                "loaded_label",
            ),
            _edit(s[9], "unacceptably ", "", "evaluative adverb", "evaluative_adverb"),
        ],
        kind="mixed",
    )
    opinion(10, [_cue(s[10], "cannot", "modal", 1.0)])
    claim(
        13,
        s[13].text.replace("Biden regime", "US"),
        edits=[_edit(s[13], "Biden regime", "US", "loaded label", "loaded_label")],
    )
    opinion(16, [_cue(s[16], "lied", "accusation", 1.3)])
    opinion(
        19, [_cue(s[19], "hegemon", "loaded_word", 1.2), _cue(s[19], "vassal", "loaded_word", 1.2)]
    )
    opinion(
        29,
        [_cue(s[29], "clearly", "certainty", 0.7), _cue(s[29], "dirty tricks", "loaded_word", 1.0)],
    )
    opinion(35, [_cue(s[35], "serious", "evaluative", 0.5)])
    report.claims.sort(key=lambda c: c.sentence_id)
    report.opinions.sort(key=lambda o: o.sentence_id)
    return report


def seed_report() -> Report:
    """The seed article through the real segmenter and summary, perspective by hand."""
    report = analyze(
        SEED.read_text(encoding="utf-8"),
        perspective=False,
        engine="sumy",
        algorithm="lexrank",  # pinned: the expectations below name it
        name="seeds/000_508ca77f2a9567b4.txt",
    )
    return annotate_by_hand(report)


#: Untrusted text that must show literally and do nothing.
HOSTILE = [
    "[@click=app.quit]click me[/]",
    "[/]",
    "[bold",
    "[red]not red[/red]",
    "\x1b[2J\x1b[31mescape\x1b[0m",
    "\x1b]8;;http://example.com\x07link\x1b]8;;\x07",
]


def laid_out(texts: list[str], **fields: object) -> list[Sentence]:
    """Sentences of a hand-made report, one paragraph each, two characters apart."""
    sentences = []
    position = 0
    for index, text in enumerate(texts):
        sentences.append(
            Sentence(
                id=index,
                start=position,
                end=position + len(text),
                text=text,
                paragraph=index,
                **fields,  # type: ignore[arg-type]
            )
        )
        position += len(text) + 2
    return sentences


def hostile_report() -> Report:
    """A report whose every text field carries markup and escape sequences."""
    sentences = laid_out([f"Sentence {i} says {bad} and ends." for i, bad in enumerate(HOSTILE)])
    position = sentences[-1].end + 2
    sentences[0].kind = "claim"
    sentences[1].kind = "opinion"
    sentences[1].cues = [
        Cue(sentences[1].start + 17, sentences[1].start + 20, "[/]", "markup[/]", "[bold why", 1.0)
    ]
    return Report(
        source=Source(
            name="[bold]hostile[/].txt", chars=position, sha256="0", title="[@click=app.quit]"
        ),
        sentences=sentences,
        summary=Summary(
            algorithm="lexrank", sentence_ids=[2, 4], scores=[0.5, 0.4], ranks=[1, 2], length="2"
        ),
        claims=[
            Claim(
                0,
                "Neutral [@click=app.quit]quit[/] \x1b[31mred",
                speaker="[bold]Speaker",
                edits=[Edit(0, 3, "[b]x", "[/]", "[@click=app.bell] reason", "[rule")],
            )
        ],
        opinions=[Opinion(1, sentences[1].text, sentences[1].cues)],
    )


#: An invented article whose claims carry one edit of each common sort.
EDITS_ARTICLE = [
    "Talks on trade resume in Geneva on Monday.",
    "Smith falsely claimed the talks had failed.",
    "“The talks will go on,” he added.",
    "The regime announced new tariffs on Friday.",
]


def edits_report() -> Report:
    """A hand-made report whose claims remove, add and replace words."""
    s = sentences = laid_out(EDITS_ARTICLE, kind="claim", confidence=0.8)
    position = sentences[-1].end + 2
    claims = [
        Claim(0, s[0].text),
        Claim(
            1,
            "Smith claimed the talks had failed.",
            "Smith",
            [
                _edit(
                    s[1],
                    "falsely ",
                    "",
                    "‘falsely’ is the author's verdict; the report keeps the accusation.",
                    "truth_verdict",
                )
            ],
        ),
        Claim(
            2,
            "Smith said: The talks will go on.",
            "Smith",
            [
                Edit(
                    s[2].start, s[2].start, "", "Smith said: ", "The words are Smith's.", "speaker"
                ),
                _edit(s[2], "“", "", "Reported speech needs no quotation marks.", "unquote"),
            ],
        ),
        Claim(
            3,
            "The government announced new tariffs on Friday.",
            edits=[
                _edit(
                    s[3],
                    "regime",
                    "government",
                    "‘regime’ brands a government as illegitimate.",
                    "loaded_label",
                )
            ],
        ),
    ]
    return Report(
        source=Source(name="edits.txt", chars=position, sha256="0", title=None),
        sentences=sentences,
        summary=Summary(
            algorithm="textrank", sentence_ids=[0], scores=[0.5], ranks=[1], length="1"
        ),
        claims=claims,
    )


def long_report(count: int = 400) -> Report:
    """A hand-made report of ``count`` short sentences (longer than kl takes)."""
    sentences = laid_out(
        [f"Sentence number {index} reports an event in town {index % 7}." for index in range(count)]
    )
    position = sentences[-1].end + 2
    return Report(
        source=Source(name="long.txt", chars=position, sha256="0", title=None),
        sentences=sentences,
        summary=Summary(
            algorithm="textrank", sentence_ids=[0], scores=[0.5], ranks=[1], length="1"
        ),
    )


# ---------------------------------------------------------------- helpers


def screen_text(app) -> str:
    """What the terminal shows, as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def ready(app, pilot) -> None:
    """Wait for every worker (the analysis, a summary re-run) and for the screen to settle."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def notifications(app) -> str:
    """The toasts the app raised (they are drawn on a layer of their own)."""
    return "\n".join(n.message for n in app._notifications)


def make_app(report: Report | None = None, **kwargs):
    from tui import ReadingRoom

    return ReadingRoom(report=report or seed_report(), **kwargs)


# ---------------------------------------------------------------- tests


async def test_every_pane_shows_its_part_of_the_report() -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        shown = screen_text(app)
        assert "Heightened Tensions on Eve of Talks" in shown  # masthead: title
        assert "seeds/000_508ca77f2a9567b4.txt" in shown  # source
        assert "C 4 claims" in shown and "O 5 opinions" in shown and "M 2 mixed" in shown
        assert "summary: lexrank (5, sumy)" in shown
        assert "Summary 5" in shown and "Claims 6" in shown and "Opinions 7" in shown
        assert "US officials demand concessions by Moscow." in shown  # a neutral claim
        assert "speaker: Sergey Rybakov" in shown
        assert "“cannot” modal" in shown  # an opinion's cue
        assert "C claim" in shown and "O opinion" in shown and "M mixed" in shown  # legend
        assert "rank 1" in shown  # summary shows ranks


async def test_narrow_layout_stacks_panes_and_tab_walks_them() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        reader = app.reader
        assert reader.has_class("-narrow")
        assert app.focused is reader.article
        assert reader.pane("summary").display and not reader.pane("claims").display
        await pilot.press("tab")
        assert app.focused is reader.pane("summary")
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is reader.pane("claims")
        assert reader.pane("claims").display and not reader.pane("summary").display
        assert "US officials demand" in screen_text(app) or "Claims" in screen_text(app)
        await pilot.press("tab", "tab")
        assert app.focused is reader.article
        await pilot.press("shift+tab")
        assert app.focused is reader.pane("opinions")


async def test_moving_through_the_article_selects_the_matching_claim_and_opinion() -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        reader = app.reader
        claims, opinions = reader.pane("claims"), reader.pane("opinions")
        await pilot.press("j")  # sentence 1: a claim
        assert reader.article.current_sentence == 1
        assert claims.current_sentence == 1
        assert opinions.highlighted is None
        await pilot.press("down", "down", "down", "down")  # sentence 5: mixed
        assert reader.article.current_sentence == 5
        assert claims.current_sentence == 5 and opinions.current_sentence == 5
        await pilot.press("k")
        assert reader.article.current_sentence == 4
        assert claims.highlighted is None and opinions.highlighted is None
        assert "Article · sentence #4 of #0–#39" in screen_text(app)


async def test_selecting_a_claim_scrolls_the_article_to_its_sentence() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        reader = app.reader
        await pilot.press("4")  # the opinions
        assert app.focused is reader.pane("opinions")
        await pilot.press("G")  # the last opinion: sentence 35, far down the article
        await pilot.pause()
        assert reader.pane("opinions").current_sentence == 35
        assert reader.article.current_sentence == 35
        assert reader.article.scroll_offset.y > 0
        assert "Russia is serious about what it seeks." in screen_text(app)
        await pilot.press("3")
        await pilot.press("down")  # the claims follow from where the article is
        assert reader.pane("claims").current_sentence in (1, 2, 3, 5, 9, 13)


async def test_clicking_an_item_links_and_double_click_opens_the_detail() -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        reader = app.reader
        claims = reader.pane("claims")
        await pilot.click(claims, offset=(4, 4))
        await pilot.pause()
        assert app.focused is claims and claims.current_sentence is not None
        assert reader.article.current_sentence == claims.current_sentence
        assert app.screen is reader  # one click does not open anything
        await pilot.click(claims, offset=(4, 4), times=2)
        await pilot.pause()
        assert app.screen.id == "detail"


async def test_detail_of_a_claim_shows_original_neutral_and_every_edit() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        # The title (#0) has no claim: nothing is highlighted until ↓, the first claim.
        await pilot.press("3", "down", "enter")
        await pilot.pause()
        assert app.screen.id == "detail"
        shown = screen_text(app)
        assert "Original" in shown and "Neutral restatement" in shown
        assert "On Monday, talks between Russian and Biden regime" in shown
        assert "On Monday, talks between Russian and US delegations" in shown
        assert "Edits (2)" in shown
        assert "replaced “Biden regime” with “US” (a label that passes judgement)" in shown
        assert "“regime” is a loaded label for a government" in shown
        assert "removed “sought”" in shown
        await pilot.press("n")  # the next claim, without leaving the detail
        await pilot.pause()
        assert "Speaker: Sergey Rybakov (stressed)" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.reader
        assert app.reader.pane("claims").current_sentence == 2
        assert app.reader.article.current_sentence == 2


async def test_detail_of_an_opinion_explains_its_cues() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("4", "down", "down", "down", "enter")  # opinion 3: sentence 10
        await pilot.pause()
        shown = screen_text(app)
        assert "sentence #10" in shown
        assert "O opinion" in shown and "confidence 0.90" in shown
        assert "What makes it an opinion (1)" in shown
        assert "“cannot”  modal · +1.00 towards opinion" in shown
        assert "“cannot” is a modal" in shown
        assert "Why this kind" in shown and "evaluative words in the author's voice" in shown
        assert "Neutral restatement" not in shown


async def test_search_marks_matches_and_n_steps_through_them() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        article = app.reader.article
        await pilot.press("slash")
        assert app.focused.id == "search-input"
        await pilot.press(*"regime")
        await pilot.pause()
        assert article.matches == [1, 9, 11, 13, 22, 23, 38]
        assert article.current_sentence == 1
        assert "match 1 of 7 sentences" in screen_text(app)
        await pilot.press("enter")
        assert app.focused is article
        await pilot.press("n")
        assert article.current_sentence == 9
        assert app.reader.pane("claims").current_sentence == 9  # the claim follows
        await pilot.press("N", "N")
        assert article.current_sentence == 38  # wraps around
        await pilot.press("slash", "escape")
        assert article.matches == [] and app.focused is article


async def test_search_without_a_match_says_so() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"zebra")
        await pilot.pause()
        assert "no match" in screen_text(app)


async def test_summary_length_plus_and_minus_rerun_only_the_summary() -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        first = app.report
        first_summary = first.summary
        claims_before = list(first.claims)
        await pilot.press("plus")
        await ready(app, pilot)
        report = app.report
        assert len(report.summary.sentence_ids) == 6
        assert first.summary is first_summary  # a new report: the one shown is left alone
        assert "Summary 6" in screen_text(app) and "summary: lexrank (6," in screen_text(app)
        await pilot.press("minus", "minus", "minus")
        await ready(app, pilot)
        report = app.report
        assert report.summary.length == "3" and len(report.summary.sentence_ids) == 3
        assert report.claims == claims_before  # nothing but the summary was re-run
        assert app.reader.report is report
        starred = [s for s in app.reader.article.sentence_ids if s in report.summary.sentence_ids]
        assert len(starred) == 3


async def test_summary_length_stops_at_one_sentence() -> None:
    report = seed_report()
    report.summary.length = "1"
    app = make_app(report)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("minus")
        await ready(app, pilot)
        assert app.length == "1"
        assert "as short as it gets" in notifications(app)


async def test_algorithm_switch_reruns_the_summary() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.id == "algorithm"
        assert "● lexrank" in screen_text(app)
        await pilot.press("down", "enter")  # textrank
        await ready(app, pilot)
        assert app.screen is app.reader
        assert app.report.summary.algorithm == "textrank"
        assert "summary: textrank (5," in screen_text(app)


async def test_algorithm_picker_can_be_cancelled() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("a", "down", "escape")
        await ready(app, pilot)
        assert app.screen is app.reader and app.report.summary.algorithm == "lexrank"


async def test_export_markdown_and_json_never_overwrites_silently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.id == "export"
        assert app.focused.value == "000_508ca77f2a9567b4.unspin.md"
        await pilot.press("enter")
        await pilot.pause()
        written = tmp_path / "000_508ca77f2a9567b4.unspin.md"
        assert written.read_text().startswith("# Heightened Tensions")
        assert "US officials demand concessions by Moscow." in written.read_text()
        assert app.screen is app.reader

        # Again: the file exists, so the first Save only warns.
        written.write_text("keep me")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.id == "export"
        assert "unspin.md exists. Press Save again to" in screen_text(app)
        assert written.read_text() == "keep me"
        await pilot.press("enter")  # the second time is a decision
        await pilot.pause()
        assert written.read_text().startswith("# Heightened Tensions")

        # JSON: the format follows the choice, and the report reads back.
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#format-json").value = True
        await pilot.pause()
        assert app.screen.query_one("#export-path").value == "000_508ca77f2a9567b4.unspin.json"
        await pilot.click("#export-save")
        await pilot.pause()
        data = json.loads((tmp_path / "000_508ca77f2a9567b4.unspin.json").read_text())
        assert Report.from_dict(data).claims == app.report.claims


async def test_export_reports_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path").value = str(tmp_path / "missing" / "x.md")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.id == "export"
        assert "Cannot write" in screen_text(app)
        await pilot.press("escape")
        assert app.screen is app.reader


async def test_help_lists_every_footer_binding() -> None:
    from tui.reader.app import ReadingRoom
    from tui.reader.screens.reader import ReaderScreen

    app = make_app()
    async with app.run_test(size=(120, 50)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.id == "help"
        shown = screen_text(app)
        for binding in [*ReadingRoom.BINDINGS, *ReaderScreen.BINDINGS]:
            assert binding.description in shown, binding
        await pilot.press("escape")
        assert app.screen is app.reader


def test_every_binding_has_an_id_and_a_description() -> None:
    from tui.common.help import HelpScreen
    from tui.reader.app import ReadingRoom
    from tui.reader.screens.algorithm import AlgorithmScreen
    from tui.reader.screens.detail import DetailScreen
    from tui.reader.screens.export import ExportScreen
    from tui.reader.screens.reader import ReaderScreen
    from tui.reader.widgets.lists import ItemList
    from tui.reader.widgets.search import SearchBar

    classes = [ReadingRoom, ReaderScreen, DetailScreen, ExportScreen, HelpScreen]
    classes += [AlgorithmScreen, ItemList, SearchBar]
    ids = []
    for cls in classes:
        for binding in cls.BINDINGS:
            assert binding.id and binding.description, (cls.__name__, binding)
            ids.append(binding.id)
    assert len(ids) == len(set(ids))


async def test_command_palette_offers_the_same_actions() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"algorithm: luhn")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await ready(app, pilot)
        assert app.report.summary.algorithm == "luhn"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"search the article")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused.id == "search-input"


async def test_markup_and_escapes_in_the_article_show_literally() -> None:
    app = make_app(hostile_report())
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        shown = screen_text(app)
        assert "[@click=app.quit]click me[/]" in shown
        assert "Sentence 1 says [/] and ends." in shown
        assert "[bold and ends." in shown
        assert "[red]not red[/red]" in shown
        assert "␛[2J␛[31mescape␛[0m" in shown  # visible, and inert
        assert "\x1b" not in shown
        assert "Neutral [@click=app.quit]quit[/] ␛[31mred" in shown
        assert "speaker: [bold]Speaker" in shown
        assert "[@click=app.quit]" in shown.splitlines()[0]  # the title
        # Clicking the text that looks like a link does nothing but select it.
        await pilot.click(app.reader.article, offset=(20, 1))
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running and app.screen.id == "detail"
        detail = screen_text(app)
        assert "replaced “[b]x” with “[/]”" in detail and "[@click=app.bell] reason" in detail
        assert "[rule" not in detail  # the rule's id stays in the JSON
        await pilot.press("escape", "2", "enter")
        await pilot.pause()
        assert app.is_running


async def test_markup_in_a_real_article_through_the_pipeline() -> None:
    text = (
        "A title [bold\n\nThe minister said [@click=app.quit]quit[/] was typed here. "
        "Another sentence has [/] and [red]colour[/red] in it.\n\n"
        "Escapes \x1b[31mred\x1b[0m are dropped on the way in."
    )
    document = from_text(text, name="hostile.txt")
    from tui import ReadingRoom

    app = ReadingRoom(document, engine="sumy")
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(app, pilot)
        assert app.report is not None or app.analysis_error is not None
        if app.report is None:
            pytest.skip(f"the engine is broken right now: {app.analysis_error}")
        shown = screen_text(app)
        assert "[@click=app.quit]quit[/]" in shown
        assert "[/] and [red]colour[/red]" in shown
        assert "Escapes red are dropped" in shown
        assert app.is_running


async def test_analysis_runs_in_a_worker_and_shows_progress_then_the_report() -> None:
    from tui import ReadingRoom
    from tui.messages import AnalysisDone, AnalysisProgress

    seen: list[object] = []
    document = from_text(SEED.read_text(encoding="utf-8"), name="seed.txt")
    app = ReadingRoom(document, engine="sumy")
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        await ready(app, pilot)
        stages = [m.stage for m in seen if isinstance(m, AnalysisProgress)]
        if app.analysis_error:
            assert "The analysis failed" in screen_text(app)
            pytest.skip(f"the engine is broken right now: {app.analysis_error}")
        assert stages[0] == "segment" and stages[-1] == "done"
        assert any(isinstance(m, AnalysisDone) for m in seen)
        assert "40 sentences" in screen_text(app)


async def test_an_analysis_error_is_shown_in_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import summarize.pipeline
    from tui import ReadingRoom

    def broken(*_args, **_kwargs):
        raise RuntimeError("the engine fell over")

    monkeypatch.setattr(summarize.pipeline, "analyze", broken)
    app = ReadingRoom(from_text("One sentence here.", name="x.txt"))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        shown = screen_text(app)
        assert "The analysis failed" in shown
        assert "RuntimeError: the engine fell over" in shown
        assert "Traceback" not in shown
        await pilot.press("q")
        assert app.return_code == 1  # `unspin read` exits 1 after a failed analysis


def test_text_stand_ins_keep_offsets() -> None:
    from tui.common.text import literal

    raw = "a\x1b[31mb\x07c\u202ed\te\nf\x9b"
    shown = literal(raw)
    assert len(shown) == len(raw)
    assert shown == "a␛[31mb␇c\ufffdd e f\ufffd"


# ---------------------------------------------------------------- the command line


def test_read_reports_a_missing_file_before_the_app_starts() -> None:
    from typer.testing import CliRunner

    from summarize.cli import app

    result = CliRunner().invoke(app, ["read", "no/such/file.txt"])
    assert result.exit_code == 3
    assert result.output.startswith("unspin: ") and "Traceback" not in result.output


def test_read_rejects_a_bad_algorithm_and_length() -> None:
    from typer.testing import CliRunner

    from summarize.cli import app

    result = CliRunner().invoke(app, ["read", str(SEED), "-a", "nonsense"])
    # --algorithm is the pipe's choice: Click names the algorithms it takes.
    assert result.exit_code == 2 and "'nonsense' is not one of 'lexrank'" in result.output
    result = CliRunner().invoke(app, ["read", str(SEED), "-n", "lots"])
    assert result.exit_code == 2 and "summary length" in result.output


def test_read_needs_a_terminal_on_stdout() -> None:
    from typer.testing import CliRunner

    from summarize.cli import app

    result = CliRunner().invoke(app, ["read", str(SEED)])
    assert result.exit_code == 2 and "unspin analyze" in result.output


def test_read_command_module_does_not_import_textual() -> None:
    code = (
        "import sys, summarize.cli.read; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_the_engine_never_imports_the_tui() -> None:
    code = (
        "import sys, pkgutil, importlib, summarize; "
        "mods = pkgutil.walk_packages(summarize.__path__, 'summarize.'); "
        "[importlib.import_module(m.name) for m in mods]; "
        "import summarize.pipeline as p; "
        "p.analyze('One. Two sentences here.', perspective=False); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'tui'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.stdout.strip().endswith("[]"), result.stdout + result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/ptmx"), reason="needs a pseudo-terminal")
def test_piped_stdin_is_read_before_the_app_takes_the_terminal() -> None:
    """`cat article | unspin read -` under a pty: the app starts, shows the article, quits on q."""
    import pty
    import select
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child: stdin is a pipe holding the article, the pty its terminal
        read_end, write_end = os.pipe()
        os.write(write_end, b"Piped title\n\nA piped sentence arrives here. And a second one.\n")
        os.close(write_end)
        os.dup2(read_end, 0)
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
        os.execve(
            sys.executable,
            [sys.executable, "-m", "summarize", "read", "-", "--sentences", "1"],
            env,
        )
    output = b""
    deadline = time.monotonic() + 60
    sent_quit = False
    status = None
    while time.monotonic() < deadline:
        ready_fds, _, _ = select.select([fd], [], [], 0.2)
        if ready_fds:
            try:
                output += os.read(fd, 65536)
            except OSError:
                break
        if not sent_quit and b"piped sentence arrives" in output:
            os.write(fd, b"q")
            sent_quit = True
        finished, status = os.waitpid(pid, os.WNOHANG)
        if finished:
            break
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    os.close(fd)
    assert b"piped sentence arrives" in output, output[-2000:]
    assert sent_quit and status is not None and os.waitstatus_to_exitcode(status) == 0


async def test_keys_typed_quickly_after_slash_reach_the_search() -> None:
    from textual import events

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        for character in "/regime":  # all queued at once, as from a fast typist or tmux
            app.post_message(events.Key("slash" if character == "/" else character, character))
        await pilot.pause()
        await pilot.pause()
        assert app.screen is app.reader  # `e` did not open the export
        assert app.reader.query_one("#search-input").value == "regime"
        assert app.reader.article.matches[:2] == [1, 9]


@pytest.mark.parametrize(
    ("keys", "view"),
    [
        (["enter"], "detail"),
        (["question_mark"], "help"),
        (["a"], "algorithm"),
        (["o", "escape"], "open"),  # (out of the text field first: there q is a letter)
    ],
)
async def test_escape_closes_a_view_on_top_and_q_quits_from_anywhere(
    keys: list[str], view: str
) -> None:
    """As the help says: Escape closes a pop-up, q quits everywhere (#9)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press(keys[0])
        await pilot.pause()
        assert app.screen.id == view
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.reader and app.is_running
        await pilot.press(keys[0])
        await pilot.pause()
        if view == "open":
            app.screen.set_focus(None)
        assert app.screen.id == view
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running


async def test_q_is_a_letter_in_a_text_field() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", "q")
        assert app.reader.query_one("#search-input").value == "q" and app.is_running
        await pilot.press("escape", "o", "q")
        await pilot.pause()
        assert app.screen.id == "open" and app.is_running
        assert app.screen.query_one("#open-source").value == "q"
        await pilot.press("escape", "q")
    assert not app.is_running


def test_the_help_says_what_escape_and_q_do() -> None:
    from tui.common.help import binding_rows
    from tui.reader.app import ReadingRoom
    from tui.reader.screens.algorithm import AlgorithmScreen
    from tui.reader.screens.detail import DetailScreen
    from tui.reader.screens.help import ReaderHelpScreen
    from tui.reader.screens.open import OpenScreen

    assert ("q", "Quit") in binding_rows(ReadingRoom.BINDINGS)
    for screen in (DetailScreen, AlgorithmScreen, ReaderHelpScreen, OpenScreen):
        closing = [b for b in screen.BINDINGS if b.action in {"close", "cancel"}]
        keys = {k for b in closing for k in b.key.split(",")}
        assert "escape" in keys and "q" not in keys, screen


def test_replacements_are_found_as_whole_words() -> None:
    from tui.common.text import find_all

    restated = "Russian and US delegations"
    assert find_all(restated, "US", words=True) == [(12, 14)]
    assert find_all(restated, "us") == [(1, 3), (12, 14)]


async def test_the_tab_strip_switches_lists_with_the_mouse() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        reader = app.reader
        assert "▸2 Summary   3 Claims   4 Opinions" in screen_text(app)
        tabs = reader.query_one("#tabs")
        label = str(tabs.render())
        await pilot.click(tabs, offset=(label.index("Opinions") + 1, 0))
        await pilot.pause()
        assert app.focused is reader.pane("opinions") and reader.pane("opinions").display
        assert " 2 Summary   3 Claims  ▸4 Opinions" in screen_text(app)
        assert "Opinions 7 (from 5 opinion + 2 mixed sentences)" in screen_text(app)


# ---------------------------------------------------------------- a new user's trial


def masthead_lines(app) -> list[str]:
    return screen_text(app).splitlines()[:2]


async def test_export_switching_format_replaces_the_whole_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """JSON chosen, Tab, ctrl+u: the field is empty (it held "on" once), then a new name."""
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#export-path")
        assert app.focused is field
        await pilot.press("shift+tab", "right", "space", "tab")  # the format: JSON
        await pilot.pause()
        assert app.focused is field
        assert field.value == "000_508ca77f2a9567b4.unspin.json"
        assert field.cursor_position == len(field.value)
        await pilot.press("ctrl+u")
        assert field.value == ""
        await pilot.press(*"mine.json", "enter")
        await pilot.pause()
        assert app.screen is app.reader
        assert json.loads((tmp_path / "mine.json").read_text())["schema"].startswith("unspin")
        assert not (tmp_path / "on").exists()


async def test_export_swaps_only_the_extension_of_a_typed_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#export-path")
        field.value = "out/notes.md"
        app.screen.query_one("#format-json").value = True
        await pilot.pause()
        assert field.value == "out/notes.json"
        assert field.cursor_position == len(field.value)
        app.screen.query_one("#format-markdown").value = True
        await pilot.pause()
        assert field.value == "out/notes.md"


async def test_export_shows_the_absolute_path_and_remembers_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        where = app.screen.query_one("#export-where")
        expected = tmp_path / "000_508ca77f2a9567b4.unspin.md"
        assert str(expected) in where.visual.plain
        field = app.screen.query_one("#export-path")
        field.value = "reports/first.md"
        await pilot.pause()
        assert str(tmp_path / "reports" / "first.md") in where.visual.plain
        await pilot.press("enter")
        await pilot.pause()
        assert (tmp_path / "reports" / "first.md").exists()
        assert str(tmp_path / "reports" / "first.md") in notifications(app)
        # The next export starts in the same folder, with the suggested name.
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#export-path")
        assert Path(field.value) == tmp_path / "reports" / "000_508ca77f2a9567b4.unspin.md"


async def test_export_format_buttons_differ_without_colour() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        markdown = app.screen.query_one("#format-markdown")
        json_button = app.screen.query_one("#format-json")
        assert markdown.value and not json_button.value
        # The glyphs themselves differ, not only their colour.
        assert markdown.render().plain != json_button.render().plain.replace("JSON", "Markdown")
        shown = screen_text(app)
        chosen, other = markdown.render().plain.strip(), json_button.render().plain.strip()
        assert chosen in shown and other in shown


async def test_header_counts_sentences_by_kind_as_the_command_line_does() -> None:
    from summarize.render import render

    report = seed_report()
    cli = render(report, view="analyze", fmt="text").splitlines()[1]
    assert "4 claims · 5 opinions · 2 mixed" in cli  # sentences by kind
    app = make_app(report)
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        head = masthead_lines(app)[1]
        assert "40 sentences" in head
        assert "C 4 claims" in head and "O 5 opinions" in head and "M 2 mixed" in head
        # The lists count their items, and say what they are made of.
        claims = app.reader.pane("claims").border_title
        opinions = app.reader.pane("opinions").border_title
        assert str(claims) == "Claims 6 restated (from 4 claim + 2 mixed sentences)"
        assert str(opinions) == "Opinions 7 (from 5 opinion + 2 mixed sentences)"


async def test_header_counts_are_singular_for_one() -> None:
    app = make_app(hostile_report())
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(app, pilot)
        head = masthead_lines(app)[1]
        assert "C 1 claim " in head and "O 1 opinion " in head
        assert "1 claims" not in head and "1 opinions" not in head


async def test_header_fits_80_columns() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        head = masthead_lines(app)[1]
        assert "…" not in head
        assert "40" in head and "C 4" in head and "O 5" in head and "M 2" in head
        assert "lexrank" in head
    app = make_app()
    async with app.run_test(size=(60, 24)) as pilot:
        await ready(app, pilot)
        assert "C 4" in masthead_lines(app)[1]


async def test_numbers_are_the_reports_ids_and_say_what_they_are() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press(*["j"] * 10)
        await pilot.pause()
        title = str(app.reader.article.border_title)
        assert "#10" in title and "11/40" not in title
        await pilot.press("enter")
        await pilot.pause()
        box = app.screen.query_one("#detail-box")
        assert str(box.border_title) == "Article · sentence #10 of #0–#39"  # no "item 11"
        head = app.screen.query_one("#detail-head").visual.plain
        assert "paragraph #10" in head  # the report's 0-based paragraph, as in the JSON
        assert "paragraph 11" not in head
        await pilot.press("escape", "4", "enter")  # #10 is the opinions' third item
        await pilot.pause()
        title = str(app.screen.query_one("#detail-box").border_title)
        assert "item 3 of 7" in title and "sentence #10" in title


async def test_escape_in_search_goes_back_to_where_the_search_started() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        reader, article = app.reader, app.reader.article
        await pilot.press("j", "j", "j")
        assert article.current_sentence == 3
        await pilot.press("slash", *"regime")
        await pilot.pause()
        assert article.current_sentence == 9  # incremental search jumped ahead
        await pilot.press("escape")
        await pilot.pause()
        assert article.current_sentence == 3
        assert reader.pane("claims").current_sentence == 3
        assert app.focused is article
        # Enter keeps the match.
        await pilot.press("slash", *"regime", "enter")
        await pilot.pause()
        assert article.current_sentence == 9
        # From another pane: Escape goes back to it, and to its item.
        await pilot.press("4")
        opinions = reader.pane("opinions")
        before = opinions.current_sentence
        await pilot.press("slash", *"hegemon")
        await pilot.pause()
        assert article.current_sentence == 19
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is opinions and opinions.current_sentence == before
        assert article.current_sentence == 9


async def test_changing_pane_keeps_the_current_sentence() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        reader, article = app.reader, app.reader.article
        summary = reader.pane("summary")
        assert 10 not in app.report.summary.sentence_ids
        await pilot.press(*["j"] * 10)
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is summary
        assert article.current_sentence == 10  # not moved to the next summary sentence
        assert summary.highlighted is None  # nothing there for #10
        await pilot.press("enter")
        assert "Summary: nothing for sentence #10" in notifications(app)
        assert app.screen is reader and article.current_sentence == 10
        await pilot.press("down")  # the user moves: the first summary sentence after #10
        assert summary.current_sentence == 13 and article.current_sentence == 13
        await pilot.press("shift+tab", "k", "k", "k", "tab")  # back to #10; then up
        assert article.current_sentence == 10 and summary.highlighted is None
        await pilot.press("up")
        assert summary.current_sentence == 9 and article.current_sentence == 9
        # A pane that has the sentence highlights it.
        await pilot.press("tab")
        assert reader.pane("claims").current_sentence == 9 and article.current_sentence == 9


def _long(word: str, count: int = 30) -> str:
    return " ".join(f"{word}{i:02d}" for i in range(count))


async def test_wrapped_reasons_and_explanations_keep_their_indent() -> None:
    report = seed_report()
    report.claims[0].edits[0].reason = _long("rsn")
    report.opinions[2].cues[0].explanation = _long("exq")
    app = make_app(report)
    async with app.run_test(size=(80, 40)) as pilot:
        await ready(app, pilot)

        def columns(prefix: str) -> tuple[set[int], int]:
            lines = [line for line in screen_text(app).splitlines() if prefix in line]
            return {line.index(prefix) for line in lines}, len(lines)

        await pilot.press("3", "down", "enter")
        await pilot.pause()
        where, count = columns("rsn")
        assert count > 1 and len(where) == 1, where  # wrapped, every line at one indent
        await pilot.press("escape", "4", "down", "down", "down", "enter")  # #5, #9, #10
        await pilot.pause()
        where, count = columns("exq")
        assert count > 1 and len(where) == 1, where


async def test_a_longer_summary_keeps_the_sentence_the_reader_is_on() -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        reader, summary = app.reader, app.reader.pane("summary")
        await pilot.press("2", "down", "down", "down")
        assert summary.current_sentence == 13 and reader.article.current_sentence == 13
        await pilot.press("plus")  # #11 joins the summary, before #13
        await ready(app, pilot)
        assert app.report.summary.sentence_ids == [1, 9, 11, 13, 29, 35]
        assert summary.current_sentence == 13 and reader.article.current_sentence == 13
        await pilot.press("minus", "minus", "minus")
        await ready(app, pilot)
        assert summary.current_sentence == 13 and reader.article.current_sentence == 13


async def test_help_wraps_under_its_own_indent_at_80_columns() -> None:
    app = make_app()
    async with app.run_test(size=(80, 80)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        lines = screen_text(app).splitlines()
        first = next(i for i, line in enumerate(lines) if "The panes" in line)
        last = next(i for i, line in enumerate(lines) if "Numbers" in line)
        column = lines[first].index("The panes")
        body = [line[column:] for line in lines[first + 1 : last] if line[column:].strip()]
        assert len(body) > 3  # wrapped
        assert all(line.startswith("  ") for line in body), body


# ---------------------------------------------------------- #9: the reading room's rough edges


async def test_detail_shows_edits_as_a_person_reads_them() -> None:
    """No rule ids and no “” → “x”: removed, added, replaced, with a label in words (#9)."""
    app = make_app(edits_report())
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "down", "enter")  # the claim of sentence #1
        await pilot.pause()
        shown = screen_text(app)
        assert "removed “falsely” (the author's verdict on truth)" in shown
        for rule in ("[truth_verdict]", "truth_verdict", "[speaker]"):
            assert rule not in shown
        await pilot.press("n")
        await pilot.pause()
        shown = screen_text(app)
        assert "added “Smith said:” (says whose words they are)" in shown
        assert "“” →" not in shown and "→ “”" not in shown
        assert "[unquote]" not in shown and "removed the mark “ (reported speech" in shown
        await pilot.press("n")
        await pilot.pause()
        shown = screen_text(app)
        assert "replaced “regime” with “government” (a label that passes judgement)" in shown
        assert "loaded_label" not in shown


def test_an_unknown_rule_is_shown_without_its_id() -> None:
    from tui.common.text import edit_label, edit_phrase

    edit = Edit(0, 7, "falsely", "", "why", "some_new_rule")
    assert edit_label("some_new_rule") == ""
    assert edit_phrase(edit).plain == "removed “falsely”"


def test_every_edit_rule_of_the_seed_has_a_label() -> None:
    """The engine's rule ids on a real article all read as words (the JSON keeps the ids)."""
    from tui.common.text import edit_label

    report = analyze(SEED.read_text(encoding="utf-8"))
    rules = {edit.rule for claim in report.claims for edit in claim.edits}
    assert rules, "the seed's claims carry edits"
    assert {rule for rule in rules if not edit_label(rule)} == set()
    assert all(c["edits"][0]["rule"] for c in report.to_dict()["claims"] if c["edits"])


@pytest.mark.parametrize("keys", [["enter"], ["question_mark"]])
async def test_a_page_on_top_covers_the_reader_at_80x24(keys: list[str]) -> None:
    """Nothing of the reader shows beside the detail or the help: no stray masthead letter
    and no second scrollbar (#9)."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        assert "40 sentences" in screen_text(app)
        await pilot.press(*keys)
        await pilot.pause()
        shown = screen_text(app)
        lines = [line for line in shown.splitlines() if line.strip()]
        assert lines[0].startswith("╭") and lines[-1].startswith("╰"), lines[:2]
        assert all(line[0] in "╭│╰" for line in lines), lines
        assert "40 sentences" not in shown  # the masthead
        scrollbars = [w for w in app.screen.query("*") if w.show_vertical_scrollbar]
        assert len(scrollbars) <= 1  # the page's own, when it needs one


async def test_the_algorithm_chooser_offers_only_what_takes_this_length() -> None:
    """kl takes at most its limit of sentences: on a longer text it is shown, disabled, with
    the reason, and neither the chooser nor the palette can pick it (#9)."""
    from tui.reader.screens.algorithm import sentence_limit

    limit = sentence_limit("kl")
    assert limit is not None
    app = make_app(long_report(limit + 1))
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.id == "algorithm"
        options = app.screen.query_one("#algorithm-list")
        kl = options.get_option("kl")
        assert kl.disabled and not options.get_option("lexrank").disabled
        assert f"not for this text: at most {limit:,} sentences, it has {limit + 1:,}" in (
            screen_text(app)
        )
        assert "slow on long texts" not in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        from tui.reader.commands import ReaderCommands  # the palette lists what is usable

        provider = ReaderCommands(app.screen)
        names = [name for name, _help, _callback in provider._commands()]
        assert "Summary algorithm: kl" not in names
        assert "Summary algorithm: textrank" in names
    short = make_app()
    async with short.run_test(size=(120, 30)) as pilot:
        await ready(short, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert not short.screen.query_one("#algorithm-list").get_option("kl").disabled


async def test_open_another_file_from_inside_the_app(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(
        "Officials opened a new bridge in the city on Tuesday. "
        "The mayor said the work took three years. Traffic is expected to ease.\n",
        encoding="utf-8",
    )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        assert app.screen.id == "open"
        await pilot.press(*str(tmp_path / "missing.txt"), "enter")
        await ready(app, pilot)
        assert app.screen.id == "open" and app.is_running  # the error is shown in the box
        assert "missing.txt" in screen_text(app)
        box = app.screen.query_one("#open-source")
        box.value = str(tmp_path)  # a folder
        await pilot.press("enter")
        await ready(app, pilot)
        assert app.screen.id == "open" and app.is_running
        box.value = str(other)
        await pilot.press("enter")
        await ready(app, pilot)
        assert app.screen is app.reader
        assert app.report is not None and app.report.source.name == str(other)
        assert app.source_name == str(other) and "other.txt" in screen_text(app)
        assert "opened a new bridge" in screen_text(app)
        assert app.export_stem == "other.unspin"


async def test_open_cancelled_keeps_the_article() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        before = app.report
        await pilot.press("o", "x", "escape")
        await ready(app, pilot)
        assert app.screen is app.reader and app.report is before


async def test_open_after_a_failed_analysis(tmp_path: Path) -> None:
    from tui import ReadingRoom

    other = tmp_path / "ok.txt"
    other.write_text("The council approved the budget on Monday.\n", encoding="utf-8")
    app = ReadingRoom(from_text("x", name="bad.txt"), algorithm="nonsense")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        assert app.analysis_error and "Press o to open" in screen_text(app)
        app.algorithm = "textrank"
        await pilot.press("o", *str(other), "enter")
        await ready(app, pilot)
        assert app.analysis_error is None and app.report is not None
        assert "approved the budget" in screen_text(app)


async def test_open_a_url_from_inside_the_app(tmp_path: Path) -> None:
    """A local web server stands in for a news site; a 404 is said in the box."""
    import functools
    import http.server
    import threading

    (tmp_path / "story.html").write_text(
        "<html><head><title>Bridge opens</title></head><body><article>"
        "<p>Officials opened a new bridge in the city on Tuesday.</p>"
        "<p>The mayor said the work took three years.</p></article></body></html>",
        encoding="utf-8",
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        app = make_app()
        async with app.run_test(size=(120, 40)) as pilot:
            await ready(app, pilot)
            await pilot.press("o")
            await pilot.pause()
            app.screen.query_one("#open-source").value = f"{base}/missing.html"
            await pilot.press("enter")
            await ready(app, pilot)
            assert app.screen.id == "open" and "404" in screen_text(app)
            app.screen.query_one("#open-source").value = f"{base}/story.html"
            await pilot.press("enter")
            await ready(app, pilot)
            assert app.screen is app.reader
            assert app.report is not None and app.report.source.url == f"{base}/story.html"
            assert "opened a new bridge" in screen_text(app)
            assert app.export_stem == "unspin-report"
    finally:
        server.shutdown()


def test_resummarize_changes_only_the_summary_and_leaves_the_report_alone() -> None:
    """The engine's resummarize, which the reading room's + - and a use."""
    from summarize import resummarize

    report = analyze(SEED.read_text(encoding="utf-8"), algorithm="textrank", length="5")
    before = report.to_dict()
    again = resummarize(report, "lexrank", "3")
    assert report.to_dict() == before  # the report shown is not touched
    fresh = analyze(SEED.read_text(encoding="utf-8"), algorithm="lexrank", length="3")
    assert again.summary == fresh.summary
    assert again.claims is report.claims and again.sentences is report.sentences
    assert again.to_dict()["summary"] == fresh.to_dict()["summary"]
    assert again.to_dict()["digest"] == fresh.to_dict()["digest"]  # the digest follows
    assert report.to_dict()["digest"] != fresh.to_dict()["digest"]  # (and it did change)
    with pytest.raises(UnspinError):
        resummarize(report, "nonsense", "3")


async def test_an_open_cancelled_while_reading_is_dropped(tmp_path: Path) -> None:
    from tui.messages import DocumentLoaded

    other = tmp_path / "late.txt"
    other.write_text("The council approved the budget on Monday.\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        before = app.report
        await pilot.press("o", *str(other))
        await pilot.pause()
        app.last_opened = app._opening = str(other)  # as if Enter had started the reading
        await pilot.press("escape")
        await pilot.pause()
        app.post_message(DocumentLoaded(from_text("Late text.", name=str(other)), str(other)))
        await ready(app, pilot)
        assert app.screen is app.reader and app.report is before


async def test_open_from_the_palette_over_a_detail_view(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("The council approved the budget on Monday.\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.id == "detail"
        await app.run_action("open", app.reader)  # what the palette's "Open…" does
        await pilot.pause()
        assert app.screen.id == "open"
        app.screen.query_one("#open-source").value = str(other)
        await pilot.press("enter")
        await ready(app, pilot)
        assert app.screen is app.reader and "approved the budget" in screen_text(app)


async def test_j_and_k_scroll_the_help_and_the_detail_at_80x24() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        for keys, scroll in ((["question_mark"], "#help-scroll"), (["enter"], "#detail-scroll")):
            await pilot.press(*keys)
            await pilot.pause()
            view = app.screen.query_one(scroll)
            if view.max_scroll_y == 0:
                await pilot.press("escape")
                continue
            await pilot.press("j", "j")
            await pilot.pause()
            assert view.scroll_y == 2
            await pilot.press("k")
            await pilot.pause()
            assert view.scroll_y == 1
            await pilot.press("escape")
            await pilot.pause()


def test_masthead_names_an_untitled_source_once() -> None:
    """A text without a title of its own shows its name once, not "name  ·  name"."""
    from tui.common.text import masthead

    first = masthead(None, "/tmp/notes.txt", "textrank", "5").plain.splitlines()[0]
    assert first == "/tmp/notes.txt"
    narrow = masthead(None, "/a/long/folder/name/notes.txt", "textrank", "5", width=12)
    assert narrow.plain.splitlines()[0] == "notes.txt"


def test_the_detail_says_why_the_speaker_is_theirs() -> None:
    """The detail's head gives the speaker's confidence and the reason it was found."""
    from tui.reader.screens.detail import _head

    report = analyze("Tom Reed met Anna Cole on Monday.\n\nShe said the talks went well.")
    sentence = report.sentences[1]
    claim = next(c for c in report.claims if c.sentence_id == sentence.id)
    shown = _head(report, sentence, claim).plain
    assert "Speaker: Anna Cole (said, carried over from an earlier sentence)" in shown
    assert f"confidence {sentence.speaker_confidence:.2f}" in shown
    assert "why: ‘She’ refers to Anna Cole" in shown
