"""The work both apps do in threads: the analysis, a new summary, reading a file or URL.

Each function starts a Textual thread worker on ``app`` (exclusive in its group,
so a newer request cancels an older one) and returns it. The worker never
touches a widget: it posts a message from :mod:`tui.messages` carrying the
``generation`` it was started for, and the app drops results that are stale.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from textual.app import App
from textual.worker import Worker, get_current_worker

from summarize.errors import UnspinError, UsageError
from summarize.ingest import Document
from summarize.report import Report
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


def describe(problem: BaseException) -> str:
    """One line for the reader: the message of an error they can act on, else a bug report."""
    if isinstance(problem, UnspinError):
        return str(problem)
    return (
        f"unexpected error: {type(problem).__name__}: {problem} "
        "(a bug; rerun with UNSPIN_DEBUG=1 for the traceback and please report it)"
    )


def _debug(problem: BaseException) -> None:
    if os.environ.get("UNSPIN_DEBUG") and not isinstance(problem, UnspinError):
        import traceback

        traceback.print_exception(problem, file=sys.stderr)


def start_analysis(
    app: App[object],
    document: Document,
    generation: int,
    *,
    algorithm: str = DEFAULT_ALGORITHM,
    length: str | int = DEFAULT_LENGTH,
    engine: str = "auto",
) -> Worker[None]:
    """Analyse ``document``; posts AnalysisProgress, then AnalysisDone or AnalysisFailed."""

    def analyse() -> None:
        from summarize.pipeline import analyze

        worker = get_current_worker()

        def progress(stage: str, fraction: float) -> None:
            if worker.is_cancelled:
                raise _Cancelled
            app.post_message(AnalysisProgress(stage, fraction, generation))

        try:
            report = analyze(
                document, algorithm=algorithm, length=length, engine=engine, progress=progress
            )
        except _Cancelled:
            return
        except Exception as problem:
            _debug(problem)
            app.post_message(AnalysisFailed(describe(problem), generation))
            return
        if not worker.is_cancelled:
            app.post_message(AnalysisDone(report, generation))

    return app.run_worker(
        analyse, name="analysis", group="analysis", thread=True, exclusive=True, exit_on_error=False
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

    def summarise() -> None:
        from summarize.pipeline import resummarize

        worker = get_current_worker()
        try:
            new = resummarize(report, algorithm, length, engine=engine)
        except Exception as problem:
            _debug(problem)
            app.post_message(SummaryFailed(describe(problem), algorithm, length, generation))
            return
        if not worker.is_cancelled:
            app.post_message(SummaryDone(new, algorithm, length, generation))

    return app.run_worker(
        summarise, name="summary", group="summary", thread=True, exclusive=True, exit_on_error=False
    )


def start_loading(app: App[object], source: str) -> Worker[None]:
    """Read a file or an http(s) URL; posts DocumentLoaded or DocumentFailed."""

    def load() -> None:
        from summarize.ingest import is_url
        from summarize.ingest import load as read

        worker = get_current_worker()
        target = source.strip()
        try:
            if not target:
                raise UsageError("give a file name or an http(s) URL")
            if target == "-":
                raise UsageError("stdin is the terminal now: give a file name or a URL")
            if not is_url(target):
                target = str(Path(target).expanduser())
            document = read(target)
        except Exception as problem:
            _debug(problem)
            app.post_message(DocumentFailed(describe(problem), source))
            return
        if not worker.is_cancelled:
            app.post_message(DocumentLoaded(document, source))

    return app.run_worker(
        load, name="open", group="open", thread=True, exclusive=True, exit_on_error=False
    )
