"""Perspective: tell reported events from commentary, and restate claims neutrally.

For each sentence: attribution (who speaks) -> cues (whose voice each word is
in) -> kind (claim / opinion / mixed, with confidence and reasons) -> neutral
restatement of every claim and of the factual core of every mixed sentence.
The stage fills the report's ``sentences[].kind/speaker/cues/confidence/
reasons/attribution`` and its ``claims`` and ``opinions``.
"""

from __future__ import annotations

import bisect
import itertools
import os
import pickle
import re
import shutil
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from summarize.perspective import attribution, cues, kind, loaded, neutral
from summarize.perspective.lexicon import Lexicon, Match, load_lexicon
from summarize.report import Attribution, Claim, Cue, Opinion, Report, Sentence, Source
from summarize.segment import is_byline_or_dateline, paragraphs, segment
from summarize.spool import SentenceTable, SpooledList, give_back
from summarize.text.quotes import clip, find_quotes

__all__ = [
    "Pending",
    "SentenceAnalysis",
    "analyze_sentence",
    "annotate",
    "begin",
    "load_lexicon",
    "neutralize",
    "prestart",
    "warm",
]

#: A capitalised word after a space that follows a lower-case letter, a comma or a semicolon:
#: a name, inside a sentence. (The space comes first in the pattern: the search then jumps
#: from space to space, twice as fast as from the lookbehind at every character.)
_MIDWORD_CAPITAL = re.compile(r" (?<=[a-z,;] )([A-Z][\w’'\-]+)")


@dataclass(frozen=True, slots=True)
class _Article:
    """What the analysis of every sentence of one text reads, and never changes: the
    text, its quotations (in text order), the lexicon, the kind model (None: the
    default) and the words it capitalises mid-sentence (names)."""

    text: str
    quotes: list[tuple[int, int]]
    lex: Lexicon
    model: kind.Model | None
    proper: frozenset[str]

    def fresh_state(self) -> attribution.SpeakerState:
        """The speaker state at the article's start (or a run's, begun afresh)."""
        return attribution.SpeakerState(proper=self.proper, text=self.text, quotes=self.quotes)


@dataclass
class SentenceAnalysis:
    """Everything the perspective stage found in one sentence."""

    found: attribution.Found
    cues: cues.SentenceCues
    decision: kind.Decision
    restatement: neutral.Restatement | None
    #: The kind model's features of the sentence (None where no model decided it).
    features: dict[str, float] | None = None


_FOUND_FIELDS = tuple(attribution.Found.__dataclass_fields__)
_NO_ONE = attribution.Found()


@dataclass(slots=True)
class _Held:
    """What the perspective stage keeps of one sentence until the article's share of
    opinion is known (:func:`_finish`): what the report takes from it and what deciding
    its kind again reads, and nothing else. A long text holds one per sentence, so it is
    kept small: the speaker's findings as a tuple (None: nobody found), the few of the kind
    model's features that deciding again reads, and its largest signed terms
    (:func:`kind.explain`, labels shared) with their reason lines and the factual core
    when it was asked for, made where the sentence was analysed (in a worker, for a
    worker's run): they do not depend on the article's shift, so deciding again adds only
    the shift and the reasons' order."""

    found: tuple | None
    cues: list[Cue]
    kind: str
    confidence: float
    reasons: tuple[str, ...]
    logit: float | None
    features: dict[str, float] | None
    terms: tuple[tuple[str, float], ...]
    lines: tuple[str, ...]
    core: tuple[str | None] | None
    restatement: neutral.Restatement | None

    def attribution(self) -> attribution.Found:
        return attribution.Found(*self.found) if self.found is not None else attribution.Found()


def _kept_features(features: dict[str, float] | None) -> dict[str, float]:
    """The features deciding again reads (the log-odds and the terms are made by then)."""
    return {k: v for k, v in (features or {}).items() if k in kind.REPORTED_FEATURES}


def _hold(result: SentenceAnalysis) -> _Held:
    """``result`` as :class:`_Held`, its recurring strings shared (:func:`sys.intern`)."""
    found = result.found
    values = vars(found)
    if values.keys() != set(_FOUND_FIELDS):
        raise TypeError("attribution.Found gained attributes that _Held does not keep")
    decision = result.decision
    modelled = decision.logit is not None
    if modelled and result.features is None:
        raise ValueError("a sentence the model decided comes without its features")
    for cue in result.cues.cues:
        cue.type = _share(cue.type)
        cue.explanation = _share(cue.explanation)
    if result.restatement is not None:
        _share_edits(result.restatement)
    # only the terms a reason can name: the article's shift, put among them, only pushes
    # the rest further down
    terms = (
        tuple((_share(k), v) for k, v in decision.contributions[: kind.REASON_TERMS])
        if modelled
        else ()
    )
    return _Held(
        found=None if found == _NO_ONE else tuple(values[f] for f in _FOUND_FIELDS),
        cues=result.cues.cues,
        kind=decision.kind,
        confidence=decision.confidence,
        reasons=tuple(map(_share, decision.reasons)),
        logit=decision.logit,
        features=_kept_features(result.features) if modelled else None,
        terms=terms,
        lines=tuple(_share(kind.term_line(k, v)) for k, v in terms),
        # an opinion or a mixed sentence was so because of the factual core it found or not
        core=(decision.core,) if decision.kind in ("mixed", "opinion") else None,
        restatement=result.restatement,
    )


#: Below this many sentences the perspective stage runs in one process: starting a
#: second one costs about half a second.
PARALLEL_MIN_SENTENCES = 4_000


