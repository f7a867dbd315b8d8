"""The pipe commands: summary, analyze, claims, opinions."""

from __future__ import annotations

from enum import Enum, StrEnum

import typer

from summarize.cli import app
from summarize.cli.common import (
    INPUT_HELP,
    Color,
    Format,
    InputFormat,
    emit,
    guard,
    load_document,
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


def _run(
    ctx: typer.Context,
    view: str,
    source: str | None,
    fmt: Format,
    color: Color,
    algorithm: str,
    sentences: str,
    engine: Engine,
    input_format: InputFormat,
    max_bytes: int,
    timeout: float,
) -> None:
    with guard():
        from summarize.pipeline import analyze
        from summarize.render import render

        source = resolve_input(ctx, source)
        document = load_document(source, input_format, max_bytes, timeout)
        report = analyze(
            document,
            algorithm=algorithm,
            length=sentences,
            engine=engine.value,
            perspective=view != "summary",
        )
        emit(
            render(report, view=view, fmt=fmt.value, color=use_color(color), width=terminal_width())
        )


def _options():
    """The options every pipe command takes (one definition, four commands)."""
    return {
        "color": typer.Option(
            Color.auto, "--color", help="Colour: auto = a terminal and no NO_COLOR."
        ),
        "algorithm": typer.Option(
            Algorithm(DEFAULT_ALGORITHM), "--algorithm", "-a", help="sumy summary algorithm."
        ),
        "sentences": typer.Option(
            DEFAULT_LENGTH,
            "--sentences",
            "-n",
            metavar="N|P%",
            help="Summary length: a sentence count (5) or a percentage (20%).",
        ),
        "engine": typer.Option(
            Engine.auto,
            "--engine",
            help="auto: the vectorised implementation where it exists, else sumy's own class.",
        ),
        "input_format": typer.Option(
            InputFormat.auto,
            "--input-format",
            help="How to read INPUT (auto: by name and content).",
        ),
        "max_bytes": typer.Option(
            DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this."
        ),
        "timeout": typer.Option(
            DEFAULT_TIMEOUT, "--timeout", min=0.1, help="Seconds to wait for a URL."
        ),
    }


_O = _options()
_INPUT = typer.Argument(None, metavar="INPUT", help=INPUT_HELP, show_default=False)


def _make(view: str, doc: str, default_format: Format):
    def command(
        ctx: typer.Context,
        source: str | None = _INPUT,
        fmt: Format = typer.Option(default_format, "--format", "-f", help="Output format."),
        color: Color = _O["color"],
        algorithm: Algorithm = _O["algorithm"],  # type: ignore[valid-type]
        sentences: str = _O["sentences"],
        engine: Engine = _O["engine"],
        input_format: InputFormat = _O["input_format"],
        max_bytes: int = _O["max_bytes"],
        timeout: float = _O["timeout"],
    ) -> None:
        _run(
            ctx,
            view,
            source,
            fmt,
            color,
            algorithm.value,
            sentences,
            engine,
            input_format,
            max_bytes,
            timeout,
        )

    command.__doc__ = doc
    command.__name__ = view
    return command


app.command("summary")(
    _make(
        "summary",
        "Print the extractive summary (JSON: the report with `summary` filled).",
        Format.text,
    )
)
app.command("analyze")(
    _make(
        "analyze",
        "Print the whole report: summary, claims in neutral words, opinions, every sentence.",
        Format.text,
    )
)
app.command("claims")(
    _make(
        "claims", "Print each factual claim restated in neutral words, with its edits.", Format.text
    )
)
app.command("opinions")(
    _make("opinions", "Print the author's opinions, each with the cues that mark it.", Format.text)
)
