"""Attacks from issue 9 that once got through, each reproduced (see docs/SECURITY.md)."""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize import practice
from summarize.cli import app
from summarize.pipeline import analyze
from summarize.render import render
from summarize.safe import dumps, for_output, md_inline
from tests.conftest import ROOT, shared_data

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


# --- attacks 3 and 4: URLs: a total deadline, odd addresses, short bodies ---------------------

ENGLISH = (
    "The minister said on Tuesday that taxes would rise by 5% in May. Officials met "
    "the unions on Monday and agreed to talk again next week. Critics called the plan "
    "a disgrace and said it would hurt the poorest families in the country.\n"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        with contextlib.suppress(OSError):  # the client gave up: what a deadline is for
            self._answer()

    def _answer(self) -> None:
        body = ENGLISH.encode()
        if self.path == "/drip":  # a byte every 0.2 s, for minutes
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            for _ in range(100000):
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.2)
        elif self.path.startswith("/hop/"):  # slow redirects, each well inside the timeout
            left = int(self.path.rsplit("/", 1)[1])
            time.sleep(0.7)
            self.send_response(302)
            self.send_header("Location", f"/hop/{left - 1}" if left > 0 else "/drip")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/short":  # announces more than it sends
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body) + 5000))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            self.close_connection = True
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_timeout_is_a_deadline_for_the_whole_download(server: str) -> None:
    started = time.monotonic()
    result = run("summary", f"{server}/drip", "--timeout", "1.5")
    elapsed = time.monotonic() - started
    assert result.exit_code == 3, result.stderr
    assert "within 1.5 s" in result.stderr and len(result.stderr.splitlines()) == 1
    assert elapsed < 15  # the drip alone would take 20,000 s


def test_timeout_covers_redirects(server: str) -> None:
    started = time.monotonic()
    result = run("summary", f"{server}/hop/4", "--timeout", "2")  # each hop 0.7 s
    assert result.exit_code == 3, result.stderr
    assert time.monotonic() - started < 15