def annotate(
    report: Report,
    text: str,
    *,
    lexicon: str | Iterable[str] | None = None,
    model: kind.Model | None = None,
    workers: int | None = None,
) -> Report:
    """Fill in the perspective fields of ``report`` (whose offsets index ``text``).

    ``workers`` > 1 splits a long text into that many runs of sentences analysed in
    parallel processes (``None``: the machine's cores from
    :data:`PARALLEL_MIN_SENTENCES` sentences on). The result is the same as in one
    process: see :func:`_annotate_parallel`.
    """
    pending = begin(report, text, lexicon=lexicon, model=model, workers=workers)
    try:
        return pending.finish()
    finally:
        pending.close()


class Pending:
    """The perspective stage of one text, begun by :func:`begin`: for a long text held
    in memory, its worker processes already analyse their runs while this process does
    other work (the summary); :meth:`finish` analyses the first run here, takes the
    workers' runs over and fills the report in. :meth:`close` stops any worker left
    (after ``finish``, or when the caller gives up)."""

    def __init__(
        self,
        report: Report,
        article: _Article,
        cuts: list[int],
        lexicon: str | Iterable[str] | None,
        spares: list[_Worker] | None = None,
    ) -> None:
        self.report = report
        self.article = article
        self.cuts = cuts
        self.lexicon = lexicon
        self.workers: list[_Worker] = []
        self.spares = spares if spares is not None else []
        if cuts and not isinstance(report.sentences, SentenceTable):
            bounds = [0, *cuts, len(report.sentences)]
            self.workers = _launch(report.sentences, bounds, article, lexicon, self.spares)
            self._drop_spares()  # more were started than the runs need
        if not cuts:
            self._drop_spares()

    def finish(self) -> Report:
        report, article = self.report, self.article
        if isinstance(report.sentences, SentenceTable):
            _annotate_spooled(
                report, report.sentences, article, self.cuts, self.lexicon, self.spares
            )
        elif self.cuts:
            _annotate_parallel(report, article, self.cuts, self.workers)
        else:
            state = article.fresh_state()
            done = list(_analyse_here(report.sentences, 0, len(report.sentences), article, state))
            _finish(report, done, article.lex, article.proper, article.model)
        return report

    def close(self) -> None:
        for worker in self.workers:
            worker.close()
        self._drop_spares()

    def _drop_spares(self) -> None:
        while self.spares:
            self.spares.pop().close()


