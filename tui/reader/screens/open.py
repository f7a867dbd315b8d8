"""Open another article: a file name or an http(s) URL, read without leaving the app.

The screen only asks: it posts :class:`~tui.messages.OpenSource` and the app
reads the source in a worker. A source that cannot be read is explained here,
in the box (the reader can correct it); one that can replaces the article.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, Static

from tui.common import text
from tui.messages import OpenSource


class OpenScreen(ModalScreen[None]):
    """Type a path or URL and press Enter; Escape cancels. The app dismisses it once read."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="open.cancel", key_display="esc"),
    ]

    def __init__(self, value: str = "") -> None:
        super().__init__(id="open")
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="open-box"):
            yield Label("A file (text, Markdown or HTML) or an http(s) URL:")
            yield Input(self.value, id="open-source", select_on_focus=True)
            yield Static(id="open-message", markup=False)
            yield Footer(compact=True)

    def on_mount(self) -> None:
        box = self.query_one("#open-box")
        box.border_title = "Open another article"
        box.border_subtitle = "⏎ open · esc cancel"
        self.query_one("#open-source", Input).focus()

    @on(Input.Submitted, "#open-source")
    def _submitted(self, event: Input.Submitted) -> None:
        source = event.value.strip()
        if not source:
            self.show_error("Type a file name or a URL.")
            return
        self._say(f"Reading {source}…", "$text-muted")
        self.post_message(OpenSource(source))

    @on(Input.Changed, "#open-source")
    def _changed(self) -> None:
        self._say("")

    def show_error(self, message: str) -> None:
        """The source could not be read: say why (literally: it may hold anything)."""
        self._say(message, "$text-error")

    def _say(self, message: str, style: str = "") -> None:
        self.query_one("#open-message", Static).update(
            Content.styled(text.literal(message), style) if message else Content("")
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
