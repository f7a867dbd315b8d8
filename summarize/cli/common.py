"""What every command shares: input, colour, output and error handling."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Any

import typer

from summarize.errors import ExitCode, UnspinError, UsageError


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class Format(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


class InputFormat(StrEnum):
    auto = "auto"
    text = "text"
    markdown = "markdown"
    html = "html"


INPUT_HELP = "A file, an http(s) URL, or - for stdin (default: stdin when it is piped)."


def error(message: str) -> None:
    """One line on stderr, made safe for the terminal."""
    from summarize.safe import safe

    line = " ".join(safe(str(message)).split())
    sys.stderr.write(f"unspin: {line}\n")
    sys.stderr.flush()


def note(message: str) -> None:
    from summarize.safe import safe

    sys.stderr.write(f"unspin: {safe(message)}\n")


@contextmanager
def guard() -> Iterator[None]:
    """Turn errors into one line on stderr and a documented exit code."""
    try:
        yield
    except UnspinError as problem:
        error(str(problem))
        raise SystemExit(int(problem.code)) from None
    except KeyboardInterrupt:
        sys.stderr.write("\nunspin: interrupted\n")
        raise SystemExit(int(ExitCode.INTERRUPTED)) from None
    except BrokenPipeError:
        # The reader went away (`unspin ... | head`): not an error, and no traceback.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        raise SystemExit(int(ExitCode.OK)) from None
    except MemoryError:
        error(
            "out of memory: the input is too large for this machine; split it or use `unspin batch`"
        )
        raise SystemExit(int(ExitCode.BAD_INPUT)) from None
    except (SystemExit, typer.Exit):
        raise
    except Exception as problem:
        if os.environ.get("UNSPIN_DEBUG"):
            raise
        error(
            f"unexpected error: {type(problem).__name__}: {problem} "
            "(a bug; rerun with UNSPIN_DEBUG=1 for the traceback and please report it)"
        )
        raise SystemExit(int(ExitCode.FAILURE)) from None


def use_color(choice: Color, stream: object | None = None) -> bool:
    """``auto`` means: a terminal, ``NO_COLOR`` unset, and ``TERM`` not dumb."""
    if choice == Color.always:
        return True
    if choice == Color.never:
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    stream = stream if stream is not None else sys.stdout
    try:
        return stream.isatty()  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


def stdin_is_terminal() -> bool:
    try:
        return os.isatty(sys.stdin.fileno())
    except (AttributeError, OSError, ValueError):
        return False


def run_app(name: str, instead: str, **options: Any) -> int:
    """Run the window of ``unspin NAME`` and return its exit code.

    The apps are the ``tui`` package's, found through the ``unspin.apps`` entry points
    of pyproject.toml: the command line names them, it never imports them, so the
    engine stays headless and a pipe command never loads Textual. ``instead`` tells the
    user what to run where no window can be shown. Piped stdin has been read by now; the
    terminal (``/dev/tty``) becomes the app's stdin.
    """
    if not sys.stdout.isatty():
        raise UsageError(f"unspin {name} shows a window and needs a terminal on stdout; {instead}")
    if not stdin_is_terminal():
        try:
            tty = os.open("/dev/tty", os.O_RDWR)
        except OSError:
            raise UsageError(
                f"unspin {name} needs a terminal to show its window; {instead}"
            ) from None
        try:
            os.dup2(tty, sys.__stdin__.fileno())  # type: ignore[union-attr]
        finally:
            os.close(tty)
    from importlib.metadata import entry_points

    found = entry_points(group="unspin.apps", name=name)
    if not found:
        raise UsageError(f"unspin {name} needs the tui package, which is not installed; {instead}")
    launch = next(iter(found)).load()
    return int(launch(**options) or 0)


def resolve_input(ctx: typer.Context, source: str | None) -> str:
    """``None`` means stdin when it is piped; with a terminal on stdin, show help."""
    if source is not None:
        return source
    if stdin_is_terminal():
        sys.stderr.write(ctx.get_help() + "\n")
        raise SystemExit(int(ExitCode.USAGE))
    return "-"


def load_document(
    source: str,
    input_format: InputFormat,
    max_bytes: int,
    timeout: float,
    encoding: str | None = None,
):
    from summarize.ingest import load

    return load(
        source,
        input_format=input_format.value,
        max_bytes=max_bytes,
        timeout=timeout,
        encoding=encoding,
    )


#: Set once a command has written its whole result: nothing is left to clean up but
#: the objects of the report, so :func:`summarize.cli.main` may exit at once.
DONE = {"output_written": False}


def emit_chunks(chunks: Iterable[str], fmt: str = "text", *, color: bool = False) -> None:
    """:func:`emit` for a result made in pieces (a streamed report)."""
    from summarize.safe import for_output

    for chunk in chunks:
        sys.stdout.write(for_output(chunk, fmt, color=color))
    sys.stdout.flush()
    DONE["output_written"] = True


def emit(text: str, fmt: str = "text", *, color: bool = False) -> None:
    """Write a command's result to stdout, through :func:`summarize.safe.for_output`.

    Every result leaves here, so no raw control character, terminal escape or bidi
    override from the input reaches stdout, whichever renderer made ``text``.
    """
    from summarize.safe import for_output

    sys.stdout.write(for_output(text, fmt, color=color))
    sys.stdout.flush()
    DONE["output_written"] = True


def terminal_width() -> int:
    if not sys.stdout.isatty():
        return 88
    try:
        return max(40, min(100, os.get_terminal_size().columns - 2))
    except OSError:
        return 88
