"""The output of a batch: one JSON line per document, locked, resumable, never clobbered.

:class:`Output` owns the file for the whole run:

- it takes an exclusive lock (``flock``) on the file itself, so a second batch
  writing to the same output is refused at once, and the lock goes with the
  process however it ends (no stale lock file);
- it refuses an existing, non-empty output unless the run resumes it or is told
  to overwrite it;
- on ``--resume`` it reads which ids are done, and refuses a file whose lines
  are not unspin records (the user's file is left exactly as it was). The only
  bytes it ever removes are those of a record cut short by an interrupted run:
  a last line without its newline that starts as every record starts;
- each line is written whole with ``os.write`` as its document finishes. When a
  write fails (disk full, ``/dev/full``, a folder gone read-only) the run ends
  with :class:`OutputUnwritable` (exit 6) naming the file; what was written
  stays, and ``--resume`` continues it.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from summarize import safejson
from summarize.errors import OutputUnwritable, UsageError

#: How every record line starts (``json.dumps({"id": ..., ...})``): a last line that
#: starts so but has no newline is a record an interrupted run cut short.
RECORD_START = b'{"id": '


@dataclass
class Existing:
    """What an earlier run left in the output: the last record's status per id."""

    ok: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)
    #: Where a cut-short last record starts (it is removed before appending), or None.
    cut_at: int | None = None
    cut_bytes: int = 0
    #: The last record is whole but lacks its newline.
    needs_newline: bool = False

    @property
    def ids(self) -> set[str]:
        return self.ok | self.failed


def _note_record(raw: bytes, found: Existing) -> bool:
    """Record the id of one line; False when the line is not an unspin record."""
    try:
        record = safejson.loads(raw)
    except safejson.JSONProblem:
        return False
    if not isinstance(record, dict):
        return False
    identifier, schema = record.get("id"), record.get("schema")
    if isinstance(identifier, bool) or not isinstance(identifier, str | int):
        return False
    if not isinstance(schema, str) or not schema.startswith("unspin."):
        return False
    identifier = str(identifier)
    if "error" in record:
        found.failed.add(identifier)
        found.ok.discard(identifier)
    else:
        found.ok.add(identifier)
        found.failed.discard(identifier)
    return True


def read_existing(path: Path, name: str | None = None) -> Existing:
    """The ids already in a batch output; :class:`UsageError` when it is not one.

    Nothing is changed here: a cut-short last record is only noted (``cut_at``).
    """
    name = name or str(path)
    found = Existing()
    offset = 0
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return found
    except OSError as error:
        raise OutputUnwritable(f"cannot read {name} to resume it ({error.strerror})") from None
    with handle:
        for number, raw in enumerate(handle, 1):
            whole = raw.endswith(b"\n")
            if not raw.strip() or _note_record(raw, found):
                found.needs_newline = not whole and bool(raw.strip())
            elif not whole and raw.startswith(RECORD_START):
                found.cut_at, found.cut_bytes = offset, len(raw)
            else:
                raise UsageError(
                    f"{name}: line {number:,} is not an unspin record; --resume continues only "
                    "a file written by unspin batch (nothing was changed)"
                )
            offset += len(raw)
    return found


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


class Output:
    """Where the records go: a file (locked for the run) or a stream (``-``: stdout)."""

    def __init__(
        self, out: str, *, resume: bool, overwrite: bool, stdout: TextIO | None = None
    ) -> None:
        if resume and overwrite:
            raise UsageError("--resume and --overwrite contradict each other; choose one")
        self.name = out
        self.resume = resume
        self.overwrite = overwrite
        self.stream = stdout
        self.path: Path | None = None
        self.fd: int | None = None
        self.created = False
        self.regular = False
        self.written = 0
        if out == "-":
            if resume:
                raise UsageError("--resume needs an output file (-o FILE), not stdout")
            return
        path = Path(out)
        if path.is_dir():
            raise UsageError(f"{out}: is a folder; give a file for the output (-o out.jsonl)")
        if not path.parent.exists():
            raise UsageError(f"{out}: the folder {path.parent} does not exist")
        self.path = path

    @property
    def where(self) -> str:
        return "stdout" if self.path is None else self.name

    # --- opening and locking ------------------------------------------------------------------

    def open(self) -> Existing:
        """Open and lock the file; the ids done so far when resuming. Changes nothing in it."""
        if self.path is None:
            return Existing()
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        flags |= getattr(os, "O_NOCTTY", 0)
        try:
            try:
                self.fd = os.open(self.path, flags | os.O_EXCL, 0o666)
                self.created = True
            except FileExistsError:
                self.fd = os.open(self.path, flags, 0o666)
        except OSError as error:
            raise OutputUnwritable(
                f"cannot write {self.name} ({_reason(error)}); nothing was written"
            ) from None
        try:
            info = os.fstat(self.fd)
            self.regular = stat.S_ISREG(info.st_mode)
            if self.regular:
                self._lock()
            if self.regular and info.st_size > 0 and not (self.resume or self.overwrite):
                raise UsageError(
                    f"{self.name} already exists; add --resume to continue it or --overwrite "
                    "to replace it"
                )
            if self.resume and not self.regular:
                raise UsageError(f"{self.name}: --resume needs a regular file")
            return read_existing(self.path, self.name) if self.resume else Existing()
        except BaseException:
            self.close(failed=True)
            raise

    def _lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
            return
        assert self.fd is not None
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputUnwritable(
                f"{self.name} is being written by another unspin batch; wait for it to end "
                "or choose another -o"
            ) from None
        except OSError:
            return  # a file system without locks

    # --- writing ------------------------------------------------------------------------------

    def start(self, existing: Existing) -> list[str]:
        """Make the file ready to append to (once the workers are ready); notes for the user."""
        notes: list[str] = []
        if self.fd is None:
            return notes
        try:
            if self.overwrite and self.regular:
                os.ftruncate(self.fd, 0)
            elif self.resume and existing.cut_at is not None:
                os.ftruncate(self.fd, existing.cut_at)
                notes.append(
                    f"removed an incomplete last line ({existing.cut_bytes:,} bytes) that an "
                    f"interrupted run left in {self.name}"
                )
            elif self.resume and existing.needs_newline:
                self._write(b"\n")
        except OSError as error:
            raise OutputUnwritable(
                f"cannot write {self.name} ({_reason(error)}); it was left as it was"
            ) from None
        return notes

    def _write(self, data: bytes) -> None:
        assert self.fd is not None
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view) :]

    def write(self, line: str) -> None:
        """Append one record line; :class:`OutputUnwritable` when it cannot be written."""
        try:
            if self.fd is not None:
                self._write(line.encode("utf-8") + b"\n")
            else:
                stream = self.stream or sys.stdout
                stream.write(line + "\n")
                stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            kept = (
                f"the {self.written:,} records before it are kept; make room and add --resume "
                "to continue"
                if self.path is not None
                else f"{self.written:,} records were written"
            )
            problem = f"cannot write {self.where} ({_reason(error)}); {kept}"
            raise OutputUnwritable(problem) from None
        self.written += 1

    def close(self, *, failed: bool = False) -> None:
        """Release the file; a file this run created and never wrote to goes if the run failed."""
        if self.fd is None:
            return
        fd, self.fd = self.fd, None
        try:
            if failed and self.created and self.written == 0 and os.fstat(fd).st_size == 0:
                assert self.path is not None
                os.unlink(self.path)
        except OSError:
            pass
        finally:
            os.close(fd)
