"""Choose the summary algorithm: the eight of sumy, one line each.

An algorithm that cannot summarise a text this long is shown, with its limit,
but cannot be chosen: the engine would refuse it.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList
from textual.widgets.option_list import Option

from summarize.report import Kind, Report
from summarize.summary import ALGORITHMS, REGISTRY
from tui.common import text

#: What each algorithm does, in a line, with its limit where it refuses longer texts.
DESCRIPTIONS = {name: REGISTRY[name].line() for name in ALGORITHMS}


def sentence_limit(algorithm: str, engine: str = "auto") -> int | None:
    """The most sentences ``algorithm`` summarises with ``engine``; None: any number."""
    return REGISTRY[algorithm].limit(engine)


def body_size(report: Report) -> int:
    """How many sentences the summary chooses from (titles are not candidates)."""
    return sum(1 for s in report.sentences if s.kind != Kind.TITLE)


def usable(algorithm: str, size: int, engine: str = "auto") -> bool:
    """Whether ``algorithm`` can summarise ``size`` sentences."""
    limit = sentence_limit(algorithm, engine)
    return limit is None or size <= limit


class AlgorithmScreen(ModalScreen[str | None]):
    """Dismisses with the chosen algorithm's name, or None.

    ``size`` is the article's number of sentences (without titles): algorithms that
    cannot take that many are listed, with their limit, but disabled.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="algorithm.cancel", key_display="esc"),
        Binding("j", "down", "Down", show=False, id="algorithm.down"),
        Binding("k", "up", "Up", show=False, id="algorithm.up"),
    ]

    def __init__(self, current: str, *, size: int = 0, engine: str = "auto") -> None:
        super().__init__(id="algorithm")
        self.current = current
        self.sentences = size
        self.engine = engine

    def compose(self) -> ComposeResult:
        with Vertical(id="algorithm-box"):
            options = []
            for name in ALGORITHMS:
                chosen = "●" if name == self.current else " "
                limit = sentence_limit(name, self.engine)
                fits = usable(name, self.sentences, self.engine)
                why = (
                    ""
                    if fits
                    else f"\nnot for this text: at most {limit:,} sentences, "
                    f"it has {self.sentences:,}"
                )
                options.append(
                    Option(
                        # The description wraps under itself, not under the name.
                        text.hang(
                            (f"{chosen} {name:<10}", "bold"),
                            (DESCRIPTIONS.get(name, ""), "$text-muted"),
                            (why, "italic"),
                        ),
                        id=name,
                        disabled=not fits,
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
