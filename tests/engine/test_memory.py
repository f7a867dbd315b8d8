"""The perspective stage keeps only what it needs of each sentence until the article's
share of opinion is known (issue 9, attack 20: memory linear in the input and small)."""

from __future__ import annotations

import dataclasses
import gc

import pytest

import summarize.perspective as perspective
from summarize import analyze
from summarize.perspective import attribution, kind
from summarize.perspective.wordtable import VoiceWord
from tests.conftest import SEED, break_worker_streams


def _alive(kinds: tuple[type, ...]) -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, kinds))


def test_no_sentence_analysis_is_held_until_the_article_is_decided(monkeypatch) -> None:
    text = SEED.read_text(encoding="utf-8")
    seen: dict[str, int] = {}
    finish = perspective._finish

    def counting(report, done, *args, **kwargs):
        seen["sentences"] = len(done)
        seen["analyses"] = _alive((perspective.SentenceAnalysis, VoiceWord, kind.Decision))
        seen["found"] = _alive((attribution.Found,))
        seen["held"] = sum(isinstance(r, perspective._Held) for _s, r in done)
        return finish(report, done, *args, **kwargs)

    monkeypatch.setattr(perspective, "_finish", counting)
    analyze(text, workers=1)
    assert seen["sentences"] > 20 and seen["held"] == seen["sentences"]
    assert seen["analyses"] == 0  # no analysis, voice word or decision object per sentence
    assert seen["found"] <= 2  # the shared "nobody" (and what a cache may hold), not one each


def test_what_is_held_decides_as_the_whole_analysis_does() -> None:
    """Deciding again from a held sentence (its features, its largest terms with their
    reason lines and its factual core, made before the article's shift is known) gives
    the decision the full analysis gives, with the article's shift."""
    text = SEED.read_text(encoding="utf-8")
    report = analyze(text, workers=1, perspective=False)
    lex = perspective.load_lexicon()
    model = kind.default_model()
    compared = 0
    texts = [s.text for s in report.sentences if s.kind != "title"] + _REPORTED
    for sentence_text in texts:
        result = perspective.analyze_sentence(sentence_text, lexicon=lex)
        held = perspective._hold(result)
        if held.logit is None:
            continue
        for shift in (0.0, 0.7, -1.3):
            whole = kind.decide(
                kind.features_of(result.cues.features, result.cues.voice, model),
                result.cues.cues,
                result.found,
                sentence_text,
                0,
                model,
                result.cues.voice,
                shift=shift,
                share=0.4,
            )
            again = kind.decide(
                held.features or {},
                held.cues,
                held.attribution(),
                sentence_text,
                0,
                model,
                shift=shift,
                share=0.4,
                terms=held.terms,
                lines=held.lines,
                core=held.core,
                logit=held.logit,
            )
            # a held sentence keeps only the terms a reason can name (the largest)
            top = kind.REASON_TERMS
            assert again.contributions[:top] == whole.contributions[:top], sentence_text
            again.contributions = whole.contributions = []
            assert dataclasses.asdict(again) == dataclasses.asdict(whole), sentence_text
            compared += 1
    assert compared > 30


#: Reported views where what the features say decides (reported_only): a third party's
#: claim the attribution stage names no speaker for, and reports with a judging word of
#: the author's own.
_REPORTED = [
    "Its makers claim the drug cures colds.",
    "Critics say the plan will fail.",
    "Opponents argue the disastrous law must go.",
    "Residents fear the factory will close.",
]


def test_a_found_with_more_than_its_fields_is_refused() -> None:
    result = perspective.analyze_sentence("The mayor said the plan was a disgrace.")
    result.found.extra = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        perspective._hold(result)


# --- a report on disk (summarize.spool): book-length texts -------------------------------


def _book(copies: int) -> str:
    """The seed article many times over, each copy with its own numbers and names (the
    same text repeated would be one repeated sentence to the summary)."""
    seed = SEED.read_text(encoding="utf-8")
    # terms with marks ("a.m.", "Jan."): the lexicon finds them by a regex of the whole text
    times = (
        "The talks began at 9 a.m. on Jan. {i}, officials said. They ended at 5 p.m. "
        "Talks resume on Sept. {i} at 10 a.m. in Geneva."
    )
    return "\n\n".join(
        seed.replace("Rybakov", f"Rybakov{i}").replace("2", str(i % 9 + 1))
        + "\n\n"
        + times.format(i=i % 28 + 1)
        for i in range(copies)
    )


