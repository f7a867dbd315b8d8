"""Practice mode in the TUI, driven with Textual's Pilot.

The seed-article tests run the real engine and derive what they expect from its
report (its kinds and cues are still being tuned); exact wording is checked on
the hand-made report of ``tests/apps/test_practice.py``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from summarize import practice
from summarize.ingest import from_text
from summarize.practice import ANSWER_KINDS, load_progress, loaded_cues, word_spans
from summarize.report import Report, Sentence
from summarize.settings import Settings
from tests.apps.test_practice import HOSTILE_ARTICLE, plain_report, practice_report
from tests.conftest import SEED


def screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def notifications(app) -> str:
    return "\n".join(n.message for n in app._notifications)


async def ready(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def seed_app(path: Path, **kwargs):
    from tui.practice.app import PracticeApp

    document = from_text(SEED.read_text(encoding="utf-8"), name="seeds/000_508ca77f2a9567b4.txt")
    return PracticeApp(document, path=path, **kwargs)


def hand_app(path: Path | None, report: Report | None = None, **kwargs):
    from tui.practice.app import PracticeApp

    return PracticeApp(report=report or practice_report(), path=path, **kwargs)


def saved(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def reveal_text(app) -> str:
    """Everything in unspin's reading, scrolled or not."""
    return app.screen.query_one("#practice-reveal-text").visual.plain


def prompt_text(app) -> str:
    return app.screen.query_one("#practice-prompt").visual.plain


def other_kind(kind: str) -> str:
    return ANSWER_KINDS[(ANSWER_KINDS.index(kind) + 1) % len(ANSWER_KINDS)]


def word_index(sentence: Sentence, start: int) -> int:
    """Which word (for the ← → cursor) covers document offset ``start``."""
    for index, (a, b) in enumerate(word_spans(sentence)):
        if a <= start < b or a >= start:
            return index
    raise AssertionError("no word there")


# ---------------------------------------------------------------- the seed, from start to end


async def test_a_full_exercise_on_the_seed_article(tmp_path: Path) -> None:
    from tui.practice.screens import ScoreScreen

    path = tmp_path / "progress.json"
    app = seed_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        exercise = app.exercise
        report = exercise.report
        questions = exercise.items
        assert len(questions) == sum(1 for s in report.sentences if s.kind in ANSWER_KINDS)
        assert "Claim, opinion or mixed?" in screen_text(app)
        chosen: dict[int, str] = {}
        marked_cues: dict[int, tuple[int, int]] = {}
        flagged: int | None = None
        for index, sentence in enumerate(questions):
            assert f"Question {index + 1} of {len(questions)}" in screen_text(app)
            cues = loaded_cues(report, sentence.id)
            if cues and index % 2 == 0:
                target = word_index(sentence, cues[0].start)
                await pilot.press(*["right"] * target, "space")
                marked_cues[sentence.id] = (cues[0].start, cues[0].end)
            kind = sentence.kind if index % 3 == 0 else other_kind(sentence.kind)
            chosen[sentence.id] = kind
            await pilot.press(kind[0])
            await pilot.pause()
            # Revealed at once, with unspin's kind and confidence.
            shown = reveal_text(app)
            assert f"unspin {text_badge(sentence.kind)}" in shown
            if sentence.confidence is not None:
                assert f"confidence {sentence.confidence:.2f}" in shown
            if kind != sentence.kind:
                assert "You and unspin differ" in shown
                assert "Still disagree after reading them? Press d." in shown
                if flagged is None:
                    await pilot.press("d")
                    await pilot.pause()
                    assert "⚑ You still disagree with unspin here" in reveal_text(app)
                    flagged = sentence.id
            else:
                assert "You and unspin differ" not in shown
            for claim in practice.claims_of(report, sentence.id):
                assert claim.text in shown.replace("\n", " ")
            await pilot.press("n")
            await pilot.pause()
        assert isinstance(app.screen, ScoreScreen)
        agreed = sum(1 for s in questions if chosen[s.id] == s.kind)
        score_shown = app.screen.content.plain
        assert (
            f"You and unspin chose the same kind for {agreed} of {len(questions)} sentences"
            in score_shown
        )
        result = exercise.score()
        assert result.cues_found >= len(marked_cues)
        assert (
            f"Loaded words: you marked {result.cues_found} of the {result.cues_total} "
            "unspin found" in score_shown
        )
        assert f"Where you and unspin differ ({len(questions) - agreed})" in score_shown
        if result.overlooked:
            top = result.overlooked[0]
            assert f"{top.type.replace('_', ' ')}: missed {top.missed} of {top.total}" in (
                score_shown
            )
            assert f"“{top.examples[0][0]}”" in score_shown
        assert flagged is not None
        assert (
            f"⚑ You still disagree on question {exercise.number(flagged)} (sentence #{flagged})"
            in score_shown
        )
        assert str(path) in score_shown

    data = saved(path)
    assert data["finished"] and data["article"]["sha256"] == report.source.sha256
    answers = {a["sentence_id"]: a for a in data["answers"]}
    assert {sid: a["kind"] for sid, a in answers.items()} == chosen
    assert all(a["revealed"] for a in answers.values())
    assert [sid for sid, a in answers.items() if a["disagree"]] == [flagged]
    for sid, (start, end) in marked_cues.items():
        assert any(m["start"] < end and start < m["end"] for m in answers[sid]["marks"])
    assert all(answers[s.id]["unspin_kind"] == s.kind for s in questions)