def prestart(chars: int, workers: int | None = None) -> list[_Worker]:
    """Worker processes started before a long text (``chars`` characters) is even
    segmented, so that their start (Python, the modules, the lexicon and the models,
    about a second) is over when their runs come (hand them to :func:`begin`, which
    stops any it does not use); none for a text that will not be split: from
    :data:`PARALLEL_MIN_SENTENCES` sentences at about :data:`_CHARS_PER_SENTENCE`
    characters each (news is longer, so a text near the line is not split and the
    process is stopped unused)."""
    count = _workers(workers, chars // _CHARS_PER_SENTENCE)
    spares: list[_Worker] = []
    try:
        for _ in range(count - 1):
            spares.append(_Worker())
    except OSError:
        pass  # no process to start: begin() starts its own, or runs in one process
    return spares


#: Fewer characters than news sentences have (about 120): what :func:`prestart` counts.
_CHARS_PER_SENTENCE = 100


def begin(
    report: Report,
    text: str,
    *,
    lexicon: str | Iterable[str] | None = None,
    model: kind.Model | None = None,
    workers: int | None = None,
    busy: bool = False,
    spares: list[_Worker] | None = None,
) -> Pending:
    """Begin the perspective stage of ``report`` (see :func:`annotate`, which is
    ``begin(...).finish()``): a long text's worker processes start on their runs now.
    ``busy``: this process has other work to do before :meth:`Pending.finish` (the
    summary), so its own first run is made shorter by about that much. ``spares``:
    processes from :func:`prestart`, used as workers before any new one is started."""
    lex = load_lexicon(lexicon)
    quotes = find_quotes(text, paragraphs(text))
    proper = frozenset(_MIDWORD_CAPITAL.findall(text))
    count = _workers(workers, len(report.sentences))
    spooled = isinstance(report.sentences, SentenceTable)
    extra = _FIRST_RUN_EXTRA - (_BUSY_SHARE if busy and not spooled else 0.0)
    cuts = _cuts(report.sentences, text, count, extra) if count > 1 and model is None else []
    article = _Article(text, quotes, lex, model, proper)
    return Pending(report, article, cuts, lexicon, spares)


def _finish(
    report: Report,
    done: list[tuple[Sentence, _Held]],
    lex: Lexicon,
    proper: frozenset[str],
    model: kind.Model | None,
) -> None:
    """Decide each sentence's kind with the article's own share of opinion (see
    :func:`kind.article_shift`), then fill the report in text order."""
    trained = model or kind.default_model()
    scored = [r.logit for _s, r in done if r.logit is not None]
    shift, share = kind.article_shift(trained, scored)
    for index, (sentence, result) in enumerate(done):
        if result.logit is not None:  # first decided without its reasons (_analyze)
            _redecide(sentence, result, trained, shift, share, lex, proper)
        _fill(report, sentence, result)
        done[index] = None  # type: ignore[call-overload]  # its analysis is in the report now


def _redecide(
    sentence: Sentence,
    held: _Held,
    trained: kind.Model,
    shift: float,
    share: float,
    lex: Lexicon,
    proper: frozenset[str],
) -> None:
    found = held.attribution()
    decision = kind.decide(
        held.features or {},
        held.cues,
        found,
        sentence.text,
        sentence.start,
        trained,
        shift=shift,
        share=share,
        terms=held.terms,
        logit=held.logit,
        lines=held.lines,
        core=held.core,
    )
    first = held.kind
    held.kind, held.confidence, held.logit = decision.kind, decision.confidence, decision.logit
    held.reasons = tuple(map(_share, decision.reasons))
    if decision.kind not in ("claim", "mixed"):
        held.restatement = None  # an opinion yields no claim
    elif held.restatement is None or (first == "claim") != (decision.kind == "claim"):
        # (made again when the article's tone moved it between report and mixed: a word
        # only the table flags stays in a report and goes from a mixed sentence)
        held.restatement = _restate(sentence, held.cues, found, lex, proper, decision.kind)
        _share_edits(held.restatement)


def _window(sentences: Sequence[Sentence], left: int, right: int) -> tuple[int, int | None]:
    """The stretch of text whose lexicon matches the sentences ``left:right`` need: from
    the first one (the text's start for the first run) to the next run's first."""
    return (
        sentences[left].start if left else 0,
        sentences[right].start if right < len(sentences) else None,
    )


def _analyse_here(
    sentences: Sequence[Sentence],
    left: int,
    right: int,
    article: _Article,
    state: attribution.SpeakerState,
) -> Iterator[tuple[Sentence, _Held]]:
    """Analyse the sentences ``left:right`` in this process, as they are asked for
    (:func:`_run_table`, with the run's lexicon window: see :func:`_window`)."""
    start, end = _window(sentences, left, right)
    for sentence, held, _found in _run_table(
        sentences, left, right, article, state, window_start=start, window_end=end
    ):
        yield sentence, held


def _workers(workers: int | None, sentences: int) -> int:
    if workers is None:
        if sentences >= PARALLEL_MIN_SENTENCES:
            workers = min(
                len(os.sched_getaffinity(0))
                if hasattr(os, "sched_getaffinity")
                else (os.cpu_count() or 1),
                8,
            )
        else:
            workers = 1
    return max(1, min(workers, sentences // 500 or 1))


class _ShiftGuess:
    """The article's shift (:func:`kind.article_shift`) as far as one run's sentences
    show it so far. A first look decides with it whether a sentence is a claim and so
    needs its restatement: the serial pass that decides every sentence again with the
    whole article's shift then has few left to make. Only which sentences are restated
    early depends on it, never a result (each is decided and restated the same way)."""

    def __init__(self, model: kind.Model | None) -> None:
        self.model = model or kind.default_model()
        self.logits: list[float] = []
        self.shift = 0.0
        self._next = 64  # estimated again at 64, 128, 256 … sentences, then every 4,096

    def add(self, logit: float | None) -> None:
        if logit is None:
            return
        self.logits.append(logit)
        if len(self.logits) >= self._next:
            self.shift, _share = kind.article_shift(self.model, self.logits)
            self._next = min(2 * self._next, len(self.logits) + 4096)


def _run(
    sentences: Iterable[Sentence],
    article: _Article,
    matches: dict[int, list[Match]],
    state: attribution.SpeakerState,
    guess: _ShiftGuess | None = None,
) -> Iterator[tuple[Sentence, _Held]]:
    """Analyse ``sentences`` in order; quotations and sentences are both in text order,
    so one sweep finds each sentence's quotations. ``guess`` carries a run's estimate
    of its article's shift from one call to the next (see :class:`_ShiftGuess`)."""
    quotes = article.quotes
    first = -1
    for sentence in sentences:
        if first < 0:
            first = bisect.bisect_right(quotes, sentence.start, key=lambda q: q[1])
        while first < len(quotes) and quotes[first][1] <= sentence.start:
            first += 1
        last = first
        while last < len(quotes) and quotes[last][0] < sentence.end:
            last += 1
        result = _analyze(
            sentence,
            article.text,
            quotes[first:last],
            matches.get(sentence.id, []),
            state,
            article.lex,
            article.model,
            article.proper,
            explained=False,  # decided again, with its reasons, once the article is known
            shift=guess.shift if guess is not None else 0.0,
        )
        if guess is not None:
            guess.add(result.decision.logit)
        yield sentence, _hold(result)  # held until _finish: only what it reads


#: The first run is this process's, already warm; a worker first starts Python and loads
#: the lexicon (about half a second), so the first run is this much of the text longer.
_FIRST_RUN_EXTRA = 0.05
#: When this process makes the summary while the workers start on their runs
#: (``begin(busy=True)``), its own run is this much of the text shorter. On the
#: 50,000-sentence text with two processes (docs/BENCHMARKS.md, stop 28): at 0.05 the
#: worker was done about 1 s before this process, at 0.07 about 1 s after it.
_BUSY_SHARE = 0.06


def _cuts(
    sentences: list[Sentence], text: str, parts: int, extra: float = _FIRST_RUN_EXTRA
) -> list[int]:
    """Indexes of the sentences that start each run after the first, as even in length
    as they can be. A run starts only after ". ", "? " or "! " (a sentence that ends
    with its mark and a space), where no lexicon term can run across, so that each run
    finds the same lexicon matches on its own as the whole text does."""
    starts = _starts(sentences)
    first = 1 / parts + extra
    cuts: list[int] = []
    for part in range(1, parts):
        target = int(len(text) * (first + (1 - first) * (part - 1) / (parts - 1)))
        index = bisect.bisect_left(starts, target)
        while index < len(sentences) and not _clean_break(text, starts[index]):
            index += 1
        if 0 < index < len(sentences) and (not cuts or index > cuts[-1]):
            cuts.append(index)
    return cuts


def _clean_break(text: str, start: int) -> bool:
    """Whitespace before ``start``, and before that a full stop, "?" or "!"."""
    if start < 2 or not text[start - 1].isspace():
        return False
    before = start - 1
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return before > 0 and text[before - 1] in ".?!"


def _annotate_parallel(
    report: Report, article: _Article, cuts: list[int], workers: list[_Worker]
) -> Report:
    """The perspective stage in ``len(cuts) + 1`` processes, with the one-process result.

    Every run but the first goes to a worker process, which analyses it from a fresh
    speaker state and streams, for each sentence, its analysis, its lexicon matches and
    the speaker state it started from. This process analyses the first run itself,
    then takes each next run over (:func:`_take_over`): it re-analyses the run's
    sentences one by one with the state carried over from the text before, until that
    state equals the one the worker started the sentence from. From there on the
    worker's analyses are the ones this process would make (a sentence's analysis
    depends on the text and on that state only), and the worker's final state carries
    on to the next run.
    """
    sentences = report.sentences
    analysed: list[_Held] = []
    _run_all(sentences, [0, *cuts, len(sentences)], article, workers, analysed.append)
    done = list(zip(sentences, analysed, strict=True))
    _finish(report, done, article.lex, article.proper, article.model)
    return report


def _analyse_in_runs(
    sentences: Sequence[Sentence],
    bounds: list[int],
    article: _Article,
    lexicon: str | Iterable[str] | None,
    keep: Callable[[_Held], None],
    spares: list[_Worker] | None = None,
) -> None:
    """Analyse ``sentences`` in the runs that start at ``bounds`` (then their number),
    handing each sentence's analysis to ``keep`` in text order: the first run in this
    process, each next one in a worker process, taken over as it streams in
    (:func:`_take_over`)."""
    workers = _launch(sentences, bounds, article, lexicon, spares)
    while spares:  # more were started than the runs need
        spares.pop().close()
    try:
        _run_all(sentences, bounds, article, workers, keep)
    finally:
        for worker in workers:
            worker.close()


def _run_all(
    sentences: Sequence[Sentence],
    bounds: list[int],
    article: _Article,
    workers: list[_Worker],
    keep: Callable[[_Held], None],
) -> None:
    """The first run here, then each worker's run taken over (see :func:`_analyse_in_runs`)."""
    try:
        state = article.fresh_state()
        for _sentence, result in _analyse_here(sentences, 0, bounds[1], article, state):
            keep(result)
        helper = _help(sentences, bounds, article, workers)
        runs = zip(itertools.pairwise(bounds[1:]), workers, strict=True)
        for index, ((left, right), worker) in enumerate(runs):
            if helper is not None and helper.run == index:
                _take_over(sentences, left, helper.start, worker, article, state, keep)
                worker.close()
                _take_over(sentences, helper.start, right, helper, article, state, keep)
            else:
                _take_over(sentences, left, right, worker, article, state, keep)
                worker.close()
    finally:
        for worker in workers:
            worker.close()


def _launch(
    sentences: Sequence[Sentence],
    bounds: list[int],
    article: _Article,
    lexicon: str | Iterable[str] | None,
    spares: list[_Worker] | None = None,
) -> list[_Worker]:
    """A worker process for each run after the first (``bounds``: where the runs start,
    then the number of sentences), each given its sentences' spans and quotations: one
    of ``spares`` (taken from the list) while there are any, else a new one."""
    paths = [lexicon] if isinstance(lexicon, str) else (list(lexicon) if lexicon else None)
    workers: list[_Worker] = []
    try:
        for left, right in itertools.pairwise(bounds[1:]):
            first, last = sentences[left].start, sentences[right - 1].end
            runs_quotes = [q for q in article.quotes if q[1] > first and q[0] < last]
            window = _window(sentences, left, right)
            spans = _spans(sentences, left, right)
            task = (article.text, spans, runs_quotes, article.proper, paths, window)
            worker = spares.pop() if spares else _Worker()
            workers.append(worker)
            worker.send(task)
    except BaseException:
        for worker in workers:
            worker.close()
        raise
    return workers


def _spans(sentences: Sequence[Sentence], left: int, right: int) -> list[tuple]:
    """(id, start, end, paragraph, kind) of the sentences ``left:right``, read from the
    table's arrays when the sentences are kept as one (no sentence made for it)."""
    if isinstance(sentences, SentenceTable):
        t = sentences
        return [(i, t.starts[i], t.ends[i], t.paragraphs[i], t.kind(i)) for i in range(left, right)]
    return [(s.id, s.start, s.end, s.paragraph, s.kind) for s in sentences[left:right]]


def _starts(sentences: Sequence[Sentence]) -> Sequence[int]:
    """Where each sentence starts: the table's own array, or made from the sentences."""
    if isinstance(sentences, SentenceTable):
        return sentences.starts
    return [s.start for s in sentences]


#: On disk (:func:`_annotate_spooled`), the lexicon is matched a stretch of at least this
#: many sentences at a time: matching a whole run at once holds a tuple per word of it.
_MATCH_BLOCK = 2_000


def _blocks(starts: Sequence[int], text: str, left: int, right: int) -> Iterator[tuple[int, int]]:
    """``left:right`` in stretches of about :data:`_MATCH_BLOCK` sentences, each after
    the first starting at a clean break (see :func:`_cuts`): each finds the lexicon
    matches the whole run finds there."""
    while left < right:
        end = min(left + _MATCH_BLOCK, right)
        while end < right and not _clean_break(text, starts[end]):
            end += 1
        yield left, end
        left = end


def _run_table(
    table: Sequence[Sentence],
    left: int,
    right: int,
    article: _Article,
    state: attribution.SpeakerState,
    *,
    window_start: int,
    window_end: int | None,
) -> Iterator[tuple[Sentence, _Held, list[Match]]]:
    """:func:`_run` over the table's sentences ``left:right``, made and matched a block
    at a time; the first block's lexicon window starts at ``window_start`` (the text's
    start, or a clean break at or before ``left``), the last block's ends at
    ``window_end`` (the next run's start; None: the text's end)."""
    text, lex = article.text, article.lex
    starts = _starts(table)
    # The terms with marks other than words ("a.m."): one search of the run's window (it
    # may read the whole text: once per block would be once per 2,000 sentences).
    marked = list(lex.find(text, start=window_start, end=window_end, words=False))
    guess = _ShiftGuess(article.model)
    for a, b in _blocks(starts, text, left, right):
        block = table[a:b]  # type: ignore[index]
        window = (window_start if a == left else starts[a], starts[b] if b < right else window_end)
        found = lex.find(text, start=window[0], end=window[1], marks=False)
        here = (m for m in marked if m.start >= window[0] and m.start < (window[1] or len(text)))
        matches = _by_sentence(block, itertools.chain(found, here))
        for sentence, held in _run(block, article, matches, state, guess):
            yield sentence, held, matches.get(sentence.id, [])


def _annotate_spooled(
    report: Report,
    table: SentenceTable,
    article: _Article,
    cuts: list[int],
    lexicon: str | Iterable[str] | None,
    spares: list[_Worker] | None = None,
) -> None:
    """The perspective stage of a book-length text, its memory flat in its length: the
    same report as :func:`annotate` in memory, kept on disk (:mod:`summarize.spool`).

    Pass one analyses the sentences in order (the runs after the first in worker
    processes, which stream their answers: see :func:`_annotate_parallel` for how this
    process takes them over) and writes what is held of each (:class:`_Held`) to a
    spool, keeping only the kind model's logits. Pass two reads them back with the
    article's shift, decides each kind again and writes the finished sentences, claims
    and opinions to the report's spooled lists."""
    bounds = [0, *cuts, len(table)]
    held = SpooledList[_Held]()
    logits: list[float] = []

    def keep(result: _Held) -> None:
        held.append(result)
        if result.logit is not None:
            logits.append(result.logit)

    _analyse_in_runs(table, bounds, article, lexicon, keep, spares)  # type: ignore[arg-type]
    if len(held) != len(table):
        raise ValueError("the perspective stage lost sentences")
    give_back()  # pass one's freed memory, before pass two's
    lex, proper = article.lex, article.proper
    trained = article.model or kind.default_model()
    shift, share = kind.article_shift(trained, logits)
    logits.clear()
    sentences = SpooledList[Sentence]()
    report.claims = SpooledList()  # type: ignore[assignment]
    report.opinions = SpooledList()  # type: ignore[assignment]
    for sentence, result in zip(table, held, strict=True):
        if result.logit is not None:
            _redecide(sentence, result, trained, shift, share, lex, proper)
        _fill(report, sentence, result)
        sentences.append(sentence)
    held.close()
    report.sentences = sentences  # type: ignore[assignment]


#: A worker's run is shared only when at least this many of its sentences are left once
#: this process is done with its own (about 0.4 s of work): less is not worth the speaker
#: state's catching up where the shared part starts.
_HELP_MIN = 400
#: This process takes at most this many of a worker's sentences, whose analyses it holds
#: until their turn (a book's run kept on disk is not all held in memory).
_HELP_MAX = 20_000


@dataclass
class _Helped:
    """The end of a worker's run (``run``: its index), from ``start``, analysed in this
    process as the worker would (from a fresh speaker state), in the worker's answer's
    form: :meth:`stream` and :attr:`final` as :class:`_Worker` has them."""

    run: int
    start: int
    items: list[tuple]
    final: tuple
    stopped_early: bool = False

    def stream(self) -> Iterator[tuple]:
        items, self.items = self.items, []
        return iter(items)


def _help(
    sentences: Sequence[Sentence], bounds: list[int], article: _Article, workers: list[_Worker]
) -> _Helped | None:
    """Share the rest of the run with the most sentences left: its worker is told to stop
    halfway through that rest's text (at a clean break, see :func:`_cuts`) and this process
    analyses the second half, so that neither waits for the other whatever the machine's
    load or the summary's length made of the planned cut. None when every run is nearly
    done (or a worker cannot be told: no shared progress, or it failed)."""
    best: tuple[int, int, int] | None = None
    for index, worker in enumerate(workers):
        done = worker.progress()
        if done is None:
            continue
        left, right = bounds[index + 1], bounds[index + 2]
        rest = right - left - done
        if rest >= _HELP_MIN and (best is None or rest > best[0]):
            best = (rest, index, left + done)
    if best is None:
        return None
    rest, run, at = best
    right = bounds[run + 2]
    starts = _starts(sentences)
    end = starts[right] if right < len(sentences) else len(article.text)
    cut = bisect.bisect_left(starts, (starts[at] + end) // 2, at, right)  # half its text
    cut = max(cut, right - _HELP_MAX)
    while cut < right and not _clean_break(article.text, starts[cut]):
        cut += 1
    if right - cut < _HELP_MIN // 4 or not workers[run].stop_at(cut - bounds[run + 1]):
        return None
    state = article.fresh_state()
    analysed = _run_from(sentences, cut, right, article, state, window_start=starts[cut])
    *items, _end, final = _answers(analysed, state)
    return _Helped(run, cut, items, final)


def _answers(
    analysed: Iterable[tuple[Sentence, _Held, list[Match]]],
    state: attribution.SpeakerState,
    more: Callable[[int], bool] | None = None,
) -> Iterator[object]:
    """A run's analyses as a worker answers them (:meth:`_Worker.stream`): (held, matches,
    speaker state before the sentence, or None when unchanged) for each sentence, then
    None, then the final speaker state. ``more(done)``, asked after each sentence, ends
    the run early when it says no."""
    before = state.snapshot()
    changed: tuple | None = before
    for done, (_sentence, result, found) in enumerate(analysed, 1):
        yield result, found, changed
        after = state.snapshot()
        changed = None if after == before else after
        before = after if changed is not None else before
        if more is not None and not more(done):
            break
    yield None
    yield before


def _take_over(
    table: Sequence[Sentence],
    left: int,
    right: int,
    worker: _Worker | _Helped,
    article: _Article,
    state: attribution.SpeakerState,
    keep: Callable[[_Held], None],
) -> None:
    """Take over a worker's streamed run ``left:right`` of ``table`` (the report's
    sentences, in memory or on disk), handing each sentence's analysis to ``keep``: this
    process's own analyses until its speaker state is the one the worker started a
    sentence from, the worker's from there. If the worker failed, or its answer breaks
    off, this process analyses the rest of the run itself."""
    items = worker.stream()
    index = left
    synced = False
    before: tuple | None = None
    found: Sequence[Match] = ()
    if items is not None:
        try:
            for result, found, changed in items:
                if index >= right and worker.stopped_early:
                    # told to stop at ``right`` (see _help), it went past before it saw it:
                    # the state before this answer is the one at ``right``
                    if synced:
                        state.restore(changed if changed is not None else before)
                    return
                if index >= right:
                    raise ValueError("a worker answered for more sentences than it was given")
                before = changed if changed is not None else before
                synced = synced or state.snapshot() == before
                if not synced:
                    one = {index: list(found)}
                    _, result = next(_run([table[index]], article, one, state))
                keep(result)
                index += 1
            if index == right and synced:
                state.restore(worker.final)
                return
        except (OSError, EOFError, ValueError, pickle.UnpicklingError):
            pass  # cut short: the rest is analysed here
        if synced and index > left:
            # this process's state is the one before the last sentence taken: step over it
            assert before is not None
            state.restore(before)
            one = {index - 1: list(found)}
            for _ in _run([table[index - 1]], article, one, state):
                pass
    if index < right:
        starts = _starts(table)
        clean = index
        while clean > left and not _clean_break(article.text, starts[clean]):
            clean -= 1
        for _s, result, _f in _run_from(
            table, index, right, article, state, window_start=starts[clean]
        ):
            keep(result)


def _run_from(
    table: Sequence[Sentence],
    left: int,
    right: int,
    article: _Article,
    state: attribution.SpeakerState,
    *,
    window_start: int,
) -> Iterator[tuple[Sentence, _Held, list[Match]]]:
    """:func:`_run_table` over ``left:right`` of a run that ends at ``right``: its lexicon
    window from ``window_start`` (a clean break) to the next run's start."""
    end = _starts(table)[right] if right < len(table) else None
    return _run_table(table, left, right, article, state, window_start=window_start, window_end=end)


class _Channel:
    """Two counts a worker shares with this process through a small anonymous file both
    map into memory: how many sentences of its run it has answered, and how many it is
    to answer in all (0: the whole run). A worker reads the second after each sentence
    (:meth:`more`); this process reads the first and may set the second (see :func:`_help`)."""

    SIZE = 16

    def __init__(self, file: IO[bytes]) -> None:
        import mmap

        self.file = file
        self.memory = mmap.mmap(file.fileno(), self.SIZE)

    @classmethod
    def create(cls) -> _Channel | None:
        """A new channel, or None where a descriptor cannot be handed to a child process
        (not POSIX) or no temporary file can be made."""
        import tempfile

        if os.name != "posix":
            return None
        try:
            file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close(); unlinked)
        except OSError:
            return None
        try:
            file.write(bytes(cls.SIZE))
            file.flush()
            return cls(file)
        except (OSError, ValueError):
            file.close()
            return None

    @classmethod
    def attach(cls, descriptor: int) -> _Channel:
        """The channel a worker was handed, by its file descriptor."""
        return cls(os.fdopen(descriptor, "r+b"))

    def done(self) -> int:
        return int.from_bytes(self.memory[0:8], "little")

    def limit(self) -> int:
        return int.from_bytes(self.memory[8:16], "little")

    def more(self, done: int) -> bool:
        """(In the worker.) Say ``done`` sentences are answered; False once that is all."""
        self.memory[0:8] = done.to_bytes(8, "little")
        limit = self.limit()
        return not limit or done < limit

    def stop_at(self, count: int) -> None:
        self.memory[8:16] = count.to_bytes(8, "little")

    def close(self) -> None:
        self.memory.close()
        self.file.close()


class _Worker:
    """A ``python -m summarize.perspective.worker`` process given one run: the task goes
    in on its stdin and the answer comes back on its stdout, both pickled. A process of
    its own, not multiprocessing's: that would import the caller's ``__main__`` again
    (and run it, in a script without a ``__main__`` guard).

    A thread copies the answer into an anonymous temporary file as it comes, so that the
    worker ends, and frees its run's analyses, as soon as it has written them, instead of
    waiting, with all of them, until this process is ready to read (the two processes'
    memory is not at its peak together)."""

    def __init__(self) -> None:
        import subprocess

        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (os.path.dirname(root), env.get("PYTHONPATH")) if p
        )
        self.channel = _Channel.create()
        self.stopped_early = False
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "summarize.perspective.worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                pass_fds=(self.channel.file.fileno(),) if self.channel is not None else (),
            )
        except BaseException:
            if self.channel is not None:
                self.channel.close()
            raise
        self.writer: threading.Thread | None = None
        self.spool: IO[bytes] | None = None
        self.reader: threading.Thread | None = None

    def send(self, task: tuple) -> None:
        """Give the process its run (it reads it once it is ready)."""
        import tempfile

        if self.channel is not None:
            task = (*task, self.channel.file.fileno())
        payload = pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL)
        self.writer = threading.Thread(target=self._write, args=(payload,), daemon=True)
        self.writer.start()
        try:
            self.spool = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close(); unlinked)
        except OSError:
            pass  # no writable temporary folder: the answer is read from the pipe
        else:
            self.reader = threading.Thread(target=self._read, daemon=True)
            self.reader.start()

    def _write(self, payload: bytes) -> None:
        try:
            assert self.process.stdin is not None
            self.process.stdin.write(payload)
            self.process.stdin.close()
        except OSError:
            pass  # the worker died; result() says so

    def _read(self) -> None:
        try:
            assert self.process.stdout is not None
            shutil.copyfileobj(self.process.stdout, self.spool, 1 << 20)
        except (OSError, ValueError):
            pass  # a full disk or a closed spool: result() finds the answer cut short

    def stream(self) -> Iterator[tuple] | None:
        """The worker's answer, one sentence's (held, matches, speaker state before it
        or None when unchanged) at a time, read from the spool as it is used;
        :attr:`final` is its last state once all are read. None when the worker failed.
        Without a temporary file the answer is read from the pipe as it comes: a worker
        that dies partway leaves it cut short (EOFError), which the reader handles."""
        if self.spool is None:
            assert self.process.stdout is not None
            return self._items(self.process.stdout)
        assert self.reader is not None
        self.reader.join()
        if self.process.wait() != 0:
            return None
        self.spool.seek(0)
        return self._items(self.spool)

    def progress(self) -> int | None:
        """How many sentences of its run the worker has answered so far; None when it
        cannot say (no channel) or has failed."""
        if self.channel is None or self.process.poll() not in (None, 0):
            return None
        return self.channel.done()

    def stop_at(self, count: int) -> bool:
        """Tell the worker to answer only the first ``count`` sentences of its run (it may
        have answered more before it reads this). False when it cannot be told."""
        if self.channel is None or self.process.poll() is not None:
            return False
        self.channel.stop_at(count)
        self.stopped_early = True
        return True

    def _items(self, source: IO[bytes]) -> Iterator[tuple]:
        parts = _unbatched(source)
        while (item := next(parts)) is not None:
            yield item
        self.final = next(parts)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self.writer is not None:
            self.writer.join(timeout=5)
        elif self.process.stdin is not None:
            self.process.stdin.close()  # a spare never given a run
        if self.reader is not None:
            self.reader.join(timeout=5)
        if self.process.stdout is not None and (self.reader is None or not self.reader.is_alive()):
            self.process.stdout.close()
        if self.spool is not None:
            self.spool.close()
        if self.channel is not None:
            self.channel.close()
            self.channel = None