def _outputs(report) -> tuple[str, str, str]:
    from summarize.render import json_chunks, render, render_chunks

    return (
        "".join(json_chunks(report)),
        "".join(render_chunks(report, view="analyze", fmt="text")),
        render(report, view="claims", fmt="markdown"),
    )


@pytest.fixture(scope="module")
def book() -> str:
    return _book(26)


@pytest.fixture(scope="module")
def in_memory(book) -> tuple[str, str, str]:
    report = analyze(book, workers=1)
    assert isinstance(report.sentences, list) and len(report.sentences) > 1000
    return _outputs(report)


def _spooled(monkeypatch, book: str, workers: int):
    import summarize.pipeline as pipeline
    from summarize.spool import SpooledList

    monkeypatch.setattr(pipeline, "SPOOL_MIN_SENTENCES", 0)
    monkeypatch.setattr(perspective, "_MATCH_BLOCK", 150)  # many lexicon windows
    report = analyze(book, workers=workers)
    assert isinstance(report.sentences, SpooledList)
    assert isinstance(report.claims, SpooledList) and isinstance(report.opinions, SpooledList)
    return report


@pytest.mark.parametrize("workers", [1, 2])
def test_the_report_on_disk_is_the_report_in_memory(monkeypatch, book, in_memory, workers):
    """Above SPOOL_MIN_SENTENCES (forced to 0 here) the report is kept on disk and the
    perspective stage runs in two passes with streaming workers: the same JSON, text and
    Markdown, character for character."""
    report = _spooled(monkeypatch, book, workers)
    assert _outputs(report) == in_memory


@pytest.mark.parametrize("kept", [0, 5, 300])
def test_a_worker_that_fails_or_breaks_off_changes_nothing(monkeypatch, book, in_memory, kept):
    """A worker that fails (0 sentences sent) or whose answer breaks off after ``kept``
    sentences: this process analyses the rest of its run itself, with the same result."""
    break_worker_streams(monkeypatch, kept)
    report = _spooled(monkeypatch, book, 2)
    assert _outputs(report)[0] == in_memory[0]


def test_nothing_is_held_per_sentence_on_disk(monkeypatch, book) -> None:
    """Memory per sentence: with the report on disk, no sentence, cue, claim or held
    analysis per sentence is alive when the kinds are settled, nor once the report is made
    (the in-memory report holds thousands: the count can fail)."""
    from summarize.report import Claim, Cue, Sentence

    kinds = (perspective._Held, Sentence, Cue, Claim)
    seen: list[int] = []
    shift = kind.article_shift

    def counting(*args, **kwargs):
        seen.append(_alive(kinds))
        return shift(*args, **kwargs)

    monkeypatch.setattr(kind, "article_shift", counting)
    # a run's running guess at the shift is made while its block's sentences are alive:
    # not the moment the kinds are settled, and it changes no result
    monkeypatch.setattr(perspective._ShiftGuess, "add", lambda self, logit: None)
    report = _spooled(monkeypatch, book, 1)
    gc.collect()
    seen.append(_alive(kinds))
    assert len(report.sentences) > 1000
    assert max(seen) < 100, seen
    monkeypatch.undo()
    whole = analyze(book, workers=1)
    assert _alive(kinds) > len(whole.sentences)


