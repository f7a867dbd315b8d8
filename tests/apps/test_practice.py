"""Practice mode without the TUI: the exercise, scoring, the saved file, class results,
the worksheet and its answer key, and the two commands (``practice``, ``worksheet``).

Exact assertions use a report made by hand (``practice_report``), so they hold
whatever the engine finds; tests on the seed article derive what they expect
from the engine's own report, since its kinds and cues are still being tuned.
"""

from __future__ import annotations

import html.parser
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize import practice
from summarize.errors import ExitCode, UnspinError
from summarize.practice import (
    Exercise,
    Progress,
    ProgressFile,
    backup_path,
    class_results,
    items,
    key_path,
    load_progress,
    loaded_cues,
    locked,
    new_progress,
    progress_path,
    render_results,
    save_progress,
    word_spans,
)
from summarize.report import Claim, Cue, Edit, Opinion, Report, Sentence, Source
from tests.conftest import ROOT, SEED

# ---------------------------------------------------------------- a report made by hand

ARTICLE = [
    ("Talks Open in Geneva", "title"),
    ("On Monday, the Biden regime sent delegates to Geneva.", "claim"),
    ("This approach is clearly unacceptable.", "opinion"),
    ("Blinken falsely accused Moscow of harsh rhetoric.", "mixed"),
    ("“We will never give in,” the minister said.", "claim"),
    ("— Reuters", "other"),
]


def _cue(sentence: Sentence, word: str, kind: str, weight: float, quoted: bool = False) -> Cue:
    at = sentence.text.index(word)
    return Cue(
        sentence.start + at,
        sentence.start + at + len(word),
        word,
        kind,
        f"‘{word}’ is a {kind.replace('_', ' ')}.",
        weight,
        quoted,
    )


def plain_report(texts: list[tuple[str, str]]) -> Report:
    """Sentences with the given kinds, and nothing else."""
    sentences, position = [], 0
    for index, (body, kind) in enumerate(texts):
        sentences.append(Sentence(index, position, position + len(body), body, index, kind=kind))
        position += len(body) + 2
    return Report(
        source=Source(name="plain.txt", chars=position, sha256="ef" * 32),
        sentences=sentences,
    )


def practice_report() -> Report:
    """Six sentences with hand-made kinds, cues, claims and opinions."""
    base = plain_report(ARTICLE)
    s = sentences = base.sentences
    position = base.source.chars
    s[1].confidence, s[2].confidence, s[3].confidence, s[4].confidence = 0.82, 0.71, 0.55, 0.9
    s[1].cues = [
        _cue(s[1], "On Monday", "time_reference", -0.3),
        _cue(s[1], "regime", "loaded_label", 0.56),
    ]
    s[1].reasons = ["a reported event: a day, a place", "loaded label ‘regime’"]
    s[2].cues = [
        _cue(s[2], "clearly", "certainty", 0.27),
        _cue(s[2], "unacceptable", "evaluative", 0.95),
    ]
    s[2].reasons = ["evaluative ‘unacceptable’ (towards opinion)"]
    s[3].cues = [
        _cue(s[3], "falsely", "truth_verdict", 0.22),
        _cue(s[3], "accused", "attribution", -0.23),
        _cue(s[3], "harsh", "evaluative", 0.9),
    ]
    s[3].reasons = ["‘falsely’ is the author's own truth verdict", "it reports what Blinken said"]
    s[4].cues = [_cue(s[4], "never", "absolute", 0.4, quoted=True)]
    s[4].reasons = ["the whole sentence is a quotation"]
    s[4].speaker = "the minister"
    regime = s[1].cues[1]
    falsely = s[3].cues[0]
    report = Report(
        source=Source(
            name="handmade.txt", chars=position, sha256="ab" * 32, title="Talks Open in Geneva"
        ),
        sentences=sentences,
        claims=[
            Claim(
                1,
                "On Monday, the Biden administration sent delegates to Geneva.",
                edits=[
                    Edit(regime.start, regime.end, "regime", "administration", "‘regime’ is loaded")
                ],
            ),
            Claim(
                3,
                "Blinken accused Moscow of harsh rhetoric.",
                "Blinken",
                [Edit(falsely.start, falsely.end + 1, "falsely ", "", "the author's verdict")],
            ),
            Claim(4, s[4].text, "the minister"),
        ],
        opinions=[Opinion(2, s[2].text, list(s[2].cues)), Opinion(3, s[3].text, [s[3].cues[2]])],
        generator={"name": "unspin", "version": "test"},
    )
    return report


