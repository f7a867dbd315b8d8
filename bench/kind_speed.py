"""Speed of the sentence-kind model with its explanations, per core.

    .venv/bin/python bench/kind_speed.py              # 3,000 sentences, median of 5 runs
    .venv/bin/python bench/kind_speed.py --sentences 5000 --runs 7

Issue 11 asks for at least 1,000 sentences per second per core "for the kind model with
its explanations". Each sentence is analysed once beforehand (speaker, lexicon matches,
quotations: what the kind model reads but does not make), then three things are timed on
the same sentences in this one process (one core), each the median of ``--runs``:

1. the model: its features from the author's-voice cues and words, the decision, and the
   explanation (every signed term and the reasons in words);
2. the author's voice and the model: finding the cues and the author's words (the
   opinion-word table, the loaded-word flags) and then (1);
3. the reference: TextBlob's subjectivity score of the sentence (the pattern lexicon it
   ships; 0.51 macro-F1 on CheckThat! dev in ../shared/FINDINGS.md), no explanation.

The sentences are BBC News sentences (``../shared/data/bbc``), or the seed article's
repeated when that folder is absent; the table says which.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SEED, bbc_articles, machine


def sentences_for(count: int) -> tuple[list[str], str]:
    """``count`` sentences of real news (or of the seed, repeated), and where from."""
    from summarize.segment import segment

    found: list[str] = []
    articles = [a["text"] for a in bbc_articles()]
    source = "BBC News sentences"
    if not articles:
        articles = [SEED.read_text(encoding="utf-8")] * (count // 30 + 1)
        source = "the seed article's sentences, repeated"
    for text in articles:
        body = text.split("\n\n", 1)[-1]
        found += [body[s.start : s.end] for s in segment(body) if not s.heading]
        if len(found) >= count:
            break
    return found[:count], source


def prepared(texts: list[str]) -> list[tuple]:
    """What the kind model reads and does not make, for each sentence: its text, its
    lexicon matches, its speaker and its cues (made once, outside the timing)."""
    from summarize.perspective import analyze_sentence, load_lexicon
    from summarize.perspective.kind import default_model

    lex = load_lexicon()
    model = default_model()
    items = []
    for text in texts:
        result = analyze_sentence(text, lexicon=lex, model=model)
        matches = [m for m in lex.find(text) if m.end <= len(text)]
        items.append((text, matches, result.found))
    return items


def time_model(items: list[tuple], runs: int) -> tuple[float, float]:
    """Seconds per pass of (the model alone, cues and model), medians of ``runs``."""
    from summarize.perspective import cues, kind, load_lexicon

    lex = load_lexicon()
    model = kind.default_model()
    detected = [
        cues.detect(text, 0, matches, found, lex, model.flags, frozenset())
        for text, matches, found in items
    ]

    def model_only() -> None:
        for (text, _matches, found), sentence in zip(items, detected, strict=True):
            features = kind.features_of(sentence.features, sentence.voice, model)
            kind.decide(features, sentence.cues, found, text, 0, model, sentence.voice)

    def with_cues() -> None:
        for text, matches, found in items:
            sentence = cues.detect(text, 0, matches, found, lex, model.flags, frozenset())
            features = kind.features_of(sentence.features, sentence.voice, model)
            kind.decide(features, sentence.cues, found, text, 0, model, sentence.voice)

    return _median(model_only, runs), _median(with_cues, runs)


def time_reference(texts: list[str], runs: int) -> float:
    from textblob import TextBlob

    def score() -> None:
        for text in texts:
            _ = TextBlob(text).sentiment.subjectivity

    return _median(score, runs)


def _median(work, runs: int) -> float:
    work()  # warm: tables loaded, caches filled
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"Machine: {machine()}", flush=True)
    texts, source = sentences_for(args.sentences)
    items = prepared(texts)
    model, voice = time_model(items, args.runs)
    reference = time_reference(texts, args.runs)
    n = len(texts)
    print(f"Sentences: {n:,} ({source}); one process, one core; median of {args.runs} runs")
    print()
    print("| what is timed | s per pass | sentences/s, one core | against TextBlob |")
    print("|---|---:|---:|---:|")
    rows = (
        ("the kind model: features, decision, explanation and reasons", model),
        ("the author's voice (cues, opinion words, loaded flags) and the model", voice),
        ("reference: TextBlob subjectivity (no explanation)", reference),
    )
    for label, seconds in rows:
        ratio = seconds / reference
        print(f"| {label} | {seconds:.3f} | {n / seconds:,.0f} | {ratio:.2f}x the time |")


if __name__ == "__main__":
    main()
