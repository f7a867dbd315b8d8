"""The command line as a user meets it: results on stdout, one-line errors on stderr."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize.cli import app
from summarize.errors import ExitCode
from summarize.ingest import normalize
from summarize.summary import ALGORITHMS
from tests.conftest import ROOT, SEED
from tests.invariants import check_report

runner = CliRunner()


def run(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("unspin ")


def test_summary_of_the_seed_is_five_sentences_from_the_article(seed_text: str) -> None:
    result = run("summary", str(SEED))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 5
    assert all(line in seed_text for line in lines)
    assert result.stderr == ""


def test_a_summary_sentence_cut_from_a_longer_quotation_shows_its_marks() -> None:
    text = (
        "Floods forced 300 families from their homes in Millbank on Tuesday.\n\n"
        '"They knew. Everybody knew," said Joan Farrow, a resident of Millbank. '
        '"And now look at it."\n\nThe river is expected to rise again on Wednesday.'
    )
    for fmt in ("text", "markdown"):
        result = run("summary", "-", "-n", "10", "--format", fmt, input=text)
        assert result.exit_code == 0, result.stderr
        out = result.stdout
        assert '"They knew."' in out
        assert '"Everybody knew," said Joan Farrow' in out
    data = json.loads(run("summary", "-", "-n", "10", "--format", "json", input=text).stdout)
    assert data["sentences"][2]["text"].startswith("Everybody knew,")  # the text as written


def test_summary_json_ids_index_the_sentences(seed_text: str) -> None:
    result = run("summary", str(SEED), "--format", "json", "-n", "3")
    data = json.loads(result.stdout)
    check_report(data, normalize(seed_text))
    ids = data["summary"]["sentence_ids"]
    assert len(ids) == 3
    texts = [data["sentences"][i]["text"] for i in ids]
    assert all(t in seed_text for t in texts)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_sumy_algorithm_runs_offline_on_the_seed(algorithm: str, no_network) -> None:
    result = run(
        "summary",
        str(SEED),
        "--algorithm",
        algorithm,
        "--engine",
        "sumy",
        "--format",
        "json",
        "-n",
        "4",
    )
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)["summary"]
    assert summary["algorithm"] == algorithm
    assert summary["engine"] == "sumy"
    assert len(summary["sentence_ids"]) == 4


def test_percentage_length(seed_text: str) -> None:
    data = json.loads(run("summary", str(SEED), "-n", "25%", "-f", "json").stdout)
    body = [s for s in data["sentences"] if s["kind"] != "title"]
    assert len(data["summary"]["sentence_ids"]) == len(body) * 25 // 100


def test_markdown_summary_has_scores_and_ranks() -> None:
    out = run("summary", str(SEED), "-f", "markdown").stdout
    assert out.startswith("## Summary")
    assert out.count("rank ") == 5


QUOTED_RUN = (
    "Rita Lane won the final in Leeds on Sunday. "
    '"I felt strong from the first lap," said Lane. "The crowd carried me home."'
)


def test_the_summary_of_an_analysis_says_whose_words_a_quotation_is() -> None:
    """A summary sentence picked from inside a run of quotations says nothing of its
    speaker itself: the analysis's summary names them (text and Markdown)."""
    text = run("analyze", "-", "-n", "3", input=QUOTED_RUN.encode()).stdout
    assert '"The crowd carried me home."' in text and "words of Rita Lane]" in text
    markdown = run("analyze", "-", "-n", "3", "-f", "markdown", input=QUOTED_RUN.encode()).stdout
    assert " · words of Rita Lane</sub>" in markdown


def test_stdin_dash_and_implicit_stdin(seed_text: str) -> None:
    piped = run("summary", "-", input=seed_text.encode())
    implicit = run("summary", input=seed_text.encode())
    from_file = run("summary", str(SEED))
    assert piped.stdout == implicit.stdout == from_file.stdout


def test_analyze_json_holds_the_invariants(seed_text: str) -> None:
    data = json.loads(run("analyze", str(SEED), "--format", "json").stdout)
    check_report(data, normalize(seed_text))
    assert data["source"]["name"] == str(SEED)
    assert data["sentences"][0]["kind"] == "title"


def test_offsets_index_the_file_itself() -> None:
    raw = SEED.read_bytes().decode("utf-8")
    data = json.loads(run("analyze", str(SEED), "-f", "json").stdout)
    for sentence in data["sentences"]:
        assert raw[sentence["start"] : sentence["end"]] == sentence["text"]


# --- bad input: one line on stderr, a documented exit code, never a traceback ---------