def word_at(sentence: Sentence, word: str) -> tuple[int, int]:
    at = sentence.start + sentence.text.index(word)
    return at, at + len(word)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(practice.DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture(scope="module")
def seed_analysis() -> Report:
    from summarize.pipeline import analyze

    return analyze(SEED.read_text(encoding="utf-8"), name="seeds/000_508ca77f2a9567b4.txt")


# ---------------------------------------------------------------- the exercise


def test_items_are_claims_opinions_and_mixed_never_titles() -> None:
    report = practice_report()
    assert [s.id for s in items(report)] == [1, 2, 3, 4]


def test_words_are_whole_words_with_their_offsets() -> None:
    sentence = Sentence(0, 10, 40, "US-dominated NATO doesn’t (sic) yield.", 0)
    found = [sentence.text[a - 10 : b - 10] for a, b in word_spans(sentence)]
    assert found == ["US-dominated", "NATO", "doesn’t", "sic", "yield"]


def test_loaded_cues_are_the_authors_own_and_lean_to_opinion() -> None:
    report = practice_report()
    assert [c.text for c in loaded_cues(report, 1)] == ["regime"]  # not "On Monday" (-0.3)
    assert [c.text for c in loaded_cues(report, 3)] == ["falsely", "harsh"]  # not "accused"
    assert loaded_cues(report, 4) == []  # "never" is inside a quotation


def test_an_exercise_scores_agreement_found_words_and_overlooked_types(tmp_path: Path) -> None:
    report = practice_report()
    path = tmp_path / "p.json"
    exercise = Exercise(report, store=path)
    s = report.sentences
    assert exercise.current.id == 1
    assert exercise.toggle_mark(*word_at(s[1], "regime")) is True
    assert exercise.choose("claim")  # agrees
    exercise.go(1)
    exercise.toggle_mark(*word_at(s[2], "approach"))  # no cue there
    assert exercise.choose("mixed")  # unspin: opinion
    exercise.go(2)
    exercise.toggle_mark(*word_at(s[3], "harsh"))
    assert exercise.choose("opinion")  # unspin: mixed
    assert exercise.set_disagree(3, True)
    result = exercise.score()
    assert (result.items, result.answered, result.agreed) == (4, 3, 1)
    assert result.unanswered == [4]
    assert result.confusion["opinion"] == {"claim": 0, "opinion": 0, "mixed": 1}
    assert result.confusion["mixed"]["opinion"] == 1
    # loaded words: regime (found) + clearly, unacceptable (missed) + falsely (missed), harsh
    assert (result.cues_found, result.cues_total) == (2, 5)
    assert result.extra == [("approach", 2)]
    assert [(m.sentence_id, m.student, m.unspin, m.disagree) for m in result.missed] == [
        (2, "mixed", "opinion", False),
        (3, "opinion", "mixed", True),
    ]
    assert result.disagree == [3]
    overlooked = {o.type: (o.missed, o.total, o.examples) for o in result.overlooked}
    assert overlooked == {
        "certainty": (1, 1, [("clearly", 2)]),
        "evaluative": (1, 2, [("unacceptable", 2)]),
        "truth_verdict": (1, 1, [("falsely", 3)]),
    }
    assert result.overlooked[0].type == "certainty"  # ties by name; most missed first


def test_answers_are_locked_once_revealed_and_free_until_then() -> None:
    report = practice_report()
    each = Exercise(report)
    assert each.choose("opinion")
    assert each.choose("claim") is False  # revealed at once: locked
    assert each.toggle_mark(*word_spans(report.sentences[1])[0]) is None
    assert each.kind_of(1) == "opinion"

    end = Exercise(report, reveal="end")
    assert end.choose("opinion") and not end.is_revealed(1)
    assert end.set_disagree(1, True) is False  # nothing to disagree with yet
    assert end.choose("claim") and end.kind_of(1) == "claim"  # may change until the end
    end.finish()
    assert end.is_revealed(1) and end.finished


def test_marks_toggle_and_keep_the_words() -> None:
    report = practice_report()
    exercise = Exercise(report)
    regime = word_at(report.sentences[1], "regime")
    exercise.toggle_mark(*regime)
    exercise.toggle_mark(*word_at(report.sentences[1], "Monday"))
    assert [m.text for m in exercise.answer(1).marks] == ["Monday", "regime"]
    assert exercise.toggle_mark(*regime) is False
    assert [m.text for m in exercise.answer(1).marks] == ["Monday"]


def test_first_unanswered_wraps_round() -> None:
    exercise = Exercise(practice_report())
    exercise.go(2)
    exercise.choose("mixed")
    assert exercise.first_unanswered(3) == 3
    exercise.go(3)
    exercise.choose("claim")
    assert exercise.first_unanswered(4) == 0
    assert exercise.number(3) == 3 and exercise.number(0) == 0


# ---------------------------------------------------------------- the saved file


def test_every_change_is_saved_at_once_as_plain_json(tmp_path: Path) -> None:
    report = practice_report()
    path = tmp_path / "deep" / "er" / "p.json"
    exercise = Exercise(report, store=path, student="Ada")
    exercise.toggle_mark(*word_at(report.sentences[1], "regime"))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["schema"] == "unspin.practice/1"
    assert saved["answers"] == [
        {
            "sentence_id": 1,
            "kind": None,
            "marks": [{"start": 43, "end": 49, "text": "regime"}],
            "revealed": False,
            "disagree": False,
            "unspin_kind": None,
            "confidence": None,
            "answered": None,
        }
    ]
    exercise.choose("claim")
    saved = json.loads(path.read_text(encoding="utf-8"))
    answer = saved["answers"][0]
    assert (answer["kind"], answer["unspin_kind"], answer["revealed"]) == ("claim", "claim", True)
    assert answer["confidence"] == 0.82 and answer["answered"].endswith("Z")
    assert saved["article"] == {
        "sha256": "ab" * 32,
        "name": "handmade.txt",
        "title": "Talks Open in Geneva",
    }
    assert saved["student"] == "Ada" and saved["reveal"] == "each" and saved["finished"] is None
    assert [i["number"] for i in saved["items"]] == [1, 2, 3, 4]
    assert saved["items"][1] == {
        "number": 2,
        "sentence_id": 2,
        "text": "This approach is clearly unacceptable.",
        "kind": "opinion",
        "confidence": 0.71,
    }
    assert [p.name for p in path.parent.iterdir()] == ["p.json"]  # no temporary left behind


def test_saved_progress_resumes_where_it_stopped(tmp_path: Path) -> None:
    report = practice_report()
    path = tmp_path / "p.json"
    first = Exercise(report, store=path)
    first.choose("claim")
    first.go(1)
    first.toggle_mark(*word_at(report.sentences[2], "clearly"))
    again = Exercise(report, load_progress(path), path)
    assert again.resumed and again.position == 1 and again.current.id == 2
    assert again.kind_of(1) == "claim" and [m.text for m in again.answer(2).marks] == ["clearly"]
    assert again.progress.to_dict() == first.progress.to_dict()


def test_a_failed_save_keeps_the_previous_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = practice_report()
    path = tmp_path / "p.json"
    exercise = Exercise(report, store=path)
    exercise.choose("claim")
    exercise.go(1)
    before = path.read_text(encoding="utf-8")

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        exercise.choose("opinion")
    assert exercise.unsaved  # remembered: the app asks before quitting
    assert path.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.json"]


def test_progress_path_is_keyed_by_sha256_in_the_data_folder(data_dir: Path) -> None:
    assert progress_path("f" * 64, data=data_dir) == data_dir / "practice" / f"{'f' * 64}.json"
    assert progress_path("f" * 64, "Zoë O'Neil").name == f"{'f' * 64}-zo-o-neil.json"


def test_data_folder_defaults_to_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_data_dir

    monkeypatch.delenv(practice.DATA_DIR_ENV, raising=False)
    assert practice.data_dir() == Path(user_data_dir("unspin", appauthor=False))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "broken JSON at line 1"),
        ('{"schema": "unspin.report/1"}', "not an unspin practice file"),
        ('{"schema": "unspin.practice/1"}', "not a practice file"),
    ],
)
def test_an_unusable_progress_file_is_one_clear_error(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "p.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UnspinError) as caught:
        load_progress(path)
    assert caught.value.code == ExitCode.BAD_INPUT and message in str(caught.value)
    with pytest.raises(UnspinError) as missing:
        load_progress(tmp_path / "nope.json")
    assert missing.value.code == ExitCode.NO_INPUT


def test_progress_of_another_article_is_refused() -> None:
    progress = practice.new_progress(practice_report())
    progress.sha256 = "cd" * 32
    with pytest.raises(ValueError, match="another article"):
        Exercise(practice_report(), progress)


# ---------------------------------------------------------------- a class's results


def _student(report: Report, name: str, kinds: dict[int, str], disagree: set[int]) -> Progress:
    exercise = Exercise(report, student=name)
    for index, sentence in enumerate(exercise.items):
        if sentence.id in kinds:
            exercise.go(index)
            exercise.choose(kinds[sentence.id])
            if sentence.id in disagree:
                exercise.set_disagree(sentence.id, True)
    return exercise.progress


def test_class_results_count_each_kind_per_sentence() -> None:
    report = practice_report()
    students = [
        _student(report, "Ada", {1: "claim", 2: "opinion", 3: "claim", 4: "claim"}, {3}),
        _student(report, "Ben", {1: "claim", 2: "mixed", 3: "claim"}, set()),
        _student(report, "", {1: "opinion", 2: "opinion", 3: "mixed", 4: "claim"}, set()),
    ]
    results = class_results(students, labels=["a", "b", "cara"])
    assert results.students == ["Ada", "Ben", "cara"]
    rows = {r.sentence_id: r for r in results.rows}
    assert rows[1].chose == {"claim": 2, "opinion": 1, "mixed": 0} and rows[1].unspin == "claim"
    assert rows[3].chose == {"claim": 2, "opinion": 0, "mixed": 1} and rows[3].disagree == 1
    assert rows[4].unanswered == 1 and rows[4].agreed == 2
    assert [r.sentence_id for r in results.hardest()] == [3, 1, 2]

    table = render_results(results, "text", width=100)
    lines = table.splitlines()
    assert lines[0] == "Talks Open in Geneva: 3 students"
    roll = "Students: Ada (4 of 4 answered), Ben (3 of 4 answered), cara (4 of 4 answered)"
    assert lines[1] == roll
    assert lines[3].split()[:8] == [
        "no.",
        "unspin",
        "claim",
        "opinion",
        "mixed",
        "blank",
        "agree",
        "still",
    ]
    assert lines[6].split()[:8] == ["3", "mixed", "2", "0", "1", "0", "1/3", "1"]
    assert "Blinken falsely accused Moscow" in lines[6]
    markdown = render_results(results, "markdown")
    assert "| 3 | mixed | 2 | 0 | 1 | 0 | 1/3 | 1 | Blinken falsely" in markdown
    data = json.loads(render_results(results, "json"))
    assert data["sentences"][0]["chose"] == {"claim": 2, "opinion": 1, "mixed": 0}


def test_class_results_refuse_files_of_different_articles() -> None:
    one = practice.new_progress(practice_report())
    other = practice.new_progress(practice_report())
    other.sha256 = "cd" * 32
    with pytest.raises(UnspinError, match="2 different articles"):
        class_results([one, other])


# ---------------------------------------------------------------- worksheets


def test_worksheet_numbers_the_items_with_boxes_and_gives_no_answers() -> None:
    report = practice_report()
    sheet = practice.worksheet_markdown(report)
    assert sheet.startswith("# Worksheet: Talks Open in Geneva\n")
    assert "**1.** On Monday, the Biden regime sent delegates to Geneva." in sheet
    assert "**4.** “We will never give in,” the minister said." in sheet
    assert "**5.**" not in sheet
    assert sheet.count("☐ claim    ☐ opinion    ☐ mixed") == 4
    assert "*— Reuters*" in sheet  # context, not a question
    assert "Talks Open in Geneva" not in sheet.split("---", 1)[1]  # the title is no item
    for kind in ("claim", "opinion", "mixed"):
        assert f"- **{kind}**: {practice.KIND_HELP[kind]}" in sheet
    for secret in ("administration", "loaded label:", "confidence", "evaluative", "Neutral"):
        assert secret not in sheet


def test_answer_key_gives_kinds_cues_and_restatements() -> None:
    key = practice.answer_key_markdown(practice_report())
    assert key.startswith("# Answer key: Talks Open in Geneva\n")
    assert "**1. claim** (confidence 0.82) · sentence #1" in key
    assert "**3. mixed** (confidence 0.55) · sentence #3" in key
    assert "  - “regime”, loaded label: ‘regime’ is a loaded label." in key
    assert "- Neutral restatement: On Monday, the Biden administration sent delegates" in key
    assert "  - “regime” → “administration”: ‘regime’ is loaded" in key
    assert "  - removed “falsely”: the author's verdict" in key
    assert "- In quoted speech (the speaker's words): “never” (absolute)" in key
    assert "- Signs of a report: “On Monday” (time reference)" in key
    assert "  - no change needed: the sentence is already neutral" in key
    assert "Reuters" not in key
    assert "can be wrong" in key


def test_worksheet_html_is_a_whole_printable_page() -> None:
    report = practice_report()
    page = practice.worksheet_html(report)
    key = practice.answer_key_html(report)

    class Checker(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.stack: list[str] = []
            self.boxes = 0
            self.tags: set[str] = set()

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.tags.add(tag)
            if ("class", "box") in attrs:
                self.boxes += 1
            if tag not in ("meta", "hr", "br", "!doctype"):
                self.stack.append(tag)

        def handle_endtag(self, tag: str) -> None:
            assert self.stack and self.stack.pop() == tag, (tag, self.stack)

    checker = Checker()
    checker.feed(page)
    assert checker.stack == [] and checker.boxes == 12  # 4 items, 3 boxes each
    assert "script" not in checker.tags and "http" not in page
    assert "@media print" in page
    checker = Checker()
    checker.feed(key)
    assert checker.stack == []
    assert "Neutral restatement: On Monday, the Biden administration" in key


HOSTILE_ARTICLE = [
    ("<script>alert(1)</script> [link](javascript:x) **bold**", "claim"),
    ("- not a list & &amp; | pipe | _under_ # hash", "opinion"),
    ("12. not a number \x1b[31m red", "mixed"),
]


def test_untrusted_text_stays_literal_in_markdown_and_html() -> None:
    report = plain_report(HOSTILE_ARTICLE)
    sheet = practice.worksheet_markdown(report)
    assert r"\<script\>alert(1)\</script\> \[link\](javascript:x) \*\*bold\*\*" in sheet
    assert r"\- not a list & \&amp; \| pipe \| \_under\_ \# hash" in sheet
    assert r"12\. not a number \\x1b\[31m red" in sheet  # renders as \x1b[31m
    assert "\x1b" not in sheet
    page = practice.worksheet_html(report)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\x1b" not in page and "&amp;amp;" in page


def test_key_path_sits_beside_the_worksheet() -> None:
    assert key_path(Path("out/worksheet.md")) == Path("out/worksheet.key.md")
    assert key_path(Path("w.html")) == Path("w.key.html")
    assert key_path(Path("sheet")) == Path("sheet.key")


def test_seed_worksheet_and_key_follow_the_report(seed_analysis: Report) -> None:
    report = seed_analysis
    questions = items(report)
    assert questions, "the seed article has sentences to label"
    sheet = practice.worksheet_markdown(report)
    key = practice.answer_key_markdown(report)
    assert sheet.count("☐ claim    ☐ opinion    ☐ mixed") == len(questions)
    assert f"**{len(questions)}.** " in sheet and f"**{len(questions) + 1}.** " not in sheet
    title = report.sentences[0]
    assert title.kind == "title"
    assert sheet.startswith(f"# Worksheet: {title.text}\n")
    assert sheet.count(title.text) == 1  # the heading only: the title is not an item
    for number, sentence in enumerate(questions, start=1):
        assert f"**{number}. {sentence.kind}**" in key
        for claim in practice.claims_of(report, sentence.id):
            assert f"- Neutral restatement: {practice.md_inline(claim.text)}" in key
        for cue in loaded_cues(report, sentence.id):
            assert f"“{practice.md_inline(cue.text)}”, {cue.type.replace('_', ' ')}" in key
    html_sheet = practice.worksheet_html(report)
    assert html_sheet.count('<span class="box"></span>claim') == len(questions)


# ---------------------------------------------------------------- the commands


def run(*args: str, stdin: str | None = None):
    from summarize.cli import app

    return CliRunner().invoke(app, list(args), input=stdin)


def test_worksheet_writes_sheet_and_key_and_never_overwrites(tmp_path: Path) -> None:
    out = tmp_path / "worksheet.md"
    result = run("worksheet", str(SEED), "-o", str(out))
    assert result.exit_code == 0, result.output
    key = tmp_path / "worksheet.key.md"
    assert out.read_text(encoding="utf-8").startswith("# Worksheet: ")
    assert key.read_text(encoding="utf-8").startswith("# Answer key: ")
    assert result.stdout == ""
    mask = os.umask(0o022)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask  # for sharing, not private
    out.write_text("the teacher's own notes", encoding="utf-8")
    again = run("worksheet", str(SEED), "-o", str(out))
    assert again.exit_code == ExitCode.USAGE
    assert again.stderr.strip() == f"unspin: {out} already exists; add --force to replace it"
    assert out.read_text(encoding="utf-8") == "the teacher's own notes"
    out.unlink()
    only_key = run("worksheet", str(SEED), "-o", str(out))  # the key is still there
    assert only_key.exit_code == ExitCode.USAGE and "worksheet.key.md already exists" in (
        only_key.stderr
    )
    assert not out.exists()
    forced = run("worksheet", str(SEED), "-o", str(out), "--force")
    assert forced.exit_code == 0 and out.read_text(encoding="utf-8").startswith("# Worksheet")


def test_worksheet_html_by_option_or_suffix(tmp_path: Path) -> None:
    assert run("worksheet", str(SEED), "-o", str(tmp_path / "w.html")).exit_code == 0
    assert (tmp_path / "w.key.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    result = run("worksheet", str(SEED), "--format", "html", "-o", str(tmp_path / "sheet.txt"))
    assert result.exit_code == 0
    assert (tmp_path / "sheet.key.txt").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_worksheet_to_stdout_and_the_key_with_key() -> None:
    text = SEED.read_text(encoding="utf-8")
    sheet = run("worksheet", "-", stdin=text)
    key = run("worksheet", "-", "--key", stdin=text)
    assert sheet.exit_code == 0 and sheet.stdout.startswith("# Worksheet: ")
    assert key.exit_code == 0 and key.stdout.startswith("# Answer key: ")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["worksheet", "missing.txt", "-o", "{tmp}/w.md"],
            ExitCode.NO_INPUT,
            "missing.txt: no such",
        ),
        (["worksheet", str(SEED), "-o", "{tmp}/no/w.md"], ExitCode.USAGE, "does not exist"),
        (["worksheet", str(SEED), "-o", "{tmp}"], ExitCode.USAGE, "is a folder"),
        (["worksheet", str(SEED), "-o", "{tmp}/w.md", "--key"], ExitCode.USAGE, "--key prints"),
        (["worksheet", str(SEED), "-f", "pdf"], ExitCode.USAGE, ""),
        (["practice", "missing.txt"], ExitCode.NO_INPUT, "missing.txt: no such"),
        (["practice", "a.txt", "b.txt"], ExitCode.USAGE, "add --results"),
        (["practice", "--results"], ExitCode.USAGE, "needs the students' practice files"),
        (["practice", "--results", "{tmp}/nope.json"], ExitCode.NO_INPUT, "no such file"),
        (["practice", str(SEED)], ExitCode.USAGE, "needs a terminal on stdout"),
    ],
)
def test_command_errors_are_one_line_with_their_exit_code(
    tmp_path: Path, data_dir: Path, args: list[str], code: int, message: str
) -> None:
    result = run(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == code, result.output
    if message:
        lines = result.stderr.strip().splitlines()
        assert lines[-1].startswith("unspin: ") or code == ExitCode.USAGE
        assert message in result.stderr
    if args[0] == "worksheet":
        assert not list(tmp_path.glob("*.md"))


def test_practice_refuses_a_broken_progress_file_before_the_app(data_dir: Path) -> None:
    from summarize.ingest import from_text

    sha = from_text(SEED.read_text(encoding="utf-8")).sha256
    path = progress_path(sha, data=data_dir)
    path.parent.mkdir(parents=True)
    path.write_text('{"schema": "unspin.practice/1", "article": ', encoding="utf-8")
    result = run("practice", str(SEED))
    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.stderr == f"unspin: {path}: not a practice file (broken JSON at line 1)\n"
    before = path.read_text(encoding="utf-8")
    restarted = run("practice", str(SEED), "--restart")
    assert restarted.exit_code == ExitCode.USAGE  # got as far as wanting a terminal
    # The app never started: nothing was moved (issue 9, attack 16).
    assert path.read_text(encoding="utf-8") == before
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.startswith(".")) == [
        path.name
    ]