def test_a_body_shorter_than_its_content_length_is_reported(server: str) -> None:
    result = run("summary", f"{server}/short", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "incomplete download" in result.stderr
    assert any("incomplete download" in w for w in json.loads(result.stdout)["warnings"])
    assert "incomplete" not in run("summary", f"{server}/ok").stderr


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/a b",
        "http://127.0.0.1:9/a\r\nX-Evil: 1",
        "http://127.0.0.1:9/a\tb",
        "http://[::1",
        "http://127.0.0.1:99999/",
        "http://",
    ],
)
def test_odd_urls_give_one_line_and_a_usage_or_input_code(url: str) -> None:
    result = run("summary", url, "--timeout", "2")
    assert result.exit_code in (2, 3), (result.exit_code, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "unexpected" not in result.stderr


def test_a_non_ascii_path_is_encoded_not_a_crash(server: str) -> None:
    result = run("summary", f"{server}/caf\u00e9/\u65b0\u805e?q=\u00fc")
    assert result.exit_code == 0, result.stderr
    assert "taxes" in result.stdout


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e300", "0"])
def test_absurd_timeouts_are_usage_errors(value: str) -> None:
    result = run("summary", "http://127.0.0.1:9/", "--timeout", value)
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert "unexpected" not in result.stderr


# --- attack 12: a FIFO or a device is refused, stdin is not -----------------------------------


def _unspin(*args: str, stdin: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarize", *args],
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,  # a hang fails the test instead of hanging the suite
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = _unspin("summary", str(fifo))
    assert result.returncode == 3, result.stderr
    assert "not a regular file (a FIFO)" in result.stderr


def test_devices_are_refused_but_dev_stdin_is_read(tmp_path: Path) -> None:
    assert run("summary", "/dev/zero").exit_code == 3
    article = tmp_path / "a.txt"
    article.write_text(ENGLISH, "utf-8")
    with article.open("rb") as handle:
        result = _unspin("summary", "/dev/stdin", stdin=handle.fileno())
    assert result.returncode == 0, result.stderr
    assert "taxes" in result.stdout


# --- attack 13: a bad byte in UTF-8 text -------------------------------------------------------


def test_one_bad_byte_keeps_utf8_and_warns(tmp_path: Path) -> None:
    text = "“Taxes will rise,” the minister said. " * 5 + ENGLISH
    data = text.encode("utf-8")
    data = data[:40] + b"\xff" + data[40:]
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    result = run("analyze", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["source"]["encoding"] == "utf-8"
    assert "“Taxes will rise,”" in report["sentences"][0]["text"]
    assert any("not valid UTF-8" in w and "byte 40" in w for w in report["warnings"])
    assert "not valid UTF-8" in result.stderr


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_one_bad_byte_keeps_utf8_in_a_text_with_few_non_ascii_characters(
    bom: bytes,
) -> None:
    """Three dashes and one stray byte: still UTF-8 (read as Windows-1252, every dash
    would turn into "â€”"), and a byte-order mark before the damage is no text."""
    from summarize.ingest import from_bytes

    text = "Floods hit the north \u2014 again. " * 3 + "The council met on Monday."
    data = text.encode("utf-8")
    cut = data.index(b"The council")
    document = from_bytes(bom + data[:cut] + b"\x81" + data[cut:])
    assert document.encoding == "utf-8"
    assert document.text.startswith("Floods hit the north \u2014 again.")
    assert "\ufffd" in document.text and "â€" not in document.text
    assert any("not valid UTF-8" in w for w in document.warnings)


def test_latin1_text_is_still_read_as_latin1() -> None:
    from summarize.ingest import from_bytes

    document = from_bytes("Le café était fermé à Noël.".encode("cp1252"))
    assert document.text == "Le café était fermé à Noël." and not document.warnings


# --- rough edge: text that is not English ------------------------------------------------------

FOREIGN = {
    "fr": (
        "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui doit être "
        "présentée au Parlement avant la fin de l'année. Selon le ministre, cette mesure "
        "permettra de réduire le déficit de plusieurs milliards d'euros. Les syndicats ont "
        "immédiatement appelé à une grève nationale pour protester contre ce projet."
    ),
    "de": (
        "Die Bundesregierung hat am Dienstag ein neues Gesetz zur Förderung erneuerbarer "
        "Energien beschlossen. Nach Angaben des Ministeriums sollen bis zum Jahr 2030 "
        "mindestens achtzig Prozent des Stroms aus Wind und Sonne stammen. Kritiker bemängeln, "
        "dass die Finanzierung noch nicht geklärt sei."
    ),
    "es": (
        "El Gobierno anunció el martes un nuevo plan para reducir el desempleo juvenil, que "
        "afecta a casi un tercio de los menores de veinticinco años. Según el ministro de "
        "Trabajo, las medidas incluyen ayudas a las empresas que contraten a jóvenes sin "
        "experiencia. Los sindicatos consideran que el plan es insuficiente."
    ),
    "it": (
        "Il governo ha approvato martedì una riforma della giustizia che ridurrà la durata dei "
        "processi civili. Secondo il ministro, le nuove norme permetteranno di dimezzare i "
        "tempi entro cinque anni. L'opposizione ha criticato il provvedimento, sostenendo che "
        "non affronta i problemi strutturali del sistema."
    ),
    "nl": (
        "De regering heeft dinsdag een nieuw plan gepresenteerd om de woningnood aan te pakken. "
        "Volgens de minister moeten er de komende tien jaar een miljoen nieuwe woningen worden "
        "gebouwd. Gemeenten zeggen dat ze daarvoor meer geld en personeel nodig hebben. De "
        "oppositie noemt het plan onrealistisch."
    ),
    "pt": (
        "O governo anunciou na terça-feira um novo pacote de medidas para conter a inflação, "
        "que atingiu o nível mais alto dos últimos vinte anos. Segundo o ministro da Economia, "
        "os impostos sobre os combustíveis serão reduzidos temporariamente. Os economistas "
        "duvidam que as medidas sejam suficientes."
    ),
}


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_text_that_is_not_english_is_warned_about(language: str) -> None:
    result = run("summary", "-", "--format", "json", input=FOREIGN[language])
    assert result.exit_code == 0
    assert "does not look like English" in result.stderr
    assert any("does not look like English" in w for w in json.loads(result.stdout)["warnings"])


def test_english_is_not_warned_about(seed_text: str) -> None:
    assert "English" not in run("summary", "-", input=seed_text).stderr
    assert "English" not in run("summary", "-", input=ENGLISH * 3).stderr


@pytest.mark.shared_data
def test_no_bbc_article_is_taken_for_another_language() -> None:
    from summarize.text.language import non_english_warning

    path = shared_data("bbc", "bbc_news_summary.jsonl")
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    flagged = [
        r["id"] for r in records if non_english_warning(r["title"] + "\n\n" + r["article"], "x")
    ]
    assert flagged == []


# --- rough edge: the README's set-up ------------------------------------------------------------


def test_readme_setup_is_two_commands_and_the_first_prints_a_short_summary() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.DOTALL)
    assert block is not None
    commands = block.group(1).strip().splitlines()
    assert len(commands) == 2
    steps = commands[0].split(" && ")
    assert steps[0] == "python3 -m venv .venv" and "pip install" in steps[1]
    program = f"{sys.executable} -m summarize"
    shell = " && ".join(steps[2:]).replace(".venv/bin/unspin", program, 1)
    result = subprocess.run(
        ["bash", "-c", shell],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 6  # five sentences and where to go next
    assert "unspin analyze" in lines[-1]
    assert ". .venv/bin/activate" in readme and "`.venv/bin/unspin ...`" in readme


# --- attack 20: a book-length report is streamed, not built whole -----------------------------


def test_streamed_json_is_the_compact_json_character_for_character(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarize import render as render_module

    report = analyze(seed_text + "\n\nThe \u202e end, said Ann.\n")
    report.warnings.append("a warning with \x9b in it")
    monkeypatch.setattr(render_module, "CHUNK_CHARS", 500)  # many chunks
    chunks = list(render_module.json_chunks(report))
    assert len(chunks) > 3
    assert "".join(chunks) == render_module.to_json(report, indent=False)
    assert json.loads("".join(chunks)) == report.to_dict()
    assert json.loads("".join(chunks)) == json.loads(render_module.to_json(report))
    assert "\\u202e" in "".join(chunks) and "\\u009b" in "".join(chunks)  # escaped, not raw


def test_compact_json_takes_what_orjson_refuses(seed_text: str) -> None:
    """A lone surrogate (undecodable input kept as is) and a number past 64 bits: orjson
    refuses both, and the sentence goes the ``json`` way with the same values."""
    from summarize import render as render_module

    report = analyze(seed_text)
    report.sentences[1].text = "broken \udc80 bytes"
    report.source.chars = 1 << 70
    chunks = "".join(render_module.json_chunks(report))
    assert '"broken \udc80 bytes"' in chunks
    assert json.loads(chunks) == report.to_dict()


def test_the_command_line_streams_long_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarize import render as render_module

    monkeypatch.setattr(render_module, "COMPACT_ABOVE", 3)
    monkeypatch.setattr(render_module, "CHUNK_CHARS", 100)
    built = []
    real = render_module.to_json
    monkeypatch.setattr(render_module, "to_json", lambda *a, **k: built.append(1) or real(*a, **k))
    result = run("analyze", "-", "--format", "json", input=ENGLISH * 3)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["counts"]["sentences"] == 9
    assert built == []  # never the whole JSON string at once


def test_a_markdown_table_is_one_paragraph_per_row_not_one_giant_sentence() -> None:
    from summarize.ingest import from_text

    rows = "\n".join(f"| 2024-01-{i % 28 + 1:02d} | London | {i}.5 | rain |" for i in range(300))
    document = from_text(
        f"# Weather\n\n| date | city | reading | weather |\n|---|---|---:|---|\n{rows}\n",
        input_format="markdown",
    )
    paragraphs = document.text.strip().split("\n\n")
    assert paragraphs[:3] == [
        "Weather",
        "date | city | reading | weather",
        "2024-01-01 | London | 0.5 | rain",
    ]
    assert len(paragraphs) == 302
    assert "---" not in document.text
