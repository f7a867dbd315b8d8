"""Batch runs: many documents -> one JSON line each, nothing lost.

:func:`run` analyses every document of its inputs with
:func:`summarize.pipeline.analyze` and appends one line per document to the
output file, flushed as soon as that document is done:

- a report: ``{"id": ..., **Report.to_dict()}``;
- or an error record: ``{"id": ..., "schema": "unspin.error/1", "error":
  {"code": ..., "type": ..., "message": ...}, "source": ...}``; the run goes on.

Inputs are folders (every non-hidden file under them, in sorted order, the id
being the path relative to the folder), glob patterns, JSONL files of
``{"id", "text"}`` or ``{"id", "url"}`` objects, or single files (the id is
the path). Ids must be unique: they are what ``resume`` uses to skip documents
already in the output.

Work runs in this process, in local worker processes (``workers > 1``), or on
a Dask distributed cluster (``scheduler="tcp://host:port"``, or ``"local"``
for a LocalCluster on this machine). Lines are written in the order documents
finish. dask is imported only for a cluster run.

Never lose the user's data: an existing, non-empty output is refused unless the
run resumes it (appending) or is told to overwrite it. The only bytes ever
removed from an output are the incomplete last line an interrupted run can
leave (a record cut short is not valid JSON), and only when resuming.
"""

from __future__ import annotations

import glob
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

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


