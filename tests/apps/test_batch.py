"""``unspin batch``: one line per document, errors recorded, nothing lost, nothing clobbered."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize import batch
from summarize.batch import executors
from summarize.cli import app
from summarize.cli.batch import ProgressBar
from summarize.errors import ExitCode, InputUnusable, OutputUnwritable, UsageError
from summarize.ingest import normalize
from summarize.pipeline import analyze
from tests.conftest import ROOT, SEED
from tests.invariants import check_report

runner = CliRunner()

TOPICS = ["rates", "storms", "elections", "harvests", "trains", "museums", "vaccines", "ports"]


def article(index: int) -> str:
    topic = TOPICS[index % len(TOPICS)]
    return (
        f"Report {index} on {topic}\n\n"
        f"Officials said the {topic} changed on Monday in region {index}. "
        f"Critics called the decision on {topic} a disgrace. "
        f"The agency will publish figures on {topic} next week.\n\n"
        f"Residents of region {index} said they expected more news about {topic}."
    )


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def records_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_id(path: Path) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for record in records_of(path):
        found[record["id"]] = record
    return found


def run(*args: str):
    return runner.invoke(app, ["batch", *args], catch_exceptions=False)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    return write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"a{i}", "text": article(i)} for i in range(8)]
    )


def test_each_line_is_the_report_with_its_id(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run(str(articles), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""  # quiet when stderr is not a terminal
    lines = records_of(out)
    assert [r["id"] for r in lines] == [f"a{i}" for i in range(8)]  # one worker: input order
    for index, record in enumerate(lines):
        expected = analyze(article(index), name=f"a{index}").to_dict()
        assert record == {"id": f"a{index}", **expected}
        check_report(record, normalize(article(index)))


def test_failed_documents_get_error_records_and_exit_code_5(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "good", "text": article(1)})
        + "\n{not json\n"
        + json.dumps({"id": "blank", "text": "   \n "})
        + "\n"
        + json.dumps({"id": "neither"})
        + "\n"
        + json.dumps({"id": "offline", "url": "http://127.0.0.1:9/nothing-listens-here"})
        + "\n\n"
        + json.dumps({"id": "also-good", "text": article(2)})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = run(str(source), "-o", str(out), "--summary-only", "--timeout", "2")
    assert result.exit_code == ExitCode.PARTIAL
    assert "4 of 6 documents failed" in result.stderr
    found = by_id(out)
    assert set(found) == {"good", f"{source.as_posix()}:2", "blank", "neither", "offline"} | {
        "also-good"
    }
    assert "summary" in found["good"] and "summary" in found["also-good"]
    codes = {key: r["error"]["code"] for key, r in found.items() if "error" in r}
    assert codes == {f"{source.as_posix()}:2": 4, "blank": 4, "neither": 4, "offline": 3}
    for key in codes:
        assert found[key]["schema"] == "unspin.error/1"
        assert found[key]["error"]["message"]


def test_a_folder_and_a_glob(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text(article(1), encoding="utf-8")
    (folder / "sub" / "two.md").write_text("# Two\n\n" + article(2), encoding="utf-8")
    (folder / ".hidden.txt").write_text(article(3), encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    out = tmp_path / "out.jsonl"
    result = run(str(folder), "-o", str(out), "--summary-only")
    assert result.exit_code == ExitCode.PARTIAL  # the picture
    found = by_id(out)
    assert set(found) == {"one.txt", "sub/two.md", "picture.png"}
    assert found["sub/two.md"]["source"]["format"] == "markdown"
    assert found["picture.png"]["error"]["code"] == ExitCode.BAD_INPUT

    globbed = tmp_path / "glob.jsonl"
    result = run(str(folder / "**" / "*.txt"), str(folder / "sub" / "*.md"), "-o", str(globbed))
    assert result.exit_code == 0, result.stderr
    # A glob's ids are relative to the folder the pattern starts from, as a folder's are.
    assert set(by_id(globbed)) == {"one.txt", "two.md"}


def test_an_existing_output_is_never_clobbered(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("precious data\n", encoding="utf-8")
    result = run(str(articles), "-o", str(out))
    assert result.exit_code == ExitCode.USAGE
    assert "--resume" in result.stderr and "--overwrite" in result.stderr
    assert out.read_text(encoding="utf-8") == "precious data\n"
    both = run(str(articles), "-o", str(out), "--resume", "--overwrite")
    assert both.exit_code == ExitCode.USAGE
    assert out.read_text(encoding="utf-8") == "precious data\n"
    replaced = run(str(articles), "-o", str(out), "--overwrite", "--summary-only")
    assert replaced.exit_code == 0
    assert len(records_of(out)) == 8


def test_an_output_that_is_also_an_input_is_refused(articles: Path) -> None:
    before = articles.read_bytes()
    result = run(str(articles), "-o", str(articles), "--resume")
    assert result.exit_code == ExitCode.USAGE
    assert articles.read_bytes() == before


def test_duplicate_ids_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "x", "text": article(1)},
            {"id": "y", "text": article(2)},
            {"id": "x", "text": "."},
        ],
    )
    out = tmp_path / "out.jsonl"
    result = run(str(source), "-o", str(out))
    assert result.exit_code == ExitCode.USAGE
    assert "'x' appears twice" in result.stderr
    assert not out.exists() or out.read_text() == ""


def test_resume_skips_done_ids_and_repairs_a_cut_short_last_line(
    articles: Path, tmp_path: Path
) -> None:
    full = tmp_path / "full.jsonl"
    assert run(str(articles), "-o", str(full), "--summary-only").exit_code == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    # An interrupted run: three records, then a fourth cut short mid-write.
    out = tmp_path / "out.jsonl"
    out.write_text("".join(lines[:3]) + lines[3][:40], encoding="utf-8")
    result = run(str(articles), "-o", str(out), "--resume", "--summary-only")
    assert result.exit_code == 0, result.stderr
    assert "removed an incomplete last line" in result.stderr
    assert out.read_text(encoding="utf-8").startswith("".join(lines[:3]))
    assert by_id(out) == by_id(full)
    assert len(records_of(out)) == 8  # each id once
    again = run(str(articles), "-o", str(out), "--resume", "--summary-only")
    assert again.exit_code == 0
    assert len(records_of(out)) == 8


def test_resume_leaves_failures_alone_unless_asked(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    out = tmp_path / "out.jsonl"
    failure = batch.error_record("a", "a", 3, "InputUnreadable", "was offline")
    out.write_text(json.dumps(failure) + "\n", encoding="utf-8")
    kept = run(str(source), "-o", str(out), "--resume", "--summary-only")
    assert kept.exit_code == ExitCode.PARTIAL  # the output still holds a failure for "a"
    assert len(records_of(out)) == 1
    retried = run(str(source), "-o", str(out), "--resume", "--retry-failed", "--summary-only")
    assert retried.exit_code == 0
    lines = records_of(out)
    assert len(lines) == 2 and "error" in lines[0] and "summary" in lines[1]  # appended


def test_stdout_output(articles: Path) -> None:
    result = run(str(articles), "-o", "-", "--summary-only")
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [
        f"a{i}" for i in range(8)
    ]


def test_missing_input_and_empty_folder(tmp_path: Path) -> None:
    missing = run(str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl"))
    assert missing.exit_code == ExitCode.NO_INPUT
    (tmp_path / "empty").mkdir()
    empty = run(str(tmp_path / "empty"), "-o", str(tmp_path / "o.jsonl"))
    assert empty.exit_code == ExitCode.USAGE
    assert empty.stderr.startswith("unspin: ") and len(empty.stderr.splitlines()) == 1


def test_local_workers_give_the_same_records(articles: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert batch.run([str(articles)], str(one)).exit_code == ExitCode.OK
    result = batch.run([str(articles)], str(two), workers=2)
    assert result.analysed == 8 and result.failed == 0
    assert by_id(one) == by_id(two)


def test_a_killed_local_worker_loses_no_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    psutil = pytest.importorskip("psutil")
    retried: list[str] = []
    alone = executors._alone

    def counting(job, options, context):
        retried.append(job.id)
        return alone(job, options, context)

    monkeypatch.setattr(executors, "_alone", counting)
    source = write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"d{i}", "text": article(i)} for i in range(24)]
    )
    out = tmp_path / "out.jsonl"
    killed: list[int] = []

    def command(child) -> str:
        try:
            return " ".join(child.cmdline())
        except (psutil.ZombieProcess, psutil.NoSuchProcess, psutil.AccessDenied):
            return ""  # a child that has ended (a zombie not yet reaped): no worker

    def kill_one(_outcome, done: int, _failed: int, _total: int) -> None:
        if done == 2 and not killed:
            workers = [
                child
                for child in psutil.Process().children(recursive=True)
                if "multiprocessing" in command(child) and "resource_tracker" not in command(child)
            ]
            assert workers
            workers[0].kill()
            killed.append(workers[0].pid)

    result = batch.run([str(source)], str(out), workers=2, on_done=kill_one)
    assert killed and retried  # the pool broke; its documents in flight were run again
    assert result.failed == 0 and result.analysed == 24
    found = by_id(out)
    assert set(found) == {f"d{i}" for i in range(24)}
    assert all("summary" in record for record in found.values())


def test_a_pool_broken_between_two_submissions_loses_no_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker can die while the caller handles an outcome: the next submission, not the
    wait, is then the first to see the broken pool (a race the kill test hits at times)."""
    from concurrent.futures.process import BrokenProcessPool

    make_pool = executors._pool
    pools: list[object] = []

    class BreaksOnFifthSubmission:
        def __init__(self, pool) -> None:
            self.pool, self.calls = pool, 0

        def submit(self, *args, **kwargs):
            self.calls += 1
            if self.calls == 5:
                raise BrokenProcessPool("a worker died")
            return self.pool.submit(*args, **kwargs)

        def __getattr__(self, name: str):
            return getattr(self.pool, name)

    def pool(workers: int, context):
        made = make_pool(workers, context)
        pools.append(made)
        return BreaksOnFifthSubmission(made) if len(pools) == 1 and workers > 1 else made

    monkeypatch.setattr(executors, "_pool", pool)
    source = write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"d{i}", "text": article(i)} for i in range(8)]
    )
    out = tmp_path / "out.jsonl"
    result = batch.run([str(source)], str(out), workers=2)
    assert result.failed == 0 and result.analysed == 8
    assert set(by_id(out)) == {f"d{i}" for i in range(8)}


