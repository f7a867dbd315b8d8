"""`?`: the keys, the marks and the panes, on one page."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.visual import Visual
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


def help_content() -> text.Stack:
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
        (
            "Search bar",
            [("⏎", "Keep the match (n, N step through the rest)"), *_rows(SearchBar.BINDINGS)],
        ),
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
    # Blocks with a hanging indent: a long line wraps under its own start, at any width.
    blocks: list[Visual] = []
    for title, rows in sections:
        blocks.append(Content.styled(title, "bold"))
        for keys, description in rows:
            blocks.append(text.hang((f"  {keys:<16}", "bold $text-accent"), description))
        blocks.append(Content(""))
    blocks += [
        Content.styled("What the marks mean", "bold"),
        text.hang("  ", text.legend()),
        text.hang("  ", "Each sentence carries its letter as well as its colour."),
        text.hang(
            "  ",
            "Underlined: a cue for opinion (bold in the author's voice, plain inside a "
            "quotation) or wording the neutral restatement replaces.",
        ),
        Content(""),
        Content.styled("The panes", "bold"),
        text.hang(
            "  ",
            "Article: every sentence, in order. Summary: the sentences the algorithm chose, "
            "with rank and score. Claims: each factual claim restated in neutral words, with "
            "its speaker. Opinions: the author's opinions, with the cues that mark them.",
        ),
        text.hang(
            "  ",
            "Moving in one pane moves the others to the same sentence; a pane with nothing "
            "for it highlights nothing until you move in it.",
        ),
        Content(""),
        Content.styled("Numbers", "bold"),
        text.hang(
            "  ",
            "#10 is a sentence's id in the report, as `unspin analyze` prints it (the first is "
            "#0); paragraphs are counted the same way. 'item 3 of 24' is a place in a list.",
        ),
        text.hang(
            "  ",
            "The masthead counts sentences by kind; a mixed sentence gives both a claim and an "
            "opinion, so the lists' titles say what their items come from.",
        ),
    ]
    return text.Stack(blocks)


class HelpScreen(ModalScreen[None]):
    """``?``: what the marks mean and every key. Subclasses give their own content."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close", key_display="esc"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
    ]
    BOX_TITLE = "unspin read · help"

    def __init__(self, *, id: str = "help") -> None:
        super().__init__(id=id)

    def content(self) -> Visual:
        return help_content()

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
        scroll = self.query_one("#help-scroll", VerticalScroll)
        if step > 0:
            scroll.scroll_down(animate=False)
        else:
            scroll.scroll_up(animate=False)