def _unbatched(source: IO[bytes]) -> Iterator[Any]:
    """A worker's answer part by part from the lists it pickles them in (see
    :mod:`summarize.perspective.worker`); EOFError where it breaks off."""
    while True:
        yield from pickle.load(source)


def _annotate_run(
    text: str,
    spans: list[tuple[int, int, int, int, str]],
    quotes: list[tuple[int, int]],
    proper: frozenset[str],
    lexicon: list[str] | None,
    window: tuple[int, int | None],
    channel: int | None = None,
) -> Iterator[object]:
    """A worker's part of the perspective stage: one run of sentences from a fresh
    speaker state, answered as it is made, in :meth:`_Worker.stream`'s form (see
    :func:`_answers`). The run's sentences are kept as a
    :class:`~summarize.spool.SentenceTable` and matched a block at a time. ``channel``:
    the file descriptor of the progress shared with the parent (:class:`_Channel`)."""
    lex = load_lexicon(lexicon)
    first = spans[0][0] if spans else 0
    table = SentenceTable(text, [], first_id=first)
    for _i, start, end, paragraph, sentence_kind in spans:
        table.add(start, end, paragraph, sentence_kind == "title")
    del spans
    state = attribution.SpeakerState(proper=proper, text=text, quotes=quotes)
    article = _Article(text, quotes, lex, None, proper)
    analysed = _run_table(
        table, 0, len(table), article, state, window_start=window[0], window_end=window[1]
    )
    shared = _Channel.attach(channel) if channel is not None else None
    yield from _answers(analysed, state, shared.more if shared is not None else None)


