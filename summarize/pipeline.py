"""The pipeline: text -> segment -> summary -> perspective -> report.

Data flows one way; each stage is a module that can be used and tested alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from summarize import __version__
from summarize.gcpause import paused
from summarize.ingest import Document, from_text
from summarize.report import Claim, Kind, Opinion, Report, Sentence, Source
from summarize.segment import is_byline_or_dateline, segment
from summarize.settings import Settings
from summarize.spool import SentenceTable, give_back
from summarize.summary import DEFAULT_ALGORITHM, DEFAULT_LENGTH, Candidate, extract
from summarize.text.language import non_english_warning

if TYPE_CHECKING:
    from summarize.perspective import _Worker

#: From this many sentences on (a text of about 7 MB), the report is kept on disk, not in
#: memory (:mod:`summarize.spool`): its sentences as compact arrays until the perspective
#: stage, then its sentences, claims and opinions pickled one by one to temporary files,
#: and the perspective stage analyses and writes them a stretch at a time, so memory stays
#: flat in the text's length (docs/BENCHMARKS.md, "A report on disk"). In memory, a
#: report takes about 100 MB per MB of text with its worker: 60,000 sentences is about
#: 700 MB, under 1 GB, and 50,000 (bench/scale.py's text, 5.8 MB) stays in memory, where
#: nothing is pickled.
SPOOL_MIN_SENTENCES = 60_000

#: Called with (stage name, fraction done) as the analysis goes on.
Progress = Callable[[str, float], None]


@paused()  # no cyclic garbage collection while the report's objects pile up
def analyze(
    text: str | Document,
    *,
    algorithm: str = DEFAULT_ALGORITHM,
    length: str | int = DEFAULT_LENGTH,
    engine: str = "auto",
    perspective: bool = True,
    lexicon: str | list[str] | None = None,
    name: str = "<text>",
    input_format: str = "text",
    progress: Progress | None = None,
    workers: int | None = None,
    settings: Settings | None = None,
) -> Report:
    """Analyse an article and return its :class:`~summarize.report.Report`.

    ``text`` is the article (plain text, or ``input_format="markdown"|"html"``)
    or a :class:`~summarize.ingest.Document` from :func:`summarize.ingest.load`.
    ``length`` is a sentence count (``5``) or a percentage (``"20%"``).
    ``perspective=False`` skips claims and opinions (kinds stay title/other).
    ``lexicon`` names the user's own lexicon file(s), added to unspin's own.
    ``workers`` is how many processes share the perspective stage of a long text
    (``None``: the settings' number, else every core from 4,000 sentences on; the result
    is the same with any number). ``settings`` (see :mod:`summarize.settings`) adds its
    lexicon files before ``lexicon`` and gives ``workers`` when it is not given here;
    this function never reads the environment.
    """
    if settings is not None:
        workers = settings.workers if workers is None else workers
        given = [lexicon] if isinstance(lexicon, str) else list(lexicon or [])
        lexicon = [*settings.lexicons, *given] or None
    step = progress or (lambda _stage, _fraction: None)
    document = (
        text
        if isinstance(text, Document)
        else from_text(text, name=name, input_format=input_format)
    )
    step("segment", 0.0)
    report = Report(
        source=Source(
            name=document.name,
            chars=len(document.text),
            sha256=document.sha256,
            format=document.format,
            encoding=document.encoding,
            url=document.url,
            title=document.title,
        ),
        sentences=[],
        generator={"name": "unspin", "version": __version__},
    )
    report.warnings.extend(document.warnings)
    foreign = non_english_warning(document.text, document.name)
    if foreign:
        report.warnings.append(foreign)
    spares: list[_Worker] = []
    if perspective:
        from summarize.perspective import prestart

        # a long text's worker processes start now, and are ready when its runs are cut
        spares = prestart(len(document.text), workers)
    try:
        return _stages(
            report,
            document,
            algorithm=algorithm,
            length=length,
            engine=engine,
            perspective=perspective,
            lexicon=lexicon,
            step=step,
            workers=workers,
            spares=spares,
        )
    finally:
        for spare in spares:  # any that the perspective stage did not take
            spare.close()


def _stages(
    report: Report,
    document: Document,
    *,
    algorithm: str,
    length: str | int,
    engine: str,
    perspective: bool,
    lexicon: str | list[str] | None,
    step: Progress,
    workers: int | None,
    spares: list[_Worker],
) -> Report:
    """Segment, summarise and (``perspective``) analyse ``document`` into ``report``."""
    spans = segment(document.text)
    if len(spans) >= SPOOL_MIN_SENTENCES:
        report.sentences = SentenceTable(document.text, spans)  # type: ignore[assignment]
    else:
        for index, span in enumerate(spans):
            report.sentences.append(
                Sentence(
                    id=index,
                    start=span.start,
                    end=span.end,
                    text=document.text[span.start : span.end],
                    paragraph=span.paragraph,
                    kind=Kind.TITLE if span.heading else Kind.OTHER,
                )
            )
    del spans  # the sentences hold what the rest needs
    if isinstance(report.sentences, SentenceTable):
        give_back()
    if report.source.title is None:
        report.source.title = next((s.text for s in report.sentences if s.kind == Kind.TITLE), None)

    report.stages.append("segment")
    lean = isinstance(report.sentences, SentenceTable)
    pending = None
    if perspective:
        from summarize.perspective import begin

        # a long text's worker processes start on their runs while this one summarises
        pending = begin(
            report, document.text, lexicon=lexicon, workers=workers, busy=True, spares=spares
        )
    try:
        step("summary", 0.2)
        # the digest ranks claims and opinions whose texts are mostly the sentences' own:
        # their counts are read again from the summary's (not a book's: those are not kept)
        memo = None
        if perspective and not lean:
            from summarize.fast.terms import TermMemo

            memo = TermMemo()
        report.summary = extract(
            _Candidates(report.sentences) if lean else _candidates(report.sentences),
            algorithm=algorithm,
            length=length,
            engine=engine,
            lean=lean,
            memo=memo,
        )
        report.stages.append("summary")
        report.warnings.extend(report.summary.notes)
        if lean:
            give_back()

        if pending is not None:
            step("perspective", 0.5)
            table = report.sentences if lean else None
            pending.finish()
            report.stages.append("perspective")
            from summarize.perspective.neutral import digest

            read = _DigestView(report, table) if table is not None else report
            report.digest = digest(
                read,  # type: ignore[arg-type]
                algorithm=algorithm,
                length=length,
                engine=engine,
                memo=memo,
            )
            memo = None  # (its counts are freed before the report is written)
    finally:
        if pending is not None:
            pending.close()
    step("done", 1.0)
    return report


def resummarize(
    report: Report,
    algorithm: str = DEFAULT_ALGORITHM,
    length: str | int = DEFAULT_LENGTH,
    *,
    engine: str = "auto",
) -> Report:
    """``report`` with a new summary: only the summary stage runs again, and the neutral
    digest when ``report`` has one (it follows the summary's algorithm and length).

    Returns a new :class:`~summarize.report.Report` that shares the sentences,
    claims and opinions of ``report``, which is left as it was. The old summary's
    notes leave the warnings and the new summary's join them. Raises
    :class:`~summarize.errors.UsageError` for an unknown algorithm or engine, a bad
    length, or a text longer than the algorithm takes.
    """
    lean = not isinstance(report.sentences, list)  # kept on disk (summarize.spool)
    summary = extract(
        _Candidates(report.sentences) if lean else _candidates(report.sentences),
        algorithm=algorithm,
        length=length,
        engine=engine,
        lean=lean,
    )
    old_notes = set(report.summary.notes) if report.summary else set()
    warnings = [w for w in report.warnings if w not in old_notes] + summary.notes
    new = dataclasses.replace(report, summary=summary, warnings=warnings)
    if report.digest is not None:
        from summarize.perspective.neutral import digest

        new.digest = digest(new, algorithm=algorithm, length=length, engine=engine)
    return new


def _candidates(sentences: Sequence[Sentence]) -> list[Candidate]:
    """The sentences as the summarizers see them (a title is a heading, not a candidate)."""
    return [_candidate(s) for s in sentences]


def _candidate(s: Sentence) -> Candidate:
    # a byline or a dateline ("By Dana Whitfield") is no sentence to summarise either
    heading = s.kind == Kind.TITLE or is_byline_or_dateline(s.text)
    return Candidate(id=s.id, text=s.text, paragraph=s.paragraph, heading=heading)


class _Candidates(Sequence[Candidate]):
    """:func:`_candidates` made as they are read: a book's sentences kept on disk
    (:class:`~summarize.spool.SentenceTable`) are not all made at once for the summary."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences

    def __len__(self) -> int:
        return len(self.sentences)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        if isinstance(index, slice):
            return [_candidate(s) for s in self.sentences[index]]
        return _candidate(self.sentences[index])

    def __iter__(self) -> Iterator[Candidate]:
        return map(_candidate, self.sentences)


class _DigestView:
    """What :func:`summarize.perspective.neutral.digest` reads of a report kept on disk,
    without reading all of it back: each claim as its id, text, speaker, self-check and
    whether an edit flags a word; each opinion as its id and text; each sentence's
    paragraph from the segmenter's table, the rest of it read only when asked for."""

    def __init__(self, report: Report, table: SentenceTable) -> None:
        self.sentences = _SentencesOf(report.sentences, table)
        self.claims = _Briefly(report.claims, _brief_claim)
        self.opinions = _Briefly(report.opinions, _brief_opinion)


class _Briefly(Sequence[object]):
    def __init__(self, items: Sequence[Any], brief: Callable[[Any], object]) -> None:
        self.items, self.brief = items, brief

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        if isinstance(index, slice):
            return [self.brief(item) for item in self.items[index]]
        return self.brief(self.items[index])

    def __iter__(self) -> Iterator[object]:
        return map(self.brief, self.items)


class _Flag:
    __slots__ = ()
    rule = "flag"


@dataclasses.dataclass(slots=True)
class _BriefClaim:
    sentence_id: int
    text: str
    speaker: str | None
    self_check: str
    edits: tuple[_Flag, ...]


_FLAGGED = (_Flag(),)


def _brief_claim(claim: Claim) -> _BriefClaim:
    flagged = any(edit.rule == "flag" for edit in claim.edits)
    return _BriefClaim(
        claim.sentence_id, claim.text, claim.speaker, claim.self_check, _FLAGGED if flagged else ()
    )


def _brief_opinion(opinion: Opinion) -> Opinion:
    return Opinion(sentence_id=opinion.sentence_id, text=opinion.text)


class _SentencesOf(Sequence[object]):
    def __init__(self, sentences: Sequence[Sentence], table: SentenceTable) -> None:
        self.sentences, self.table = sentences, table

    def __len__(self) -> int:
        return len(self.table)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return _SentenceOnDisk(self, index if index >= 0 else index + len(self))


class _SentenceOnDisk:
    """One sentence of a report on disk: its paragraph at once, the rest when read."""

    __slots__ = ("index", "of")

    def __init__(self, of: _SentencesOf, index: int) -> None:
        self.of, self.index = of, index

    @property
    def paragraph(self) -> int:
        return self.of.table.paragraphs[self.index]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.of.sentences[self.index], name)
