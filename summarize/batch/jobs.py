"""The documents of a batch: inputs -> jobs with stable ids -> one outcome each.

Ids are what ``--resume`` matches, so one document gets one id however it is
named on the command line:

- a folder: the path relative to that folder (``docs`` -> ``sub/a.txt``);
- a glob: the path relative to the folder the pattern starts from, as for a
  folder (``docs/**/*.txt`` -> ``sub/a.txt``, ``docs/*.txt`` -> ``a.txt``);
- a single file: its path relative to the working directory, normalised
  (``./docs/a.txt`` and ``docs/a.txt`` -> ``docs/a.txt``), or its absolute path
  when it lies elsewhere;
- a line of a JSONL feed: the line's own ``id``.

Only regular files are read: a FIFO, socket or device in a folder gets an error
record (reading it could block forever), and one named on the command line is
refused. A feed's ``url`` must be http(s): local files are read only when they
are named on the command line, never because a feed line says so.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarize import safe, safejson
from summarize.errors import ExitCode, InputUnreadable, InputUnusable, UnspinError, UsageError
from summarize.summary import DEFAULT_ALGORITHM, DEFAULT_LENGTH

ERROR_SCHEMA = "unspin.error/1"
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_GLOB_MAGIC = ("*", "?", "[")


@dataclass(frozen=True)
class Options:
    """How each document is analysed (the same for every document)."""

    algorithm: str = DEFAULT_ALGORITHM
    length: str = DEFAULT_LENGTH
    engine: str = "auto"
    perspective: bool = True
    input_format: str = "auto"
    max_bytes: int = 20_000_000
    timeout: float = 15.0
    #: The user's own lexicon files (the run's Settings.lexicons).
    lexicons: tuple[str, ...] = ()
    #: Let Dask's own logging through (the run's Settings.debug).
    debug: bool = False


@dataclass(frozen=True)
class Job:
    """One document to analyse. Exactly one of text, url, path or data is set,
    unless ``problem`` says why the document cannot even be read."""

    id: str
    text: str | None = None
    url: str | None = None
    path: str | None = None
    #: The file's bytes, read here and shipped to a cluster worker that may not see the file.
    data: bytes | None = None
    problem: str | None = None
    problem_code: int = int(ExitCode.BAD_INPUT)

    @property
    def source(self) -> str:
        return self.url or self.path or self.id


@dataclass
class Outcome:
    """What happened to one document: its output line and whether it failed."""

    id: str
    line: str
    ok: bool


@dataclass
class Result:
    """The totals of a run (``failed`` counts every input id whose record is an error)."""

    total: int = 0
    analysed: int = 0
    failed_now: int = 0
    skipped: int = 0
    failed: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.PARTIAL if self.failed else ExitCode.OK


# --- inputs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One command-line input, expanded: a JSONL feed, or one file with its id."""

    kind: str  # "jsonl" | "file"
    path: Path
    id: str | None = None  # None for a feed: its lines carry their ids
    problem: str | None = None  # a file that must not be read (not a regular file)


def _is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def _not_regular(path: Path) -> str | None:
    """Why ``path`` must not be read (a FIFO would block the batch forever), or None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # reading it says what is wrong
    if stat.S_ISREG(mode):
        return None
    what = (
        "a FIFO"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "not a regular file"
    )
    return f"{path.as_posix()}: {what}; only regular files are read"


def _visible_files(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / f for f in files if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _glob_base(pattern: str) -> Path:
    """The folder a glob pattern starts from: its leading parts without wildcards."""
    parts = Path(pattern).parts
    base: list[str] = []
    for part in parts[:-1]:
        if any(magic in part for magic in _GLOB_MAGIC):
            break
        base.append(part)
    return Path(*base) if base else Path(".")


def file_id(path: Path) -> str:
    """A single file's id: relative to the working directory when under it, else absolute."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path(os.path.abspath(os.getcwd()))).as_posix()
    except ValueError:
        return absolute.as_posix()


def _identities(paths: Iterable[Path]) -> set[tuple[int, int]]:
    """(device, inode) of each path that exists: a file however it is reached (links too)."""
    found = set()
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue  # not there yet: no folder or glob can list it
        found.add((info.st_dev, info.st_ino))
    return found


def _same(path: Path, identities: set[tuple[int, int]]) -> bool:
    if not identities:
        return False
    try:
        info = os.stat(path)
    except OSError:
        return False
    return (info.st_dev, info.st_ino) in identities