#: What a worker analyses while it waits for its run (:func:`warm`): a quotation with its
#: speaker after it, a loaded verb and adjective, a hedge and a date.
_WARM_TEXT = (
    "Council Backs Plan\n\n"
    '"We will appeal," said Jane Hale, a spokeswoman for the city council. '
    "Critics slammed the reckless plan on Tuesday, and officials reportedly denied it.\n"
)


def warm() -> None:
    """Load what analysing sentences loads when first needed (the tagger, the word
    tables, the inflections, the kind model) by analysing a short text: a worker does
    this while its run is on its way, not at the run's first sentences."""
    text = _WARM_TEXT
    sentences = [
        Sentence(
            id=i,
            start=span.start,
            end=span.end,
            text=text[span.start : span.end],
            paragraph=span.paragraph,
            kind="title" if span.heading else "other",
        )
        for i, span in enumerate(segment(text))
    ]
    report = Report(source=Source(name="<warm>", chars=len(text), sha256=""), sentences=sentences)
    annotate(report, text, workers=1)


def _title_case(text: str) -> bool:
    """A headline in title case: nearly every word of four letters or more capitalised."""
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _by_sentence(sentences: list[Sentence], found: Iterable[Match]) -> dict[int, list[Match]]:
    starts = [s.start for s in sentences]
    grouped: dict[int, list[Match]] = {}
    for match in found:
        index = bisect.bisect_right(starts, match.start) - 1
        if index >= 0 and match.end <= sentences[index].end:
            grouped.setdefault(sentences[index].id, []).append(match)
    return grouped