def _is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def _visible_files(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / f for f in files if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _expand(inputs: Iterable[str]) -> list[tuple[str, Path, str | None]]:
    """Each input -> (kind, path, id) with kind "jsonl" or "file"; id None for JSONL."""
    expanded: list[tuple[str, Path, str | None]] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = _visible_files(path)
            if not files:
                raise UsageError(f"{item}: the folder holds no files")
            expanded.extend(("file", f, f.relative_to(path).as_posix()) for f in files)
        elif path.is_file() and _is_jsonl(path):
            expanded.append(("jsonl", path, None))
        elif path.exists():
            expanded.append(("file", path, item))
        elif any(magic in item for magic in _GLOB_MAGIC):
            matches = sorted(glob.glob(item, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                raise UsageError(f"{item}: the pattern matches no files")
            expanded.extend(("file", f, f.as_posix()) for f in files)
        else:
            raise InputUnreadable(f"{item}: no such file, folder or pattern")
    return expanded


def _jsonl_records(path: Path) -> Iterator[tuple[int, str | None, dict[str, Any] | None, str]]:
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
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    yield number, None, None, f"not valid JSON ({error.msg})"
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
    where = f"{path.as_posix()}:{number}"
    if problem:
        return Job(id=identifier or where, problem=f"{where}: {problem}")
    assert identifier is not None and record is not None
    text, url = record.get("text"), record.get("url")
    if isinstance(text, str) and url is None:
        return Job(id=identifier, text=text)
    if isinstance(url, str) and text is None:
        return Job(id=identifier, url=url)
    return Job(id=identifier, problem=f"{where}: needs either a string `text` or a string `url`")


def iter_jobs(inputs: Iterable[str]) -> Iterator[Job]:
    """Every document of the inputs, in order (files are not read yet)."""
    for kind, path, identifier in _expand(inputs):
        if kind == "file":
            assert identifier is not None
            yield Job(id=identifier, path=str(path))
        else:
            for number, found, record, problem in _jsonl_records(path):
                yield _jsonl_job(path, number, found, record, problem)


def list_ids(inputs: Iterable[str]) -> list[str]:
    """The ids of every document, in order; refuses duplicates (they would make resume lie)."""
    ids: list[str] = []
    where: dict[str, str] = {}
    for kind, path, identifier in _expand(inputs):
        entries: Iterable[tuple[str, str]]
        if kind == "file":
            assert identifier is not None
            entries = [(identifier, str(path))]
        else:
            entries = (
                (found or f"{path.as_posix()}:{number}", f"{path.as_posix()}:{number}")
                for number, found, _record, _problem in _jsonl_records(path)
            )
        for found, place in entries:
            if found in where:
                raise UsageError(
                    f"id {found!r} appears twice ({where[found]} and {place}); "
                    "ids must be unique, as --resume skips the ids already done"
                )
            where[found] = place
            ids.append(found)
    return ids


# --- one document -----------------------------------------------------------------------------


def _read_bytes(path: str, max_bytes: int) -> bytes:
    """A file's bytes, with the same refusals as ``unspin analyze``."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputUnreadable(f"{path}: no such file") from None
    except PermissionError:
        raise InputUnreadable(f"{path}: permission denied") from None
    except OSError as error:
        raise InputUnreadable(f"{path}: cannot read ({error.strerror or error})") from None
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise InputUnusable(
            f"{path}: too large ({info.st_size / 1e6:.1f} MB; the limit is "
            f"{max_bytes / 1e6:.0f} MB). Raise it with --max-bytes"
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise InputUnreadable(f"{path}: permission denied") from None
    except OSError as error:
        raise InputUnreadable(f"{path}: cannot read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise InputUnusable(f"{path}: larger than the limit of {max_bytes / 1e6:.0f} MB")
    return data


def _document(job: Job, options: Options):
    from summarize import ingest

    if job.problem:
        raise InputUnusable(job.problem, ExitCode(job.problem_code))
    if job.text is not None:
        size = len(job.text.encode("utf-8", "surrogatepass"))
        if size > options.max_bytes:
            raise InputUnusable(
                f"{job.id}: too large ({size / 1e6:.1f} MB; the limit is "
                f"{options.max_bytes / 1e6:.0f} MB). Raise it with --max-bytes"
            )
        fmt = options.input_format
        if fmt == "auto":
            fmt = ingest.detect_format(job.id, job.text)
        return ingest.from_text(job.text, name=job.id, input_format=fmt)
    if job.data is not None:
        assert job.path is not None
        return ingest.from_bytes(job.data, name=job.path, input_format=options.input_format)
    source = job.url or job.path
    assert source is not None
    return ingest.load(
        source,
        input_format=options.input_format,
        max_bytes=options.max_bytes,
        timeout=options.timeout,
    )


def error_record(job_id: str, source: str, code: int, kind: str, message: str) -> dict[str, Any]:
    return {
        "id": job_id,
        "schema": ERROR_SCHEMA,
        "source": source,
        "error": {"code": code, "type": kind, "message": message},
    }


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
            workers=1,  # the batch's processes share the documents, not one document
        )
        record = {"id": job.id, **report.to_dict()}
        return Outcome(job.id, json.dumps(record, ensure_ascii=False), True)
    except UnspinError as problem:
        record = error_record(
            job.id, job.source, int(problem.code), type(problem).__name__, str(problem)
        )
    except (KeyboardInterrupt, SystemExit):
        raise
    except MemoryError:
        record = error_record(
            job.id, job.source, int(ExitCode.BAD_INPUT), "MemoryError", "out of memory"
        )
    except Exception as problem:  # a bug, but one document must not stop the batch
        record = error_record(
            job.id,
            job.source,
            int(ExitCode.FAILURE),
            type(problem).__name__,
            f"unexpected error: {problem} (a bug; please report it)",
        )
    return Outcome(job.id, json.dumps(record, ensure_ascii=False), False)


# --- the output file --------------------------------------------------------------------------


@dataclass
class Existing:
    """What an earlier run left in the output: the last record's status per id."""

    ok: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def read_existing(out: Path, *, repair: bool) -> Existing:
    """Ids already in ``out``. With ``repair``, drop an incomplete last line (cut short by an
    interrupted run) and make sure the file ends with a newline."""
    found = Existing()
    if not out.exists():
        return found
    with out.open("rb") as handle:
        data = handle.read()
    lines = data.split(b"\n")
    tail = lines.pop()  # after the last newline: b"" when the file ends with one
    bad = sum(1 for raw in lines if not _note_record(raw, found))
    if tail:
        if _note_record(tail, found):
            if repair:
                with out.open("ab") as handle:
                    handle.write(b"\n")
        elif repair:
            with out.open("r+b") as handle:
                handle.truncate(len(data) - len(tail))
            found.notes.append(
                f"removed an incomplete last line ({len(tail):,} bytes) that an interrupted run "
                f"left in {out}"
            )
        else:
            bad += 1
    if bad:
        found.notes.append(f"{out}: {bad:,} lines are not unspin records; left as they are")
    return found


def _note_record(raw: bytes, found: Existing) -> bool:
    if not raw.strip():
        return True
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
    if not isinstance(record, dict) or "id" not in record:
        return False
    identifier = str(record["id"])
    if "error" in record:
        found.failed.add(identifier)
        found.ok.discard(identifier)
    else:
        found.ok.add(identifier)
        found.failed.discard(identifier)
    return True


def _check_output(out: str, inputs: list[str], *, resume: bool, overwrite: bool) -> Path | None:
    """The output path (None for stdout), refused when it cannot or must not be written.

    Nothing is written here: an existing output is only truncated (``overwrite``)
    or repaired (``resume``) once the run is ready to write its first line.
    """
    if resume and overwrite:
        raise UsageError("--resume and --overwrite contradict each other; choose one")
    if out == "-":
        if resume:
            raise UsageError("--resume needs an output file (-o FILE), not stdout")
        return None
    path = Path(out)
    if path.is_dir():
        raise UsageError(f"{out}: is a folder; give a file for the output (-o out.jsonl)")
    if not path.parent.exists():
        raise UsageError(f"{out}: the folder {path.parent} does not exist")
    for item in inputs:
        if Path(item).exists() and Path(item).resolve() == path.resolve():
            raise UsageError(f"{out}: is also an input; write the output somewhere else")
    if path.exists() and path.stat().st_size > 0 and not (resume or overwrite):
        raise UsageError(
            f"{out} already exists; add --resume to continue it or --overwrite to replace it"
        )
    return path


# --- running ----------------------------------------------------------------------------------

#: Called after each document with (its outcome, documents done, failed so far, total).
OnDone = Callable[[Outcome, int, int, int], None]


def run(
    inputs: list[str],
    out: str,
    *,
    options: Options | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    resume: bool = False,
    overwrite: bool = False,
    retry_failed: bool = False,
    on_done: OnDone | None = None,
    stdout: TextIO | None = None,
    connect_timeout: float = 20.0,
) -> Result:
    """Analyse every document of ``inputs`` into ``out`` (a JSONL path, or ``-`` for stdout)."""
    options = options or Options()
    if not inputs:
        raise UsageError("give at least one INPUT: a folder, a glob, a .jsonl file or a file")
    if workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    if retry_failed and not resume:
        raise UsageError("--retry-failed goes with --resume")
    ids = list_ids(inputs)  # refuses duplicates before anything is written
    path = _check_output(out, inputs, resume=resume, overwrite=overwrite)
    existing = read_existing(path, repair=False) if path is not None and resume else Existing()
    result = Result(total=len(ids))
    skip = set(existing.ok)
    if not retry_failed:
        skip |= existing.failed
    result.skipped = sum(1 for i in ids if i in skip)
    todo = result.total - result.skipped
    jobs = (job for job in iter_jobs(inputs) if job.id not in skip)
    status: dict[str, bool] = {i: True for i in ids if i in existing.ok}
    status.update({i: False for i in ids if i in existing.failed and i in skip})

    # Start or reach the workers first: if that fails, the output is left as it was.
    with _runner(options, workers, scheduler, connect_timeout) as outcomes_of:
        if path is not None and overwrite:
            path.write_bytes(b"")
        if path is not None and resume:
            result.notes.extend(read_existing(path, repair=True).notes)
        handle: TextIO = (
            path.open("a", encoding="utf-8") if path is not None else (stdout or sys.stdout)
        )
        done = failed_now = 0
        try:
            for outcome in outcomes_of(jobs):
                handle.write(outcome.line + "\n")
                handle.flush()
                done += 1
                status[outcome.id] = outcome.ok
                if not outcome.ok:
                    failed_now += 1
                if on_done is not None:
                    on_done(outcome, done, failed_now, todo)
        finally:
            if path is not None:
                handle.close()
            result.analysed = done
            result.failed_now = failed_now
            result.failed = sum(1 for ok in status.values() if not ok)
    return result


Outcomes = Callable[[Iterator[Job]], Iterator[Outcome]]


@contextmanager
def _runner(
    options: Options, workers: int, scheduler: str | None, connect_timeout: float
) -> Iterator[Outcomes]:
    """What turns jobs into outcomes: this process, a pool of processes, or a cluster."""
    if scheduler is not None:
        with _dask_client(scheduler, workers, connect_timeout) as client:
            from distributed import as_completed

            yield lambda jobs: _drain(client, as_completed(), jobs, options)
    elif workers == 1:
        yield lambda jobs: (process(job, options) for job in jobs)
    else:
        yield lambda jobs: _outcomes_in_processes(jobs, options, workers)


def _warm_up() -> None:
    """Import the pipeline once per worker process, before the first document."""
    import summarize.pipeline  # noqa: F401


def _outcomes_in_processes(
    jobs: Iterator[Job], options: Options, workers: int
) -> Iterator[Outcome]:
    """A pool of worker processes, never more than 2 x workers documents in flight.

    A worker that dies (killed, out of memory) breaks the pool: the documents in
    flight are then retried one at a time in a fresh process, so the one that
    kills its worker gets an error record and the others their reports.
    """
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    window = 2 * workers
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_warm_up)
    pending: dict[Future[Outcome], Job] = {}
    try:
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < window:
                job = next(jobs, None)
                if job is None:
                    exhausted = True
                    break
                pending[pool.submit(process, job, options)] = job
            if not pending:
                break
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken: list[Job] = []
            for future in finished:
                job = pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    broken.append(job)
            if broken:
                broken.extend(pending.values())
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                for job in broken:
                    yield _alone(job, options, context)
                pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_warm_up)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _alone(job: Job, options: Options, context) -> Outcome:
    with ProcessPoolExecutor(1, mp_context=context) as single:
        try:
            return single.submit(process, job, options).result()
        except BrokenProcessPool:
            record = error_record(
                job.id,
                job.source,
                int(ExitCode.FAILURE),
                "WorkerDied",
                "the process analysing this document died (killed, or out of memory)",
            )
            return Outcome(job.id, json.dumps(record, ensure_ascii=False), False)


# --- a Dask distributed cluster ---------------------------------------------------------------


def _cluster_job(job: Job, options: Options) -> Job | Outcome:
    """Files are read here and their bytes shipped: a worker may not see this file system."""
    if job.path is None or job.problem:
        return job
    try:
        data = _read_bytes(job.path, options.max_bytes)
    except UnspinError as problem:
        record = error_record(
            job.id, job.source, int(problem.code), type(problem).__name__, str(problem)
        )
        return Outcome(job.id, json.dumps(record, ensure_ascii=False), False)
    return Job(id=job.id, path=job.path, data=data)


@contextmanager
def _dask_client(scheduler: str, workers: int, connect_timeout: float) -> Iterator[Any]:
    """A dask.distributed Client for ``tcp://host:port``, or for a new LocalCluster (``local``).

    At most 2 tasks per worker thread are in flight. When a worker dies, the
    scheduler gives its tasks to another worker; a document whose workers keep
    dying (``distributed.scheduler.allowed-failures``, 3 by default) gets an
    error record.
    """
    import logging

    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError(
            "--scheduler needs dask.distributed, which is not installed: "
            "pip install 'unspin[cluster]'"
        ) from None
    if not os.environ.get("UNSPIN_DEBUG"):
        logging.getLogger("distributed").setLevel(logging.ERROR)
    if scheduler != "local" and "://" not in scheduler:
        raise UsageError(
            f"--scheduler {scheduler!r}: give a scheduler address like tcp://host:8786, or local"
        )
    cluster = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(
                n_workers=workers if workers > 1 else (os.cpu_count() or 1),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",  # no fixed port; this machine only
                silence_logs=logging.ERROR,
            )
        try:
            client = Client(cluster or scheduler, timeout=connect_timeout)
        except (OSError, TimeoutError) as error:
            raise InputUnreadable(
                f"cannot reach the dask scheduler at {scheduler} ({error})"
            ) from None
        with client:
            yield client
    finally:
        if cluster is not None:
            cluster.close()


#: Documents per cluster task: a task of about 0.1-0.2 s keeps the scheduler's overhead small.
CLUSTER_CHUNK = 8


def process_many(jobs: list[Job], options: Options) -> list[Outcome]:
    """Analyse a few documents in one task (what a cluster worker runs)."""
    return [process(job, options) for job in jobs]


def _drain(client, queue, jobs: Iterator[Job], options: Options) -> Iterator[Outcome]:
    """Tasks of CLUSTER_CHUNK documents, at most two per worker thread in flight."""
    threads = sum(client.nthreads().values()) or 1
    window = max(2, 2 * threads)
    pending: dict[Any, list[Job]] = {}
    ready: list[Outcome] = []

    def submit_next() -> bool:
        chunk: list[Job] = []
        while len(chunk) < CLUSTER_CHUNK:
            job = next(jobs, None)
            if job is None:
                break
            prepared = _cluster_job(job, options)
            if isinstance(prepared, Outcome):
                ready.append(prepared)
            else:
                chunk.append(prepared)
        if not chunk:
            return False
        future = client.submit(process_many, chunk, options, pure=False)
        pending[future] = chunk
        queue.add(future)
        return len(chunk) == CLUSTER_CHUNK

    more = True
    while more and len(pending) < window:
        more = submit_next()
    yield from ready
    ready.clear()
    for future in queue:
        chunk = pending.pop(future)
        try:
            outcomes = future.result()
        except Exception as problem:  # KilledWorker, or a worker without unspin
            outcomes = [
                Outcome(
                    job.id,
                    json.dumps(
                        error_record(
                            job.id,
                            job.source,
                            int(ExitCode.FAILURE),
                            type(problem).__name__,
                            f"the cluster could not analyse this document ({problem})",
                        ),
                        ensure_ascii=False,
                    ),
                    False,
                )
                for job in chunk
            ]
        yield from outcomes
        if more:
            more = submit_next()
            yield from ready
            ready.clear()
