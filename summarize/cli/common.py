"""What every command shares: input, colour, output and error handling."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Any

import typer

from summarize.errors import ExitCode, UnspinError, UsageError, describe
from summarize.ingest import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from summarize.settings import Settings
from summarize.summary.registry import ALGORITHMS, DEFAULT_ALGORITHM, DEFAULT_LENGTH


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


class Engine(StrEnum):
    auto = "auto"
    sumy = "sumy"
    fast = "fast"


Algorithm = StrEnum("Algorithm", {name: name for name in ALGORITHMS})  # type: ignore[misc]

INPUT_HELP = "A file, an http(s) URL, or - for stdin (default: stdin when it is piped)."

# ---------------------------------------------------------------- every shared option, once
# Each command names these as its parameters' defaults; a command that needs different
# words for one of them (practice's INPUT takes several files) says why where it does.

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
WIDTH = typer.Option(
    None,
    "--width",
    min=0,
    metavar="N",
    help="Wrap text at N columns (0: no wrapping; default: COLUMNS or the terminal, at most 100).",
    show_default=False,
)
NEUTRAL = typer.Option(
    False,
    "--neutral",
    help="summary: rank only the claims, restated in neutral words (what happened, without "
    "the author).",
)
NEUTRAL_ELSEWHERE = typer.Option(False, "--neutral", hidden=True)
LEXICON = typer.Option(
    None,
    "--lexicon",
    metavar="FILE",
    help="Your own lexicon (TOML, the format of summarize/data/lexicon.toml), added to unspin's.",
)


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
        if Settings.from_env().debug:
            raise
        error(describe(problem))
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


class Finished(SystemExit):
    """Exit 0, raised by a command once :func:`emit` has written its whole result.

    Nothing is left to clean up then but the objects of the report, so the console
    script may end the process at once (:func:`summarize.cli.console`).
    """

    def __init__(self) -> None:
        super().__init__(0)


def emit_chunks(
    chunks: Iterable[str], fmt: str = "text", *, color: bool = False, checked: bool = False
) -> Finished:
    """:func:`emit` for a result made in pieces (a streamed report). ``checked``: each
    piece has been through :func:`summarize.safe.for_output` in ``fmt`` already (as
    :func:`summarize.render.render_chunks` makes them), so it is written as it is: a
    second pass changes nothing (it is idempotent) and took a third of a second on a
    50,000-sentence report's JSON."""
    from summarize.safe import for_output

    for chunk in chunks:
        sys.stdout.write(chunk if checked else for_output(chunk, fmt, color=color))
    sys.stdout.flush()
    return Finished()


def emit(text: str, fmt: str = "text", *, color: bool = False) -> Finished:
    """Write a command's whole result to stdout, through :func:`summarize.safe.for_output`;
    returns the :class:`Finished` to raise.

    Every result leaves here, so no raw control character, terminal escape or bidi
    override from the input reaches stdout, whichever renderer made ``text``.
    """
    from summarize.safe import for_output

    sys.stdout.write(for_output(text, fmt, color=color))
    sys.stdout.flush()
    return Finished()


def settings(ctx: typer.Context) -> Settings:
    """The run's settings, read from the environment once by the root command."""
    root = ctx.find_root()
    if not isinstance(root.obj, Settings):
        root.obj = Settings.from_env()
    return root.obj


#: Auto width: wrapped text longer than this is hard to read, however wide the terminal.
MOST_COLUMNS = 100
#: Auto width when neither COLUMNS nor any terminal says.
FALLBACK_COLUMNS = 88


def _columns() -> int | None:
    """``COLUMNS``, else the width of a terminal on stdout, stderr or stdin (``| less``)."""
    value = os.environ.get("COLUMNS", "").strip()
    if value.isdigit() and int(value) > 0:
        return int(value)
    for stream in (sys.stdout, sys.stderr, sys.stdin):
        try:
            fd = stream.fileno()
            if os.isatty(fd):
                return os.get_terminal_size(fd).columns
        except (AttributeError, OSError, ValueError):
            continue
    return None


def terminal_width(width: int | None = None) -> int:
    """The width to wrap at: ``--width`` when given (0: no wrapping); else ``COLUMNS`` or
    the terminal's width, at most :data:`MOST_COLUMNS`; else :data:`FALLBACK_COLUMNS`."""
    if width is not None:
        return max(0, width)
    columns = _columns()
    if columns is None:
        return FALLBACK_COLUMNS
    return max(20, min(MOST_COLUMNS, columns))


class StatusLine:
    """A progress bar on stderr for long work, when stderr is a terminal (quiet otherwise).

    Nothing is drawn during the first ``delay`` seconds, so quick runs stay clean. Used
    as the ``progress`` callback of :func:`summarize.pipeline.analyze`; a thread keeps
    the elapsed time moving while a long stage runs.
    """

    def __init__(self, delay: float = 1.0, *, enabled: bool | None = None) -> None:
        import threading
        import time

        if enabled is None:
            try:
                enabled = sys.stderr.isatty()
            except (AttributeError, ValueError):
                enabled = False
        self.enabled = enabled
        self.delay = delay
        self.clock = time.monotonic
        self.started = self.clock()
        self.stage, self.fraction = "starting", 0.0
        self.drawn = False
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._tick, daemon=True) if enabled else None
        if self.thread is not None:
            self.thread.start()

    def __call__(self, stage: str, fraction: float) -> None:
        self.stage, self.fraction = stage, fraction
        self._draw()

    def _tick(self) -> None:
        while not self.stop.wait(0.5):
            self._draw()

    def _draw(self) -> None:
        elapsed = self.clock() - self.started
        if not self.enabled or elapsed < self.delay or self.stop.is_set():
            return
        filled = int(20 * min(max(self.fraction, 0.0), 1.0))
        bar = "#" * filled + "-" * (20 - filled)
        sys.stderr.write(f"\runspin: [{bar}] {self.stage} · {elapsed:.0f} s\x1b[K")
        sys.stderr.flush()
        self.drawn = True

    def close(self) -> None:
        self.stop.set()
        if self.thread is not None:
            self.thread.join(timeout=1)
        if self.drawn:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
