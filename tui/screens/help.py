"""`?`: the keys, the marks and the panes, on one page."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from tui import text


def _keys(binding: Binding) -> str:
    if binding.key_display:
        return binding.key_display
    names = {"question_mark": "?", "slash": "/", "plus": "+", "minus": "-", "equals_sign": "="}
    return ", ".join(names.get(key, key) for key in binding.key.split(","))


def _rows(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    rows = []
    for binding in bindings:
        if isinstance(binding, Binding) and binding.description:
            rows.append((_keys(binding), binding.description))
    return rows


def help_content() -> Content:
    """Every binding (from the classes themselves, so it never drifts) and the legend."""
    from tui.app import ReadingRoom
    from tui.screens.detail import DetailScreen
    from tui.screens.reader import ReaderScreen
    from tui.widgets.lists import ItemList
    from tui.widgets.search import SearchBar

    sections = [
        ("Anywhere", [*_rows(ReadingRoom.BINDINGS), ("ctrl+p", "Command palette")]),
        ("Reader", _rows(ReaderScreen.BINDINGS)),
        (
            "In a pane",
            [("↑ ↓, j k", "Move"), ("PgUp PgDn, g G", "Page, first, last")]
            + [row for row in _rows(ItemList.BINDINGS) if row[0] not in ("j", "k", "g", "G")],
        ),
        ("Search bar", [("⏎", "Keep the matches"), *_rows(SearchBar.BINDINGS)]),
        ("Detail view", _rows(DetailScreen.BINDINGS)),
        (
            "Mouse",
            [
                ("click", "Select a sentence, claim or opinion (the other panes follow)"),
                ("double-click", "Open its detail"),
                ("wheel", "Scroll"),
            ],
        ),
    ]
    parts: list[str | tuple[str, str] | Content] = []
    for title, rows in sections:
        parts.append((f"{title}\n", "bold"))
        for keys, description in rows:
            parts.append((f"  {keys:<16}", "bold $text-accent"))
            parts.append(f"{description}\n")
        parts.append("\n")
    parts += [
        ("What the marks mean\n", "bold"),
        "  ",
        text.legend(),
        "\n",
        "  Each sentence carries its letter as well as its colour.\n",
        "  Underlined: a cue for opinion (bold in the author's voice, plain inside a quotation)\n",
        "  or wording the neutral restatement replaces.\n\n",
        ("The panes\n", "bold"),
        "  Article: every sentence, in order. Summary: the sentences the algorithm chose,\n",
        "  with rank and score. Claims: each factual claim restated in neutral words, with\n",
        "  its speaker. Opinions: the author's opinions, with the cues that mark them.\n",
        "  Moving in one pane moves the others to the same sentence.\n",
    ]
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close", key_display="esc"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
    ]

    def __init__(self) -> None:
        super().__init__(id="help")

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            with VerticalScroll(id="help-scroll"):
                yield Static(help_content(), id="help-text", markup=False)
            yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "unspin read · help"
        self.query_one("#help-scroll").focus()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, step: int) -> None:
        scroll = self.query_one("#help-scroll", VerticalScroll)
        if step > 0:
            scroll.scroll_down(animate=False)
        else:
            scroll.scroll_up(animate=False)
