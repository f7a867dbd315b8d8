"""The perspective stage of a long text in several processes gives the one-process report."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import summarize.perspective as perspective
from summarize import analyze
from summarize.perspective.lexicon import load_lexicon
from tests.conftest import ROOT, break_worker_streams, shared_data


def long_text(seed_text: str, copies: int = 30) -> str:
    # The seed again and again: quotations that span sentences, speakers carried from one
    # sentence to the next, and a run boundary that can fall anywhere in it.
    return "\n\n".join(seed_text for _ in range(copies))


def reports(text: str) -> tuple[dict, dict]:
    one = analyze(text, perspective=True, workers=1).to_dict()
    two = analyze(text, perspective=True, workers=2).to_dict()
    return one, two


def test_two_processes_give_the_one_process_report(seed_text: str) -> None:
    text = long_text(seed_text)
    report = analyze(text, perspective=False)
    assert perspective._cuts(report.sentences, text, 2)  # the text is really split
    one, two = reports(text)
    assert one == two


def test_the_runs_start_where_no_lexicon_term_can_cross(seed_text: str) -> None:
    text = long_text(seed_text)
    sentences = analyze(text, perspective=False).sentences
    for parts in (2, 3, 5):
        cuts = perspective._cuts(sentences, text, parts)
        assert cuts == sorted(set(cuts)) and len(cuts) == parts - 1
        lexicon = load_lexicon()
        whole = list(lexicon.find(text))
        bounds = [0, *(sentences[c].start for c in cuts), len(text)]
        pieces = [
            m for a, b in itertools.pairwise(bounds) for m in lexicon.find(text, start=a, end=b)
        ]
        assert pieces == whole


@pytest.mark.parametrize("spaced", [False, True])
def test_a_window_finds_what_the_whole_text_finds_there(tmp_path: Path, spaced: bool) -> None:
    """Terms with marks ("a.m.", "U.S.A.") are found in a window alone when a space
    stands by each of its edges (the runs' and blocks' windows) and no such term has a
    space or a hyphen, and by reading the whole text otherwise: the same matches either
    way, on a text made of little else (a window that ends inside "U.S.A." must not find
    "U.S."; one that starts inside "Inc. Corp.", matched by "Inc.-Corp.", not "Corp.")."""
    import random

    mine = tmp_path / "mine.toml"
    extra = ', "et al.", "al. U.S."' if spaced else ""  # two that overlap
    cased = '"Inc.-Corp.", "Corp."' if spaced else '"Corp."'  # a hyphen matches a space
    mine.write_text(
        f'[time_reference]\nterms = ["U.S.A.", "U.S."{extra}]\n'
        f'[firms]\nmatch_case = true\nedit = "keep"\nexplanation = "a firm"\n'
        f"terms = [{cased}]\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(str(mine))
    rng = random.Random(3)
    pieces = ["a.m.", "p.m.", "Sept.", "U.S.A.", "U.S.", "xa.m.", "et al.", "Inc.", "Corp.", "."]
    text = "".join(rng.choice(pieces) + rng.choice([" ", "", "\n", "-"]) for _ in range(800))
    text = text.rstrip() + "."  # no space at the very end
    whole = list(lexicon.find(text, words=False))
    assert len(whole) > 150
    # every window that starts after a space, and as many that start anywhere
    starts = [a for a in range(1, len(text)) if text[a - 1].isspace()]
    starts += rng.sample(range(len(text)), len(starts))
    windows = [(a, rng.randrange(a, len(text) + 1)) for a in starts]
    windows += [(0, 0), (len(text), len(text)), (len(text) - 1, len(text))]  # at the edges
    for a, b in windows:
        found = list(lexicon.find(text, start=a, end=b, words=False))
        assert found == [m for m in whole if m.start >= a and m.end <= b]


def test_a_failed_worker_costs_time_not_results(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = long_text(seed_text)
    one = analyze(text, workers=1).to_dict()
    monkeypatch.setattr(perspective._Worker, "stream", lambda self: None)
    assert analyze(text, workers=2).to_dict() == one


@pytest.mark.parametrize("kept", [1, 40, 400])
def test_a_worker_whose_answer_breaks_off_costs_time_not_results(
    seed_text: str, monkeypatch: pytest.MonkeyPatch, kept: int
) -> None:
    # Cut short before, at and after the sentence where this process's speaker state
    # meets the worker's: the rest of the run is analysed here, with the same result.
    text = long_text(seed_text)
    one = analyze(text, workers=1).to_dict()
    break_worker_streams(monkeypatch, kept)
    assert analyze(text, workers=2).to_dict() == one


def test_a_script_without_a_main_guard_is_not_run_again(seed_text: str, tmp_path: Path) -> None:
    # multiprocessing's spawn would import the script again in the worker and analyse twice.
    article = tmp_path / "long.txt"
    article.write_text(long_text(seed_text), encoding="utf-8")
    script = tmp_path / "script.py"
    script.write_text(
        textwrap.dedent(
            f"""
            from pathlib import Path
            from summarize import analyze
            report = analyze(Path({str(article)!r}).read_text(encoding="utf-8"), workers=2)
            print("analysed", len(report.claims))
            """
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("analysed") == 1


def test_short_texts_stay_in_one_process(seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert perspective._workers(None, 40) == 1
    assert perspective._workers(8, 40) == 1  # never a run shorter than 500 sentences
    assert perspective._workers(1, 100_000) == 1  # UNSPIN_WORKERS=1 arrives as workers=1


def test_real_news_in_two_processes() -> None:
    path = shared_data("bbc", "bbc_news_summary.jsonl")
    with path.open(encoding="utf-8") as lines:
        articles = [json.loads(line) for line in itertools.islice(lines, 120)]
    text = "\n\n".join(f"{a['title']}\n\n{a['article']}" for a in articles)
    one, two = reports(text)
    assert one == two


def test_without_a_temporary_folder_the_answer_comes_through_the_pipe(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    text = long_text(seed_text)
    one = analyze(text, workers=1).to_dict()
    spooled: list[bool] = []
    real = perspective._Worker.stream

    def stream(self):
        spooled.append(self.spool is not None)
        return real(self)

    def refuse(*_args, **_kwargs):
        raise OSError("no writable temporary folder")

    monkeypatch.setattr(perspective._Worker, "stream", stream)
    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    assert analyze(text, workers=2).to_dict() == one
    assert spooled == [False]


def test_workers_started_before_the_summary_are_stopped_when_it_fails(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workers start on their runs while this process summarises (``begin``): if the
    summary fails, no worker is left running."""
    import summarize.pipeline as pipeline

    started: list[perspective._Worker] = []
    launch = perspective._launch

    def spying(*args, **kwargs):
        workers = launch(*args, **kwargs)
        started.extend(workers)
        return workers

    def failing(*_args, **_kwargs):
        raise RuntimeError("summary failed")

    monkeypatch.setattr(perspective, "_launch", spying)
    monkeypatch.setattr(pipeline, "extract", failing)
    with pytest.raises(RuntimeError, match="summary failed"):
        analyze(long_text(seed_text), workers=2)
    assert started and all(w.process.poll() is not None for w in started)