def expand(inputs: Iterable[str], exclude: Iterable[Path] = ()) -> list[Entry]:
    """Each input -> its entries. Files in ``exclude`` (the output) are never inputs of a
    folder or a glob; named on their own they are refused."""
    excluded = _identities(exclude)
    expanded: list[Entry] = []

    def member(path: Path, identifier: str) -> None:
        if not _same(path, excluded):
            expanded.append(Entry("file", path, identifier, _not_regular(path)))

    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = _visible_files(path)
            for found in files:
                member(found, found.relative_to(path).as_posix())
            if not files:
                raise UsageError(f"{item}: the folder holds no files")
        elif path.exists() or path.is_symlink():
            if _same(path, excluded):
                raise UsageError(f"{item}: is also the output; write the output somewhere else")
            problem = _not_regular(path)
            if problem:
                raise InputUnreadable(problem)
            if _is_jsonl(path):
                expanded.append(Entry("jsonl", path))
            else:
                expanded.append(Entry("file", path, file_id(path)))
        elif any(magic in item for magic in _GLOB_MAGIC):
            base = _glob_base(item)
            matches = [Path(m) for m in sorted(glob.glob(item, recursive=True))]
            files = [m for m in matches if not m.is_dir()]
            for found in files:
                member(found, Path(os.path.relpath(found, base)).as_posix())
            if not files:
                raise UsageError(f"{item}: the pattern matches no files")
        else:
            raise InputUnreadable(f"{item}: no such file, folder or pattern")
    return expanded


Line = tuple[int, str | None, dict[str, Any] | None, str]


def _jsonl_records(path: Path) -> Iterator[Line]:
    """(line number, id or None, the object or None, problem) for each non-blank line."""
    try:
        handle = path.open(encoding="utf-8", errors="strict")
    except OSError as error:
        raise InputUnreadable(f"{path}: cannot read ({error.strerror or error})") from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = safejson.loads(line)
                except safejson.JSONProblem as problem:
                    yield number, None, None, str(problem)
                    continue
                if not isinstance(record, dict):
                    yield number, None, None, "not a JSON object"
                    continue
                identifier = record.get("id")
                if isinstance(identifier, bool) or not isinstance(identifier, str | int):
                    yield number, None, record, "no string or integer id"
                    continue
                yield number, str(identifier), record, ""
        except UnicodeDecodeError:
            raise InputUnusable(f"{path}: not UTF-8 text (a JSONL file must be UTF-8)") from None


def _jsonl_job(path: Path, number: int, identifier: str | None, record, problem: str) -> Job:
    from summarize.ingest import is_url

    where = f"{path.as_posix()}:{number}"
    if problem:
        return Job(id=identifier or where, problem=f"{where}: {problem}")
    assert identifier is not None and record is not None
    text, url = record.get("text"), record.get("url")
    if isinstance(text, str) and url is None:
        return Job(id=identifier, text=text)
    if isinstance(url, str) and text is None:
        if not is_url(url):
            return Job(
                id=identifier,
                problem=(
                    f"{where}: `url` must be an http(s) URL; local files are read only "
                    "when they are named on the command line"
                ),
            )
        return Job(id=identifier, url=url)
    return Job(id=identifier, problem=f"{where}: needs either a string `text` or a string `url`")


def jobs_of(entries: Iterable[Entry]) -> Iterator[Job]:
    """Every document of the expanded inputs, in order (files are not read yet)."""
    for entry in entries:
        if entry.kind == "file":
            assert entry.id is not None
            if entry.problem:
                yield Job(
                    id=entry.id,
                    path=str(entry.path),
                    problem=entry.problem,
                    problem_code=int(ExitCode.NO_INPUT),
                )
            else:
                yield Job(id=entry.id, path=str(entry.path))
        else:
            for number, found, record, problem in _jsonl_records(entry.path):
                yield _jsonl_job(entry.path, number, found, record, problem)


def ids_of(entries: Iterable[Entry]) -> list[str]:
    """The ids of every document, in order; refuses duplicates (they would make resume lie)."""
    ids: list[str] = []
    where: dict[str, str] = {}
    for entry in entries:
        places: Iterable[tuple[str, str]]
        if entry.kind == "file":
            assert entry.id is not None
            places = [(entry.id, str(entry.path))]
        else:
            name = entry.path.as_posix()
            places = (
                (found or f"{name}:{number}", f"{name}:{number}")
                for number, found, _record, _problem in _jsonl_records(entry.path)
            )
        for found, place in places:
            if found in where:
                raise UsageError(
                    f"id {found!r} appears twice ({where[found]} and {place}); "
                    "ids must be unique, as --resume skips the ids already done"
                )
            where[found] = place
            ids.append(found)
    return ids


