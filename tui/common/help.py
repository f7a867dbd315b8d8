"""`?`: a pop-up page of help. Each app gives the content (its keys come from its bindings)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.visual import Visual
from textual.widgets import Footer, Static

from tui.common import text


def binding_keys(binding: Binding) -> str:
    """The keys of a binding as the help shows them (``?`` rather than ``question_mark``)."""
    if binding.key_display:
        return binding.key_display
    names = {"question_mark": "?", "slash": "/", "plus": "+", "minus": "-", "equals_sign": "="}
    return ", ".join(names.get(key, key) for key in binding.key.split(","))


def binding_rows(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    """(keys, description) of every binding with a description, in order."""
    rows = []
    for binding in bindings:
        if isinstance(binding, Binding) and binding.description:
            rows.append((binding_keys(binding), binding.description))
    return rows


def key_sections(sections: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> list[Visual]:
    """Titled lists of (keys, what they do), each line with a hanging indent so that a long
    description wraps under its own start at any width, a blank line after each list."""
    blocks: list[Visual] = []
    for title, rows in sections:
        blocks.append(Content.styled(title, "bold"))
        for keys, description in rows:
            blocks.append(text.hang((f"  {keys:<16}", "bold $text-accent"), description))
        blocks.append(Content(""))
    return blocks


class HelpScreen(ModalScreen[None]):
    """``?``: what the marks mean and every key. Subclasses give the content and title.

    Escape (or ``?`` again) closes it; ``q`` quits the app, as everywhere. It is a page,
    not a box over the app: it covers the screen (up to 140 columns wide) so that nothing
    behind it shows beside it.
    """

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        background: $background;
    }
    #help-box {
        width: 100%;
        max-width: 140;
        height: 100%;
        border: round $accent;
        background: $surface;
    }
    #help-scroll {
        height: 1fr;
        padding: 0 1;
        scrollbar-size-vertical: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark", "close", "Close", id="help.close", key_display="esc"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
    ]
    BOX_TITLE = "unspin · help"

    def __init__(self, *, id: str = "help") -> None:
        super().__init__(id=id)

    def content(self) -> Visual:
        """What the page says."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            with VerticalScroll(id="help-scroll"):
                yield Static(self.content(), id="help-text", markup=False)
            yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = self.BOX_TITLE
        self.query_one("#help-scroll").focus()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, step: int) -> None:
        self.query_one("#help-scroll", VerticalScroll).scroll_relative(y=step, animate=False)
