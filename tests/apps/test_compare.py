"""unspin compare: facts across sources (engine), its JSON contract and its command line.

The three articles in tests/data/compare/ were written for these tests: one council
vote told three ways, with a paraphrase (the mayor's reason), a quotation two sources
share word for word, a number two sources give differently (vehicles a day) and a
fact only one source has (the electronic toll collection).
"""

from __future__ import annotations

import json
import threading
from functools import partial
from http.server import HTTPServer, SimpleHTTPRequestHandler
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize.cli import app
from summarize.compare import SCHEMA, compare
from summarize.errors import ExitCode
from summarize.pipeline import analyze
from tests.conftest import ROOT, shared_data

DATA = ROOT / "tests" / "data" / "compare"
NAMES = ("ledger.txt", "courier.txt", "herald.txt")
runner = CliRunner()


@pytest.fixture(scope="module")
def comparison():
    reports = [analyze((DATA / n).read_text(encoding="utf-8"), name=n) for n in NAMES]
    return compare(reports)


def _fact_of(comparison, source: int, needle: str):
    report = comparison.reports[source]
    sid = next(s.id for s in report.sentences if needle in s.text)
    found = [f for f in comparison.facts if any(
        m.source == source and m.sentence_id == sid for m in f.members)]  # fmt: skip
    assert found, f"{needle!r} is in no fact"
    return found


def _sources(fact) -> set[int]:
    return {m.source for m in fact.members}


def _sid(comparison, source: int, needle: str) -> int:
    return next(s.id for s in comparison.reports[source].sentences if needle in s.text)


def test_the_vote_told_three_ways_is_one_fact(comparison) -> None:
    told = {
        (0, _sid(comparison, 0, "voted 7 to 2")),
        (1, _sid(comparison, 1, "rammed through")),
        (2, _sid(comparison, 2, "three-dollar charge")),
    }
    facts = [f for f in comparison.facts if told <= {(m.source, m.sentence_id) for m in f.members}]
    assert len(facts) == 1
    assert facts[0].kind == "shared" and facts[0].score > 0.5
    # The neutral wording is a restatement, never the loaded one; and it is the wording of
    # the source that used no loaded word, not the slanted one with its words taken out
    # (a restatement keeps the slanted sentence's frame: "…, passing it by a vote of 7 to 2").
    assert "rammed" not in facts[0].text and "reckless" not in facts[0].text
    assert facts[0].text.startswith("The Millbrook city council voted 7 to 2")


def test_a_fact_is_worded_and_spoken_by_its_linked_members_not_a_neighbour() -> None:
    """A sentence joined below the threshold as the neighbour of a member gives the fact
    neither its wording nor its speaker."""
    one = (
        "The city council approved the budget on Tuesday.\n\n"
        "Councilwoman Rita Ocampo said the cuts would hurt families in the east district.\n\n"
        "Residents in the east district boiled their tap water for a week after a water main "
        "broke."
    )
    two = (
        "The council passed its budget on Tuesday night.\n\n"
        "Residents in the east district boiled their tap water for a week last month after a "
        "main broke."
    )
    result = compare([analyze(one, name="one"), analyze(two, name="two")])
    water = [f for f in result.facts if f.kind == "shared" and "tap water" in f.text]
    assert len(water) == 1
    assert water[0].text.startswith("Residents") and water[0].speaker is None


def test_a_paraphrase_with_the_same_speaker_is_linked(comparison) -> None:
    ledger = _sid(comparison, 0, "money would pay for repairs")
    courier = _sid(comparison, 1, "claimed the cash would fund repairs")
    (fact,) = [
        f
        for f in _fact_of(comparison, 1, "claimed the cash")
        if (0, ledger) in {(m.source, m.sentence_id) for m in f.members}
    ]
    link = next(
        k
        for k in fact.links
        if {(fact.members[k.a].source, fact.members[k.a].sentence_id),
            (fact.members[k.b].source, fact.members[k.b].sentence_id)}
        == {(0, ledger), (1, courier)}
    )  # fmt: skip
    assert "same speaker, " in link.reason and "similar meaning" in link.reason
    assert link.score >= 0.5
    assert fact.speaker and "Whitfield" in fact.speaker


