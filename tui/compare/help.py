"""The compare screen's help: what the table and the panels show, and every key."""

from __future__ import annotations

from collections.abc import Sequence

from textual.binding import BindingType
from textual.content import Content
from textual.visual import Visual

from tui.common import text
from tui.common.help import HelpScreen, binding_rows, key_sections


def help_content(
    screen_bindings: Sequence[BindingType], app_bindings: Sequence[BindingType] = ()
) -> text.Stack:
    """The keys (from the bindings themselves, so they never drift) and what is shown."""
    sections = [
        ("Anywhere", [*binding_rows(app_bindings), ("ctrl+p", "Command palette")]),
        (
            "Compare",
            [
                ("↑ ↓", "Move through the facts"),
                *(row for row in binding_rows(screen_bindings) if not row[0].isdigit()),
                ("1 … 6", "Show that source (under 160 columns)"),
            ],
        ),
    ]
    blocks: list[Visual] = key_sections(sections)
    blocks += [
        Content.styled("The table", "bold"),
        text.hang(
            "  ",
            "One row per fact: one reported event or statement, told by one or more sources. "
            "The number is the fact's id, as `unspin compare --format json` gives it. ★ marks a "
            "fact only one source tells. Under 160 columns 'sources' shows which sources tell "
            "it (1 2 ·: the first two, not the third) next to the fact in neutral words; from "
            "160 columns each source has a column with its own sentence.",
        ),
        Content(""),
        Content.styled("Below the table", "bold"),
        text.hang(
            "  ",
            "The selected fact in neutral words, then each source's sentences that tell it "
            "(#id as `unspin analyze` numbers them), with the author's loaded words "
            "underlined and the sentence restated in neutral words.",
        ),
        text.hang(
            "  ",
            "~ lines say why two sentences were linked: the shared words, names and numbers "
            "and the signed weight of each piece of evidence. 'score' is how strongly the "
            "linked sentences agree (0-1); a fact of one source has none.",
        ),
        text.hang("  ", "'numbers differ' names a figure the sources give differently."),
    ]
    return text.Stack(blocks)


class CompareHelpScreen(HelpScreen):
    """``?`` on the compare screen."""

    BOX_TITLE = "unspin compare · help"

    def __init__(
        self, screen_bindings: Sequence[BindingType], app_bindings: Sequence[BindingType] = ()
    ) -> None:
        super().__init__()
        self.screen_bindings = list(screen_bindings)
        self.app_bindings = list(app_bindings)

    def content(self) -> Visual:
        return help_content(self.screen_bindings, self.app_bindings)
