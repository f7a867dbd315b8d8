"""The reading room: a Textual app that shows what ``summarize.analyze`` returns.

It adds no analysis of its own. The analysis, any re-run of the summary when the
reader changes its length or algorithm, and the reading of another file or URL
run in thread workers (:mod:`tui.workers`); results come back as messages and
stale ones are dropped. The app owns the state (document, report, algorithm,
length, export folder); its screens show it and post requests
(:mod:`tui.messages`) when the reader wants it changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from summarize.ingest import Document
from summarize.report import Report
from summarize.settings import Settings
from summarize.summary import DEFAULT_ALGORITHM, DEFAULT_LENGTH, parse_length
from tui.common.app import UnspinApp
from tui.messages import (
    AlgorithmRequested,
    AnalysisDone,
    AnalysisFailed,
    AnalysisProgress,
    DocumentFailed,
    DocumentLoaded,
    ExportRequested,
    OpenRequested,
    OpenSource,
    SummaryDone,
    SummaryFailed,
    SummaryLengthStep,
)
from tui.reader.commands import ReaderCommands
from tui.reader.screens.algorithm import AlgorithmScreen, body_size
from tui.reader.screens.export import ExportScreen
from tui.reader.screens.help import ReaderHelpScreen
from tui.reader.screens.open import OpenScreen
from tui.reader.screens.reader import ReaderScreen
from tui.workers import start_analysis, start_loading, start_summary


class ReadingRoom(UnspinApp):
    """``unspin read``: the article, its summary, claims and opinions, linked."""

    #: Absolute, so that subclasses elsewhere (tests, bench/) find them too.
    CSS_PATH: ClassVar = [
        Path(__file__).parent.parent / "common" / "common.tcss",
        Path(__file__).with_name("app.tcss"),
    ]
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
        settings: Settings | None = None,
    ) -> None:
        """Give a ``document`` to analyse, or a finished ``report`` to show."""
        if document is None and report is None:
            raise ValueError("ReadingRoom needs a document or a report")
        super().__init__()
        self.settings = settings or Settings()
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
        #: Which analysis is current: results of older ones are dropped.
        self._generation = 0
        #: Set when the analysis failed: None while it runs or when it succeeded.
        self.analysis_error: str | None = None
        #: The folder and format of the last export, offered again by the next one.
        self.export_folder: Path | None = None
        self.export_format = "markdown"
        #: What the reader last typed into Open (offered again next time), and what is
        #: being read now (None: nothing, or the reader cancelled).
        self.last_opened = ""
        self._opening: str | None = None

    @property
    def export_stem(self) -> str:
        """Default export file name (no suffix and no folder)."""
        name = self.source_name
        if name.startswith("<") or "://" in name:
            return "unspin-report"
        return Path(name).stem + ".unspin"

    async def on_mount(self) -> None:
        self._heading()
        await self.push_screen(self.reader)
        if self.report is not None:
            self.reader.show_report(self.report)
        else:
            self.start_analysis()

    def _heading(self) -> None:
        """Tell the reader what the masthead says beside the report."""
        status = "analysis failed" if self.analysis_error else "analysing…"
        self.reader.show_heading(self.source_name, self.algorithm, self.length, status)

    # ------------------------------------------------------------------ analysis

    def start_analysis(self) -> None:
        assert self.document is not None
        self._generation += 1
        start_analysis(
            self,
            self.document,
            self._generation,
            algorithm=self.algorithm,
            length=self.length,
            engine=self.engine,
            settings=self.settings,
        )

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
        self._heading()
        self.reader.show_error(message.message)

    # ------------------------------------------------------------------ summary only

    def on_summary_length_step(self, message: SummaryLengthStep) -> None:
        self.change_length(message.step)

    def change_length(self, step: int) -> None:
        """One sentence more or fewer (5 points for a percentage), within bounds."""
        if self.report is None:
            return
        value, percent = parse_length(self.length)
        if percent:
            new = f"{min(100, max(5, value + 5 * step))}%"
        else:
            new = str(min(max(1, body_size(self.report)), max(1, value + step)))
        if new == self.length:
            self.notify(
                f"The summary is already as {'long' if step > 0 else 'short'} as it gets.",
                timeout=2,
            )
            return
        self.length = new
        self.resummarize_now()

    def on_algorithm_requested(self, _message: AlgorithmRequested) -> None:
        if self.report is None:
            return

        def chosen(algorithm: str | None) -> None:
            if algorithm:
                self.change_algorithm(algorithm)

        self.push_screen(
            AlgorithmScreen(self.algorithm, size=body_size(self.report), engine=self.engine),
            chosen,
        )

    def change_algorithm(self, algorithm: str) -> None:
        if self.report is None or algorithm == self.algorithm:
            return
        self.algorithm = algorithm
        self.resummarize_now()

    def resummarize_now(self) -> None:
        """Run only the summary again, with the algorithm and length now chosen."""
        assert self.report is not None
        self._heading()
        self.reader.summary_pending()
        start_summary(
            self,
            self.report,
            self._generation,
            algorithm=self.algorithm,
            length=self.length,
            engine=self.engine,
        )

    def on_summary_done(self, message: SummaryDone) -> None:
        if message.generation != self._generation or (message.algorithm, message.length) != (
            self.algorithm,
            self.length,
        ):
            return  # a stale result: the reader has asked for something else since
        self.report = message.report
        self.reader.show_summary(message.report)

    def on_summary_failed(self, message: SummaryFailed) -> None:
        if message.generation != self._generation or (message.algorithm, message.length) != (
            self.algorithm,
            self.length,
        ):
            return
        self.notify(message.message, title="Summary failed", severity="error", markup=False)
        if self.report is not None and self.report.summary is not None:
            self.algorithm = self.report.summary.algorithm
            self.length = self.report.summary.length
        self._heading()
        if self.report is not None:
            self.reader.show_summary(self.report)

    # ------------------------------------------------------------------ export

    def on_export_requested(self, _message: ExportRequested) -> None:
        if self.report is None:
            self.notify("Nothing to export yet: the analysis is still running.", timeout=3)
            return

        def saved(path: Path | None) -> None:
            if path is not None:  # the next export starts where this one went
                self.export_folder = path.parent
                self.export_format = screen.fmt

        screen = ExportScreen(
            self.report, self.export_stem, fmt=self.export_format, folder=self.export_folder
        )
        self.push_screen(screen, saved)

    # ------------------------------------------------------------------ another article

    def on_open_requested(self, _message: OpenRequested) -> None:
        if isinstance(self.screen, OpenScreen):
            return

        def closed(_result: None) -> None:
            self._opening = None  # cancelled (or done): a late answer is dropped

        self.push_screen(OpenScreen(self.last_opened), closed)

    def on_open_source(self, message: OpenSource) -> None:
        self.last_opened = self._opening = message.source
        start_loading(self, message.source)

    def on_document_loaded(self, message: DocumentLoaded) -> None:
        if message.source != self._opening:
            return  # the reader cancelled, or asked for another since
        # Back to the reader: the Open box, and any view of the old article under it
        # (Open can come from the palette over a detail view).
        while self.screen is not self.reader and len(self.screen_stack) > 1:
            self.pop_screen()
        self._opening = None
        self.open_document(message.document)

    def on_document_failed(self, message: DocumentFailed) -> None:
        if message.source == self._opening and isinstance(self.screen, OpenScreen):
            self.screen.show_error(message.message)

    def open_document(self, document: Document) -> None:
        """Show ``document`` instead, analysed afresh with the same algorithm and length."""
        self.document = document
        self.report = None
        self.analysis_error = None
        self.source_name = document.name
        self._heading()
        self.reader.start_over()
        self.start_analysis()

    # ------------------------------------------------------------------ help

    def help_screen(self) -> ReaderHelpScreen:
        return ReaderHelpScreen(self.BINDINGS)