def test_a_speaker_opening_a_sentence_is_the_same_speaker_lower_case() -> None:
    """ "The weather service said …" and "…, the weather service said": one speaker (the
    capital "The" is no name)."""
    first = analyze(
        "Storm floods the valley\n\nThe national weather service said the river rose "
        "four metres overnight in Carden."
    )
    second = analyze(
        "Valley flooded\n\nThe river rose four metres overnight in Carden, the national "
        "weather service said."
    )
    result = compare([first, second])
    reasons = [k.reason for f in result.facts for k in f.links]
    assert reasons and not any("different speakers" in r for r in reasons)
    assert any("same speaker" in r for r in reasons)


def test_a_contradicted_number_is_named(comparison) -> None:
    (fact,) = _fact_of(comparison, 0, "40,000 vehicles")
    assert _sources(fact) == {0, 1}
    assert any("numbers differ: 40000 vs 25000" in k.reason for k in fact.links)
    assert fact.conflicts == ["40000 vs 25000"]


def test_a_fact_only_one_source_has_is_unique(comparison) -> None:
    (fact,) = _fact_of(comparison, 0, "collected electronically")
    assert fact.kind == "unique"
    assert len(fact.members) == 1
    assert 0.0 <= fact.score <= 1.0


def test_every_claim_sentence_is_in_a_fact_and_links_have_reasons(comparison) -> None:
    seen = {(m.source, m.sentence_id) for f in comparison.facts for m in f.members}
    for index, report in enumerate(comparison.reports):
        for sentence in report.sentences:
            if sentence.kind in ("claim", "mixed"):
                assert (index, sentence.id) in seen, sentence.text
    for fact in comparison.facts:
        assert (fact.kind == "unique") == (len(_sources(fact)) == 1)
        for link in fact.links:
            assert link.reason and 0.0 <= link.score <= 1.0


def test_link_reasons_list_the_signed_terms_that_make_the_score(comparison) -> None:
    import math
    import re

    shared = [f for f in comparison.facts if f.kind == "shared"]
    assert shared
    for fact in shared:
        for link in fact.links:
            evidence = re.search(r"evidence (.*?); base ([-+][0-9.]+)", link.reason)
            assert evidence, link.reason
            terms = [float(v) for v in re.findall(r" ([-+][0-9.]+)(?:,|$)", evidence.group(1))]
            assert terms, link.reason
            logit = sum(terms) + float(evidence.group(2))
            # every term is rounded to 0.01 in the reason; terms under 0.005 are left out
            assert abs(1 / (1 + math.exp(-logit)) - link.score) < 0.05, link.reason


def test_profiles_count_kinds_facts_and_slant(comparison) -> None:
    courier = comparison.profiles[1]
    assert courier.name == "courier.txt"
    words = {w["word"] for w in courier.slant}
    assert {"reckless", "rammed through"} <= words
    assert courier.facts_shared + courier.facts_unique == sum(
        1 for f in comparison.facts if 1 in _sources(f)
    )
    assert comparison.profiles[0].slant == []  # the plain account has no loaded words


def test_json_contract(comparison) -> None:
    data = json.loads(json.dumps(comparison.to_dict()))
    assert data["schema"] == SCHEMA == "unspin.compare/1"
    assert [s["schema"] for s in data["sources"]] == ["unspin.report/1"] * 3
    assert all(s["sentences"] for s in data["sources"])
    ids = [f["id"] for f in data["facts"]]
    assert ids == list(range(len(ids)))
    for fact in data["facts"]:
        assert {"id", "members", "kind", "speaker", "text", "score"} <= fact.keys()
        assert fact["kind"] in ("shared", "unique")
        for member in fact["members"]:
            sentences = data["sources"][member["source"]]["sentences"]
            assert sentences[member["sentence_id"]]["id"] == member["sentence_id"]
    assert len(data["profiles"]) == 3
    assert {"claims", "opinions", "mixed_share", "facts_shared", "facts_unique", "slant"} <= (
        data["profiles"][0].keys()
    )


