"""Batch runs: many documents -> one JSON line each, nothing lost.

:func:`run` analyses every document of its inputs with
:func:`summarize.pipeline.analyze` and appends one line per document to the
output file, written whole as soon as that document is done:

- a report: ``{"id": ..., **Report.to_dict()}``;
- or an error record: ``{"id": ..., "schema": "unspin.error/1", "error":
  {"code": ..., "type": ..., "message": ...}, "source": ...}``; the run goes on.

The package's rooms:

- :mod:`~summarize.batch.jobs`: inputs (folders, globs, JSONL feeds of
  ``{"id", "text"}`` or ``{"id", "url"}``, single files) -> jobs with ids that
  stay the same however a document is named, and one document -> its outcome;
- :mod:`~summarize.batch.output`: the output file: locked, never clobbered,
  resumed and repaired;
- :mod:`~summarize.batch.executors`: this process, local worker processes
  (``workers > 1``) that die with the batch, or a Dask cluster
  (``scheduler="tcp://host:port"``, or ``"local"``). dask is imported only
  for a cluster run.

Never lose the user's data: an existing, non-empty output is refused unless the
run resumes it (appending) or is told to overwrite it; a resume refuses a file
that is not unspin output. The only bytes ever removed from an output are the
incomplete last record an interrupted run can leave, and only when resuming.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from summarize.batch.executors import CLUSTER_CHUNK, runner
from summarize.batch.jobs import (
    ERROR_SCHEMA,
    JSONL_SUFFIXES,
    Job,
    Options,
    Outcome,
    Result,
    error_record,
    expand,
    ids_of,
    iter_jobs,
    jobs_of,
    list_ids,
    process,
    process_many,
)
from summarize.batch.output import Existing, Output, read_existing
from summarize.errors import UsageError

__all__ = [
    "CLUSTER_CHUNK",
    "ERROR_SCHEMA",
    "JSONL_SUFFIXES",
    "Existing",
    "Job",
    "OnDone",
    "Options",
    "Outcome",
    "Result",
    "error_record",
    "iter_jobs",
    "list_ids",
    "process",
    "process_many",
    "read_existing",
    "run",
]

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
    if scheduler is not None:
        from summarize.batch.executors import check_scheduler

        check_scheduler(scheduler)
    output = Output(out, resume=resume, overwrite=overwrite, stdout=stdout)
    exclude = [output.path] if output.path is not None else []
    entries = expand(inputs, exclude=exclude)
    ids = ids_of(entries)  # refuses duplicates before anything is written

    existing = output.open()  # locked from here on; nothing written yet
    failed_run = True
    try:
        result = Result(total=len(ids))
        skip = set(existing.ok)
        if not retry_failed:
            skip |= existing.failed
        result.skipped = sum(1 for i in ids if i in skip)
        if existing.ids and not existing.ids & set(ids):
            result.notes.append(
                f"none of the {len(existing.ids):,} ids in {out} is an id of these inputs, so "
                "every document is analysed again (were the inputs named differently?)"
            )
        todo = result.total - result.skipped
        jobs = (job for job in jobs_of(entries) if job.id not in skip)
        status: dict[str, bool] = {i: True for i in ids if i in existing.ok}
        status.update({i: False for i in ids if i in existing.failed and i in skip})

        # Start or reach the workers first: if that fails, the output is left as it was.
        with runner(options, workers, scheduler, connect_timeout) as outcomes_of:
            result.notes.extend(output.start(existing))
            done = failed_now = 0
            outcomes = outcomes_of(jobs)
            try:
                for outcome in outcomes:
                    output.write(outcome.line)
                    done += 1
                    status[outcome.id] = outcome.ok
                    if not outcome.ok:
                        failed_now += 1
                    if on_done is not None:
                        on_done(outcome, done, failed_now, todo)
            finally:
                close = getattr(outcomes, "close", None)
                if close is not None:
                    close()  # stop the workers now, not when the traceback is freed
                result.analysed = done
                result.failed_now = failed_now
                result.failed = sum(1 for ok in status.values() if not ok)
        failed_run = False
    finally:
        output.close(failed=failed_run)
    return result
