"""The pipe commands: summary, analyze, claims, opinions."""

from __future__ import annotations

from pathlib import Path

import typer

from summarize.cli import app
from summarize.cli.common import (
    ALGORITHM,
    COLOR,
    ENCODING,
    ENGINE,
    FORMAT,
    INPUT,
    INPUT_FORMAT,
    LEXICON,
    MAX_BYTES,
    SENTENCES,
    TIMEOUT,
    Algorithm,
    Color,
    Engine,
    Format,
    InputFormat,
    emit,
    guard,
    load_document,
    resolve_input,
    settings,
    terminal_width,
    use_color,
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
            from summarize.render import render

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
                settings=settings(ctx),
            )
            raise emit(
                render(
                    report, view=view, fmt=fmt.value, color=use_color(color), width=terminal_width()
                )
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
