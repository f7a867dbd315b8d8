"""What turns jobs into outcomes: this process, local worker processes, or a Dask cluster.

Local workers die with the batch: on Linux each asks the kernel for SIGKILL when
its parent dies (``prctl(PR_SET_PDEATHSIG)``); elsewhere a thread in each worker
watches its parent. After ``kill -9`` of the batch no worker is left behind, and
the resource tracker of ``multiprocessing`` ends once the last of them is gone
(it reads a pipe they hold). Dask's own worker processes already watch their
nanny through a pipe, so ``--scheduler local`` needs nothing more.

The pool is always shut down waiting for its manager thread, so Python's exit
never races with it (``OSError: Bad file descriptor`` from concurrent.futures).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from typing import Any

from summarize.batch.jobs import Job, Options, Outcome, failure, process, process_many
from summarize.errors import ExitCode, InputUnreadable, UnspinError, UsageError

Outcomes = Callable[[Iterator[Job]], Iterator[Outcome]]

#: Documents per cluster task: a task of about 0.1-0.2 s keeps the scheduler's overhead small.
CLUSTER_CHUNK = 8


@contextmanager
def runner(
    options: Options, workers: int, scheduler: str | None, connect_timeout: float
) -> Iterator[Outcomes]:
    """What turns jobs into outcomes: this process, a pool of processes, or a cluster."""
    if scheduler is not None:
        with dask_client(scheduler, workers, connect_timeout, debug=options.debug) as client:
            from distributed import as_completed

            yield lambda jobs: _drain(client, as_completed(), jobs, options)
    elif workers == 1:
        yield lambda jobs: (process(job, options) for job in jobs)
    else:
        yield lambda jobs: outcomes_in_processes(jobs, options, workers)


# --- local worker processes -------------------------------------------------------------------

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """End this process when ``parent`` dies (a worker must never outlive its batch)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before the request was made
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _worker_start(parent: int) -> None:
    """Each worker process: die with the batch, then import the pipeline once."""
    die_with_parent(parent)
    import summarize.pipeline  # noqa: F401


def _pool(workers: int, context) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        workers, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),)
    )


def _close(pool: ProcessPoolExecutor, *, abandon: bool) -> None:
    """Shut a pool down and wait for its manager thread (bounded when abandoning it)."""
    if not abandon:
        pool.shutdown(wait=True, cancel_futures=True)
        return
    # Interrupted, or the output failed: the documents in flight are not wanted.
    for worker in list((getattr(pool, "_processes", None) or {}).values()):
        with suppress(OSError, AttributeError, ValueError):
            worker.kill()
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    if manager is not None:
        manager.join(timeout=10)


def outcomes_in_processes(jobs: Iterator[Job], options: Options, workers: int) -> Iterator[Outcome]:
    """A pool of worker processes, never more than 2 x workers documents in flight.

    A worker that dies (killed, out of memory) breaks the pool: the documents in
    flight are then retried one at a time in a fresh process, so the one that
    kills its worker gets an error record and the others their reports.
    """
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    window = 2 * workers
    pool = _pool(workers, context)
    pending: dict[Future[Outcome], Job] = {}
    finished_all = False
    try:
        exhausted = False
        while pending or not exhausted:
            broken: list[Job] = []
            while not exhausted and len(pending) < window:
                job = next(jobs, None)
                if job is None:
                    exhausted = True
                    break
                try:
                    pending[pool.submit(process, job, options)] = job
                except BrokenProcessPool:  # a worker died while the last outcome was handled
                    broken.append(job)
                    break
            if not pending and not broken:
                break
            if not broken:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    job = pending.pop(future)
                    try:
                        yield future.result()
                    except BrokenProcessPool:
                        broken.append(job)
            if broken:
                broken.extend(pending.values())
                pending.clear()
                _close(pool, abandon=True)
                for job in broken:
                    yield _alone(job, options, context)
                pool = _pool(workers, context)
        finished_all = True
    finally:
        _close(pool, abandon=not finished_all)


def _alone(job: Job, options: Options, context) -> Outcome:
    single = _pool(1, context)
    try:
        return single.submit(process, job, options).result()
    except BrokenProcessPool:
        return failure(
            job,
            int(ExitCode.FAILURE),
            "WorkerDied",
            "the process analysing this document died (killed, or out of memory)",
        )
    finally:
        _close(single, abandon=False)


# --- a Dask distributed cluster ---------------------------------------------------------------

_SCHEMES = ("tcp", "tls", "ws", "wss", "ucx")


