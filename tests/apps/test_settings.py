"""Settings are read from the environment at the edges only, and passed down."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from summarize.pipeline import analyze
from summarize.settings import Settings
from tests.conftest import ROOT, SEED

TEXT = "The fat cats met on Monday. Officials said the talks would go on."


def _lexicon(tmp_path: Path) -> Path:
    mine = tmp_path / "mine.toml"
    mine.write_text('[loaded_label.terms]\n"fat cats" = "executives"\n', encoding="utf-8")
    return mine


def test_from_env_reads_each_variable_and_ignores_malformed_ones(tmp_path: Path) -> None:
    env = {
        "UNSPIN_WORKERS": "3",
        "UNSPIN_LEXICON": os.pathsep.join(["a.toml", "", "b.toml"]),
        "UNSPIN_DATA_DIR": str(tmp_path),
        "UNSPIN_DEBUG": "1",
    }
    settings = Settings.from_env(env)
    assert settings == Settings(
        workers=3, lexicons=("a.toml", "b.toml"), data_dir=tmp_path, debug=True
    )
    assert Settings.from_env({"UNSPIN_WORKERS": "0"}).workers is None
    assert Settings.from_env({"UNSPIN_WORKERS": "many"}).workers is None
    assert Settings.from_env({}) == Settings()


def test_the_engine_takes_lexicons_from_the_settings_not_the_environment(
    tmp_path: Path, monkeypatch
) -> None:
    mine = str(_lexicon(tmp_path))
    monkeypatch.setenv("UNSPIN_LEXICON", mine)
    plain = analyze(TEXT)  # the engine does not look at the environment
    assert "executives" not in repr(plain.to_dict())
    given = analyze(TEXT, settings=Settings(lexicons=(mine,)))
    assert "executives" in repr(given.to_dict())


def test_the_command_line_reads_the_environment(tmp_path: Path, monkeypatch) -> None:
    from summarize.cli import app

    monkeypatch.setenv("UNSPIN_LEXICON", str(_lexicon(tmp_path)))
    result = CliRunner().invoke(app, ["claims", "-"], input=TEXT)
    assert result.exit_code == 0, result.output
    assert "executives" in result.stdout


#: Files allowed to read the environment: the edges and the research tools.
EDGES = ("summarize/cli/", "summarize/settings.py", "summarize/lab/")


def test_only_the_edges_read_the_environment() -> None:
    reads = re.compile(r"os\.environ\.get|os\.getenv|environ\[")
    found = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "summarize").rglob("*.py"))
        if reads.search(path.read_text(encoding="utf-8"))
        and not str(path.relative_to(ROOT)).startswith(EDGES)
    ]
    assert found == []


def test_a_profiler_sees_the_whole_run(tmp_path: Path) -> None:
    """``python -m cProfile -m summarize summary FILE`` prints its profile (no early exit)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cProfile",
            "-s",
            "cumtime",
            "-m",
            "summarize",
            "summary",
            str(SEED),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert "function calls" in result.stdout and "cumtime" in result.stdout


def test_batch_takes_lexicons_from_the_environment_through_the_settings(
    tmp_path: Path, monkeypatch
) -> None:
    from summarize.cli import app

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    monkeypatch.setenv("UNSPIN_LEXICON", str(_lexicon(tmp_path)))
    result = CliRunner().invoke(app, ["batch", str(feed), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "executives" in out.read_text(encoding="utf-8")
