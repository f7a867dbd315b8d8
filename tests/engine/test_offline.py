"""unspin works on a machine with no network and no nltk data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEED

# Loaded before anything else in the child process: every socket fails.
_NO_SOCKETS = """
import socket

def _refuse(*args, **kwargs):
    raise OSError("network disabled by unspin's offline test")

class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _refuse()

socket.socket = _NoSocket
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""


def _offline_env(tmp_path: Path) -> dict[str, str]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(_NO_SOCKETS, encoding="utf-8")
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)]),
        "NLTK_DATA": str(empty),
        "HOME": str(tmp_path),  # no ~/nltk_data either
        "HF_HUB_OFFLINE": "1",
    }


def test_whole_pipeline_runs_offline_without_nltk_data(tmp_path: Path) -> None:
    env = _offline_env(tmp_path)
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.socket()"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.returncode != 0 and "network disabled" in probe.stderr  # the guard works

    for algorithm in (
        "lexrank",
        "textrank",
        "lsa",
        "luhn",
        "edmundson",
        "kl",
        "sumbasic",
        "reduction",
    ):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "summarize",
                "analyze",
                str(SEED),
                "--format",
                "json",
                "--algorithm",
                algorithm,
                "--engine",
                "sumy",
                "-n",
                "3",
            ],
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        assert len(data["summary"]["sentence_ids"]) == 3
        assert data["sentences"]


def test_sumy_own_tokenizer_would_fail_here(tmp_path: Path) -> None:
    """The reason unspin ships its own tokenizer: sumy's needs nltk data."""
    env = _offline_env(tmp_path)
    code = (
        "from sumy.nlp.tokenizers import Tokenizer\n"
        "try:\n    Tokenizer('english').to_sentences('One. Two.')\n"
        "except LookupError:\n    print('LookupError')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert "LookupError" in result.stdout, result.stdout + result.stderr
