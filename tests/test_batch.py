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
from summarize.errors import ExitCode, UsageError
from summarize.ingest import normalize
from summarize.pipeline import analyze

from .conftest import ROOT, SEED
from .invariants import check_report

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

    def kill_one(_outcome, done: int, _failed: int, _total: int) -> None:
        if done == 2 and not killed:
            workers = [
                child
                for child in psutil.Process().children(recursive=True)
                if "multiprocessing" in " ".join(child.cmdline())
                and "resource_tracker" not in " ".join(child.cmdline())
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
