"""The reading room's command palette: every action its keys do."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from summarize.summary import ALGORITHMS
from tui.common.commands import ListedCommands
from tui.reader.screens.algorithm import body_size, usable

if TYPE_CHECKING:
    from tui.reader.app import ReadingRoom


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
            (
                "Summary pane: what happened, without the author",
                "d : toggle the summary and the neutral digest",
                reader_action("toggle_digest"),
            ),
            ("Choose the summary algorithm…", "a", reader_action("algorithm")),
            ("Show detail of the selected item", "⏎", reader_action("detail")),
            ("Open another file or URL…", "o", reader_action("open")),
            ("Go to the article", "1", reader_action("show_pane('article')")),
            ("Go to the summary", "2", reader_action("show_pane('summary')")),
            ("Go to the claims", "3", reader_action("show_pane('claims')")),
            ("Go to the opinions", "4", reader_action("show_pane('opinions')")),
            ("Help: keys and marks", "?", partial(app.run_action, "help")),
            ("Quit unspin", "q", partial(app.run_action, "quit")),
        ]
        size = body_size(app.report) if app.report is not None else 0
        for name in ALGORITHMS:
            if not usable(name, size, app.engine):
                continue  # the engine would refuse it (the chooser, a, says why)
            commands.append(
                (
                    f"Summary algorithm: {name}",
                    "re-run only the summary",
                    partial(app.change_algorithm, name),
                )
            )
        return commands