def test_restart_keeps_numbered_backups_made_at_the_first_save(tmp_path: Path) -> None:
    report = practice_report()
    path = tmp_path / "p.json"
    olds = []
    for student in ("first", "second", "third"):
        olds.append(new_progress(report, student=student))
        if student == "first":
            save_progress(olds[0], path)
            continue
        store = ProgressFile(path, backup_first=True)
        exercise = Exercise(report, store=store, student=student)
        assert load_progress(path).student == olds[-2].student  # nothing moved yet
        exercise.choose("claim")
        assert store.backup is not None and load_progress(store.backup).student == olds[-2].student
        assert load_progress(path).student == student
    assert load_progress(tmp_path / "p.json.bak").student == "first"
    assert load_progress(tmp_path / "p.json.bak.2").student == "second"
    assert backup_path(path) == tmp_path / "p.json.bak.3"


def test_a_second_session_on_the_same_progress_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    with locked(path):
        result = run("practice", str(SEED), "--progress", str(path))
        assert result.exit_code == ExitCode.USAGE
        assert "is open in another practice session" in result.stderr
    with locked(path):  # released: a new session may take it
        pass


def test_a_failed_save_is_rescued_elsewhere_and_never_called_saved(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from summarize.cli.practice import _after_session
    from summarize.practice import store as store_module

    path = tmp_path / "class" / "p.json"
    store = ProgressFile(path, data=data_dir)
    exercise = Exercise(practice_report(), store=store)
    exercise.choose("claim")
    real = store_module.save_progress

    def read_only(progress: Progress, target: Path) -> None:
        if target.parent == path.parent:
            raise PermissionError(13, "Permission denied")
        real(progress, target)

    exercise.go(1)
    monkeypatch.setattr(store_module, "save_progress", read_only)
    with pytest.raises(OSError):
        exercise.choose("opinion")
    assert exercise.unsaved
    rescued = exercise.rescue()
    assert rescued == data_dir / "practice" / "p.json"
    assert load_progress(rescued).answers[2].kind == "opinion"
    assert _after_session(store, 0) == 0
    said = capsys.readouterr().err
    assert "progress saved" not in said
    assert f"could not save in {path} (Permission denied); your progress is in {rescued}" in said
    store.rescued_to = None
    assert _after_session(store, 0) == ExitCode.NO_INPUT
    assert "the last answers are lost" in capsys.readouterr().err


def test_practice_refuses_progress_of_another_article(tmp_path: Path) -> None:
    progress = practice.new_progress(practice_report())
    path = tmp_path / "mine.json"
    save_progress(progress, path)
    result = run("practice", str(SEED), "--progress", str(path))
    assert result.exit_code == ExitCode.USAGE and "another article (handmade.txt)" in result.stderr


def test_results_command_prints_one_table(tmp_path: Path) -> None:
    report = practice_report()
    folder = tmp_path / "class"
    folder.mkdir()
    save_progress(_student(report, "Ada", {1: "claim", 2: "opinion"}, set()), folder / "a.json")
    save_progress(_student(report, "Ben", {1: "opinion", 2: "opinion"}, {1}), folder / "b.json")
    result = run("practice", "--results", str(folder / "a.json"), str(folder / "b.json"))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Talks Open in Geneva: 2 students"
    assert lines[1] == "Students: Ada (2 of 4 answered), Ben (2 of 4 answered)"
    assert lines[4].split()[:8] == ["1", "claim", "1", "1", "0", "0", "1/2", "1"]
    from_folder = run("practice", "--results", str(folder), "--format", "json")
    assert json.loads(from_folder.stdout)["students"] == ["Ada", "Ben"]


def test_results_of_a_data_folder_read_its_practice_folder(tmp_path: Path) -> None:
    """The data folder (UNSPIN_DATA_DIR) keeps practice files in its practice/ folder:
    given the data folder itself, --results reads them there."""
    report = practice_report()
    folder = tmp_path / "data" / "practice"
    folder.mkdir(parents=True)
    save_progress(_student(report, "Ada", {1: "claim"}, set()), folder / "a.json")
    result = run("practice", "--results", str(tmp_path / "data"), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["students"] == ["Ada"]


def test_practice_command_module_does_not_import_textual() -> None:
    code = (
        "import sys, summarize.cli, summarize.cli.practice, summarize.practice; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_worksheet_command_runs_without_textual(tmp_path: Path) -> None:
    code = (
        "import sys; from summarize.cli import main; sys.argv = ['unspin', 'worksheet', "
        f"{str(SEED)!r}, '-o', {str(tmp_path / 'w.md')!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui')))"
    )
    env = {**os.environ, practice.DATA_DIR_ENV: str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120, env=env
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
    assert (tmp_path / "w.key.md").exists()


# ---------------------------------------------------------------- a new user's trial


def test_words_keep_bracketed_letters() -> None:
    text = "“(T)hey ha(s) been condemn(ing) a (nonexistent) [W]e build-up it’s”"
    sentence = Sentence(0, 0, len(text), text, 0, kind="claim")
    found = [text[a:b] for a, b in word_spans(sentence)]
    assert found == [
        "(T)hey",
        "ha(s)",
        "been",
        "condemn(ing)",
        "a",
        "nonexistent",
        "[W]e",
        "build-up",
        "it’s",
    ]


def test_results_name_each_student_from_the_file(tmp_path: Path) -> None:
    report = practice_report()
    folder = tmp_path / "class"
    folder.mkdir()
    unnamed = f"{'ab' * 32}.json"
    save_progress(_student(report, "Ada Lovelace", {1: "claim"}, set()), folder / "x1.json")
    save_progress(_student(report, "", {1: "opinion", 2: "opinion"}, set()), folder / unnamed)
    for fmt in ("text", "markdown"):
        result = run("practice", "--results", str(folder), "--format", fmt)
        assert result.exit_code == 0, result.output
        assert "Ada Lovelace" in result.stdout and "x1" not in result.stdout
        # No name in the file, and the file's name is the article's key: by position.
        assert "student 1 (no name)" in result.stdout and "abab" not in result.stdout
    data = json.loads(run("practice", "--results", str(folder), "--format", "json").stdout)
    assert data["students"] == ["student 1 (no name)", "Ada Lovelace"]  # files in name order


# ---------------------------------------------------------------- worksheet rough edges (issue 9)


@pytest.mark.parametrize(("fmt", "name"), [("html", "w.md"), ("markdown", "w.html")])
def test_a_worksheet_format_never_goes_into_a_file_of_the_other_kind(
    tmp_path: Path, fmt: str, name: str
) -> None:
    result = run("worksheet", str(SEED), "--format", fmt, "-o", str(tmp_path / name))
    assert result.exit_code == ExitCode.USAGE and "leave out --format" in result.stderr
    assert not list(tmp_path.iterdir())


def test_the_student_sheet_names_the_file_not_the_teachers_folders(tmp_path: Path) -> None:
    for name in ("w.md", "w.html"):
        out = tmp_path / name
        assert run("worksheet", str(SEED.resolve()), "-o", str(out)).exit_code == 0
        text = out.read_text(encoding="utf-8")
        assert f"Source: {SEED.name} ·" in text and str(SEED.parent) not in text
    key = (tmp_path / "w.key.md").read_text(encoding="utf-8")
    assert f"Source: {SEED.resolve()}" in key.replace("\\", "")  # the teacher's own copy


def test_the_html_key_spaces_the_kind_from_its_confidence() -> None:
    page = practice.answer_key_html(practice_report())
    assert '<span class="kind">claim</span> (confidence 0.82) · sentence #1' in page


def test_results_without_names_never_show_the_article_key(tmp_path: Path) -> None:
    report = practice_report()
    for student in ("", "Ben"):
        exercise = Exercise(report)
        exercise.choose("claim")
        path = progress_path(report.source.sha256, student, folder=tmp_path)
        save_progress(exercise.progress, path)
    # Ben's file holds his name; the other holds none and is named by its position.
    (tmp_path / f"{report.source.sha256}-ben.json").write_text(
        (tmp_path / f"{report.source.sha256}-ben.json")
        .read_text(encoding="utf-8")
        .replace('"student": "Ben"', '"student": ""'),
        encoding="utf-8",
    )
    result = run("practice", "--results", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert report.source.sha256 not in result.stdout
    assert "student 2 (no name)" in result.stdout and "ben (" in result.stdout
