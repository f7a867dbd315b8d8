"""The pipe commands: summary, analyze, claims, opinions."""

from __future__ import annotations

from enum import Enum, StrEnum
from pathlib import Path

import typer

from summarize.cli import app
from summarize.cli.common import (
    INPUT_HELP,
    Color,
    Format,
    InputFormat,
    emit_chunks,
    guard,
    load_document,
    note,
    resolve_input,
    terminal_width,
    use_color,
)
from summarize.ingest import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from summarize.summary import ALGORITHMS, DEFAULT_ALGORITHM, DEFAULT_LENGTH

Algorithm = Enum("Algorithm", {name: name for name in ALGORITHMS}, type=str)  # type: ignore[misc]


class Engine(StrEnum):
    auto = "auto"
    sumy = "sumy"
    fast = "fast"


# One definition of each option, shared by the four commands.
INPUT = typer.Argument(None, metavar="INPUT", help=INPUT_HELP, show_default=False)
FORMAT = typer.Option(Format.text, "--format", "-f", help="Output format.")
COLOR = typer.Option(Color.auto, "--color", help="Colour: auto = a terminal and no NO_COLOR.")
ALGORITHM = typer.Option(
    Algorithm(DEFAULT_ALGORITHM), "--algorithm", "-a", help="sumy summary algorithm."
)
SENTENCES = typer.Option(
    DEFAULT_LENGTH,
    "--sentences",
    "-n",
    metavar="N|P%",
    help="Summary length: a sentence count (5) or a percentage (20%).",
)
ENGINE = typer.Option(
    Engine.auto,
    "--engine",
    help="auto: the vectorised implementation where it exists, else sumy's own class.",
)
INPUT_FORMAT = typer.Option(
    InputFormat.auto, "--input-format", help="How to read INPUT (auto: by name and content)."
)
MAX_BYTES = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse larger inputs.")
TIMEOUT = typer.Option(DEFAULT_TIMEOUT, "--timeout", min=0.1, help="Seconds to wait for a URL.")
ENCODING = typer.Option(
    None, "--encoding", metavar="NAME", help="Read INPUT in this encoding instead of guessing."
)
LEXICON = typer.Option(
    None,
    "--lexicon",
    metavar="FILE",
    help="Your own lexicon (TOML, the format of summarize/data/lexicon.toml), added to unspin's.",
)


def _make(view: str, doc: str):
    def command(
        ctx: typer.Context,
        source: str | None = INPUT,
        fmt: Format = FORMAT,
        color: Color = COLOR,
        algorithm: Algorithm = ALGORITHM,  # type: ignore[valid-type]
        sentences: str = SENTENCES,
        engine: Engine = ENGINE,
        input_format: InputFormat = INPUT_FORMAT,
        max_bytes: int = MAX_BYTES,
        timeout: float = TIMEOUT,
        lexicon: Path | None = LEXICON,
        encoding: str | None = ENCODING,
    ) -> None:
        with guard():
            from summarize.pipeline import analyze
            from summarize.render import render_chunks

            document = load_document(
                resolve_input(ctx, source), input_format, max_bytes, timeout, encoding
            )
            report = analyze(
                document,
                algorithm=algorithm.value,
                length=sentences,
                engine=engine.value,
                perspective=view != "summary",
                lexicon=str(lexicon) if lexicon else None,
            )
            for warning in report.warnings:
                note(f"warning: {warning}")
            colored = use_color(color)
            emit_chunks(
                render_chunks(
                    report, view=view, fmt=fmt.value, color=colored, width=terminal_width()
                ),
                fmt.value,
                color=colored,
            )

    command.__doc__ = doc
    command.__name__ = view
    return command


for _view, _doc in (
    ("summary", "Print the extractive summary (JSON: the report with `summary` filled)."),
    (
        "analyze",
        "Print the whole report: summary, claims in neutral words, opinions, every sentence.",
    ),
    ("claims", "Print each factual claim restated in neutral words, with its edits."),
    ("opinions", "Print the author's opinions, each with the cues that mark it."),
):
    app.command(_view)(_make(_view, _doc))
