"""``unspin batch``: many documents into one JSONL file, resumable, locally or on a cluster."""

from __future__ import annotations

import math
import os
import sys
import time
from typing import TextIO

import typer

from summarize.cli import app
from summarize.cli.common import InputFormat, guard, note, settings
from summarize.cli.pipe import Algorithm, Engine
from summarize.errors import UsageError
from summarize.ingest import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from summarize.summary import DEFAULT_ALGORITHM, DEFAULT_LENGTH


class ProgressBar:
    """``[####....] 120/500  23.4 docs/s  0:16 left  2 failed`` on a terminal, else nothing."""

    def __init__(self, stream: TextIO | None = None, every: float = 0.1) -> None:
        self.stream = stream or sys.stderr
        try:
            self.enabled = self.stream.isatty()
        except (AttributeError, ValueError):
            self.enabled = False
        self.every = every
        self.start = time.monotonic()
        self.last = 0.0
        self.drawn = False

    def __call__(self, _outcome: object, done: int, failed: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self.last < self.every:
            return
        self.last = now
        self.stream.write("\r" + self.line(done, failed, total, now - self.start) + "\x1b[K")
        self.stream.flush()
        self.drawn = True

    @staticmethod
    def line(done: int, failed: int, total: int, elapsed: float, width: int = 20) -> str:
        fraction = done / total if total else 1.0
        filled = round(width * fraction)
        rate = done / elapsed if elapsed > 0 else 0.0
        left = (total - done) / rate if rate > 0 else None
        eta = "--:--" if left is None else _clock(left)
        text = f"[{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,}  {rate:.1f} docs/s  "
        text += f"{eta} left"
        if failed:
            text += f"  {failed:,} failed"
        return text

    def close(self) -> None:
        if self.enabled and self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


@app.command("batch")
def batch(
    ctx: typer.Context,
    inputs: list[str] = typer.Argument(
        ...,
        metavar="INPUT",
        help="Folders, glob patterns (quoted), .jsonl files of {id, text} or {id, url}, or files.",
        show_default=False,
    ),
    out: str = typer.Option(
        ..., "--out", "-o", metavar="OUT.jsonl", help="Where the reports go (- for stdout)."
    ),
    workers: int = typer.Option(
        1, "--workers", "-w", min=1, help="Local worker processes (workers for --scheduler local)."
    ),
    scheduler: str | None = typer.Option(
        None,
        "--scheduler",
        metavar="tcp://HOST:PORT|local",
        help="Run on a Dask cluster (needs unspin[cluster]); local starts one on this machine.",
    ),
    resume: bool = typer.Option(
        False, "--resume", help="Append to OUT, skipping the ids it already holds."
    ),
    retry_failed: bool = typer.Option(
        False,
        "--retry-failed",
        help="With --resume: analyse again the ids whose record is an error.",
    ),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing OUT."),
    algorithm: Algorithm = typer.Option(  # type: ignore[valid-type]
        Algorithm(DEFAULT_ALGORITHM), "--algorithm", "-a", help="Summary algorithm."
    ),
    sentences: str = typer.Option(
        DEFAULT_LENGTH, "--sentences", "-n", metavar="N|P%", help="Summary length."
    ),
    engine: Engine = typer.Option(Engine.auto, "--engine", help="Summary engine."),
    summary_only: bool = typer.Option(
        False, "--summary-only", help="Skip claims and opinions (much faster)."
    ),
    input_format: InputFormat = typer.Option(
        InputFormat.auto, "--input-format", help="How to read each document (auto: by content)."
    ),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse documents larger than this."
    ),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, "--timeout", min=0.1, help="Seconds per URL."),
    connect_timeout: float = typer.Option(
        20.0,
        "--connect-timeout",
        min=0.1,
        help="Seconds to wait for the --scheduler to answer.",
    ),
) -> None:
    """Analyse many documents into OUT.jsonl: one report (or error record) per line, with its id.

    Each line is written as its document finishes; an interrupted run continues with
    --resume. A feed's url must be http(s); local files are read only when named here.
    Exit codes: 5 when any document failed (each has an error record); 6 when OUT cannot
    be written (not writable, disk full, or another batch is writing it; what was
    written stays, continue with --resume); 2, 3 and 4 as for every command.
    """
    run_settings = settings(ctx)
    with guard():
        from summarize.batch import Options, run

        for flag, seconds in (("--timeout", timeout), ("--connect-timeout", connect_timeout)):
            if not math.isfinite(seconds) or seconds > 86_400:
                raise UsageError(f"{flag} {seconds}: give a number of seconds up to 86400")

        options = Options(
            algorithm=algorithm.value,
            length=sentences,
            engine=engine.value,
            perspective=not summary_only,
            input_format=input_format.value,
            max_bytes=max_bytes,
            timeout=timeout,
            lexicons=run_settings.lexicons,
            debug=run_settings.debug,
        )
        progress = ProgressBar()
        try:
            result = run(
                inputs,
                out,
                options=options,
                workers=workers,
                scheduler=scheduler,
                resume=resume,
                overwrite=overwrite,
                retry_failed=retry_failed,
                on_done=progress,
                connect_timeout=connect_timeout,
            )
        except KeyboardInterrupt:
            progress.close()  # before the note, on a line of its own
            if out != "-":
                note(f"every finished document is in {out}; add --resume to continue")
            raise
        finally:
            progress.close()
        for line in result.notes:
            note(line)
        where = "stdout" if out == "-" else out
        if result.failed:
            note(
                f"{result.failed:,} of {result.total:,} documents failed; "
                f"their error records are in {where}"
            )
        elif progress.enabled or os.environ.get("UNSPIN_VERBOSE"):
            note(
                f"{result.analysed:,} documents analysed, {result.skipped:,} already done "
                f"-> {where}"
            )
        if result.exit_code:
            raise SystemExit(int(result.exit_code))
