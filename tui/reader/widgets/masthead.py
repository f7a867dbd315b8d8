"""The masthead: title, source, counts and the summary algorithm."""

from __future__ import annotations

from textual import events
from textual.widgets import Static

from summarize.report import Report
from tui.common import text


class Masthead(Static):
    """Two lines at the top of the reader; the labels shorten to fit the width."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._shown: tuple[Report | None, str, str, str, str] | None = None

    def show(
        self,
        report: Report | None,
        name: str,
        algorithm: str,
        length: str,
        status: str = "analysing…",
    ) -> None:
        self._shown = (report, name, algorithm, length, status)
        self._draw()

    def on_resize(self, _event: events.Resize) -> None:
        self._draw()

    def _draw(self) -> None:
        if self._shown is None:
            return
        width = self.content_size.width or None  # before the first layout: the long labels
        self.update(text.masthead(*self._shown, width=width))
