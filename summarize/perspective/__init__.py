"""Perspective: tell reported events from commentary, and restate claims neutrally.

For each sentence: attribution (who speaks) -> cues (whose voice each word is
in) -> kind (claim / opinion / mixed, with confidence and reasons) -> neutral
restatement of every claim and of the factual core of every mixed sentence.
The stage fills the report's ``sentences[].kind/speaker/cues/confidence/
reasons/attribution`` and its ``claims`` and ``opinions``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from summarize.perspective import attribution, classify, cues, neutral
from summarize.perspective.lexicon import Lexicon, Match, load_lexicon
from summarize.perspective.quotes import clip, find_quotes
from summarize.report import Attribution, Claim, Opinion, Report, Sentence
from summarize.segment import paragraphs

__all__ = ["SentenceAnalysis", "analyze_sentence", "annotate", "load_lexicon", "neutralize"]

_MIDWORD_CAPITAL = re.compile(r"(?<=[a-z,;] )([A-Z][\w’'\-]+)")


@dataclass
class SentenceAnalysis:
    """Everything the perspective stage found in one sentence."""

    found: attribution.Found
    cues: cues.SentenceCues
    decision: classify.Decision
    restatement: neutral.Restatement | None


def annotate(
    report: Report,
    text: str,
    *,
    lexicon: str | Iterable[str] | None = None,
    model: classify.Model | None = None,
) -> Report:
    """Fill in the perspective fields of ``report`` (whose offsets index ``text``)."""
    lex = load_lexicon(lexicon)
    quotes = find_quotes(text, paragraphs(text))
    matches = _by_sentence(report.sentences, lex.find(text))
    proper = frozenset(_MIDWORD_CAPITAL.findall(text))
    state = attribution.SpeakerState(proper=proper)
    first = 0  # quotations and sentences are both in text order: one sweep, not a search each
    for sentence in report.sentences:
        while first < len(quotes) and quotes[first][1] <= sentence.start:
            first += 1
        last = first
        while last < len(quotes) and quotes[last][0] < sentence.end:
            last += 1
        result = _analyze(
            sentence,
            text,
            quotes[first:last],
            matches.get(sentence.id, []),
            state,
            lex,
            model,
            proper,
        )
        _fill(report, sentence, result)
    return report


def _by_sentence(sentences: list[Sentence], found: Iterable[Match]) -> dict[int, list[Match]]:
    import bisect

    starts = [s.start for s in sentences]
    grouped: dict[int, list[Match]] = {}
    for match in found:
        index = bisect.bisect_right(starts, match.start) - 1
        if index >= 0 and match.end <= sentences[index].end:
            grouped.setdefault(sentences[index].id, []).append(match)
    return grouped


def _analyze(
    sentence: Sentence,
    text: str,
    quotes: list[tuple[int, int]],
    matches: list[Match],
    state: attribution.SpeakerState,
    lex: Lexicon,
    model: classify.Model | None,
    proper: frozenset[str],
) -> SentenceAnalysis:
    own_quotes = clip(quotes, sentence.start, sentence.end)
    found = attribution.find(sentence.text, sentence.start, own_quotes, matches, state, lex)
    if found.speaker:
        found.speaker = neutral.clean_phrase(found.speaker, lex) or found.speaker
    detected = cues.detect(sentence.text, sentence.start, matches, found, lex)
    trained = model or classify.default_model()
    for cue in detected.cues:
        cue.weight = classify.cue_weight(trained, cue)
    if sentence.kind == "title":
        decision = classify.Decision(
            kind="title",
            confidence=1.0,
            probability=0.0,
            reasons=["a headline: a stand-alone line without closing punctuation"],
        )
    elif not any(ch.isalpha() for ch in sentence.text):
        decision = classify.Decision(
            kind="other", confidence=1.0, probability=0.0, reasons=["no words to classify"]
        )
    else:
        decision = classify.decide(
            detected.features, detected.cues, found, sentence.text, sentence.start, trained
        )
    restatement = None
    if decision.kind in ("claim", "mixed"):
        restatement = neutral.restate(
            sentence.text, sentence.start, detected.cues, found, lex, proper_words=proper
        )
    return SentenceAnalysis(found=found, cues=detected, decision=decision, restatement=restatement)


def _fill(report: Report, sentence: Sentence, result: SentenceAnalysis) -> None:
    found, decision = result.found, result.decision
    sentence.kind = decision.kind
    sentence.confidence = round(decision.confidence, 3)
    sentence.reasons = decision.reasons
    sentence.cues = result.cues.cues
    sentence.speaker = found.speaker
    if found.speaker or found.quotes or found.verb:
        sentence.attribution = Attribution(
            speaker=found.speaker,
            verb=found.verb,
            quotes=[[s, e] for s, e in found.quotes],
            inherited=found.inherited,
            reason=found.how,
        )
    if result.restatement is not None:
        report.claims.append(
            Claim(
                sentence_id=sentence.id,
                text=result.restatement.text,
                speaker=found.speaker,
                edits=result.restatement.edits,
            )
        )
    if decision.kind in ("opinion", "mixed"):
        author = [c for c in sentence.cues if not c.quoted and c.type in cues.OPINION_TYPES]
        report.opinions.append(Opinion(sentence_id=sentence.id, text=sentence.text, cues=author))


def analyze_sentence(
    text: str, *, lexicon: Lexicon | None = None, model: classify.Model | None = None
) -> SentenceAnalysis:
    """Analyse one sentence on its own (no article around it)."""
    lex = lexicon or load_lexicon()
    sentence = Sentence(id=0, start=0, end=len(text), text=text, paragraph=0)
    quotes = find_quotes(text, [(0, len(text))])
    matches = [m for m in lex.find(text) if m.end <= len(text)]
    proper = frozenset(_MIDWORD_CAPITAL.findall(text))
    return _analyze(
        sentence, text, quotes, matches, attribution.SpeakerState(proper=proper), lex, model, proper
    )


def neutralize(sentence: str) -> str:
    """``sentence`` restated without the author's judgement (loaded words, verdicts).

    >>> neutralize("He falsely accused Moscow of “harsh rhetoric” against Ukraine.")
    'He accused Moscow of “harsh rhetoric” against Ukraine.'
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
