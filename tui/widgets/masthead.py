"""The masthead: title, source, counts and the summary algorithm."""

from __future__ import annotations

from textual.widgets import Static

from summarize.report import Report
from tui import text


class Masthead(Static):
    """Two lines at the top of the reader."""

    def show(
        self,
        report: Report | None,
        name: str,
        algorithm: str,
        length: str,
        status: str = "analysing…",
    ) -> None:
        self.update(text.masthead(report, name, algorithm, length, status))
