"""The reading room's help: the keys, the marks and the panes, on one page."""

from __future__ import annotations

from collections.abc import Sequence

from textual.binding import BindingType
from textual.content import Content
from textual.visual import Visual

from tui.common import text
from tui.common.help import HelpScreen, binding_rows, key_sections
from tui.reader.screens.detail import DetailScreen
from tui.reader.screens.reader import ReaderScreen
from tui.reader.widgets.lists import ItemList
from tui.reader.widgets.search import SearchBar


def help_content(app_bindings: Sequence[BindingType] = ()) -> text.Stack:
    """Every binding (from the classes themselves, so it never drifts) and the legend.

    ``app_bindings`` are the app's own (quit, help), which hold on every screen.
    """

    sections = [
        ("Anywhere", [*binding_rows(app_bindings), ("ctrl+p", "Command palette")]),
        ("Reader", binding_rows(ReaderScreen.BINDINGS)),
        (
            "In a pane",
            [("↑ ↓, j k", "Move"), ("PgUp PgDn, g G", "Page, first, last")]
            + [
                row for row in binding_rows(ItemList.BINDINGS) if row[0] not in ("j", "k", "g", "G")
            ],
        ),
        (
            "Search bar",
            [
                ("⏎", "Keep the match (n, N step through the rest)"),
                *binding_rows(SearchBar.BINDINGS),
            ],
        ),
        ("Detail view", binding_rows(DetailScreen.BINDINGS)),
        (
            "Mouse",
            [
                ("click", "Select a sentence, claim or opinion (the other panes follow)"),
                ("double-click", "Open its detail"),
                ("wheel", "Scroll"),
            ],
        ),
    ]
    blocks: list[Visual] = key_sections(sections)
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
            "with rank and score (d shows instead what happened, without the author: the "
            "claims' neutral restatements, ranked alike, then the author's view in brief). "
            "Claims: each factual claim restated in neutral words, with "
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


class ReaderHelpScreen(HelpScreen):
    """``?`` in the reading room."""

    BOX_TITLE = "unspin read · help"

    def __init__(self, app_bindings: Sequence[BindingType] = ()) -> None:
        super().__init__()
        self.app_bindings = list(app_bindings)

    def content(self) -> Visual:
        return help_content(self.app_bindings)
