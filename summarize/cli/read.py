"""``unspin read``: open the reading room (the Textual TUI in ``tui/``).

Everything that can go wrong with the input is found before the app takes the
terminal, so it ends as one line on stderr with the documented exit code. Piped
stdin is read first; then the terminal (``/dev/tty``) becomes the app's stdin.

The app itself is ``tui``'s, reached through :func:`summarize.cli.common.run_app`:
this package never imports Textual or ``tui``.
"""

from __future__ import annotations

import typer

from summarize.cli import app
from summarize.cli.common import INPUT_HELP, InputFormat, guard, load_document, note
from summarize.errors import UsageError
from summarize.ingest import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, is_url
from summarize.summary import ALGORITHMS, DEFAULT_ALGORITHM, DEFAULT_LENGTH, parse_length


@app.command("read")
def read(
    ctx: typer.Context,
    source: str | None = typer.Argument(None, metavar="INPUT", help=INPUT_HELP, show_default=False),
    algorithm: str = typer.Option(
        DEFAULT_ALGORITHM,
        "--algorithm",
        "-a",
        help=f"sumy summary algorithm ({', '.join(ALGORITHMS)}); press a in the app to switch.",
    ),
    sentences: str = typer.Option(
        DEFAULT_LENGTH,
        "--sentences",
        "-n",
        metavar="N|P%",
        help="Summary length: a count (5) or a percentage (20%); + and - in the app.",
    ),
    input_format: InputFormat = typer.Option(
        InputFormat.auto, "--input-format", help="How to read INPUT (auto: by name and content)."
    ),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this."
    ),
    timeout: float = typer.Option(
        DEFAULT_TIMEOUT, "--timeout", min=0.1, help="Seconds to wait for a URL."
    ),
) -> None:
    """Open the reading room: article, summary, neutral claims and opinions, side by side.

    Keys: arrows or j/k move, Tab changes pane, Enter shows the detail, / searches,
    + and - change the summary length, a the algorithm, e exports, ? helps, q quits.
    """
    with guard():
        from summarize.cli.common import resolve_input, run_app, settings

        if algorithm.lower() not in ALGORITHMS:
            raise UsageError(
                f"unknown algorithm {algorithm!r}; choose one of {', '.join(ALGORITHMS)}"
            )
        parse_length(sentences)
        source = resolve_input(ctx, source)
        if is_url(source):
            note(f"fetching {source} …")
        document = load_document(source, input_format, max_bytes, timeout)
        code = run_app(
            "read",
            "use `unspin analyze` to print the report instead",
            document=document,
            algorithm=algorithm.lower(),
            length=sentences,
            settings=settings(ctx),
        )
        raise SystemExit(int(code or 0))