def test_the_first_run_is_shorter_while_this_process_summarises(seed_text: str) -> None:
    text = long_text(seed_text)
    sentences = analyze(text, perspective=False).sentences
    alone = perspective._cuts(sentences, text, 2)
    busy = perspective._cuts(
        sentences, text, 2, perspective._FIRST_RUN_EXTRA - perspective._BUSY_SHARE
    )
    assert busy[0] < alone[0]


def helped_reports(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[dict, dict, list[perspective._Helped | None]]:
    """The one-process report, and the two-process one with this process's own run cut
    to a fifth of the text, so that it is done long before the worker and shares the
    rest of the worker's run (``_help``)."""
    text = long_text(seed_text)
    one = analyze(text, workers=1).to_dict()
    monkeypatch.setattr(perspective, "_FIRST_RUN_EXTRA", -0.3)
    monkeypatch.setattr(perspective, "_BUSY_SHARE", 0.0)
    monkeypatch.setattr(perspective, "_HELP_MIN", 20)
    helped: list[perspective._Helped | None] = []
    real = perspective._help
    analyse = perspective._analyze

    def counting(*args, **kwargs):
        analysed_here.append(1)
        return analyse(*args, **kwargs)

    analysed_here: list[int] = []
    monkeypatch.setattr(perspective, "_analyze", counting)

    def spying(*args, **kwargs):
        helped.append(real(*args, **kwargs))
        return helped[-1]

    monkeypatch.setattr(perspective, "_help", spying)
    two = analyze(text, workers=2).to_dict()
    # this process analysed its fifth and about half the rest, not the worker's part again
    assert len(analysed_here) < 0.75 * len(two["sentences"])
    return one, two, helped


def test_sharing_the_rest_of_a_workers_run_gives_the_one_process_report(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    launched: list[int] = []  # where the worker's run starts
    answered: list[int] = []  # how many sentences the worker answered
    launch, stream = perspective._launch, perspective._Worker.stream

    def launching(sentences, bounds, *args, **kwargs):
        launched.append(bounds[1])
        return launch(sentences, bounds, *args, **kwargs)

    def counting(self):
        items = stream(self)

        def each():
            count = 0
            for item in items:
                count += 1
                yield item
            answered.append(count)

        return None if items is None else each()

    monkeypatch.setattr(perspective, "_launch", launching)
    monkeypatch.setattr(perspective._Worker, "stream", counting)
    one, two, helped = helped_reports(seed_text, monkeypatch)
    assert len(helped) == 1 and helped[0] is not None  # the worker's run was really shared
    # the worker stopped where it was told: this process analysed the rest
    assert answered == [helped[0].start - launched[-1]]
    assert two == one


def test_a_worker_that_goes_past_its_stop_costs_nothing(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker reads where to stop only after each sentence: one that has gone past it
    (here: never told) answers more than it is asked for, and the extra answers are set
    aside for this process's own."""
    monkeypatch.setattr(perspective._Channel, "stop_at", lambda self, count: None)
    one, two, helped = helped_reports(seed_text, monkeypatch)
    assert helped[0] is not None
    assert two == one


def test_processes_started_early_and_not_needed_are_stopped(seed_text: str) -> None:
    """A long text's workers start before it is segmented (``prestart``); when the text
    turns out too short to split, or the stage ends, none is left running."""
    spares = perspective.prestart(1_000_000, workers=2)
    assert len(spares) == 1
    started = list(spares)
    report = analyze(seed_text, perspective=False)
    pending = perspective.begin(report, seed_text, workers=2, spares=spares)
    try:
        pending.finish()
    finally:
        pending.close()
    assert all(w.process.poll() is not None for w in started)
    assert perspective.prestart(1_000_000, workers=1) == []
    assert perspective.prestart(1_000, workers=None) == []


def test_a_long_text_takes_the_processes_started_early(seed_text: str) -> None:
    text = long_text(seed_text)
    sent: list[perspective._Worker] = []
    real = perspective._Worker.send

    def spying(self, task):
        sent.append(self)
        return real(self, task)

    made: list[perspective._Worker] = []
    prestart = perspective.prestart

    def counting(*args, **kwargs):
        spares = prestart(*args, **kwargs)
        made.extend(spares)  # a copy: the stage takes its workers from the list it is given
        return spares

    import summarize.perspective as module

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module._Worker, "send", spying)
        patch.setattr(module, "prestart", counting)
        two = analyze(text, workers=2).to_dict()
    assert len(made) == 1 and sent == made  # the early process took the run
    assert two == analyze(text, workers=1).to_dict()
