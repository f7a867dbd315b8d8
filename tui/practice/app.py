"""Practice mode (``unspin practice``): label each sentence first, then see unspin's reading.

The analysis runs in the thread worker both apps use (:mod:`tui.workers`); the
exercise itself is :class:`summarize.practice.Exercise`, which saves the
student's progress after every change. This module only wires the two to the
screens in :mod:`tui.practice.screens`.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from summarize.ingest import Document
from summarize.practice import Exercise, Progress, ProgressFile
from summarize.report import Report
from summarize.settings import Settings
from tui.common.app import UnspinApp
from tui.common.commands import ListedCommands
from tui.messages import AnalysisDone, AnalysisFailed, AnalysisProgress, ScoreRequested
from tui.practice import views as view
from tui.practice.screens import (
    LoadingScreen,
    PracticeHelpScreen,
    PracticeScreen,
    ScoreScreen,
)
from tui.workers import start_analysis


class PracticeCommands(ListedCommands):
    """The command palette offers what the keys do."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app: PracticeApp = self.app  # type: ignore[assignment]

        def on_screen(action: str) -> Callable[[], object]:
            return partial(app.run_screen_action, action)

        return [
            ("Answer: claim", "c", on_screen("choose('claim')")),
            ("Answer: opinion", "o", on_screen("choose('opinion')")),
            ("Answer: mixed", "m", on_screen("choose('mixed')")),
            ("Mark the word under the cursor", "space", on_screen("mark")),
            ("Next sentence", "n", on_screen("step(1)")),
            ("Previous sentence", "p", on_screen("step(-1)")),
            ("I still disagree (flag or unflag)", "d", on_screen("disagree")),
            ("Whole article / one sentence", "v", on_screen("toggle_view")),
            ("Finish and show the score", "f", on_screen("finish")),
            ("Help: the three kinds and the keys", "?", partial(app.run_action, "help")),
            ("Quit (your progress is saved)", "q", partial(app.run_action, "quit")),
        ]


class PracticeApp(UnspinApp):
    """``unspin practice``: one exercise on one article."""

    #: Absolute, so that subclasses elsewhere (tests, bench/) find them too.
    CSS_PATH: ClassVar = [
        Path(__file__).parent.parent / "common" / "common.tcss",
        Path(__file__).with_name("practice.tcss"),
    ]
    TITLE = "unspin practice"
    COMMANDS = App.COMMANDS | {PracticeCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", priority=True, id="practice-app.quit"),
        Binding(
            "question_mark", "help", "Help", priority=True, id="practice-app.help", key_display="?"
        ),
    ]

    def __init__(
        self,
        document: Document | None = None,
        *,
        report: Report | None = None,
        progress: Progress | None = None,
        path: Path | None = None,
        store: ProgressFile | None = None,
        settings: Settings | None = None,
        reveal: str | None = None,
        student: str = "",
        whole: bool = False,
    ) -> None:
        """A ``document`` to analyse or a finished ``report``; ``path``: the progress file."""
        if document is None and report is None:
            raise ValueError("PracticeApp needs a document or a report")
        super().__init__()
        self.settings = settings or Settings()
        self.document = document
        self.report = report
        self.saved = progress
        if store is None and path is not None:
            store = ProgressFile(path, data=self.settings.data_dir)
        self.path = store.path if store is not None else None
        self.store = store
        self.quit_asked = False
        self.reveal = reveal
        self.student = student
        self.whole = whole
        self.exercise: Exercise | None = None
        self.practice: PracticeScreen | None = None
        self.loading = LoadingScreen()
        self.analysis_error: str | None = None

    async def on_mount(self) -> None:
        await self.push_screen(self.loading)
        if self.report is not None:
            self.start(self.report)
        else:
            assert self.document is not None
            start_analysis(self, self.document, 1, settings=self.settings)

    # ------------------------------------------------------------------ analysis

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        if self.exercise is None and self.analysis_error is None:
            self.loading.show(f"Analysing the article… {message.stage} ({message.fraction:.0%})")

    def on_analysis_done(self, message: AnalysisDone) -> None:
        self.report = message.report
        self.start(message.report)

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        self.failed(message.message)

    def failed(self, message: str) -> None:
        """Nothing to practise on: say why, and wait for q."""
        self.analysis_error = message
        self.loading.show(f"{message}\n\nPress q to quit.", error=True)

    def start(self, report: Report) -> None:
        """The analysis is there: set up (or resume) the exercise and show it."""
        try:
            exercise = Exercise(
                report,
                self.saved,
                self.store,
                reveal=self.reveal,
                student=self.student,
            )
        except ValueError as problem:
            self.failed(str(problem))
            return
        if not exercise.items:
            self.failed("unspin found no claims or opinions to practise on in this text")
            return
        self.exercise = exercise
        self.practice = PracticeScreen(exercise, whole=self.whole)
        self.switch_screen(self.practice)
        if exercise.finished:
            self.call_after_refresh(self.show_score)
        elif exercise.resumed:
            self.notify(
                f"Welcome back: {exercise.answered_count()} of {len(exercise.items)} answered. "
                "Your answers are saved after every key.",
                title="Resumed",
                timeout=5,
            )

    # ------------------------------------------------------------------ the end

    def on_score_requested(self, _message: ScoreRequested) -> None:
        self.show_score()

    def show_score(self) -> None:
        """Finish (everything revealed, saved) and show the score."""
        if self.exercise is None or self.practice is None:
            return
        # the exercise's notices ("Press f again …") are answered, and finishing saves
        # again and says so if it fails: none of them belongs on the score
        self.clear_notifications()
        try:
            score = self.exercise.finish()
        except OSError as problem:
            self.notify(
                f"Could not save your progress: {problem.strerror or problem}",
                severity="error",
                markup=False,
            )
            score = self.exercise.score()
        self.practice.refresh_all()
        content = view.score_content(self.exercise, score, str(self.path) if self.path else "")
        self.push_screen(ScoreScreen(content), callback=lambda _: self.practice.back_to_review())

    # ------------------------------------------------------------------ actions

    async def run_screen_action(self, action: str) -> None:
        """An action of the exercise screen (from the command palette)."""
        if self.practice is not None:
            await self.run_action(action, self.practice)

    async def action_quit(self) -> None:
        """Quit; the progress is already saved. Exit status 1 when the analysis failed.

        With answers that could not be saved, the first q saves them elsewhere if it
        can, says where, and asks for q again.
        """
        if self.exercise is not None and self.exercise.unsaved and not self.quit_asked:
            self.quit_asked = True  # ask once: the next q quits
            with suppress(OSError):
                self.exercise.save()  # the folder may be writable again
            if self.exercise.unsaved:
                where = self.exercise.rescue()
                self.notify(
                    f"Your progress could not be saved in {self.path}. "
                    + (f"It is saved in {where} instead. " if where else "Nowhere else works. ")
                    + "Press q again to quit, or any other key to go on.",
                    title="Not saved",
                    severity="warning",
                    timeout=30,
                    markup=False,
                )
                return
        await super().action_quit()

    def help_screen(self) -> PracticeHelpScreen:
        """The three kinds in plain words, and the keys."""
        return PracticeHelpScreen(str(self.path) if self.path else "", self.BINDINGS)
