"""The work both apps do in threads: the analysis, a new summary, reading a file or URL.

Each function starts a Textual thread worker on ``app`` (exclusive in its group,
so a newer request cancels an older one) and returns it. The worker never
touches a widget: it posts a message from :mod:`tui.messages` carrying the
``generation`` it was started for, and the app drops results that are stale.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.message import Message
from textual.worker import Worker, get_current_worker

from summarize.errors import UnspinError, UsageError, describe
from summarize.ingest import Document
from summarize.report import Report
from summarize.settings import Settings
from summarize.summary import DEFAULT_ALGORITHM, DEFAULT_LENGTH
from tui.messages import (
    AnalysisDone,
    AnalysisFailed,
    AnalysisProgress,
    DocumentFailed,
    DocumentLoaded,
    SummaryDone,
    SummaryFailed,
)


class _Cancelled(Exception):
    """Raised from the progress callback to stop an analysis nobody waits for."""


def _debug(problem: BaseException, debug: bool) -> None:
    if debug and not isinstance(problem, UnspinError):
        import traceback

        traceback.print_exception(problem, file=sys.stderr)


def _start(
    app: App[object],
    name: str,
    job: Callable[[], Message],
    failure: Callable[[str], Message],
    *,
    debug: bool = False,
) -> Worker[None]:
    """Run ``job`` in a thread worker, exclusive in its group (a newer one cancels it).

    What ``job`` returns is posted to ``app`` unless the worker was cancelled meanwhile;
    if it raises, ``failure`` of one line for the reader is posted instead.
    """

    def run() -> None:
        worker = get_current_worker()
        try:
            result = job()
        except _Cancelled:
            return
        except Exception as problem:
            _debug(problem, debug)
            app.post_message(failure(describe(problem)))
            return
        if not worker.is_cancelled:
            app.post_message(result)

    return app.run_worker(
        run, name=name, group=name, thread=True, exclusive=True, exit_on_error=False
    )


def start_analysis(
    app: App[object],
    document: Document,
    generation: int,
    *,
    algorithm: str = DEFAULT_ALGORITHM,
    length: str | int = DEFAULT_LENGTH,
    engine: str = "auto",
    settings: Settings | None = None,
) -> Worker[None]:
    """Analyse ``document``; posts AnalysisProgress, then AnalysisDone or AnalysisFailed."""
    settings = settings or Settings()

    def analyse() -> Message:
        from summarize.pipeline import analyze

        worker = get_current_worker()

        def progress(stage: str, fraction: float) -> None:
            if worker.is_cancelled:
                raise _Cancelled
            app.post_message(AnalysisProgress(stage, fraction, generation))

        report = analyze(
            document,
            algorithm=algorithm,
            length=length,
            engine=engine,
            progress=progress,
            settings=settings,
        )
        return AnalysisDone(report, generation)

    return _start(
        app,
        "analysis",
        analyse,
        lambda why: AnalysisFailed(why, generation),
        debug=settings.debug,
    )


def start_summary(
    app: App[object],
    report: Report,
    generation: int,
    *,
    algorithm: str,
    length: str,
    engine: str = "auto",
) -> Worker[None]:
    """Run the summary again; posts SummaryDone (a new report) or SummaryFailed."""

    def summarise() -> Message:
        from summarize.pipeline import resummarize

        new = resummarize(report, algorithm, length, engine=engine)  # and its digest
        return SummaryDone(new, algorithm, length, generation)

    return _start(
        app, "summary", summarise, lambda why: SummaryFailed(why, algorithm, length, generation)
    )


def start_loading(app: App[object], source: str) -> Worker[None]:
    """Read a file or an http(s) URL; posts DocumentLoaded or DocumentFailed."""

    def load() -> Message:
        from summarize.ingest import is_url
        from summarize.ingest import load as read

        target = source.strip()
        if not target:
            raise UsageError("give a file name or an http(s) URL")
        if target == "-":
            raise UsageError("stdin is the terminal now: give a file name or a URL")
        if not is_url(target):
            target = str(Path(target).expanduser())
        return DocumentLoaded(read(target), source)

    return _start(app, "open", load, lambda why: DocumentFailed(why, source))