def text_badge(kind: str) -> str:
    from tui.common.text import KIND_MARK

    return f"{KIND_MARK[kind]} {kind}"


async def test_quit_midway_and_resume_where_it_stopped(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    app = seed_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        questions = app.exercise.items
        for index in range(3):
            await pilot.press(questions[index].kind[0])
            await pilot.pause()
            # Saved at once: a crash now would lose nothing.
            kinds = [a["kind"] for a in saved(path)["answers"]]
            assert kinds == [s.kind for s in questions[: index + 1]]
            await pilot.press("n")
        fourth = questions[3]
        await pilot.press("right", "space")  # a mark, no answer yet
        await pilot.pause()
        second_word = fourth.text[
            word_spans(fourth)[1][0] - fourth.start : word_spans(fourth)[1][1] - fourth.start
        ]
        await pilot.press("q")
    assert app.return_code == 0
    data = saved(path)
    assert data["position"] == 3 and data["finished"] is None
    draft = data["answers"][-1]
    assert draft["sentence_id"] == fourth.id and draft["kind"] is None
    assert [m["text"] for m in draft["marks"]] == [second_word]

    again = seed_app(path, progress=load_progress(path))
    async with again.run_test(size=(80, 24)) as pilot:
        await ready(again, pilot)
        shown = screen_text(again)
        assert f"Question 4 of {len(questions)}" in shown
        assert f"3/{len(questions)} answered" in shown
        assert f"marked: “{second_word}”" in prompt_text(again)
        assert f"Welcome back: 3 of {len(questions)} answered" in notifications(again)
        await pilot.press("o")
        await pilot.pause()
    data = saved(path)
    assert [a["kind"] for a in data["answers"]] == [s.kind for s in questions[:3]] + ["opinion"]
    assert [m["text"] for m in data["answers"][3]["marks"]] == [second_word]


# ---------------------------------------------------------------- the hand-made report


async def test_reveal_at_the_end_keeps_unspins_answers_until_every_sentence_has_one(
    tmp_path: Path,
) -> None:
    from tui.practice.screens import ScoreScreen

    path = tmp_path / "p.json"
    app = hand_app(path, reveal="end")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        assert "reveal: at the end" in screen_text(app)
        await pilot.press("o")  # sentence 1 (unspin: claim); moves on by itself
        await pilot.pause()
        assert app.exercise.position == 1
        await pilot.press("p")
        await pilot.pause()
        assert "Your answer: O opinion" in reveal_text(app)
        assert "unspin C claim" not in screen_text(app) and "≠" not in screen_text(app)
        await pilot.press("c")  # changed its mind: allowed until the end
        await pilot.press("o", "o")  # 2: agrees; 3: unspin says mixed
        await pilot.pause()
        assert not any(a.revealed for a in app.exercise.progress.answers.values())
        await pilot.press("c")  # the last one
        await pilot.pause()
        assert "Every sentence has an answer" in notifications(app)
        assert app.exercise.position == 0
        assert "C=C" in screen_text(app) and "unspin C claim" in reveal_text(app)
        await pilot.press("n", "n")
        await pilot.pause()
        assert "You and unspin differ" in reveal_text(app)
        await pilot.press("d", "n", "n")
        await pilot.pause()
        assert isinstance(app.screen, ScoreScreen)
        assert "chose the same kind for 3 of 4 sentences (75%)" in app.screen.content.plain
    data = saved(path)
    assert [a["kind"] for a in data["answers"]] == ["claim", "opinion", "opinion", "claim"]
    assert [a["disagree"] for a in data["answers"]] == [False, False, True, False]


async def test_an_answer_is_locked_once_unspin_has_shown_its_own(tmp_path: Path) -> None:
    app = hand_app(tmp_path / "p.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("o", "c", "m", "space")
        await pilot.pause()
        answer = app.exercise.answer(1)
        assert answer.kind == "opinion" and answer.marks == []
        assert app.screen.check_action("choose", ("claim",)) is None  # shown disabled
        assert app.screen.check_action("disagree", ()) is True


async def test_skipping_comes_back_to_what_has_no_answer(tmp_path: Path) -> None:
    app = hand_app(tmp_path / "p.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("n")  # skip sentence 1
        assert app.exercise.position == 1
        await pilot.press("o", "n", "m", "n", "c", "n")  # 2, 3, 4 answered
        await pilot.pause()
        assert app.exercise.position == 0 and app.exercise.kind_of(1) is None
        await pilot.press("c", "n")
        await pilot.pause()
        assert app.screen.id == "score"


async def test_finishing_early_asks_for_f_twice(tmp_path: Path) -> None:
    app = hand_app(tmp_path / "p.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("c", "f")
        await pilot.pause()
        assert app.screen.id == "practice"
        assert "3 sentences still without an answer. Press f again" in notifications(app)
        await pilot.press("f")
        await pilot.pause()
        assert app.screen.id == "score"
        assert "Not answered: 3 of 4 sentences." in app.screen.content.plain
        assert "Press f again" not in notifications(app)  # answered: gone from the score
        await pilot.press("r")  # back to the sentences
        await pilot.pause()
        assert app.screen.id == "practice" and app.exercise.position == 0
    assert saved(tmp_path / "p.json")["finished"]


async def test_a_finished_exercise_opens_on_its_score(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    exercise = practice.Exercise(practice_report(), store=path)
    exercise.choose("claim")
    exercise.finish()
    app = hand_app(path, progress=load_progress(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        assert app.screen.id == "score"
        assert "chose the same kind for 1 of 1" in app.screen.content.plain


async def test_marks_are_listed_in_words_and_checked_against_unspins_cues(tmp_path: Path) -> None:
    app = hand_app(tmp_path / "p.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        # "On Monday, the Biden regime sent ...": regime is word 4, sent word 5
        await pilot.press("right", "right", "right", "right")
        assert "← → “regime”" in prompt_text(app)
        await pilot.press("space", "right", "space", "left", "left")
        assert "marked: “regime”, “sent”" in prompt_text(app)
        await pilot.press("c")
        await pilot.pause()
        shown = reveal_text(app)
        assert "Loaded words: 1, you marked 1" in shown
        assert "✓ “regime” loaded label: ‘regime’ is a loaded label." in shown
        assert "You also marked “sent”: unspin has no cue there." in shown
        assert "Neutral restatement" in shown
        assert "• replaced “regime” with “administration”" in shown
        assert "On Monday" not in shown.split("Loaded words")[1].split("Neutral")[0]


async def test_whole_article_view_shows_every_sentence_with_its_marks(tmp_path: Path) -> None:
    app = hand_app(tmp_path / "p.json")
    async with app.run_test(size=(80, 30)) as pilot:
        await ready(app, pilot)
        shown = screen_text(app)
        assert "This approach is clearly unacceptable." not in shown  # one sentence at a time
        await pilot.press("o", "n", "v")
        await pilot.pause()
        shown = screen_text(app)
        assert "whole article" in shown
        assert "This approach is clearly unacceptable." in shown and "— Reuters" in shown
        assert "O≠C On Monday" in shown  # answered: yours, then unspin's
        assert "▸·   This approach" in shown  # the current one, no answer yet
        assert " ·   “We will never give in,”" in shown  # no spoiler for what is to come
        await pilot.press("v")
        await pilot.pause()
        assert "— Reuters" not in screen_text(app)

    whole = hand_app(tmp_path / "q.json", whole=True)
    async with whole.run_test(size=(80, 30)) as pilot:
        await ready(whole, pilot)
        assert "— Reuters" in screen_text(whole) and "whole article" in screen_text(whole)


async def test_help_explains_the_three_kinds_in_plain_words(tmp_path: Path) -> None:
    from tui.practice.app import PracticeApp
    from tui.practice.screens import PracticeScreen, ScoreScreen

    app = hand_app(tmp_path / "p.json")
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.id == "practice-help"
        shown = app.screen.query_one("#help-text").visual.plain
        for kind in ANSWER_KINDS:
            assert " ".join(f"{kind}: {practice.KIND_HELP[kind]}".split()) in " ".join(
                shown.split()
            )
        for binding in [*PracticeApp.BINDINGS, *PracticeScreen.BINDINGS, *ScoreScreen.BINDINGS]:
            assert binding.description in shown, binding
        assert str(tmp_path / "p.json") in shown
        await pilot.press("escape")  # Escape closes the help
        await pilot.pause()
        assert app.screen.id == "practice" and app.is_running
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("q")  # q quits, from the help too, as the help says
        await pilot.pause()
        assert not app.is_running


def test_every_practice_binding_has_an_id_and_a_description() -> None:
    from tui.practice.app import PracticeApp
    from tui.practice.screens import PracticeHelpScreen, PracticeScreen, ScoreScreen
    from tui.reader.app import ReadingRoom

    ids = []
    for cls in (PracticeApp, PracticeScreen, ScoreScreen, PracticeHelpScreen):
        for binding in cls.BINDINGS:
            assert binding.id and binding.description, (cls.__name__, binding)
            ids.append(binding.id)
    ids += [b.id for b in ReadingRoom.BINDINGS]
    assert len(ids) == len(set(ids))


async def test_command_palette_answers_too(tmp_path: Path) -> None:
    app = hand_app(tmp_path / "p.json")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"answer: opinion")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.exercise.kind_of(1) == "opinion"


async def test_a_failed_save_is_shown_and_the_app_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    app = hand_app(tmp_path / "p.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        monkeypatch.setattr(practice.store, "save_progress", full)
        await pilot.press("c")
        await pilot.pause()
        assert "Could not save your progress: No space left on device" in notifications(app)
        assert app.is_running


async def test_markup_and_escapes_in_the_article_show_literally(tmp_path: Path) -> None:
    report = plain_report([("[@click=app.quit]Title[/]", "title"), *HOSTILE_ARTICLE])
    app = hand_app(tmp_path / "p.json", report)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        shown = screen_text(app)
        assert "[@click=app.quit]Title[/]" in shown
        assert "<script>alert(1)</script> [link](javascript:x) **bold**" in shown
        await pilot.click("#practice-article", offset=(10, 1))
        await pilot.press("c", "n", "v")
        await pilot.pause()
        shown = screen_text(app)
        assert "12. not a number ␛[31m red" in shown and "\x1b" not in shown
        assert app.is_running


async def test_an_article_with_nothing_to_label_says_so(tmp_path: Path) -> None:
    app = hand_app(tmp_path / "p.json", plain_report([("Only a title", "title")]))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        assert "no claims or opinions to practise on" in screen_text(app)
        await pilot.press("q")
    assert app.return_code == 1
    assert not (tmp_path / "p.json").exists()


@pytest.mark.skipif(not os.path.exists("/dev/ptmx"), reason="needs a pseudo-terminal")
def test_piped_article_then_the_terminal_and_progress_saved(tmp_path: Path) -> None:
    """`cat article | unspin practice -` under a pty: answer one, quit, the file holds it."""
    import pty
    import select
    import time

    progress = tmp_path / "mine.json"
    pid, fd = pty.fork()
    if pid == 0:  # the child: stdin is a pipe holding the article, the pty its terminal
        read_end, write_end = os.pipe()
        os.write(
            write_end, b"Piped title\n\nThe regime clearly failed. Officials said so on Monday.\n"
        )
        os.close(write_end)
        os.dup2(read_end, 0)
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
        os.execve(
            sys.executable,
            [sys.executable, "-m", "summarize", "practice", "-", "--progress", str(progress)],
            env,
        )
    output = b""
    deadline = time.monotonic() + 60
    sent = 0
    status = None
    while time.monotonic() < deadline:
        ready_fds, _, _ = select.select([fd], [], [], 0.2)
        if ready_fds:
            try:
                output += os.read(fd, 65536)
            except OSError:
                break
        if sent == 0 and b"Question 1 of" in output:
            os.write(fd, b"o")
            sent = 1
        elif sent == 1 and b"unspin's reading" in output:
            os.write(fd, b"q")
            sent = 2
        finished, status = os.waitpid(pid, os.WNOHANG)
        if finished:
            break
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    os.close(fd)
    assert sent == 2, output[-2000:]
    assert status is not None and os.waitstatus_to_exitcode(status) == 0
    assert b"progress saved in" in output
    answers = saved(progress)["answers"]
    assert [a["kind"] for a in answers] == ["opinion"]


# ---------------------------------------------------------------- a new user's trial


async def test_bracketed_letters_belong_to_the_word_they_are_in(tmp_path: Path) -> None:
    report = plain_report(
        [("“(T)hey ha(s) been condemn(ing) a (nonexistent) build-up,” he said.", "claim")]
    )
    app = hand_app(tmp_path / "p.json", report=report)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        assert "← → “(T)hey”" in prompt_text(app)
        await pilot.press("space", "right")
        assert "← → “ha(s)”" in prompt_text(app)
        await pilot.press("space", "right", "right")
        assert "← → “condemn(ing)”" in prompt_text(app)
        await pilot.press("space", "right", "right")
        assert "← → “nonexistent”" in prompt_text(app)
        await pilot.pause()
        assert "marked: “(T)hey”, “ha(s)”, “condemn(ing)”" in prompt_text(app)
    marks = [m["text"] for m in saved(tmp_path / "p.json")["answers"][0]["marks"]]
    assert marks == ["(T)hey", "ha(s)", "condemn(ing)"]


async def test_questions_are_numbered_and_sentences_keep_their_report_ids(tmp_path: Path) -> None:
    app = hand_app(tmp_path / "p.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        title = str(app.screen.query_one("#practice-article").border_title)
        assert title.startswith("Question 1 of 4") and "sentence #1" in title
        await pilot.press("c", "n", "c")  # question 2 (#2): unspin says opinion
        await pilot.pause()
        title = str(app.screen.query_one("#practice-article").border_title)
        assert title.startswith("Question 2 of 4") and "sentence #2" in title
        await pilot.press("d", "f", "f")
        await pilot.pause()
        score = app.screen.content.plain
        assert "You still disagree on question 2 (sentence #2)." in score
        assert "on sentence 2" not in score


async def test_quitting_with_an_unsaved_answer_asks_and_says_where_it_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 9, attack 17: a failed save is not forgotten on quit."""
    real = practice.store.save_progress
    path = tmp_path / "class" / "p.json"

    def read_only(progress, target: Path) -> None:
        if target.parent == path.parent:
            raise PermissionError(13, "Permission denied")
        real(progress, target)

    app = hand_app(path, settings=Settings(data_dir=tmp_path / "data"))
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        monkeypatch.setattr(practice.store, "save_progress", read_only)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running  # asked, not quit
        rescued = tmp_path / "data" / "practice" / "p.json"
        assert f"It is saved in {rescued} instead" in notifications(app)
        assert practice.load_progress(rescued).answers[1].kind == "claim"
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0  # set by exit(): the second q quits
