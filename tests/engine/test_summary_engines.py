"""Choosing the engine, refusing what cannot scale, and what a quick summary imports."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from summarize import summary as summary_module
from summarize.cli import app
from summarize.errors import ExitCode, UsageError
from summarize.summary import Candidate, extract
from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def body(count: int) -> list[Candidate]:
    return [
        Candidate(i, f"Sentence number {i} talks about topic {i % 7} and item {i % 3}.", i // 5)
        for i in range(count)
    ]


def limit(algorithm: str, most: int, monkeypatch: pytest.MonkeyPatch) -> None:
    entry = summary_module.REGISTRY[algorithm]
    monkeypatch.setitem(summary_module.REGISTRY, algorithm, replace(entry, sumy_limit=most))


@pytest.mark.parametrize("algorithm", ("kl", "reduction", "sumbasic", "luhn"))
def test_sumy_only_algorithms_refuse_long_input_naming_those_that_can(
    algorithm: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit(algorithm, 10, monkeypatch)
    extract(body(10), algorithm=algorithm)  # at the limit: fine
    with pytest.raises(UsageError) as caught:
        extract(body(11), algorithm=algorithm)
    message = str(caught.value)
    assert algorithm in message and "11 sentences" in message
    assert "lexrank, textrank or lsa" in message
    assert "\n" not in message
    assert caught.value.code == ExitCode.USAGE


def test_sumys_own_lexrank_refuses_long_input_and_points_to_the_fast_engine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    limit("lexrank", 10, monkeypatch)
    with pytest.raises(UsageError, match="--engine fast"):
        extract(body(11), algorithm="lexrank", engine="sumy")
    assert extract(body(11), algorithm="lexrank", engine="auto").engine == "fast"


def test_the_limits_leave_article_sized_input_to_every_algorithm() -> None:
    assert all(a.sumy_limit >= 300 for a in summary_module.REGISTRY.values())


def test_the_chooser_says_which_algorithms_refuse_long_texts() -> None:
    """The registry carries each limit, so no list can call kl merely slow (issue 9)."""
    kl = summary_module.REGISTRY["kl"]
    assert kl.limit() == 300 and kl.line().endswith("; 300 sentences at most")
    assert summary_module.REGISTRY["textrank"].limit() is None
    assert summary_module.REGISTRY["textrank"].limit("sumy") == 5_000
    assert "slow" not in kl.line()


def test_refusal_through_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    limit("kl", 3, monkeypatch)
    result = CliRunner().invoke(app, ["summary", str(SEED), "-a", "kl"])
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("unspin: kl cannot summarise")


def test_sumy_lsa_on_a_document_without_dictionary_words_rates_zero() -> None:
    candidates = [Candidate(0, "It is what it is.", 0), Candidate(1, "He was there.", 0)]
    for engine in ("sumy", "fast"):
        result = extract(candidates, algorithm="lsa", engine=engine, length=1)
        assert result.sentence_ids == [0] and result.scores == [0.0]


def test_scores_keep_six_significant_digits() -> None:
    result = extract(body(3000), algorithm="textrank", length=3)
    for score in result.scores:
        assert 0 < score < 1e-3  # about 1/N: six decimal places would keep one or two digits
        assert score == float(f"{score:.6g}") and score != round(score, 6)


def test_a_quick_summary_imports_neither_sumy_nor_nltk_nor_scipy() -> None:
    code = (
        "import sys\n"
        "from summarize.cli import main\n"
        f"sys.argv = ['unspin', 'summary', {str(SEED)!r}, '--format', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('nltk', 'scipy', 'textual')"
        " or m.startswith('sumy.summarizers') or m.startswith('sumy.nlp'))\n"
        "print(heavy, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "[]"
    summary = json.loads(result.stdout)["summary"]
    assert summary["engine"] == "fast" and len(summary["sentence_ids"]) == 5


def test_a_byline_is_no_summary_sentence() -> None:
    from summarize import analyze

    text = (
        "Council Cuts Library Budget\n\nBy Dana Whitfield\n\n"
        "The council voted 5-2 on Tuesday to cut the library budget by 18 percent. "
        "The libraries serve 40,000 residents a month. The mayor said she would try to "
        "restore the money. Critics said the cut would close two branches.\n"
    )
    for engine in ("fast", "sumy"):
        report = analyze(text, length=4, perspective=False, engine=engine)
        chosen = [report.sentences[i].text for i in report.summary.sentence_ids]
        assert "By Dana Whitfield" not in chosen, engine
        assert len(chosen) == 4
