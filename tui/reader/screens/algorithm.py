"""Choose the summary algorithm: the eight of sumy, one line each."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList
from textual.widgets.option_list import Option

from summarize.summary import ALGORITHMS

#: What each algorithm does, in a line.
DESCRIPTIONS = {
    "lexrank": "sentences most similar to many others (graph centrality)",
    "textrank": "PageRank over word overlap between sentences",
    "lsa": "sentences that carry the main topics (singular value decomposition)",
    "luhn": "sentences dense in the article's frequent words",
    "edmundson": "cue words, title words and position",
    "kl": "keeps the summary's word mix close to the article's (slow on long texts)",
    "sumbasic": "frequent words, each used once",
    "reduction": "graph of sentences, weighted by shared words",
}


class AlgorithmScreen(ModalScreen[str | None]):
    """Dismisses with the chosen algorithm's name, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "cancel", "Cancel", id="algorithm.cancel", key_display="esc"),
        Binding("j", "down", "Down", show=False, id="algorithm.down"),
        Binding("k", "up", "Up", show=False, id="algorithm.up"),
    ]

    def __init__(self, current: str) -> None:
        super().__init__(id="algorithm")
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="algorithm-box"):
            options = []
            for name in ALGORITHMS:
                chosen = "●" if name == self.current else " "
                options.append(
                    Option(
                        Content.assemble(
                            (f"{chosen} {name:<10}", "bold"),
                            (DESCRIPTIONS.get(name, ""), "$text-muted"),
                        ),
                        id=name,
                    )
                )
            yield OptionList(*options, id="algorithm-list", markup=False)
            yield Footer(compact=True)

    def on_mount(self) -> None:
        box = self.query_one("#algorithm-box")
        box.border_title = "Summary algorithm"
        box.border_subtitle = "⏎ choose · esc cancel"
        options = self.query_one(OptionList)
        options.highlighted = ALGORITHMS.index(self.current) if self.current in ALGORITHMS else 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()
