"""What both apps share: q quits from every screen, ? opens the help, the exit status.

``q`` and ``?`` are the apps' own priority keys: they act at once on every screen
(Escape closes a view on top), except in a text field, where they are letters. In
the help, ``?`` closes it. Each app gives its help page (:meth:`help_screen`), its
key bindings (with ids of its own, so that users can remap them per app) and its
stylesheets.
"""

from __future__ import annotations

from textual.app import App
from textual.widgets import Input

from tui.common.help import HelpScreen


class UnspinApp(App[int]):
    """An unspin window. The exit status is 1 when the analysis failed, else 0."""

    #: Set when the analysis failed: one line for the reader (None while all is well).
    analysis_error: str | None = None

    def help_screen(self) -> HelpScreen:
        """The app's help page."""
        raise NotImplementedError

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action not in {"quit", "help"}:
            return True
        if isinstance(self.focused, Input):
            return False  # a letter in a text field
        if action == "help":
            return not isinstance(self.screen, HelpScreen)  # there, ? closes it
        return True

    async def action_quit(self) -> None:
        """Quit; the exit status says whether the analysis failed (1) or not (0)."""
        code = 1 if self.analysis_error else 0
        self.exit(code, return_code=code)

    def action_help(self) -> None:
        """Keys, marks and panes."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(self.help_screen())