def test_an_interrupted_run_resumes_without_losing_or_repeating(tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"d{i}", "text": article(i)} for i in range(60)]
    )
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "summarize", "batch", str(source), "-o", str(out)]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if out.exists() and out.read_text(encoding="utf-8").count("\n") >= 3:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == ExitCode.INTERRUPTED, stderr
    assert "--resume" in stderr
    partial = out.read_text(encoding="utf-8")
    done = {json.loads(line)["id"] for line in partial.splitlines() if line.endswith("}")}
    assert 3 <= len(done) < 60
    resumed = subprocess.run(
        [*command, "--resume"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert resumed.returncode == 0, resumed.stderr
    records = records_of(out)
    assert sorted(r["id"] for r in records) == sorted(f"d{i}" for i in range(60))


def test_the_progress_bar_shows_only_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    bar = ProgressBar(screen, every=0)
    for done in range(1, 5):
        bar(None, done, 1 if done > 2 else 0, 4)
    bar.close()
    text = screen.getvalue()
    assert "\r" in text and "4/4" in text and "docs/s" in text and "1 failed" in text
    assert text.endswith("\n")
    assert "left" in ProgressBar.line(10, 0, 100, 5.0)
    assert ProgressBar.line(10, 0, 100, 5.0).count("#") == 2

    quiet = io.StringIO()
    silent = ProgressBar(quiet, every=0)
    silent(None, 1, 0, 2)
    silent.close()
    assert quiet.getvalue() == ""


def test_python_api_refuses_bad_arguments(articles: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        batch.run([str(articles)], str(tmp_path / "o.jsonl"), workers=0)
    with pytest.raises(UsageError):
        batch.run([str(articles)], str(tmp_path / "o.jsonl"), retry_failed=True)
    with pytest.raises(UsageError):
        batch.run([], str(tmp_path / "o.jsonl"))


def test_the_seed_through_a_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "out.jsonl"
    assert run(str(SEED), "-o", str(out)).exit_code == 0
    (record,) = records_of(out)
    assert record["id"] == "seeds/000_508ca77f2a9567b4.txt"  # relative to the working folder
    check_report(record, normalize(SEED.read_text(encoding="utf-8")))
    assert record["summary"]["engine"] == "fast"
    assert os.path.getsize(out) > 1000


# --- hardening: each attack of issue 9 that reached the batch ---------------------------------


def test_a_feed_url_must_be_http(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("The launch code is 0000. " * 5, encoding="utf-8")
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "path", "url": str(secret)},
            {"id": "stdin", "url": "-"},
            {"id": "file-url", "url": secret.as_uri()},
            {"id": "good", "text": article(1)},
        ],
    )
    out = tmp_path / "out.jsonl"
    result = run(str(source), "-o", str(out), "--summary-only")
    assert result.exit_code == ExitCode.PARTIAL
    found = by_id(out)
    for key in ("path", "stdin", "file-url"):
        assert found[key]["error"]["code"] == ExitCode.BAD_INPUT
        assert "http(s)" in found[key]["error"]["message"]
    assert "summary" in found["good"]
    assert "launch code" not in out.read_text(encoding="utf-8")
    # Named on the command line, the same file is read.
    assert run(str(secret), "-o", str(tmp_path / "direct.jsonl")).exit_code == 0


def _alive(processes) -> list:
    psutil = pytest.importorskip("psutil")
    alive = []
    for child in processes:
        try:
            if child.is_running() and child.status() != psutil.STATUS_ZOMBIE:
                alive.append(child)
        except psutil.NoSuchProcess:
            pass
    return alive


def test_workers_die_with_a_killed_batch(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    source = write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"d{i}", "text": article(i)} for i in range(400)]
    )
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "summarize", "batch", str(source), "-o", str(out), "-w", "2"]
    batch_process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL)
    children: list = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if out.exists() and out.read_text(encoding="utf-8").count("\n") >= 2:
                break
            time.sleep(0.05)
        children = psutil.Process(batch_process.pid).children(recursive=True)
        workers = [c for c in children if "spawn_main" in " ".join(c.cmdline())]
        assert len(workers) == 2, [c.cmdline() for c in children]
        os.kill(batch_process.pid, signal.SIGKILL)
        batch_process.wait(timeout=10)
        deadline = time.monotonic() + 20
        while _alive(children) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = _alive(children)
        assert not left, [" ".join(c.cmdline())[:80] for c in left]  # workers and tracker
    finally:
        for child in _alive(children):
            child.kill()
        if batch_process.poll() is None:
            batch_process.kill()