def test_one_source_is_not_enough_and_seven_are_too_many() -> None:
    with pytest.raises(ValueError):
        compare([])
    result = runner.invoke(app, ["compare", str(DATA / NAMES[0])])
    assert result.exit_code == ExitCode.USAGE


def run(*args: str, input: str | None = None):
    return runner.invoke(app, ["compare", *args], input=input, catch_exceptions=False)


def test_cli_one_unreadable_source_others_still_compared(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    result = run(str(DATA / NAMES[0]), str(missing), str(DATA / NAMES[1]), "--format", "json")
    assert result.exit_code == ExitCode.PARTIAL == 5
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("unspin: ") and "gone.txt" in lines[0]
    data = json.loads(result.stdout)
    assert len(data["sources"]) == 2
    assert data["skipped"][0]["code"] == ExitCode.NO_INPUT


def test_cli_width_wraps_like_analyze() -> None:
    """`--width N` wraps the printed comparison as it wraps `unspin analyze`; 0 does not."""
    narrow = run(*(str(DATA / n) for n in NAMES), "--width", "50", "--color", "never")
    wide = run(*(str(DATA / n) for n in NAMES), "--width", "0", "--color", "never")
    assert narrow.exit_code == wide.exit_code == 0

    def body(out: str) -> list[str]:  # the wrapped sentences and reasons, not the headings
        return [line for line in out.splitlines() if line.startswith("    ")]

    assert body(narrow.stdout) and max(len(line) for line in body(narrow.stdout)) <= 50
    assert max(len(line) for line in body(wide.stdout)) > 100


def test_cli_two_sources_one_unreadable_is_its_error(tmp_path: Path) -> None:
    result = run(str(DATA / NAMES[0]), str(tmp_path / "gone.txt"))
    assert result.exit_code == ExitCode.NO_INPUT
    assert result.stdout == ""


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_cli_formats_stdin_markdown_and_html(tmp_path: Path, fmt: str) -> None:
    ledger = (DATA / NAMES[0]).read_text(encoding="utf-8")
    html = tmp_path / "courier.html"
    paragraphs = (DATA / NAMES[1]).read_text(encoding="utf-8").split("\n\n")
    html.write_text(
        "<html><head><title>Courier</title></head><body><nav>Home | Sport</nav><article>"
        + "".join(f"<p>{p.strip()}</p>" for p in paragraphs)
        + "</article></body></html>",
        encoding="utf-8",
    )
    md = tmp_path / "herald.md"
    md.write_text("# " + (DATA / NAMES[2]).read_text(encoding="utf-8"), encoding="utf-8")
    result = run("-", str(html), str(md), "--format", fmt, "--color", "never", input=ledger)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    if fmt == "json":
        assert json.loads(result.stdout)["schema"] == "unspin.compare/1"
    else:
        assert "rammed through" in result.stdout
        assert "\x1b" not in result.stdout


def test_cli_reads_urls(tmp_path: Path) -> None:
    for name in NAMES[:2]:
        (tmp_path / name).write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        result = run(base + NAMES[0], base + NAMES[1], "--format", "json")
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [s["source"]["url"] for s in data["sources"]] == [base + n for n in NAMES[:2]]


def test_hostile_text_never_reaches_the_terminal(tmp_path: Path) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_text(
        "The council voted 7 to 2 on Tuesday \x1b[31mto charge a toll\x1b[0m [bold]of $3[/].\n",
        encoding="utf-8",
    )
    result = run(str(evil), str(DATA / NAMES[0]), "--color", "never")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout


def test_read_with_several_sources_opens_the_compare_screen(monkeypatch) -> None:
    import summarize.cli.common as common

    opened: list[tuple[str, object]] = []

    def fake_run_app(name: str, instead: str, **options: object) -> int:
        opened.append((name, options.get("comparison")))
        return 0

    monkeypatch.setattr(common, "run_app", fake_run_app)
    paths = [str(DATA / name) for name in NAMES]
    result = runner.invoke(app, ["read", *paths], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    ((name, comparison),) = opened
    assert name == "compare"
    assert [r.source.name for r in comparison.reports] == paths
    assert any(f.kind == "shared" and len(_sources(f)) == 3 for f in comparison.facts)
    # one source unreadable: the others are still compared, and the exit code says so
    opened.clear()
    partial = runner.invoke(app, ["read", paths[0], "missing.txt", paths[2]])
    assert partial.exit_code == ExitCode.PARTIAL
    assert "missing.txt" in partial.stderr and len(opened[0][1].reports) == 2
    # one source: the reading room, as before
    opened.clear()
    runner.invoke(app, ["read", paths[0]])
    assert opened and opened[0][0] == "read"


def test_read_with_several_sources_without_a_terminal_is_a_usage_error() -> None:
    paths = [str(DATA / name) for name in NAMES]
    result = runner.invoke(app, ["read", *paths])
    assert result.exit_code == ExitCode.USAGE
    assert "terminal" in result.stderr and "unspin compare" in result.stderr


def test_tui_without_a_terminal_is_a_usage_error() -> None:
    result = run(str(DATA / NAMES[0]), str(DATA / NAMES[1]), "--tui")
    assert result.exit_code == ExitCode.USAGE
    assert "terminal" in result.stderr and "without --tui" in result.stderr


def test_the_compare_window_is_declared_as_an_app() -> None:
    import importlib
    import tomllib

    apps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "entry-points"
    ]["unspin.apps"]
    module, name = apps["compare"].split(":")
    assert callable(getattr(importlib.import_module(module), name))


@pytest.mark.slow
@pytest.mark.shared_data
def test_basil_development_links_beat_word_overlap() -> None:
    from summarize.lab import eval_compare as ev

    data = shared_data("basil").parent
    events, articles = ev.load_events(data)
    ev.analyse(events, articles)
    ours = ev.score(events, [ev.predicted(e, ev.groups_for(e, ev.engine.default_settings()))
                             for e in events])["links"][2]  # fmt: skip
    words = ev.score(events, ev.baseline(events, 0.2))["links"][2]
    assert ours > words + 0.05


def test_cli_the_same_text_twice_is_compared_with_a_warning(tmp_path: Path) -> None:
    """A source given twice (or two copies of one file) links every sentence to itself:
    compared, with a warning on stderr and in the JSON."""
    one = tmp_path / "one.txt"
    one.write_text("The council met on Monday. It approved the budget, the mayor said.\n")
    two = tmp_path / "two.txt"
    two.write_bytes(one.read_bytes())
    result = CliRunner().invoke(app, ["compare", str(one), str(two), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    (warning,) = json.loads(result.stdout)["warnings"]
    assert "same text as source 0" in warning
    assert "warning: source 1 (" in result.stderr


def test_a_fact_worded_from_a_sentence_cut_from_a_quotation_has_both_marks() -> None:
    first = (
        "Floods forced 300 families from Millbank on Tuesday.\n\n"
        '"They knew. Everybody knew," said Joan Farrow, a resident.'
    )
    second = "The river burst its banks at Millbank on Tuesday, forcing 300 families out."
    result = compare([analyze(first), analyze(second)])
    texts = [f.text for f in result.facts]
    assert any(t.startswith('"Everybody knew," said Joan Farrow') for t in texts)
    assert all(t.count('"') % 2 == 0 for t in texts)
