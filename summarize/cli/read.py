"""``unspin read``: open the reading room (the Textual TUI in ``tui/``).

Everything that can go wrong with the input is found before the app takes the
terminal, so it ends as one line on stderr with the documented exit code. Piped
stdin is read first; then the terminal (``/dev/tty``) becomes the app's stdin.

The app itself is ``tui``'s, reached through :func:`summarize.cli.common.run_app`:
this package never imports Textual or ``tui``.
"""

from __future__ import annotations

from pathlib import Path

import typer

from summarize.cli import app
from summarize.cli.common import (
    ALGORITHM,
    ENCODING,
    INPUT_FORMAT,
    INPUT_HELP,
    LEXICON,
    MAX_BYTES,
    SENTENCES,
    TIMEOUT,
    Algorithm,
    InputFormat,
    guard,
    load_document,
    note,
)
from summarize.ingest import is_url
from summarize.summary import parse_length


@app.command("read")
def read(
    ctx: typer.Context,
    # Not common.INPUT: read takes one source, or 2-6 sources of one event to compare.
    sources: list[str] | None = typer.Argument(
        None,
        metavar="INPUT...",
        help=INPUT_HELP + " Two to six: the compare screen.",
        show_default=False,
    ),
    algorithm: Algorithm = ALGORITHM,  # type: ignore[valid-type]
    sentences: str = SENTENCES,
    input_format: InputFormat = INPUT_FORMAT,
    max_bytes: int = MAX_BYTES,
    timeout: float = TIMEOUT,
    lexicon: Path | None = LEXICON,
    encoding: str | None = ENCODING,
) -> None:
    """Open the reading room: article, summary, neutral claims and opinions, side by side.
    Given 2-6 sources of one event, open the compare screen instead (as `unspin compare
    --tui`; exit 5 when a source could not be read and the others were compared).

    Keys: arrows or j/k move, Tab changes pane, Enter shows the detail, / searches,
    + and - change the summary length, a the algorithm, e exports, ? helps, q quits.
    """
    with guard():
        from summarize.cli.common import resolve_input, run_app, settings

        parse_length(sentences)
        if sources and len(sources) > 1:
            from summarize.cli.compare import open_screen, read_and_compare

            comparison = read_and_compare(
                sources, input_format.value, max_bytes, timeout, encoding, lexicon
            )
            open_screen(comparison, "use `unspin compare` to print the comparison")
        source = sources[0] if sources else None
        chosen = settings(ctx)
        if lexicon is not None:
            from summarize.perspective.lexicon import load_lexicon

            chosen = chosen.replace(lexicons=chosen.with_lexicon(lexicon))
            load_lexicon(chosen.lexicons)  # a missing or broken file: one line, before the app
        source = resolve_input(ctx, source)
        if is_url(source):
            note(f"fetching {source} …")
        document = load_document(source, input_format, max_bytes, timeout, encoding)
        code = run_app(
            "read",
            "use `unspin analyze` to print the report instead",
            document=document,
            algorithm=algorithm.value,
            length=sentences,
            settings=chosen,
        )
        raise SystemExit(int(code or 0))