def _own_line(sentence: Sentence, text: str) -> bool:
    """The sentence is a whole line of ``text`` (a line break, or the text's edge, on each
    side)."""
    before = text[max(0, sentence.start - 80) : sentence.start].rstrip(" \t")
    after = text[sentence.end : sentence.end + 80].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _analyze(
    sentence: Sentence,
    text: str,
    quotes: list[tuple[int, int]],
    matches: list[Match],
    state: attribution.SpeakerState,
    lex: Lexicon,
    model: kind.Model | None,
    proper: frozenset[str],
    *,
    explained: bool = True,
    shift: float = 0.0,
) -> SentenceAnalysis:
    """One sentence's analysis. ``explained=False``: a first look, decided again later
    (see :func:`kind.decide`); ``shift`` then moves only that first kind, which says
    whether the sentence is restated now."""
    own_quotes = clip(quotes, sentence.start, sentence.end)
    matches = loaded.fitting(sentence.text, sentence.start, matches)
    before = state.snapshot() if sentence.kind == "title" and _title_case(sentence.text) else None
    found = attribution.find(
        sentence.text, sentence.start, own_quotes, matches, state, lex, sentence.paragraph
    )
    if before is not None:  # "N.C. Congressman Apologizes …": every word capitalised, so
        state.restore(before)  # no word there tells a name; the headline teaches nothing
    if found.speaker:
        found.speaker = neutral.clean_phrase(found.speaker, lex) or found.speaker
    trained = model or kind.default_model()
    flags = trained.flags
    detected = cues.detect(sentence.text, sentence.start, matches, found, lex, flags, proper)
    for cue in detected.cues:
        cue.weight = kind.cue_weight(trained, cue)
    features: dict[str, float] | None = None
    if sentence.kind == "title":
        decision = kind.Decision(
            kind="title",
            confidence=1.0,
            probability=0.0,
            reasons=["a headline: a stand-alone line without closing punctuation"],
        )
    elif not any(ch.isalpha() for ch in sentence.text):
        decision = kind.Decision(
            kind="other", confidence=1.0, probability=0.0, reasons=["no words to classify"]
        )
    elif is_byline_or_dateline(sentence.text) and _own_line(sentence, text):
        decision = kind.Decision(
            kind="other",
            confidence=1.0,
            probability=0.0,
            reasons=["a byline or a dateline on a line of its own: who wrote it, or when"],
        )
    else:
        features = kind.features_of(detected.features, detected.voice, trained)
        decision = kind.decide(
            features,
            detected.cues,
            found,
            sentence.text,
            sentence.start,
            trained,
            detected.voice,
            explained=explained,
            # a quotation's reasons are final (it is not decided again): no guessed shift
            shift=0.0 if explained or found.quote_only else shift,
        )
    restatement = None
    if decision.kind in ("claim", "mixed"):
        restatement = _restate(sentence, detected.cues, found, lex, proper, decision.kind)
    return SentenceAnalysis(
        found=found, cues=detected, decision=decision, restatement=restatement, features=features
    )


