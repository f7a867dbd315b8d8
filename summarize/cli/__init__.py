"""The ``unspin`` command line (Typer).

stdout carries only the result; every message goes to stderr. Errors a user can
cause end with one line on stderr and a documented exit code
(:class:`summarize.errors.ExitCode`), never a traceback. Set ``UNSPIN_DEBUG=1``
to see the traceback of an unexpected error.

The command modules import nothing heavy at import time: a quick summary must
not pay for Textual, nltk or the perspective lexicons.
"""

from __future__ import annotations

import os
import sys

import typer

from summarize import __version__
from summarize.cli.common import Finished, guard

app = typer.Typer(
    name="unspin",
    help=(
        "Read a news or opinion article and show its summary, its factual claims in "
        "neutral words, and the author's opinions.\n\n"
        "INPUT is a file, a URL, or - for stdin. Exit codes: 0 ok, 1 unexpected error, "
        "2 usage, 3 input unreadable, 4 input unusable, 5 some batch documents (or compare "
        "sources) failed, 6 batch output cannot be written, "
        "130 interrupted."
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"unspin {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        help="Print the version and exit.",
        callback=_version,
        is_eager=True,
    ),
) -> None:
    """unspin: tell reported events apart from commentary."""
    from summarize.settings import Settings

    ctx.obj = Settings.from_env()  # the one place the command line reads the environment


# Each command module registers its commands on ``app``.
from summarize.cli import pipe  # noqa: E402,F401  register: summary analyze claims opinions
from summarize.cli import batch  # noqa: E402,F401
from summarize.cli import read  # noqa: E402,F401
from summarize.cli import practice  # noqa: E402,F401
from summarize.cli import compare  # noqa: E402,F401


def main() -> None:
    """Run the command line; ends with SystemExit, like any Click program."""
    with guard():
        app(prog_name="unspin")


def console() -> None:
    """The ``unspin`` console script and ``python -m summarize``: :func:`main`, then, when a
    command ends with :class:`~summarize.cli.common.Finished` (its whole result written), an
    immediate exit instead of tearing down the report's objects one by one (1.3 s for a
    50,000-sentence report; mypy does the same). Nothing is pending then: those commands
    leave no threads or processes behind. Under a profiler or a tracer
    (``python -m cProfile -m summarize ...``) the program ends normally, so the profile is
    printed. Code that calls :func:`main` itself keeps its SystemExit."""
    try:
        main()
    except Finished:
        if sys.getprofile() is not None or sys.gettrace() is not None:
            raise
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, OSError):
        pass
    os._exit(0)


__all__ = ["app", "console", "main"]
