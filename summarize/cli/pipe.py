"""The pipe commands: summary, analyze, claims, opinions."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

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
    NEUTRAL,
    NEUTRAL_ELSEWHERE,
    SENTENCES,
    TIMEOUT,
    WIDTH,
    Algorithm,
    Color,
    Engine,
    Finished,
    Format,
    InputFormat,
    StatusLine,
    emit_chunks,
    guard,
    load_document,
    note,
    resolve_input,
    settings,
    terminal_width,
    use_color,
)
from summarize.gcpause import paused

if TYPE_CHECKING:
    from summarize.report import Report


#: From this many sentences on, the pipe commands freeze the report's objects (see below).
FREEZE_FROM = 4_000


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
        width: int | None = WIDTH,
        # only summary's help shows it; the others still take it, to say whose it is
        neutral: bool = NEUTRAL if view == "summary" else NEUTRAL_ELSEWHERE,
    ) -> None:
        with guard():
            if neutral and view != "summary":
                from summarize.errors import UsageError

                raise UsageError(f"--neutral belongs to 'unspin summary', not '{view}'")
            from summarize.pipeline import analyze
            from summarize.render import render_chunks

            document = load_document(
                resolve_input(ctx, source), input_format, max_bytes, timeout, encoding
            )
            status = StatusLine()
            # A long text's report has millions of objects that all live until the
            # process ends: frozen once made, the cyclic collector never walks them (its
            # first pass after a 50,000-sentence analysis took a third of a second, and
            # as long again when Python exits). Only a long one: a process that runs
            # many commands (tests, a program that embeds unspin) keeps what is frozen.
            try:
                with paused():
                    report = analyze(
                        document,
                        algorithm=algorithm.value,
                        length=sentences,
                        engine=engine.value,
                        perspective=view != "summary" or neutral,
                        lexicon=str(lexicon) if lexicon else None,
                        settings=settings(ctx),
                        progress=status,
                    )
                    if len(report.sentences) >= FREEZE_FROM:
                        gc.freeze()
            finally:
                status.close()
            for warning in report.warnings:
                note(f"warning: {warning}")
            shown = "digest" if neutral else view
            if fmt != Format.json and (missing := _nothing_found(report, shown)):
                note(missing)  # one way for every command: stderr, exit 0, stdout empty
                raise Finished
            wrap = terminal_width(width)
            if view == "summary" and width is None and not sys.stdout.isatty():
                wrap = 0  # piped: one sentence a line, as scripts expect
            colored = use_color(color)
            raise emit_chunks(
                render_chunks(report, view=shown, fmt=fmt.value, color=colored, width=wrap),
                fmt.value,
                color=colored,
                checked=True,  # render_chunks' pieces have been through for_output
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


def _nothing_found(report: Report, view: str) -> str | None:
    """What to say when the command's one section is empty (``analyze`` says it inline)."""
    if view == "summary" and not (report.summary and report.summary.sentence_ids):
        length = report.summary.length if report.summary else ""
        why = "-n 0" if length.strip().rstrip("%").strip() == "0" else "no sentences to summarise"
        return f"no summary ({why})"
    if view == "digest" and not (report.digest and report.digest.claim_ids):
        return "no claims to summarise (the neutral digest ranks claims only)"
    if view == "claims" and not report.claims:
        return "no claims found"
    if view == "opinions" and not report.opinions:
        return "no opinions found"
    return None