def iter_jobs(inputs: Iterable[str], exclude: Iterable[Path] = ()) -> Iterator[Job]:
    """Every document of the inputs, in order (files are not read yet)."""
    return jobs_of(expand(inputs, exclude))


def list_ids(inputs: Iterable[str], exclude: Iterable[Path] = ()) -> list[str]:
    """The ids of every document of the inputs, in order; refuses duplicates."""
    return ids_of(expand(inputs, exclude))


# --- one document -----------------------------------------------------------------------------


def _too_large(name: str, size: int, max_bytes: int) -> InputUnusable:
    return InputUnusable(
        f"{name}: too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB). "
        "Raise it with --max-bytes"
    )


def _document(job: Job, options: Options):
    """The job's document, read and decoded by :mod:`summarize.ingest` (its refusals, its words)."""
    from summarize import ingest

    if job.problem:
        raise InputUnusable(job.problem, ExitCode(job.problem_code))
    if job.text is not None:
        size = len(job.text.encode("utf-8", "surrogatepass"))
        if size > options.max_bytes:
            raise _too_large(job.id, size, options.max_bytes)
        fmt = options.input_format
        if fmt == "auto":
            fmt = ingest.detect_format(job.id, job.text)
        return ingest.from_text(job.text, name=job.id, input_format=fmt)
    if job.data is not None:
        assert job.path is not None
        return ingest.from_bytes(job.data, name=job.path, input_format=options.input_format)
    if job.path is not None:
        problem = _not_regular(Path(job.path))  # it may have changed since the inputs were listed
        if problem:
            raise InputUnreadable(problem)
    source = job.url or job.path
    assert source is not None
    return ingest.load(
        source,
        input_format=options.input_format,
        max_bytes=options.max_bytes,
        timeout=options.timeout,
    )


def read_for_cluster(job: Job, options: Options) -> Job:
    """The job with its file's bytes (``ingest.read_file``): a worker may not see this disk."""
    from summarize.ingest import read_file

    if job.path is None or job.problem or job.data is not None:
        return job
    problem = _not_regular(Path(job.path))
    if problem:
        raise InputUnreadable(problem)
    return Job(id=job.id, path=job.path, data=read_file(job.path, options.max_bytes))


def error_record(job_id: str, source: str, code: int, kind: str, message: str) -> dict[str, Any]:
    return {
        "id": job_id,
        "schema": ERROR_SCHEMA,
        "source": source,
        "error": {"code": code, "type": kind, "message": message},
    }


def failure(job: Job, code: int, kind: str, message: str) -> Outcome:
    """The outcome of a job that failed: its error record."""
    record = error_record(job.id, job.source, code, kind, message)
    return Outcome(job.id, safe.dumps(record), False)


def process(job: Job, options: Options) -> Outcome:
    """Analyse one document; a document's failure becomes its error record, never an exception."""
    from summarize.pipeline import analyze

    try:
        document = _document(job, options)
        report = analyze(
            document,
            algorithm=options.algorithm,
            length=options.length,
            engine=options.engine,
            perspective=options.perspective,
            lexicon=list(options.lexicons) or None,
            workers=1,  # the batch's processes share the documents, not one document
        )
        record = {"id": job.id, **report.to_dict()}
        return Outcome(job.id, safe.dumps(record), True)
    except UnspinError as problem:
        return failure(job, int(problem.code), type(problem).__name__, str(problem))
    except (KeyboardInterrupt, SystemExit):
        raise
    except MemoryError:
        return failure(job, int(ExitCode.BAD_INPUT), "MemoryError", "out of memory")
    except RecursionError:
        return failure(
            job, int(ExitCode.BAD_INPUT), "RecursionError", "the document nests too deeply"
        )
    except Exception as problem:  # a bug, but one document must not stop the batch
        return failure(
            job,
            int(ExitCode.FAILURE),
            type(problem).__name__,
            f"unexpected error: {problem} (a bug; please report it)",
        )


def process_many(jobs: list[Job], options: Options) -> list[Outcome]:
    """Analyse a few documents in one task (what a cluster worker runs)."""
    return [process(job, options) for job in jobs]