def _fill(report: Report, sentence: Sentence, held: _Held) -> None:
    """Put one sentence's analysis into the report. The words that recur from sentence
    to sentence (reasons, cue types and explanations, edit notes, speakers) are made one
    shared string each (:func:`sys.intern`, in :func:`_hold`): a long text's report
    holds each once, not once per sentence."""
    found = held.attribution()
    sentence.kind = held.kind
    sentence.confidence = round(held.confidence, 3)
    sentence.reasons = list(held.reasons)
    sentence.cues = [*held.cues, *neutral.found_cues(held.restatement, held.cues)]
    speaker = _share(found.speaker) if found.speaker else found.speaker
    sentence.speaker = speaker
    if found.speaker:
        sentence.speaker_confidence = round(found.confidence, 2)
        sentence.speaker_reason = _share(found.how)
    if found.speaker or found.quotes or found.verb:
        sentence.attribution = Attribution(
            speaker=speaker,
            verb=_share(found.verb) if found.verb else found.verb,
            quotes=[[s, e] for s, e in found.quotes],
            inherited=found.inherited,
            reason=_share(found.how),
            confidence=round(found.confidence, 2) if found.speaker else None,
        )
    if held.restatement is not None:
        report.claims.append(
            Claim(
                sentence_id=sentence.id,
                # unchanged: the sentence's own string, not a second copy of it
                text=sentence.text
                if held.restatement.text == sentence.text
                else held.restatement.text,
                speaker=speaker,
                edits=held.restatement.edits,
                self_check=_share(held.restatement.self_check),
                problems=[_share(p) for p in held.restatement.problems],
            )
        )
    if held.kind in ("opinion", "mixed"):
        author = [c for c in sentence.cues if not c.quoted and c.type in cues.OPINION_TYPES]
        report.opinions.append(Opinion(sentence_id=sentence.id, text=sentence.text, cues=author))


