"""``unspin batch --scheduler``: a real Dask cluster (scheduler and worker processes on
127.0.0.1) gives the local run's output, survives a killed worker, and ends on its own."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from summarize import batch
from summarize.errors import ExitCode, InputUnreadable, UsageError
from tests.conftest import ROOT

distributed = pytest.importorskip("distributed")

TOPICS = ["rates", "storms", "elections", "harvests", "trains", "museums", "vaccines", "ports"]


def article(index: int) -> str:
    topic = TOPICS[index % len(TOPICS)]
    return (
        f"Report {index} on {topic}\n\n"
        f"Officials said the {topic} changed on Monday in region {index}. "
        f"Critics called the decision on {topic} a disgrace, and said so loudly. "
        f"The agency will publish figures on {topic} next week.\n\n"
        f"Residents of region {index} said they expected more news about {topic}. "
        f"“We are worried,” one of them told reporters."
    )


def inputs(tmp_path: Path, count: int) -> list[str]:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": article(i)}) + "\n" for i in range(count)),
        encoding="utf-8",
    )
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "one.txt").write_text(article(100), encoding="utf-8")
    (folder / "two.md").write_text("# Two\n\n" + article(101), encoding="utf-8")
    (folder / "broken.bin").write_bytes(bytes(range(256)) * 40)
    return [str(source), str(folder)]


def by_id(path: Path) -> dict[str, dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    found = {r["id"]: r for r in records}
    assert len(found) == len(records), "an id was written twice"
    return found


@pytest.fixture(scope="module")
def cluster():
    local = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",  # no fixed port; this machine only
        silence_logs=logging.ERROR,
    )
    try:
        yield local
    finally:
        local.close()


def test_the_cluster_gives_the_local_runs_output(cluster, tmp_path: Path) -> None:
    sources = inputs(tmp_path, 12)
    here, there = tmp_path / "here.jsonl", tmp_path / "there.jsonl"
    local = batch.run(sources, str(here))
    remote = batch.run(sources, str(there), scheduler=cluster.scheduler_address)
    assert local.exit_code == remote.exit_code == ExitCode.PARTIAL  # the binary file
    assert remote.analysed == local.analysed == 15 and remote.failed == 1
    assert by_id(here) == by_id(there)
    assert by_id(there)["broken.bin"]["error"]["code"] == ExitCode.BAD_INPUT


def _worker_pids(cluster) -> list[int]:
    return [
        nanny.process.process.pid
        for nanny in cluster.workers.values()
        if nanny.process is not None and nanny.process.process is not None
    ]


def test_a_worker_killed_mid_run_loses_no_document(cluster, tmp_path: Path) -> None:
    sources = inputs(tmp_path, 40)
    reference = tmp_path / "reference.jsonl"
    batch.run(sources, str(reference))
    out = tmp_path / "out.jsonl"
    killed: list[int] = []

    def kill_a_worker(_outcome, done: int, _failed: int, _total: int) -> None:
        if done == 3 and not killed:
            pid = _worker_pids(cluster)[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    result = batch.run(
        sources, str(out), scheduler=cluster.scheduler_address, on_done=kill_a_worker
    )
    assert killed
    assert result.analysed == 43 and result.failed == 1  # only the binary file
    assert by_id(out) == by_id(reference)


def test_local_scheduler_from_the_command_line_ends_on_its_own(tmp_path: Path) -> None:
    sources = inputs(tmp_path, 6)
    reference, out = tmp_path / "reference.jsonl", tmp_path / "out.jsonl"
    batch.run(sources, str(reference))
    result = subprocess.run(
        [
            *(sys.executable, "-m", "summarize", "batch", *sources, "-o", str(out)),
            *("--scheduler", "local", "--workers", "2"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == ExitCode.PARTIAL, result.stderr
    assert (
        result.stderr.strip()
        == f"unspin: 1 of 9 documents failed; their error records are in {out}"
    )
    assert by_id(out) == by_id(reference)


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sources = inputs(tmp_path, 1)
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "earlier"}\n', encoding="utf-8")
    with pytest.raises(InputUnreadable, match="cannot reach the dask scheduler"):
        batch.run(
            sources,
            str(out),
            scheduler=f"tcp://127.0.0.1:{port}",
            connect_timeout=1.0,
            overwrite=True,
        )
    assert out.read_text(encoding="utf-8") == '{"id": "earlier"}\n'  # nothing replaced
    with pytest.raises(UsageError, match="tcp://host:8786"):
        batch.run(sources, str(tmp_path / "other.jsonl"), scheduler="somewhere")


def test_without_dask_the_error_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(UsageError, match=r"unspin\[cluster\]"):
        batch.run(inputs(tmp_path, 1), str(tmp_path / "out.jsonl"), scheduler="local")


def test_the_engine_imports_no_dask() -> None:
    code = (
        "import sys, summarize.batch, summarize.pipeline, summarize.cli\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# --- hardening: a scheduler address that is wrong, or not a scheduler -------------------------


class _Server:
    """A TCP server on 127.0.0.1 that is not a Dask scheduler: silent, or speaking HTTP."""

    def __init__(self, greeting: bytes = b"") -> None:
        import threading

        self.greeting = greeting
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(8)
        self.address = f"tcp://127.0.0.1:{self.socket.getsockname()[1]}"
        self.connections: list[socket.socket] = []
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self) -> None:
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            self.connections.append(connection)
            if self.greeting:
                connection.sendall(self.greeting)

    def close(self) -> None:
        self.socket.close()
        for connection in self.connections:
            connection.close()


def _batch_in_a_process(sources: list[str], out: Path, *flags: str):
    command = [sys.executable, "-m", "summarize", "batch", *sources, "-o", str(out), *flags]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=90)


@pytest.mark.parametrize(
    ("greeting", "words"),
    [(b"", "no Dask scheduler answered"), (b"HTTP/1.0 200 OK\r\n\r\nhello\n", "not a Dask")],
)
def test_a_server_that_is_not_a_scheduler_is_a_clear_error(
    tmp_path: Path, greeting: bytes, words: str
) -> None:
    server = _Server(greeting)
    try:
        sources = inputs(tmp_path, 1)
        out = tmp_path / "out.jsonl"
        result = _batch_in_a_process(
            sources, out, "--scheduler", server.address, "--connect-timeout", "2"
        )
    finally:
        server.close()
    assert result.returncode == ExitCode.NO_INPUT, result.stderr
    assert words in result.stderr and result.stderr.startswith("unspin: ")
    assert len(result.stderr.splitlines()) == 1
    assert not out.exists()  # nothing created


def test_the_probe_is_bounded_by_the_connect_timeout() -> None:
    import time

    server = _Server()
    try:
        start = time.monotonic()
        with pytest.raises(InputUnreadable, match="within 1 s"):
            batch.executors.probe_scheduler(server.address, 1.0)
        assert time.monotonic() - start < 10
    finally:
        server.close()


@pytest.mark.parametrize(
    "address",
    [
        "tcp://[::1",
        "tcp://host:notaport",
        "foo://x",
        "tcp://",
        "http://127.0.0.1:8786",
        "tcp://h:0",
    ],
)
def test_a_malformed_scheduler_address_is_exit_2_in_one_line(tmp_path: Path, address: str) -> None:
    with pytest.raises(UsageError, match="--scheduler"):
        batch.executors.check_scheduler(address)
    out = tmp_path / "out.jsonl"
    from typer.testing import CliRunner

    from summarize.cli import app

    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": article(1)}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(out), "--scheduler", address])
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.startswith("unspin: --scheduler") and len(result.stderr.splitlines()) == 1
    assert not out.exists()


def test_a_local_cluster_leaves_no_process_after_kill_9(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    import time

    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": article(i)}) + "\n" for i in range(400)),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "summarize", "batch", str(source), "-o", str(out)]
    running = subprocess.Popen(
        [*command, "--scheduler", "local", "-w", "2"], cwd=ROOT, stderr=subprocess.DEVNULL
    )
    children: list = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if out.exists() and out.read_text(encoding="utf-8").count("\n") >= 2:
                break
            time.sleep(0.1)
        children = psutil.Process(running.pid).children(recursive=True)
        assert children
        os.kill(running.pid, signal.SIGKILL)
        running.wait(timeout=10)
        deadline = time.monotonic() + 30

        def alive() -> list:
            left = []
            for child in children:
                try:
                    if child.is_running() and child.status() != psutil.STATUS_ZOMBIE:
                        left.append(child)
                except psutil.NoSuchProcess:
                    pass
            return left

        while alive() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not alive()
    finally:
        for child in children:
            with contextlib.suppress(psutil.NoSuchProcess):
                child.kill()
        if running.poll() is None:
            running.kill()


_WORKER_SHOUTS = """
import logging
from summarize.batch.executors import dask_client


def shout():
    logging.getLogger("distributed.worker").error("a worker's own ERROR log")
    return 1


if __name__ == "__main__":
    with dask_client("local", 1, 10.0, debug={debug}) as client:
        client.run(shout)
"""


@pytest.mark.parametrize("debug", [False, True])
def test_a_workers_own_logs_reach_stderr_only_with_debug(tmp_path: Path, debug: bool) -> None:
    """A heartbeat that races the scheduler's shutdown logs a traceback at ERROR in a worker
    (seen in CI): without --debug nothing of distributed's own reaches the user's stderr."""
    script = tmp_path / "shout.py"
    script.write_text(_WORKER_SHOUTS.format(debug=debug), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert ("a worker's own ERROR log" in result.stderr) is debug