def test_the_output_inside_the_input_folder_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for index in range(3):
        (folder / f"{index}.txt").write_text(article(index), encoding="utf-8")
    out = folder / "out.jsonl"
    expected = {"0.txt", "1.txt", "2.txt"}
    assert run(str(folder), "-o", str(out), "--summary-only").exit_code == 0
    assert set(by_id(out)) == expected and len(records_of(out)) == 3
    again = run(str(folder), "-o", str(out), "--summary-only", "--resume")
    assert again.exit_code == 0 and len(records_of(out)) == 3
    globbed = run(str(folder / "*"), "-o", str(out), "--summary-only", "--resume")
    assert globbed.exit_code == 0 and len(records_of(out)) == 3
    assert set(by_id(out)) == expected
    named = run(str(out), "-o", str(out), "--resume")  # named on its own: refused
    assert named.exit_code == ExitCode.USAGE
    # Reached through a link, it is still the output.
    elsewhere = tmp_path / "elsewhere.jsonl"
    os.link(out, elsewhere)
    linked = run(str(folder), "-o", str(elsewhere), "--summary-only", "--resume")
    assert linked.exit_code == 0 and len(records_of(out)) == 3


def test_dev_full_is_a_clear_exit_6(articles: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    result = run(str(articles), "-o", "/dev/full", "--summary-only")
    assert result.exit_code == ExitCode.OUTPUT
    assert result.stderr.startswith("unspin: cannot write /dev/full (No space left on device)")
    assert len(result.stderr.splitlines()) == 1


def test_a_folder_that_is_not_writable_is_a_clear_exit_6(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "locked" / "out.jsonl"
    out.parent.mkdir()
    real_open = os.open

    def refuse(path, flags, *args):
        if str(path) == str(out) and flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refuse)  # root writes anywhere: a chmod cannot show it
    result = run(str(articles), "-o", str(out))
    assert result.exit_code == ExitCode.OUTPUT
    assert result.stderr == f"unspin: cannot write {out} (Permission denied); nothing was written\n"


def test_a_full_disk_mid_run_keeps_a_repairable_output(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = tmp_path / "reference.jsonl"
    assert run(str(articles), "-o", str(reference), "--summary-only").exit_code == 0
    out = tmp_path / "out.jsonl"
    real_write = os.write
    lines = [0]

    def fill_up(fd, data):
        if lines[0] == 3:  # the 4th record: half of it fits, then the disk is full
            if len(data) > 20:
                return real_write(fd, bytes(data[:20]))
            raise OSError(28, "No space left on device")
        lines[0] += 1
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", fill_up)
    full = run(str(articles), "-o", str(out), "--summary-only")
    monkeypatch.setattr(os, "write", real_write)
    assert full.exit_code == ExitCode.OUTPUT
    assert str(out) in full.stderr and "--resume" in full.stderr
    assert "No space left on device" in full.stderr and len(full.stderr.splitlines()) == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4  # 3 records and a cut one
    resumed = run(str(articles), "-o", str(out), "--summary-only", "--resume")
    assert resumed.exit_code == 0, resumed.stderr
    assert "removed an incomplete last line" in resumed.stderr
    assert by_id(out) == by_id(reference) and len(records_of(out)) == 8


def test_a_deeply_nested_feed_line_is_an_error_record_for_that_line(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "before", "text": article(1)})
        + "\n"
        + "[" * 100_000
        + "]" * 100_000
        + "\n"
        + '{"id": "deep", "text": "x", "more": '
        + "{" * 100_000
        + "\n"
        + '{"id": "huge", "text": "x", "weight": 1e400}\n'
        + json.dumps({"id": "after", "text": article(2)})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = run(str(source), "-o", str(out), "--summary-only")
    assert result.exit_code == ExitCode.PARTIAL
    found = by_id(out)
    assert set(found) == {"before", "after"} | {f"{source.as_posix()}:{n}" for n in (2, 3, 4)}
    assert "summary" in found["before"] and "summary" in found["after"]
    assert "levels deep" in found[f"{source.as_posix()}:2"]["error"]["message"]
    assert "out of range" in found[f"{source.as_posix()}:4"]["error"]["message"]


def test_the_safe_json_loader() -> None:
    from summarize import safejson

    assert safejson.loads('{"a": [1, 2.5, {"b": null}]}') == {"a": [1, 2.5, {"b": None}]}
    assert safejson.loads(b'{"id": "x"}') == {"id": "x"}
    for bad, words in [
        ("[" * 100_000 + "]" * 100_000, "levels deep"),
        ("[" * 65 + "]" * 65, "levels deep"),
        ('{"position": 1e400}', "out of range"),
        ('{"position": -1e400}', "out of range"),
        ('{"position": NaN}', "not a JSON number"),
        ("[Infinity]", "not a JSON number"),
        ("9" * 5000, "not usable JSON"),
        ("{not json", "not valid JSON"),
        (b"\xff\xfe\x00", "not"),
    ]:
        with pytest.raises(safejson.JSONProblem, match=words):
            safejson.loads(bad)
    assert safejson.depth([[[]]]) == 3 and safejson.depth(7) == 0


def test_no_pool_thread_outlives_a_run(articles: Path, tmp_path: Path) -> None:
    """The manager thread of concurrent.futures raced Python's exit (`Bad file descriptor`)."""
    import threading
    from concurrent.futures import process as futures_process

    def managers() -> list:
        return [
            thread
            for thread in threading.enumerate()
            if isinstance(thread, futures_process._ExecutorManagerThread) and thread.is_alive()
        ]

    result = batch.run([str(articles)], str(tmp_path / "out.jsonl"), workers=2)
    assert result.analysed == 8
    assert managers() == []
    if os.path.exists("/dev/full"):  # a run that ends on an error stops its pool too
        with pytest.raises(OutputUnwritable):
            batch.run([str(articles)], "/dev/full", workers=2)
        assert managers() == []


def test_batch_with_two_workers_exits_without_a_traceback(articles: Path, tmp_path: Path) -> None:
    for attempt in range(3):
        out = tmp_path / f"out{attempt}.jsonl"
        command = [sys.executable, "-m", "summarize", "batch", str(articles), "-o", str(out)]
        done = subprocess.run(
            [*command, "-w", "2", "--summary-only"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0 and done.stderr == "", done.stderr


def test_resume_ids_do_not_depend_on_how_the_input_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(article(2), encoding="utf-8")

    assert run("docs/a.txt", "-o", "one.jsonl", "--summary-only").exit_code == 0
    for spelling in ("./docs/a.txt", "docs//a.txt", str(folder / "a.txt"), "docs/sub/../a.txt"):
        again = run(spelling, "-o", "one.jsonl", "--summary-only", "--resume")
        assert again.exit_code == 0 and again.stderr == ""
    assert [r["id"] for r in records_of(tmp_path / "one.jsonl")] == ["docs/a.txt"]

    assert run("docs", "-o", "all.jsonl", "--summary-only").exit_code == 0
    for spelling in ("./docs/", "docs/**/*.txt", str(folder), "docs/../docs"):
        again = run(spelling, "-o", "all.jsonl", "--summary-only", "--resume")
        assert again.exit_code == 0 and again.stderr == "", spelling
    assert sorted(r["id"] for r in records_of(tmp_path / "all.jsonl")) == ["a.txt", "sub/b.txt"]

    # A resume that matches nothing says so (and still does the work).
    other = run("docs/sub/b.txt", "-o", "one.jsonl", "--summary-only", "--resume")
    assert other.exit_code == 0
    assert "none of the 1 ids in one.jsonl is an id of these inputs" in other.stderr


def test_a_fifo_is_refused_not_waited_for(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "summarize", "batch", "--summary-only"]
    inside = subprocess.run(
        [*command, str(folder), "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert inside.returncode == ExitCode.PARTIAL, inside.stderr
    found = by_id(out)
    assert "summary" in found["a.txt"]
    assert found["pipe.txt"]["error"]["code"] == ExitCode.NO_INPUT
    assert "a FIFO" in found["pipe.txt"]["error"]["message"]
    named = subprocess.run(
        [*command, str(folder / "pipe.txt"), "-o", str(tmp_path / "named.jsonl")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert named.returncode == ExitCode.NO_INPUT
    assert (
        named.stderr
        == f"unspin: {(folder / 'pipe.txt').as_posix()}: a FIFO; only regular files are read\n"
    )
    assert not (tmp_path / "named.jsonl").exists()


@pytest.mark.parametrize(
    "content",
    [
        "my notes\nthe last line I wrote",
        '{"id": "mine", "text": "a feed, not an output"}\n{"id": "last", "text": "cut',
        '{"id": "mine"}\n',
        "\n".join("[" * 2000 for _ in range(2)) + "\n",
    ],
)
def test_resume_refuses_a_file_that_is_not_unspin_output(
    articles: Path, tmp_path: Path, content: str
) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text(content, encoding="utf-8")
    result = run(str(articles), "-o", str(out), "--resume", "--summary-only")
    assert result.exit_code == ExitCode.USAGE
    assert "is not an unspin record" in result.stderr and len(result.stderr.splitlines()) == 1
    assert out.read_text(encoding="utf-8") == content  # not one byte removed


def test_a_second_batch_on_the_same_output_is_refused(articles: Path, tmp_path: Path) -> None:
    import fcntl

    out = tmp_path / "out.jsonl"
    assert run(str(articles), "-o", str(out), "--summary-only").exit_code == 0
    before = out.read_bytes()
    with out.open("ab") as first:  # what a running batch holds
        fcntl.flock(first, fcntl.LOCK_EX | fcntl.LOCK_NB)
        for flags in (["--resume"], ["--overwrite"], ["--resume", "--retry-failed"]):
            second = run(str(articles), "-o", str(out), "--summary-only", *flags)
            assert second.exit_code == ExitCode.OUTPUT
            assert "is being written by another unspin batch" in second.stderr
    assert out.read_bytes() == before
    assert run(str(articles), "-o", str(out), "--summary-only", "--resume").exit_code == 0


def test_two_real_batches_on_one_output_write_each_id_once(tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"d{i}", "text": article(i)} for i in range(300)]
    )
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "summarize", "batch", str(source), "-o", str(out)]
    first = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and first.poll() is None:
            if out.exists() and out.stat().st_size > 0:
                break
            time.sleep(0.02)
        second = subprocess.run(
            [*command, "--summary-only", "--resume"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert first.wait(timeout=120) == 0
    finally:
        if first.poll() is None:
            first.kill()
    if second.returncode == 0:  # the first had already finished: nothing left to do
        assert second.stderr == ""
    else:
        assert second.returncode == ExitCode.OUTPUT
        assert "is being written by another unspin batch" in second.stderr
    assert sorted(r["id"] for r in records_of(out)) == sorted(f"d{i}" for i in range(300))


def test_cluster_files_are_read_with_ingests_words(tmp_path: Path) -> None:
    from summarize import ingest
    from summarize.batch.executors import _cluster_job

    big = tmp_path / "big.txt"
    big.write_text("word " * 400, encoding="utf-8")
    options = batch.Options(max_bytes=1000)
    outcome = _cluster_job(batch.Job(id="big.txt", path=str(big)), options)
    with pytest.raises(InputUnusable) as refused:
        ingest.load(str(big), max_bytes=1000)
    assert isinstance(outcome, batch.Outcome)
    assert json.loads(outcome.line)["error"]["message"] == str(refused.value)


@pytest.mark.parametrize("flag", ["--timeout", "--connect-timeout"])
@pytest.mark.parametrize("value", ["nan", "inf", "1e300"])
def test_a_timeout_that_is_not_a_number_of_seconds_is_exit_2(
    articles: Path, tmp_path: Path, flag: str, value: str
) -> None:
    out = tmp_path / "out.jsonl"
    result = run(str(articles), "-o", str(out), flag, value, "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.startswith(f"unspin: {flag}") and len(result.stderr.splitlines()) == 1
    assert not out.exists()
