"""The messages of both apps: workers -> app, and screens -> app.

Workers run in threads and never touch a widget: they post one of these and the
app, which owns the state (the document, the report, the summary's algorithm and
length), decides what to show. Screens never reach into the app's attributes
either: they post a request and the app answers it. Every message a worker posts
carries the ``generation`` it was started for, so a result nobody waits for any
more (a newer analysis, another file opened) is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from summarize.ingest import Document
from summarize.report import Report

# ---------------------------------------------------------------------- workers -> app


@dataclass
class AnalysisProgress(Message):
    """The analysis reached ``stage`` (``fraction`` of the way, 0 to 1)."""

    stage: str
    fraction: float
    generation: int


@dataclass
class AnalysisDone(Message):
    """The analysis finished: its report."""

    report: Report
    generation: int


@dataclass
class AnalysisFailed(Message):
    """The analysis failed: one line for the reader."""

    message: str
    generation: int


@dataclass
class SummaryDone(Message):
    """Only the summary ran again: the report with its new summary."""

    report: Report
    algorithm: str
    length: str
    generation: int


@dataclass
class SummaryFailed(Message):
    """The new summary failed: one line for the reader."""

    message: str
    algorithm: str
    length: str
    generation: int


@dataclass
class DocumentLoaded(Message):
    """A file or URL the reader asked for was read."""

    document: Document
    source: str


@dataclass
class DocumentFailed(Message):
    """A file or URL the reader asked for could not be read: one line for the reader."""

    message: str
    source: str


# ---------------------------------------------------------------------- screens -> app


@dataclass
class SummaryLengthStep(Message):
    """One sentence more (``step`` 1) or fewer (-1) in the summary (5 points for a %)."""

    step: int


@dataclass
class AlgorithmRequested(Message):
    """The reader wants to choose the summary algorithm."""


@dataclass
class ExportRequested(Message):
    """The reader wants to save the report."""


@dataclass
class OpenRequested(Message):
    """The reader wants to open another file or URL."""


@dataclass
class OpenSource(Message):
    """Open this file or URL (typed by the reader)."""

    source: str


@dataclass
class ScoreRequested(Message):
    """Practice: the student has finished; score the exercise and show it."""