def check_scheduler(scheduler: str) -> str:
    """The scheduler address, or a one-line :class:`UsageError` when it is malformed."""
    if scheduler == "local":
        return scheduler
    scheme, sep, location = scheduler.partition("://")
    if not sep:
        raise UsageError(
            f"--scheduler {scheduler!r}: give a scheduler address like tcp://host:8786, or local"
        )
    if scheme.lower() not in _SCHEMES:
        raise UsageError(
            f"--scheduler {scheduler!r}: unknown scheme {scheme!r} "
            f"(use {', '.join(s + '://' for s in _SCHEMES)} or local)"
        )
    _host_port(scheduler, location)
    return scheduler


def _host_port(scheduler: str, location: str) -> tuple[str, int]:
    bad = UsageError(f"--scheduler {scheduler!r}: give a host and a port, like tcp://host:8786")
    if location.startswith("["):
        host, close, rest = location[1:].partition("]")
        if not close or not rest.startswith(":"):
            raise bad
        port = rest[1:]
    else:
        host, colon, port = location.rpartition(":")
        if not colon or ":" in host:
            raise bad
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise bad
    return host, int(port)


def probe_scheduler(scheduler: str, timeout: float) -> None:
    """Check that a Dask scheduler answers at a ``tcp://`` address within ``timeout`` seconds.

    A Dask server speaks first: it sends its handshake, a message whose first 8 bytes
    are its frame count. Anything else (an HTTP server, a silent port) is refused
    here; ``distributed`` itself would wait without end for the handshake, or read
    an HTTP answer as a frame length of exabytes.
    """
    import socket

    scheme, _, location = scheduler.partition("://")
    if scheme.lower() != "tcp":
        return  # TLS and the others: distributed's own timeout
    host, port = _host_port(scheduler, location)
    deadline = time.monotonic() + timeout
    try:
        with socket.create_connection((host, port), timeout=timeout) as connection:
            header = b""
            while len(header) < 8:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                connection.settimeout(left)
                chunk = connection.recv(8 - len(header))
                if not chunk:
                    break
                header += chunk
    except TimeoutError:
        raise InputUnreadable(
            f"no Dask scheduler answered at {scheduler} within {timeout:g} s "
            "(is it a Dask scheduler's address?)"
        ) from None
    except OSError as error:
        raise InputUnreadable(
            f"cannot reach the dask scheduler at {scheduler} ({error.strerror or error})"
        ) from None
    frames = int.from_bytes(header, "little") if len(header) == 8 else 0
    if not 0 < frames < 1000:
        raise InputUnreadable(f"{scheduler} is not a Dask scheduler (it answered something else)")


@contextmanager
def dask_client(
    scheduler: str, workers: int, connect_timeout: float, *, debug: bool = False
) -> Iterator[Any]:
    """A dask.distributed Client for ``tcp://host:port``, or for a new LocalCluster (``local``).

    At most 2 tasks per worker thread are in flight. When a worker dies, the
    scheduler gives its tasks to another worker; a document whose workers keep
    dying (``distributed.scheduler.allowed-failures``, 3 by default) gets an
    error record.
    """
    import logging

    check_scheduler(scheduler)
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError(
            "--scheduler needs dask.distributed, which is not installed: "
            "pip install 'unspin[cluster]'"
        ) from None
    # Without --debug nothing of distributed's own reaches stderr: a document that fails
    # gets its error record, and a worker's heartbeat that races the scheduler's shutdown
    # logs a traceback at ERROR (seen in CI), which is no news to the user
    quiet = logging.WARNING if debug else logging.CRITICAL
    if not debug:
        logging.getLogger("distributed").setLevel(quiet)
    cluster = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(
                n_workers=workers if workers > 1 else (os.cpu_count() or 1),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",  # no fixed port; this machine only
                silence_logs=quiet,  # the workers' processes too
            )
        else:
            probe_scheduler(scheduler, connect_timeout)
        try:
            client = Client(cluster or scheduler, timeout=connect_timeout)
        except (OSError, TimeoutError) as error:
            raise InputUnreadable(
                f"cannot reach the dask scheduler at {scheduler} ({error})"
            ) from None
        except (ValueError, TypeError) as error:
            raise UsageError(f"--scheduler {scheduler!r}: {error}") from None
        with client:
            yield client
    finally:
        if cluster is not None:
            cluster.close()


def _cluster_job(job: Job, options: Options) -> Job | Outcome:
    """Files are read here and their bytes shipped: a worker may not see this file system."""
    from summarize.batch.jobs import read_for_cluster

    try:
        return read_for_cluster(job, options)
    except UnspinError as problem:
        return failure(job, int(problem.code), type(problem).__name__, str(problem))


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
                failure(
                    job,
                    int(ExitCode.FAILURE),
                    type(problem).__name__,
                    f"the cluster could not analyse this document ({problem})",
                )
                for job in chunk
            ]
        yield from outcomes
        if more:
            more = submit_next()
            yield from ready
            ready.clear()
