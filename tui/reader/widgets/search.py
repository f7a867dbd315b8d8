"""The search bar: `/` opens it, Enter keeps the match, Escape goes back to where it began."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Input, Label


class SearchBar(Horizontal):
    """A one-line bar under the panes; searches the article as you type."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search, back where it began", id="search.close")
    ]

    def compose(self) -> ComposeResult:
        yield Label("/", id="search-prompt")
        yield Input(placeholder="search the article", id="search-input")
        yield Label("", id="search-status", markup=False)

    @property
    def input(self) -> Input:
        return self.query_one("#search-input", Input)

    def open(self) -> None:
        self.display = True
        # Focus now, not after a refresh: the keys typed right after `/` belong to the search.
        self.screen.set_focus(self.input)

    def set_status(self, status: str) -> None:
        self.query_one("#search-status", Label).update(status)

    def action_close(self) -> None:
        self.screen.close_search(clear=True)  # type: ignore[attr-defined]
