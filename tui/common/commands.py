"""The command palette (ctrl+p) offers every action the keys do."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from summarize.summary import ALGORITHMS

if TYPE_CHECKING:
    from tui.app import ReadingRoom


class ListedCommands(Provider):
    """A palette of a fixed list: each app's provider only says what is in it."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        """(name, help, callback) of each command."""
        raise NotImplementedError

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)


class ReaderCommands(ListedCommands):
    """Search, export, summary length and algorithm, panes, help."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app: ReadingRoom = self.app  # type: ignore[assignment]

        def reader_action(action: str) -> Callable[[], object]:
            return partial(app.run_action, action, app.reader)

        commands: list[tuple[str, str, Callable[[], object]]] = [
            (
                "Search the article",
                "/ : find a word; n and N step through",
                reader_action("search"),
            ),
            ("Next search match", "n", reader_action("next_match")),
            ("Previous search match", "N", reader_action("previous_match")),
            ("Export the report…", "e : Markdown or JSON file", reader_action("export")),
            ("Longer summary", "+ : one more sentence", reader_action("longer")),
            ("Shorter summary", "- : one sentence fewer", reader_action("shorter")),
            ("Choose the summary algorithm…", "a", reader_action("algorithm")),
            ("Show detail of the selected item", "⏎", app.open_detail),
            ("Go to the article", "1", reader_action("show_pane('article')")),
            ("Go to the summary", "2", reader_action("show_pane('summary')")),
            ("Go to the claims", "3", reader_action("show_pane('claims')")),
            ("Go to the opinions", "4", reader_action("show_pane('opinions')")),
            ("Help: keys and marks", "?", partial(app.run_action, "help")),
            ("Quit unspin", "q", partial(app.run_action, "quit")),
        ]
        for name in ALGORITHMS:
            commands.append(
                (
                    f"Summary algorithm: {name}",
                    "re-run only the summary",
                    partial(app.change_algorithm, name),
                )
            )
        return commands
