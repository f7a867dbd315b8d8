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
from tests.conftest import SEED


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
    """Deciding again from a held sentence (the author's judging words only, as a flat
    tuple) gives the decision the full analysis gives, with the article's shift."""
    text = SEED.read_text(encoding="utf-8")
    report = analyze(text, workers=1, perspective=False)
    lex = perspective.load_lexicon()
    model = kind.default_model()
    compared = 0
    for sentence in report.sentences:
        if sentence.kind == "title":
            continue
        result = perspective.analyze_sentence(sentence.text, lexicon=lex)
        held = perspective._hold(result)
        if held.logit is None:
            continue
        for shift in (0.0, 0.7, -1.3):
            whole = kind.decide(
                kind.features_of(result.cues.features, result.cues.voice, model),
                result.cues.cues,
                result.found,
                sentence.text,
                0,
                model,
                result.cues.voice,
                shift=shift,
                share=0.4,
            )
            voice = held.voice_words()
            again = kind.decide(
                kind.features_of(held.features or {}, voice, model),
                held.cues,
                held.attribution(),
                sentence.text,
                0,
                model,
                voice,
                shift=shift,
                share=0.4,
            )
            assert dataclasses.asdict(again) == dataclasses.asdict(whole), sentence.text
            compared += 1
    assert compared > 30


def test_a_found_with_more_than_its_fields_is_refused() -> None:
    result = perspective.analyze_sentence("The mayor said the plan was a disgrace.")
    result.found.extra = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        perspective._hold(result)