_share = sys.intern


def _restate(
    sentence: Sentence,
    cues: list[Cue],
    found: attribution.Found,
    lex: Lexicon,
    proper: frozenset[str],
    kind_: str,
) -> neutral.Restatement:
    """The sentence's neutral restatement, for its kind (a report keeps the describing
    words only the word table flags; see ``neutral.restate``)."""
    return neutral.restate(
        sentence.text,
        sentence.start,
        cues,
        found,
        lex,
        proper_words=proper,
        report=kind_ == "claim",
    )


def _share_edits(restatement: neutral.Restatement) -> None:
    """Make the recurring strings of ``restatement``'s edits shared ones, in place."""
    for edit in restatement.edits:
        edit.reason = _share(edit.reason)
        edit.rule = _share(edit.rule)
        edit.note = _share(edit.note)


def analyze_sentence(
    text: str, *, lexicon: Lexicon | None = None, model: kind.Model | None = None
) -> SentenceAnalysis:
    """Analyse one sentence on its own (no article around it)."""
    lex = lexicon or load_lexicon()
    sentence = Sentence(id=0, start=0, end=len(text), text=text, paragraph=0)
    quotes = find_quotes(text, [(0, len(text))])
    matches = [m for m in lex.find(text) if m.end <= len(text)]
    proper = frozenset(_MIDWORD_CAPITAL.findall(text))
    state = attribution.SpeakerState(proper=proper, text=text, quotes=quotes)
    result = _analyze(sentence, text, quotes, matches, state, lex, model, proper)
    result.cues.cues.extend(neutral.found_cues(result.restatement, result.cues.cues))
    return result


def neutralize(sentence: str) -> str:
    """``sentence`` restated without the author's judgement (loaded words, verdicts).

    >>> neutralize("He falsely accused the mayor of “wasting money” on the stadium.")
    'He accused the mayor of “wasting money” on the stadium.'
    """
    text = " ".join(sentence.split())
    if not text:
        return ""
    lex = load_lexicon()
    result = analyze_sentence(text, lexicon=lex)
    restated = result.restatement or neutral.restate(
        text,
        0,
        result.cues.cues,
        result.found,
        lex,
        proper_words=frozenset(_MIDWORD_CAPITAL.findall(text)),
    )
    return restated.text
