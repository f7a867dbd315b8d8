"""Attacks from issue 9 that once got through, each reproduced (see docs/SECURITY.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize import practice
from summarize.cli import app
from summarize.pipeline import analyze
from summarize.render import render
from summarize.safe import dumps, for_output, md_inline

runner = CliRunner()

#: Raw in any output, these act on a terminal or reorder what it shows.
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
OSC_TITLE = "\x1b]0;owned\x07"
OSC_CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4=\x07"
HOSTILE = f"{OSC_TITLE}{OSC_CLIPBOARD}\u202e\u2066\x9b31m\x1b[2J"


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def no_raw_controls(output: str) -> None:
    found = sorted({f"U+{ord(c):04X}" for c in RAW.findall(output)})
    assert not found, found


# --- attack 1: escapes from files, names and ids reach the terminal ---------------------------


def _hostile_practice_file(folder: Path) -> Path:
    report = analyze(
        "The minister said taxes rose 5% in May. This awful plan is a disgrace. "
        "Officials met on Monday."
    )
    progress = practice.new_progress(report, student="Ada")
    path = folder / "ada.json"
    practice.save_progress(progress, path)
    data = json.loads(path.read_text("utf-8"))
    data["items"][0]["kind"] = OSC_TITLE
    data["items"][1]["kind"] = OSC_CLIPBOARD
    data["items"][2]["text"] = HOSTILE
    data["article"]["title"] = HOSTILE
    data["student"] = HOSTILE
    path.write_text(json.dumps(data), "utf-8")
    return path


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_practice_results_never_write_a_raw_escape(tmp_path: Path, fmt: str) -> None:
    path = _hostile_practice_file(tmp_path)
    result = run("practice", "--results", str(path), "--format", fmt)
    no_raw_controls(result.stdout)
    no_raw_controls(result.stderr)
    if fmt == "json" and result.exit_code == 0:
        data = json.loads(result.stdout)  # still valid JSON, with the same values
        assert data["article"]["title"] == HOSTILE


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
@pytest.mark.parametrize("command", ["summary", "analyze"])
def test_a_hostile_file_name_never_reaches_any_output_raw(
    tmp_path: Path, fmt: str, command: str
) -> None:
    path = tmp_path / "a\u202e\x9b\x1b]0;x\x07.txt"
    path.write_text("The minister said taxes rose 5% in May. Officials met on Monday.\n", "utf-8")
    result = run(command, str(path), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    no_raw_controls(result.stdout)
    if fmt == "json":
        assert json.loads(result.stdout)["source"]["name"] == str(path)
        assert "\\u202e" in result.stdout and "\\u009b" in result.stdout


def test_json_escapes_bidi_and_c1_but_keeps_the_value() -> None:
    value = {"id": "x\u202ey\u2066z\x9b\x85\x7f", "ok": "naïve “quotes” £"}
    text = dumps(value)
    no_raw_controls(text)
    assert "naïve “quotes” £" in text  # readable UTF-8 stays readable
    assert json.loads(text) == value
    assert for_output(text, "json") == text  # the last pass changes nothing more


def test_colour_survives_the_last_pass_and_nothing_else_does() -> None:
    styled = "\x1b[1;35mword\x1b[0m " + OSC_TITLE
    out = for_output(styled, "text", color=True)
    assert out.startswith("\x1b[1;35mword\x1b[0m ")
    assert "\x07" not in out and "]0;owned" in out
    assert "\x1b" not in for_output(styled, "text")


# --- attack 2: raw HTML and javascript: links in Markdown -------------------------------------

ARTICLE_WITH_HTML = (
    "Officials said <script>alert(3)</script> and <img src=x onerror=alert(1)>.\n\n"
    "The minister wrote [a note](javascript:alert(2)) and <javascript:alert(4)> today.\n\n"
    "Critics said the awful plan was a disgrace, a <b>shameful</b> waste of money.\n"
)


def _as_html(markdown: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").render(markdown)


def _assert_inert(markdown: str) -> None:
    rendered = _as_html(markdown)
    for bad in ("<script", "<img", "<b>", 'href="javascript'):
        assert bad not in rendered, (bad, rendered)
    assert "alert(3)" in rendered  # the text is still there, as text


def test_markdown_output_renders_html_and_links_as_text() -> None:
    result = run("analyze", "-", "--format", "markdown", input=ARTICLE_WITH_HTML)
    assert result.exit_code == 0, result.stderr
    _assert_inert(result.stdout)


def test_markdown_export_of_the_reading_room_is_escaped_too(tmp_path: Path) -> None:
    # tui/screens/export.py writes the pipe renderer's Markdown: the same escaping.
    report = analyze(ARTICLE_WITH_HTML)
    _assert_inert(render(report, view="analyze", fmt="markdown"))


def test_markdown_escaping_is_the_worksheets() -> None:
    assert md_inline("<script>") == "\\<script\\>"
    assert md_inline("[x](javascript:y)") == "\\[x\\](javascript:y)"
    assert md_inline("# not a heading") == "\\# not a heading"