def _one_line_error(result, code: ExitCode) -> str:
    assert result.exit_code == code, (result.exit_code, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("unspin: ")
    assert "Traceback" not in result.stderr
    return lines[0]


def test_missing_file(tmp_path: Path) -> None:
    line = _one_line_error(run("summary", str(tmp_path / "nope.txt")), ExitCode.NO_INPUT)
    assert "no such file" in line


def test_directory(tmp_path: Path) -> None:
    line = _one_line_error(run("analyze", str(tmp_path)), ExitCode.NO_INPUT)
    assert "directory" in line


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  ", "\u00a0\n\u2003".encode()])
def test_empty_or_whitespace(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    line = _one_line_error(run("summary", str(path)), ExitCode.BAD_INPUT)
    assert "no text" in line


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    line = _one_line_error(run("summary", str(path)), ExitCode.BAD_INPUT)
    assert "binary" in line


def test_invalid_utf8_is_decoded_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    text = "Le café a fermé. Les clients étaient déçus. Le propriétaire a dit « non »."
    path.write_bytes(text.encode("cp1252"))
    data = json.loads(run("analyze", str(path), "-f", "json").stdout)
    assert data["source"]["encoding"] != "utf-8"
    assert "café" in data["sentences"][0]["text"]


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("The council met. It voted to approve the plan.".encode("utf-16"))
    data = json.loads(run("summary", str(path), "-f", "json").stdout)
    assert data["sentences"][0]["text"] == "The council met."


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(50_000_000)  # a sparse 50 MB file: costs no disk and no time
    line = _one_line_error(run("summary", str(path)), ExitCode.BAD_INPUT)
    assert "too large" in line and "--max-bytes" in line


def test_too_large_stdin(seed_text: str) -> None:
    line = _one_line_error(
        run("summary", "--max-bytes", "100", input=seed_text), ExitCode.BAD_INPUT
    )
    assert "too large" in line


def test_terminal_control_sequences_never_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    path.write_text(
        "The \x1b[31mred\x1b[0m council met on Monday.\r\n"
        "Click \x1b]8;;http://evil.example\x07here\x1b]8;;\x07 for more.\r\n"
        "Bell\x07 and back\rspace\x08 and NUL\x00 gone.\n",
        encoding="utf-8",
    )
    result = run("analyze", str(path), "--color", "never")
    assert result.exit_code == 0, result.stderr
    for control in ("\x1b", "\x07", "\x08", "\x00", "\r"):
        assert control not in result.stdout
    assert "red council" in result.stdout and "here for more" in result.stdout


def test_markup_like_brackets_are_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "brackets.txt"
    body = "[bold]Officials[/] said [@click=app.quit]nothing[/]. [link=x]The vote[/link] passed."
    path.write_text(body, encoding="utf-8")
    data = json.loads(run("analyze", str(path), "-f", "json").stdout)
    assert "".join(s["text"] for s in data["sentences"]).replace(" ", "") == body.replace(" ", "")


def test_unknown_algorithm_is_a_usage_error() -> None:
    result = run("summary", str(SEED), "--algorithm", "nope")
    assert result.exit_code == ExitCode.USAGE


def test_bad_length_is_a_usage_error() -> None:
    _one_line_error(run("summary", str(SEED), "-n", "lots"), ExitCode.USAGE)


def test_url_when_offline_is_a_clear_error(no_network) -> None:
    line = _one_line_error(run("summary", "https://example.com/article"), ExitCode.NO_INPUT)
    assert "offline" in line


def test_color_always_never_and_no_color(seed_text: str) -> None:
    always = run("analyze", str(SEED), "--color", "always").stdout
    never = run("analyze", str(SEED), "--color", "never").stdout
    auto_piped = run("analyze", str(SEED)).stdout
    no_color = run("analyze", str(SEED), "--color", "auto", env={"NO_COLOR": "1"}).stdout
    assert "\x1b[" in always
    assert "\x1b[" not in never and "\x1b[" not in auto_piped and "\x1b[" not in no_color


# --- in a real process --------------------------------------------------------------


def _unspin(*args: str, stdin=subprocess.DEVNULL, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "summarize", *args],
        stdin=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_python_m_summarize_pipes_like_the_console_script() -> None:
    result = _unspin("summary", str(SEED), "-n", "2")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 2


def test_no_input_and_a_terminal_on_stdin_prints_help() -> None:
    import pty

    leader, follower = pty.openpty()
    try:
        result = _unspin("summary", stdin=follower)
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode == ExitCode.USAGE
    assert "Usage" in result.stderr and result.stdout == ""


def test_broken_pipe_is_quiet() -> None:
    command = f"{sys.executable} -m summarize analyze {SEED} | head -c 10"
    result = subprocess.run(
        command, shell=True, capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert "Traceback" not in result.stderr and "Error" not in result.stderr


def test_cli_never_imports_textual_or_the_tui() -> None:
    code = (
        "import sys; from summarize.cli import app; "
        "from typer.testing import CliRunner; "
        f"CliRunner().invoke(app, ['summary', {str(SEED)!r}]); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_engine_never_imports_textual() -> None:
    code = (
        "import sys, pkgutil, importlib, summarize; "
        "mods = pkgutil.walk_packages(summarize.__path__, 'summarize.'); "
        "[importlib.import_module(m.name) for m in mods]; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_no_code_in_the_engine_imports_textual_or_the_tui() -> None:
    # Not even inside a function: the windows are reached through the "unspin.apps"
    # entry points (summarize.cli.common.run_app), so the engine stays headless.
    found = []
    for path in sorted((ROOT / "summarize").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            found += [
                f"{path.relative_to(ROOT)}:{node.lineno} {name}"
                for name in names
                if name.split(".")[0] in ("textual", "tui")
            ]
    assert found == []


def test_the_windows_are_found_by_name() -> None:
    from importlib.metadata import entry_points

    apps = {point.name: point.value for point in entry_points(group="unspin.apps")}
    assert apps == {
        "read": "tui.launch:read",
        "practice": "tui.launch:practice",
        "compare": "tui.launch:compare",
    }
    assert all(callable(point.load()) for point in entry_points(group="unspin.apps"))


def test_windows_1252_spanish_is_not_mistaken_for_central_european(tmp_path: Path) -> None:
    path = tmp_path / "es.txt"
    path.write_bytes(
        "El niño Peña visitó España el lunes. Dijo que todo iba bien.".encode("cp1252")
    )
    assert run("summary", str(path)).stdout.startswith("El niño Peña visitó España")


def test_cyrillic_code_page_is_still_detected(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes("Привет, мир. Это тестовая статья о политике и экономике.".encode("cp1251"))
    assert run("summary", str(path)).stdout.startswith("Привет, мир.")


def test_explicit_encoding(tmp_path: Path) -> None:
    path = tmp_path / "l1.txt"
    path.write_bytes("Señor Muñoz llegó ayer. Habló con la prensa.".encode("latin-1"))
    assert run("summary", str(path), "--encoding", "latin-1").stdout.startswith("Señor Muñoz")
    _one_line_error(run("summary", str(path), "--encoding", "nope"), ExitCode.USAGE)
    _one_line_error(run("summary", str(path), "--encoding", "utf-8"), ExitCode.BAD_INPUT)


def test_html_fragment_from_a_file_and_from_stdin(tmp_path: Path) -> None:
    path = tmp_path / "frag.html"
    path.write_text("<p>Hello world. The mayor said so.</p>\n", encoding="utf-8")
    expected = "Hello world.\nThe mayor said so.\n"
    assert run("summary", str(path)).stdout == expected
    assert run("summary", "-", input="<p>Hello world. The mayor said so.</p>\n").stdout == expected


def test_stages_say_what_ran() -> None:
    summary = json.loads(run("summary", str(SEED), "-f", "json").stdout)
    full = json.loads(run("analyze", str(SEED), "-f", "json").stdout)
    assert summary["stages"] == ["segment", "summary"]
    assert full["stages"] == ["segment", "summary", "perspective"]


def test_size_limit_message_in_readable_units() -> None:
    line = _one_line_error(run("summary", str(SEED), "--max-bytes", "100"), ExitCode.BAD_INPUT)
    assert "100 bytes" in line and "kB" in line


# ---------------------------------------------------------------- options declared once (issue 10)


def test_read_takes_the_pipes_options_and_checks_them_before_the_app(tmp_path: Path) -> None:
    wrong = run("read", str(SEED), "-a", "nope")
    assert wrong.exit_code == ExitCode.USAGE and "nope" in wrong.stderr  # a real choice
    missing = run("read", str(SEED), "--lexicon", str(tmp_path / "missing.toml"))
    assert missing.exit_code == ExitCode.USAGE and "lexicon file not found" in missing.stderr
    # --encoding is known, and the run gets as far as wanting a terminal.
    latin = run("read", str(SEED), "--encoding", "latin-1", "-a", "lexrank")
    assert latin.exit_code == ExitCode.USAGE and "needs a terminal" in latin.stderr


def test_every_shared_option_is_declared_in_common_only() -> None:
    """The pipe, read and practice commands name common.py's options, never their own."""
    shared = ("--input-format", "--max-bytes", "--timeout", "--encoding", "--lexicon")
    for name in ("pipe.py", "read.py", "practice.py"):
        source = (ROOT / "summarize" / "cli" / name).read_text(encoding="utf-8")
        for option in (*shared, "--algorithm", "--sentences"):
            assert f'"{option}"' not in source, (name, option)


# ---------------------------------------------------------------- the pipe's rough edges (issue 9)

PLAIN = "The meeting was held on Monday in Geneva. Officials said 40 people attended.\n"


@pytest.mark.parametrize("columns", ["60", "80"])
def test_text_follows_columns_and_never_breaks_a_word(seed_text: str, columns: str) -> None:
    result = run("claims", str(SEED), env={"COLUMNS": columns})
    assert result.exit_code == 0, result.stderr
    words = set(seed_text.split()) | set(run("claims", str(SEED), "--width", "0").stdout.split())
    for line in result.stdout.splitlines():
        assert len(line) <= int(columns) or " " not in line.strip(), line
        assert all(word in words for word in line.split()), line  # no word cut in two


def test_width_zero_does_not_wrap_and_a_width_is_followed(seed_text: str) -> None:
    wide = run("claims", str(SEED), "--width", "0").stdout.splitlines()
    assert max(len(line) for line in wide) > 120
    narrow = run("claims", str(SEED), "--width", "40").stdout.splitlines()
    assert all(len(line) <= 40 or " " not in line.strip() for line in narrow)


def test_a_piped_summary_is_one_sentence_a_line_unless_a_width_is_given() -> None:
    piped = run("summary", str(SEED)).stdout.splitlines()
    assert len(piped) == 5
    wrapped = run("summary", str(SEED), "--width", "50").stdout.splitlines()
    assert len(wrapped) > 5 and all(len(line) <= 50 for line in wrapped)
    assert sum(not line.startswith("  ") for line in wrapped) == 5  # continuation hangs


@pytest.mark.parametrize(("command", "said"), [("opinions", "no opinions found")])
def test_an_empty_result_is_said_on_stderr_with_exit_0(command: str, said: str) -> None:
    for fmt in ("text", "markdown"):
        result = run(command, "-", "-f", fmt, input=PLAIN)
        assert result.exit_code == 0
        assert result.stdout == "" and result.stderr == f"unspin: {said}\n"
    assert run(command, "-", "-f", "json", input=PLAIN).stdout.startswith("{")


def test_no_summary_is_said_the_same_way_for_a_count_and_a_percentage() -> None:
    for length in ("0", "0%"):
        result = run("summary", str(SEED), "-n", length)
        assert result.exit_code == 0, result.stderr
        assert result.stdout == "" and result.stderr == "unspin: no summary (-n 0)\n"
    assert run("summary", str(SEED), "-n", "101%").exit_code == ExitCode.USAGE


def test_the_progress_bar_draws_on_a_terminal_only(capsys: pytest.CaptureFixture[str]) -> None:
    from summarize.cli.common import StatusLine

    quiet = StatusLine(delay=0, enabled=False)
    quiet("perspective", 0.5)
    quiet.close()
    assert capsys.readouterr().err == ""
    shown = StatusLine(delay=0, enabled=True)
    shown("perspective", 0.5)
    shown.close()
    err = capsys.readouterr().err
    assert "[##########----------] perspective" in err and err.endswith("\r\x1b[K")


def test_shell_completion_is_offered() -> None:
    # As a user runs it: from a shell (Typer finds the shell among the parent processes),
    # in a fresh process (in-process, it depends on what earlier tests left).
    import subprocess
    import sys

    program = f"{sys.executable} -c 'from summarize.cli import console; console()'"
    command = f"{program} --show-completion; true"  # "; true": bash stays the parent
    shown = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0, shown.stderr
    assert "_completion" in shown.stdout and "complete" in shown.stdout
    assert "--install-completion" in run("--help").stdout


def test_neutral_is_offered_by_summary_only() -> None:
    """--neutral ranks claims for the summary: the other views' help does not offer it,
    and given to them it says whose option it is."""
    assert "--neutral" in run("summary", "--help").stdout
    for view in ("analyze", "claims", "opinions"):
        assert "--neutral" not in run(view, "--help").stdout
    result = run("analyze", "--neutral", "-", input=b"The council met on Monday.")
    assert result.exit_code == ExitCode.USAGE
    assert "belongs to 'unspin summary'" in result.stderr


def test_only_a_long_report_is_frozen_for_the_collector(monkeypatch, tmp_path) -> None:
    """A long text's report is frozen out of the cyclic collector's sight (it lives until
    the process ends); a short one is not, so a process that runs many commands keeps
    nothing frozen for it. The output is the same either way."""
    import gc

    import summarize.cli.pipe as pipe

    article = tmp_path / "a.txt"
    article.write_text("Ten people were hurt. Critics called the plan a disgrace.\n")
    before = gc.get_freeze_count()
    short = runner.invoke(app, ["analyze", str(article), "--format", "json"])
    assert short.exit_code == 0 and gc.get_freeze_count() == before
    monkeypatch.setattr(pipe, "FREEZE_FROM", 1)
    try:
        long = runner.invoke(app, ["analyze", str(article), "--format", "json"])
        assert long.exit_code == 0 and gc.get_freeze_count() > before
    finally:
        gc.unfreeze()
    assert json.loads(long.stdout)["sentences"] == json.loads(short.stdout)["sentences"]
