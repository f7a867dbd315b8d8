"""Practice mode's screens: the exercise, the score at the end, loading, help.

The exercise shows one sentence at a time (with the sentence before it for
context) or, after ``v``, the whole article with the current sentence marked.
The student marks the words that gave it away (← → and space), then picks a
kind (c, o, m). unspin's reading appears below, after each answer or, with
``--reveal end``, once every sentence has an answer. All state lives in
:class:`summarize.practice.Exercise`, which saves itself after every change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.visual import Visual
from textual.widgets import Footer, Static

from summarize.practice import ANSWER_KINDS, KIND_HELP, Exercise, word_spans
from tui.common import text
from tui.common.help import HelpScreen, binding_rows
from tui.messages import ScoreRequested
from tui.practice import views as view

T = TypeVar("T")


class LoadingScreen(Screen[None]):
    """While the article is analysed (or when that failed)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="practice-loading"):
            yield Static("Analysing the article…", id="practice-loading-text", markup=False)

    def show(self, message: str, *, error: bool = False) -> None:
        label = self.query_one("#practice-loading-text", Static)
        label.update(Content(message) if not error else Content.styled(message, "bold $text-error"))
        label.set_class(error, "-error")


class PracticeScreen(Screen[None]):
    """The exercise itself."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "choose('claim')", "Claim", id="practice.claim"),
        Binding("o", "choose('opinion')", "Opinion", id="practice.opinion"),
        Binding("m", "choose('mixed')", "Mixed", id="practice.mixed"),
        Binding("space,x", "mark", "Mark", id="practice.mark", key_display="space"),
        Binding("right,l", "word(1)", "Next word", show=False, id="practice.word-next"),
        Binding("left,h", "word(-1)", "Previous word", show=False, id="practice.word-previous"),
        Binding("n,enter", "step(1)", "Next", id="practice.next", key_display="n"),
        Binding("p", "step(-1)", "Previous", show=False, id="practice.previous"),
        Binding("d", "disagree", "Still disagree", id="practice.disagree"),
        Binding("v", "toggle_view", "Whole article / one sentence", show=False, id="practice.view"),
        Binding("f", "finish", "Finish and score", show=False, id="practice.finish"),
        Binding("j,down", "scroll(1)", "Scroll unspin's reading", show=False, id="practice.down"),
        Binding("k,up", "scroll(-1)", "Scroll back", show=False, id="practice.up"),
    ]

    def __init__(self, exercise: Exercise, *, whole: bool = False) -> None:
        super().__init__(id="practice")
        self.exercise = exercise
        #: The whole article with a cursor (True) or one sentence at a time.
        self.whole = whole
        self.cursor: int | None = None
        self._shown: int | None = None  # the sentence id drawn as current
        self._confirm_finish = False

    def compose(self) -> ComposeResult:
        yield Static(id="practice-head", markup=False)
        with VerticalScroll(id="practice-article", can_focus=False):
            item_ids = {s.id for s in self.exercise.items}
            for sentence in self.exercise.report.sentences:
                row = Static(
                    id=f"row-{sentence.id}",
                    classes="row" + ("" if sentence.id in item_ids else " -context"),
                    markup=False,
                )
                row.display = False
                yield row
        yield Static(id="practice-prompt", markup=False)
        with VerticalScroll(id="practice-reveal", can_focus=False):
            yield Static(id="practice-reveal-text", markup=False)
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.reset_cursor()
        self.refresh_all()

    # ------------------------------------------------------------------ drawing

    @property
    def words(self) -> list[tuple[int, int]]:
        return word_spans(self.exercise.current)

    def reset_cursor(self) -> None:
        self.cursor = 0 if self.words else None

    def _row(self, sentence_id: int) -> Static:
        return self.query_one(f"#row-{sentence_id}", Static)

    def draw_row(self, sentence_id: int) -> None:
        exercise = self.exercise
        report = exercise.report
        sentence = report.sentences[sentence_id]
        answer = exercise.answer(sentence_id)
        is_item = exercise.number(sentence_id) > 0
        current = sentence_id == exercise.current.id
        if current:
            cursor = self.words[self.cursor] if self.cursor is not None else None
            body = view.exercise_sentence(report, sentence, answer, cursor=cursor)
        else:
            body = view.context_sentence(report, sentence, answer, is_item=is_item)
        mark = view.gutter(sentence, answer, current=current, is_item=is_item)
        row = self._row(sentence_id)
        row.update(text.Gutter(mark, body, width=5))
        row.set_class(current, "-current")

    def refresh_all(self) -> None:
        """Every row (after a change of view or a reveal of everything)."""
        for sentence in self.exercise.report.sentences:
            self.draw_row(sentence.id)
        self._shown = self.exercise.current.id
        self.refresh_view()

    def refresh_view(self) -> None:
        """Which rows show, the head, the prompt and unspin's reading."""
        exercise = self.exercise
        current = exercise.current
        if self._shown is not None and self._shown != current.id:
            self.draw_row(self._shown)
        self.draw_row(current.id)
        self._shown = current.id
        previous = current.id - 1
        for sentence in exercise.report.sentences:
            row = self._row(sentence.id)
            show = self.whole or sentence.id in (current.id, previous)
            if row.display != show:  # each change costs a layout: only the ones that change
                row.display = show
        self.set_class(self.whole, "-whole")
        article = self.query_one("#practice-article", VerticalScroll)
        # The question's number (from 1, as on the worksheet), then the report's sentence id.
        article.border_title = (
            f"Question {exercise.position + 1} of {len(exercise.items)} · sentence #{current.id}"
            + (" · whole article" if self.whole else "")
        )
        article.border_subtitle = "v: one sentence" if self.whole else "v: whole article"
        self.call_after_refresh(
            lambda: article.scroll_to_widget(self._row(current.id), animate=False, top=False)
        )
        self.query_one("#practice-head", Static).update(self._head())
        self.query_one("#practice-prompt", Static).update(
            view.prompt(exercise, self.words, self.cursor)
        )
        self.draw_reveal()
        self.refresh_bindings()

    def _head(self) -> Content:
        exercise = self.exercise
        report = exercise.report
        title = report.source.title or report.source.name
        answered = exercise.answered_count()
        revealed = [
            s for s in exercise.items if exercise.is_revealed(s.id) and exercise.kind_of(s.id)
        ]
        agreed = sum(1 for s in revealed if exercise.kind_of(s.id) == s.kind)
        mode = "reveal: after each" if exercise.reveal_mode == "each" else "reveal: at the end"
        facts: list[str | tuple[str, str] | Content] = [
            (f"{answered}/{len(exercise.items)} answered", "bold"),
            (" · ", text.DIM),
            f"you and unspin agree on {agreed} of {len(revealed)} revealed",
            (" · ", text.DIM),
            mode,
        ]
        if exercise.finished:
            facts += [(" · ", text.DIM), ("finished", "bold")]
        first = Content.assemble(("Practice ", "bold $text-accent"), (text.literal(title), "bold"))
        return Content("\n").join([first, Content.assemble(*facts)])

    def draw_reveal(self) -> None:
        exercise = self.exercise
        sentence = exercise.current
        answer = exercise.answer(sentence.id)
        box = self.query_one("#practice-reveal", VerticalScroll)
        panel = self.query_one("#practice-reveal-text", Static)
        if answer is not None and answer.revealed and answer.kind:
            box.border_title = "unspin's reading"
            panel.update(view.reveal(exercise.report, sentence, answer))
            box.set_class(answer.kind != sentence.kind, "-differ")
        elif answer is not None and answer.kind:
            box.border_title = "Your answer"
            panel.update(view.waiting(answer))
            box.set_class(False, "-differ")
        else:
            box.border_title = "Claim, opinion or mixed?"
            panel.update(view.kinds_guide())
            box.set_class(False, "-differ")
        box.scroll_home(animate=False)

    # ------------------------------------------------------------------ actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not hasattr(self, "exercise") or not self.is_mounted:
            return True
        answer = self.exercise.answer(self.exercise.current.id)
        revealed = bool(answer and answer.revealed)
        if action in ("choose", "mark", "word"):
            return None if revealed else True
        if action == "disagree":
            return True if revealed else None
        return True

    def _saving(self, change: Callable[[], T]) -> T | None:
        """Run a change of the exercise; a failed save is shown, never lost silently."""
        try:
            return change()
        except OSError as problem:
            self.app.notify(
                f"Could not save your progress: {problem.strerror or problem}. "
                "Your answers are kept in memory; do not quit until it is fixed.",
                title="Not saved",
                severity="error",
                timeout=10,
                markup=False,
            )
            return None

    def action_choose(self, kind: str) -> None:
        if kind not in ANSWER_KINDS:
            return
        exercise = self.exercise
        if not self._saving(lambda: exercise.choose(kind)):
            return
        self._confirm_finish = False
        if exercise.reveal_mode == "end":
            following = exercise.first_unanswered(exercise.position + 1)
            if following is None:
                self._saving(exercise.reveal_all)
                self._saving(lambda: exercise.go(0))
                self.reset_cursor()
                self.refresh_all()
                self.app.notify(
                    "Every sentence has an answer. unspin's readings are shown now: n and p "
                    "step through them, d flags a disagreement, f shows your score.",
                    title="All answered",
                    timeout=8,
                )
                return
            if following != exercise.position:
                self._saving(lambda: exercise.go(following))
                self.reset_cursor()
        self.refresh_view()

    def refresh_sentence(self) -> None:
        """Only the current sentence and the prompt (the word cursor moved, a mark changed)."""
        self.draw_row(self.exercise.current.id)
        self.query_one("#practice-prompt", Static).update(
            view.prompt(self.exercise, self.words, self.cursor)
        )

    def action_mark(self) -> None:
        if self.cursor is None:
            return
        start, end = self.words[self.cursor]
        self._saving(lambda: self.exercise.toggle_mark(start, end))
        self.refresh_sentence()

    def action_word(self, step: int) -> None:
        if self.cursor is None:
            return
        self.cursor = min(max(0, self.cursor + step), len(self.words) - 1)
        self.refresh_sentence()

    def action_step(self, step: int) -> None:
        exercise = self.exercise
        position, last = exercise.position, len(exercise.items) - 1
        self._confirm_finish = False
        if step < 0:
            if position > 0:
                self._go(position - 1)
            return
        if not exercise.finished and exercise.all_answered():
            if exercise.reveal_mode == "end":
                unrevealed = any(not exercise.is_revealed(s.id) for s in exercise.items)
                if unrevealed:
                    self._saving(exercise.reveal_all)
                    self._go(0, everything=True)
                    return
                if position < last:
                    self._go(position + 1)
                    return
            self.post_message(ScoreRequested())
            return
        if exercise.finished:
            if position < last:
                self._go(position + 1)
            else:
                self.post_message(ScoreRequested())
            return
        if exercise.kind_of(exercise.current.id) is not None:
            following = exercise.first_unanswered(position + 1)
            self._go(following if following is not None else position)
            return
        if position < last:
            self._go(position + 1)
        else:
            following = exercise.first_unanswered(0)
            if following is not None and following != position:
                self.app.notify(
                    f"Back to question {following + 1}: it has no answer yet.", timeout=4
                )
                self._go(following)

    def _go(self, index: int, *, everything: bool = False) -> None:
        self._saving(lambda: self.exercise.go(index))
        self.reset_cursor()
        if everything:
            self.refresh_all()
        else:
            self.refresh_view()

    def action_disagree(self) -> None:
        exercise = self.exercise
        answer = exercise.answer(exercise.current.id)
        if answer is None or not answer.revealed:
            return
        flag = not answer.disagree
        if self._saving(lambda: exercise.set_disagree(answer.sentence_id, flag)):
            self.app.notify(
                "Flagged: you still disagree. Your teacher will see it in the results."
                if flag
                else "Flag taken back.",
                timeout=3,
            )
        self.refresh_view()

    def action_toggle_view(self) -> None:
        self.whole = not self.whole
        self.refresh_view()

    def action_finish(self) -> None:
        exercise = self.exercise
        left = len(exercise.items) - exercise.answered_count()
        if left and not exercise.finished and not self._confirm_finish:
            self._confirm_finish = True
            self.app.notify(
                f"{left} sentence{'s' if left != 1 else ''} still without an answer. "
                "Press f again to finish anyway.",
                timeout=5,
            )
            return
        self._confirm_finish = False
        self.post_message(ScoreRequested())

    def action_scroll(self, step: int) -> None:
        self.query_one("#practice-reveal", VerticalScroll).scroll_relative(y=step, animate=False)

    def back_to_review(self) -> None:
        """From the score: the exercise again, at the first sentence, everything revealed."""
        self._go(0, everything=True)