def test_a_spooled_list_is_a_list_on_disk(monkeypatch) -> None:
    import pickle

    import summarize.spool as spool

    monkeypatch.setattr(spool, "BLOCK", 64)  # many blocks, items across their edges
    items = [{"n": i, "text": "x" * (i % 50)} for i in range(500)]
    spooled = spool.SpooledList(items[:250])
    it = iter(spooled)
    first = [next(it) for _ in range(10)]
    spooled.extend(items[250:])  # appending while an iterator is open
    assert first + list(it) == items[:250]
    assert len(spooled) == 500 and list(spooled) == items and spooled == items
    assert spooled[0] == items[0] and spooled[-1] == items[-1] and spooled[7:12] == items[7:12]
    with pytest.raises(IndexError):
        spooled[500]
    assert pickle.loads(pickle.dumps(spooled)) == items  # another process gets a list
    copy = spooled[3]
    copy["n"] = -1
    assert spooled[3]["n"] == 3  # read-only: a read item is a copy


def test_the_sentence_table_makes_the_sentences_the_pipeline_makes(monkeypatch) -> None:
    import summarize.pipeline as pipeline
    from summarize.spool import SentenceTable

    text = _book(2)
    whole = analyze(text, perspective=False)
    monkeypatch.setattr(pipeline, "SPOOL_MIN_SENTENCES", 0)
    table = analyze(text, perspective=False)
    assert isinstance(table.sentences, SentenceTable)
    assert list(table.sentences) == whole.sentences
    assert table.summary == whole.summary
    assert table.sentences[5:9] == whole.sentences[5:9]


@pytest.mark.parametrize("text", ["book", "Ten people were hurt.", "What a disgrace it is."])
def test_streamed_text_and_markdown_are_the_rendered_ones(book, text) -> None:
    """Book-length reports are written in pieces in every format (render_chunks): the
    pieces joined are render()'s output, character for character, empty sections too."""
    from summarize.render import _streamed, render

    report = analyze(book if text == "book" else text, workers=1)
    for view in ("analyze", "claims", "opinions", "summary", "digest"):
        for fmt in ("text", "markdown"):
            for color in (False, True):
                for width in (88, 0):
                    whole = render(report, view=view, fmt=fmt, color=color, width=width)
                    pieces = _streamed(report, view=view, fmt=fmt, color=color, width=width)
                    assert "".join(pieces) == whole, (view, fmt, color, width)


@pytest.mark.parametrize("streamed", [False, True])
def test_every_rendered_piece_is_already_safe_to_print(monkeypatch, streamed) -> None:
    """The pipe commands write render_chunks' pieces as they are (emit_chunks with
    ``checked``): each piece must be one that for_output leaves unchanged, in every
    format, streamed or whole, whatever the article holds."""
    import summarize.render as render_module
    from summarize.safe import for_output

    hostile = (
        "Officials said the \x1b[31mbridge\x1b[0m would reopen on Monday. "
        "\u202eThe council called it a \x9b2Jdisgraceful\u2028waste of money. "
        "\x07Critics said the plan\x7f was reckless.\n\n"
    ) * 8
    report = analyze(hostile, workers=1)
    if streamed:
        monkeypatch.setattr(render_module, "COMPACT_ABOVE", 2)
    for view in ("analyze", "claims", "opinions", "summary", "digest"):
        for fmt in ("text", "markdown", "json"):
            for color in (False, True):
                pieces = list(render_module.render_chunks(report, view=view, fmt=fmt, color=color))
                assert len(pieces) >= 1
                for piece in pieces:
                    assert for_output(piece, fmt, color=color) == piece, (view, fmt, color)
                    assert "\x1b[31m" not in piece and "\u202e" not in piece


def test_a_full_temporary_folder_is_a_clear_error(monkeypatch) -> None:
    import errno
    import os

    import summarize.spool as spool
    from summarize.errors import ExitCode, OutputUnwritable

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(spool.os, "pwrite", full)
    spooled = spool.SpooledList()
    spooled.append("x" * 10)
    with pytest.raises(OutputUnwritable, match="No space left") as raised:
        list(spooled)  # written when read
    assert raised.value.code == ExitCode.OUTPUT
    assert os is spool.os


def test_a_report_on_disk_is_summarised_again_as_in_memory(monkeypatch, book) -> None:
    from summarize.pipeline import resummarize

    whole = resummarize(analyze(book, workers=1), "lexrank", "3%")
    report = resummarize(_spooled(monkeypatch, book, 1), "lexrank", "3%")
    assert report.summary == whole.summary and report.digest == whole.digest
