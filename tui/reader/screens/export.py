"""Export the report to a Markdown or JSON file, never overwriting one silently.

The dialog says where the file goes (the absolute path, updated as the name is
typed); a name without a folder goes to the current directory. Choosing the
other format swaps the name's extension and leaves the cursor at its end. The
reading room remembers the folder and format last used, for the next export.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Label, RadioButton, RadioSet, Static

from summarize.report import Report
from tui.common import text

#: Format -> (label, file suffix).
FORMATS = {"markdown": ("Markdown", ".md"), "json": ("JSON", ".json")}
#: Extensions a change of format replaces (any other is kept, and the new one added).
KNOWN_SUFFIXES = {".md", ".markdown", ".json"}


def with_format(value: str, suffix: str, stem: str) -> str:
    """``value`` (a file name as typed) with its extension swapped for ``suffix``.

    The folder and the stem stay as typed; a bare folder gets the suggested ``stem``.
    """
    raw = value.strip()
    if not raw or raw.endswith(("/", os.sep)):
        return raw + stem + suffix
    name = Path(raw).name
    folder = raw[: len(raw) - len(name)]
    base, dot, extension = name.rpartition(".")
    if dot and base and f".{extension.lower()}" in KNOWN_SUFFIXES:
        name = base
    return folder + name + suffix


def absolute(value: str) -> Path:
    """Where a name as typed will be written: ``~`` expanded, relative to the current folder."""
    return Path(os.path.abspath(Path(value.strip()).expanduser()))


class FormatButton(RadioButton):
    """A radio button whose state shows without colour too: ● chosen, ○ not."""

    # Textual's ToggleButton draws self.BUTTON_INNER: one glyph for both states otherwise.
    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        return "●" if self.value else "○"


def export_text(report: Report, fmt: str) -> str:
    """The file's contents, from the pipe's own renderer."""
    from summarize.render import render

    return render(report, view="analyze", fmt=fmt)


def write_report(report: Report, path: Path, fmt: str, *, overwrite: bool = False) -> None:
    """Write the report; raises FileExistsError unless ``overwrite``."""
    data = export_text(report, fmt)
    with path.open("w" if overwrite else "x", encoding="utf-8") as handle:
        handle.write(data)


class ExportScreen(ModalScreen[Path | None]):
    """Dismisses with the path written, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel", key_display="esc"),
        Binding("ctrl+s", "save", "Save", id="export.save"),
    ]

    def __init__(
        self, report: Report, stem: str, fmt: str = "markdown", folder: Path | None = None
    ) -> None:
        """``folder``: where the last export went (None: the current folder)."""
        super().__init__(id="export")
        self.report = report
        self.stem = stem
        self.fmt = fmt
        self.folder = folder
        #: The path the reader agreed to overwrite (asked once, then Save again).
        self._confirmed: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            with RadioSet(id="export-format"):
                for fmt, (label, _suffix) in FORMATS.items():
                    yield FormatButton(label, value=fmt == self.fmt, id=f"format-{fmt}")
            yield Label("File (a name alone goes to the current folder):")
            yield Input(self._default_path(), id="export-path", select_on_focus=False)
            yield Static(id="export-where", markup=False)
            yield Static(id="export-message", markup=False)
            with Horizontal(id="export-buttons"):
                yield Button("Save", id="export-save", variant="primary")
                yield Button("Cancel", id="export-cancel")
            yield Footer(compact=True)

    def on_mount(self) -> None:
        box = self.query_one("#export-box")
        box.border_title = "Export the report"
        self.query_one("#export-path", Input).focus()
        self._show_where()

    def _default_path(self) -> str:
        name = self.stem + FORMATS[self.fmt][1]
        folder = self.folder
        if folder is None or absolute(str(folder)) == absolute("."):
            return name
        return str(folder / name)

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        self.fmt = (event.pressed.id or "format-markdown").removeprefix("format-")
        path = self.query_one("#export-path", Input)
        path.value = with_format(path.value, FORMATS[self.fmt][1], self.stem)
        # The whole name is the new one: the cursor at its end, not where the old one ended.
        path.cursor_position = len(path.value)
        self._say("")

    @on(Input.Changed, "#export-path")
    def _path_changed(self) -> None:
        self._confirmed = None
        self._say("")
        self._show_where()

    def _show_where(self) -> None:
        raw = self.query_one("#export-path", Input).value
        where = self.query_one("#export-where", Static)
        if not raw.strip():
            where.update(Content.styled("Writes to: (type a file name)", "$text-muted"))
            return
        where.update(
            Content.assemble(
                ("Writes to: ", "$text-muted"), (text.literal(str(absolute(raw))), "bold")
            )
        )

    @on(Input.Submitted, "#export-path")
    def _submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#export-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#export-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def _say(self, message: str, style: str = "") -> None:
        self.query_one("#export-message", Static).update(
            Content.styled(text.literal(message), style) if message else Content("")
        )

    def action_save(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self._say("Type a file name.", "$text-error")
            return
        path = absolute(raw)
        overwrite = self._confirmed == path
        try:
            write_report(self.report, path, self.fmt, overwrite=overwrite)
        except FileExistsError:
            self._confirmed = path
            self._say(f"{path} exists. Press Save again to overwrite it.", "bold $text-warning")
            return
        except IsADirectoryError:
            self._say(f"{path} is a folder: add a file name.", "$text-error")
            return
        except OSError as problem:
            self._say(f"Cannot write {path}: {problem.strerror or problem}", "$text-error")
            return
        self.app.notify(f"Saved {FORMATS[self.fmt][0]} to {path}", markup=False, timeout=4)
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
