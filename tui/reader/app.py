"""The reading room: a Textual app that shows what ``summarize.analyze`` returns.

It adds no analysis of its own. The analysis (and any re-run of the summary when
the reader changes its length or algorithm) runs in a thread worker; results
come back as messages and stale ones are dropped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input
from textual.worker import get_current_worker

from summarize.errors import UnspinError
from summarize.ingest import Document
from summarize.report import Report, Summary
from summarize.summary import DEFAULT_ALGORITHM, DEFAULT_LENGTH, Candidate, parse_length
from tui.commands import ReaderCommands
from tui.screens.reader import ReaderScreen


@dataclass
class AnalysisProgress(Message):
    stage: str
    fraction: float
    generation: int


@dataclass
class AnalysisDone(Message):
    report: Report
    generation: int


@dataclass
class AnalysisFailed(Message):
    message: str
    generation: int


@dataclass
class SummaryDone(Message):
    summary: Summary


@dataclass
class SummaryFailed(Message):
    message: str
    algorithm: str
    length: str


class _Cancelled(Exception):
    """Raised from the progress callback to stop an analysis nobody waits for."""


def describe(problem: BaseException) -> str:
    """One line for the reader: the message of an error they can act on, else a bug report."""
    if isinstance(problem, UnspinError):
        return str(problem)
    return (
        f"unexpected error: {type(problem).__name__}: {problem} "
        "(a bug; rerun with UNSPIN_DEBUG=1 for the traceback and please report it)"
    )


class ReadingRoom(App[int]):
    """``unspin read``: the article, its summary, claims and opinions, linked."""

    #: Absolute, so that subclasses elsewhere (tests, bench/) find it too.
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "unspin"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", priority=True, id="app.quit"),
        Binding("question_mark", "help", "Help", priority=True, id="app.help", key_display="?"),
    ]

    def __init__(
        self,
        document: Document | None = None,
        *,
        report: Report | None = None,
        algorithm: str = DEFAULT_ALGORITHM,
        length: str | int = DEFAULT_LENGTH,
        engine: str = "auto",
    ) -> None:
        """Give a ``document`` to analyse, or a finished ``report`` to show."""
        if document is None and report is None:
            raise ValueError("ReadingRoom needs a document or a report")
        super().__init__()
        self.document = document
        self.report: Report | None = report
        if report is not None and report.summary is not None:
            algorithm = report.summary.algorithm
            length = report.summary.length or length
        self.algorithm = algorithm
        self.length = str(length)
        self.engine = engine
        self.source_name = document.name if document else report.source.name  # type: ignore[union-attr]
        self.reader = ReaderScreen()
        self._generation = 0
        #: Set when the analysis ended: None while it runs.
        self.analysis_error: str | None = None
        #: The folder and format of the last export, offered again by the next one.
        self.export_folder: Path | None = None
        self.export_format = "markdown"

    @property
    def export_stem(self) -> str:
        """Default export file name (no suffix and no folder)."""
        name = self.source_name
        if name.startswith("<") or "://" in name:
            return "unspin-report"
        return Path(name).stem + ".unspin"

    async def on_mount(self) -> None:
        await self.push_screen(self.reader)
        if self.report is not None:
            self.reader.show_report(self.report)
        else:
            self.start_analysis()

    # ------------------------------------------------------------------ analysis

    def start_analysis(self) -> None:
        self._generation += 1
        self.analyse(self._generation)

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def analyse(self, generation: int) -> None:
        from summarize.pipeline import analyze

        worker = get_current_worker()

        def progress(stage: str, fraction: float) -> None:
            if worker.is_cancelled:
                raise _Cancelled
            self.post_message(AnalysisProgress(stage, fraction, generation))

        assert self.document is not None
        try:
            report = analyze(
                self.document,
                algorithm=self.algorithm,
                length=self.length,
                engine=self.engine,
                progress=progress,
            )
        except _Cancelled:
            return
        except Exception as problem:
            if os.environ.get("UNSPIN_DEBUG"):
                import traceback

                traceback.print_exc()
            self.post_message(AnalysisFailed(describe(problem), generation))
            return
        if not worker.is_cancelled:
            self.post_message(AnalysisDone(report, generation))

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        if message.generation == self._generation and self.report is None:
            self.reader.show_progress(message.stage, message.fraction)

    def on_analysis_done(self, message: AnalysisDone) -> None:
        if message.generation != self._generation:
            return
        self.report = message.report
        self.reader.show_report(message.report)

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        if message.generation != self._generation:
            return
        self.analysis_error = message.message
        self.reader.show_error(message.message)

    # ------------------------------------------------------------------ summary only

    def change_length(self, step: int) -> None:
        """One sentence more or fewer (5 points for a percentage), within bounds."""
        if self.report is None:
            return
        value, percent = parse_length(self.length)
        if percent:
            new = f"{min(100, max(5, value + 5 * step))}%"
        else:
            body = sum(1 for s in self.report.sentences if s.kind != "title")
            new = str(min(max(1, body), max(1, value + step)))
        if new == self.length:
            self.notify(
                f"The summary is already as {'long' if step > 0 else 'short'} as it gets.",
                timeout=2,
            )
            return
        self.length = new
        self.resummarize_now()

    def change_algorithm(self, algorithm: str) -> None:
        if self.report is None or algorithm == self.algorithm:
            return
        self.algorithm = algorithm
        self.resummarize_now()

    def resummarize_now(self) -> None:
        assert self.report is not None
        candidates = [
            Candidate(id=s.id, text=s.text, paragraph=s.paragraph, heading=s.kind == "title")
            for s in self.report.sentences
        ]
        self.reader.summary_pending()
        self.resummarize(candidates, self.algorithm, self.length, self.engine)

    @work(thread=True, exclusive=True, exit_on_error=False, group="summary")
    def resummarize(
        self, candidates: list[Candidate], algorithm: str, length: str, engine: str
    ) -> None:
        from summarize.summary import summarize

        worker = get_current_worker()
        try:
            summary = summarize(candidates, algorithm=algorithm, length=length, engine=engine)
        except Exception as problem:
            self.post_message(SummaryFailed(describe(problem), algorithm, length))
            return
        if not worker.is_cancelled:
            self.post_message(SummaryDone(summary))

    def on_summary_done(self, message: SummaryDone) -> None:
        summary = message.summary
        if self.report is None or (summary.algorithm, summary.length) != (
            self.algorithm,
            self.length,
        ):
            return  # a stale result: the reader has asked for something else since
        old = self.report.summary
        old_notes = set(old.notes) if old else set()
        self.report.warnings = [w for w in self.report.warnings if w not in old_notes]
        self.report.warnings.extend(summary.notes)
        self.report.summary = summary
        self.reader.show_summary(summary)

    def on_summary_failed(self, message: SummaryFailed) -> None:
        if (message.algorithm, message.length) != (self.algorithm, self.length):
            return
        self.notify(message.message, title="Summary failed", severity="error", markup=False)
        if self.report is not None and self.report.summary is not None:
            self.algorithm = self.report.summary.algorithm
            self.length = self.report.summary.length
        self.reader.show_summary(self.report.summary if self.report else None)

    # ------------------------------------------------------------------ actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # q and ? are priority keys (they act at once); in a text field they are letters,
        # in a view on top (detail, help, algorithm) q closes that view, ? in help closes it.
        if action not in {"quit", "help"}:
            return True
        if isinstance(self.focused, Input):
            return False
        if action == "quit":
            return not isinstance(self.screen, ModalScreen)
        return self.screen.id != "help"

    async def action_quit(self) -> None:
        """Quit; the exit status says whether the analysis failed (1) or not (0)."""
        code = 1 if self.analysis_error else 0
        self.exit(code, return_code=code)

    def open_detail(self) -> None:
        """Detail of the selected item in the focused pane (the article's otherwise)."""
        from tui.widgets.lists import ItemList

        focused = self.reader.focused
        source: ItemList = self.reader.article
        # A pane with nothing highlighted (no item for the current sentence): the article's.
        if isinstance(focused, ItemList) and focused.current_sentence is not None:
            source = focused
        self.reader.open_detail(source)

    def action_help(self) -> None:
        """Keys, marks and panes."""
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())