class ScoreScreen(Screen[None]):
    """The end of the exercise."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "review", "Review the sentences", id="score.review"),
        Binding("j,down", "scroll(1)", "Scroll down", show=False, id="score.down"),
        Binding("k,up", "scroll(-1)", "Scroll up", show=False, id="score.up"),
    ]

    def __init__(self, content: Visual) -> None:
        super().__init__(id="score")
        self.content = content

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="score-scroll", can_focus=False):
            yield Static(self.content, id="score-text", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#score-scroll").border_title = "Practice finished"

    def action_review(self) -> None:
        self.dismiss(None)

    def action_scroll(self, step: int) -> None:
        self.query_one("#score-scroll", VerticalScroll).scroll_relative(y=step, animate=False)


def practice_help_content(path: str = "", app_bindings: Sequence[BindingType] = ()) -> view.Stack:
    """The three kinds in plain words, how the exercise goes, every key.

    ``app_bindings`` are the app's own (quit, help), which hold on every screen.
    """
    bold = "bold"
    blocks: list[Visual] = [Content.styled("The three kinds", bold)]
    for kind in ANSWER_KINDS:
        blocks.append(
            view.hang(Content.assemble("  ", text.kind_badge(kind), ": "), KIND_HELP[kind])
        )
    blocks += [
        view.BLANK,
        Content.styled("How it goes", bold),
        view.hang(
            "  ",
            "Read the sentence. Mark the words that gave it away (← → choose a word, space "
            "marks it), then press c, o or m. unspin then shows its own reading: its kind, how "
            "sure it is, the loaded words it found (✓ you marked it, ○ you did not) and, for a "
            "claim, the sentence restated in neutral words.",
        ),
        view.hang(
            "  ",
            "unspin is a program and can be wrong. Where you still disagree after reading its "
            "reasons, press d: your teacher sees the flag in the class results.",
        ),
        view.hang(
            "  ",
            "Your answers are saved after every key. Quit any time; the same command carries "
            "on where you stopped. --reveal end keeps unspin's answers until the end.",
        ),
        view.BLANK,
        Content.styled("The gutter", bold),
        view.hang("  ", "▸ the sentence you are on; · not answered yet"),
        view.hang("  ", "C=C you and unspin agree; O≠M you said opinion, unspin says mixed"),
        view.hang("  ", "T a title, not a question; underlined after the reveal: unspin's cues"),
        view.BLANK,
    ]
    sections = [
        ("Anywhere", [*binding_rows(app_bindings), ("ctrl+p", "Command palette")]),
        ("The exercise", binding_rows(PracticeScreen.BINDINGS)),
        ("The score", binding_rows(ScoreScreen.BINDINGS)),
    ]
    for title, rows in sections:
        blocks.append(Content.styled(title, bold))
        for keys, description in rows:
            blocks.append(Content.assemble((f"  {keys:<16}", "bold $text-accent"), description))
        blocks.append(view.BLANK)
    if path:
        blocks.append(view.hang("", (f"Your progress is saved in {text.literal(path)}", text.DIM)))
    return view.Stack(blocks)


class PracticeHelpScreen(HelpScreen):
    """``?`` in practice mode: the kinds in plain words, then the keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,question_mark", "close", "Close", id="practice-help.close", key_display="esc"
        ),
        Binding("j,down", "scroll(1)", "Down", show=False, id="practice-help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="practice-help.up"),
    ]
    BOX_TITLE = "unspin practice · help"

    def __init__(self, path: str = "", app_bindings: Sequence[BindingType] = ()) -> None:
        super().__init__(id="practice-help")
        self.path = path
        self.app_bindings = list(app_bindings)

    def content(self) -> Visual:
        return practice_help_content(self.path, self.app_bindings)
