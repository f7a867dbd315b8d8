"""The author's voice, measured: sentence kinds and loaded words (issue 11).

    python -m summarize.lab.evaluate --data ../shared/data --only voice
    python -m summarize.lab.eval_voice --data ../shared/data [--bbc N]

* CheckThat! dev macro-F1 with a bootstrap interval, and 10-fold CV on train+dev (the
  shipped settings refitted in each fold, BABE as in training);
* BABE macro-F1 ('any opinion' as opinion);
* BASIL: author-voice lexical-bias spans touched by a loaded-word cue, cues per
  sentence, opinion/mixed rate by outlet;
* BBC (all articles unless ``--bbc``): share of sentences called opinion or mixed, by
  category; share of cues that rest on VADER alone (the retired ``sentiment_word``);
* Webis-Editorials-16: share of units of each type called opinion;
* the seed: kinds against the gold.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from summarize.lab import datasets

#: Cue types of loaded wording (what a lexical-bias annotator marks).
LEXICAL_TYPES = (
    "puffery",
    "loaded_label",
    "loaded_verb",
    "loaded_speech_verb",
    "truth_verdict",
    "evaluative",
    "emotion",
    "manner_adverb",
    "certainty",
    "intensifier",
    "verdict_idiom",
)
#: A scare quote (quotation marks the author puts round a word nobody is quoted as
#: saying) is also lexical bias in BASIL's sense: its annotators mark such words as the
#: author's (quote = no). Counted in a second row, so the first stays comparable.
DEVICE_TYPES = (*LEXICAL_TYPES, "scare_quote")
_TOKEN = re.compile(r"[\w’'\-]+")


def _f1(truth: list[int], guess: list[int]) -> float:
    from summarize.lab.train import macro_f1

    return macro_f1(truth, guess)


def _interval(truth: list[int], guess: list[int], n: int = 1000) -> tuple[float, float]:
    from summarize.lab.train import bootstrap

    return bootstrap(truth, guess, n)


def _opinionated(kind: str) -> int:
    return int(kind in ("opinion", "mixed"))


def _kinds(texts: list[str]) -> list[str]:
    from summarize.perspective import analyze_sentence, load_lexicon

    lexicon = load_lexicon()
    return [analyze_sentence(t, lexicon=lexicon).decision.kind for t in texts]


def checkthat_rows(data: Path) -> list[tuple[str, str, str]]:
    dev = datasets.checkthat(data, "dev")
    truth = [r.label for r in dev]
    guess = [_opinionated(k) for k in _kinds([r.text for r in dev])]
    score = _f1(truth, guess)
    low, high = _interval(truth, guess)
    rows = [
        (
            f"CheckThat! dev ({len(dev)}), macro-F1 (bootstrap 95%)",
            f"{score:.3f} ({low:.3f}-{high:.3f})",
            "≥ 0.77",
        )
    ]
    cv, (low, high) = cross_validated(data)
    rows.append(
        (
            "CheckThat! 10-fold CV on train+dev, macro-F1 (bootstrap 95%)",
            f"{cv:.3f} ({low:.3f}-{high:.3f})",
            "≥ 0.75",
        )
    )
    return rows


def cross_validated(data: Path) -> tuple[float, tuple[float, float]]:
    """10-fold CV on train+dev with the shipped model's settings (from model.toml)."""
    import numpy as np

    from summarize.lab import train
    from summarize.lab.glove import vectors
    from summarize.perspective.kind import default_model

    model = default_model()
    l2, l2_vec = (float(v.split()[0]) for v in model.info["l2"].split(","))
    weight = dict(part.split() for part in model.info["extra_weights"].split(", "))
    ct = datasets.checkthat(data, "train") + datasets.checkthat(data, "dev")
    bb, wb = datasets.babe(data), datasets.webis(data)
    wb = random.Random(17).sample(wb, min(train.WEBIS_SAMPLE, len(wb)))
    flags = model.flags
    rows = train.analyse(ct, flags) + train.analyse(bb, flags) + train.analyse(wb, flags)
    labels = np.array([r.label for r in ct + bb + wb])
    words, matrix = vectors()
    names = sorted({k for r in rows for k in r.features if k in model.weights})
    vocab = {w: i for i, w in enumerate(words)}
    fitter = train.Fitter(rows, names, vocab, matrix, model.word_shrink)
    main = np.arange(len(ct))
    extras = [
        (np.arange(len(ct), len(ct) + len(bb)), float(weight["babe"])),
        (np.arange(len(ct) + len(bb), len(rows)), float(weight["webis"])),
    ]
    p = train.cross_validate(fitter, labels, main, extras, l2=l2, l2_vec=l2_vec)
    truth = labels[main].tolist()
    ruled = bool(model.rule_types)
    guess = train.decisions(p, [rows[i] for i in main], model.threshold, model.hard_rules, ruled)
    return _f1(truth, guess), _interval(truth, guess)


def babe_rows(data: Path) -> list[tuple[str, str, str]]:
    items = datasets.babe(data)
    truth = [i.label for i in items]
    guess = [_opinionated(k) for k in _kinds([i.text for i in items])]
    low, high = _interval(truth, guess, 300)
    return [
        (
            f"BABE SG2 ({len(items)}): factual vs any opinion, macro-F1 (bootstrap 95%)",
            f"{_f1(truth, guess):.3f} ({low:.3f}-{high:.3f})",
            "in training at a low weight",
        )
    ]


def basil_rows(data: Path) -> list[tuple[str, str, str]]:
    from summarize import analyze
    from summarize.perspective import analyze_sentence, load_lexicon

    lexicon = load_lexicon()
    hit = total = cues = sentences = device_hit = 0
    for item in datasets.basil(data):
        if not item.text.strip():
            continue
        result = analyze_sentence(item.text, lexicon=lexicon)
        ours = [
            (c.start, c.end) for c in result.cues.cues if c.type in LEXICAL_TYPES and not c.quoted
        ]
        devices = _tokens_in(
            item.text,
            [
                (c.start, c.end)
                for c in result.cues.cues
                if c.type in DEVICE_TYPES and (not c.quoted or c.type == "scare_quote")
            ],
        )
        sentences += 1
        cues += len(ours)
        tokens = _tokens_in(item.text, ours)
        for span in item.author_spans:
            total += 1
            hit += bool(_tokens_in(item.text, [span]) & tokens)
            device_hit += bool(_tokens_in(item.text, [span]) & devices)
    rows = [
        (
            f"BASIL author-voice lexical spans ({total}) touched by a loaded-word cue",
            f"{hit / max(total, 1):.1%}",
            "≥ 60%",
        ),
        (
            f"BASIL author-voice lexical spans ({total}) touched by a loaded-word or "
            "scare-quote cue",
            f"{device_hit / max(total, 1):.1%}",
            "",
        ),
        (
            f"BASIL loaded-word cues per sentence ({sentences} sentences)",
            f"{cues / max(sentences, 1):.3f}",
            "",
        ),
    ]
    by_outlet: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for article in datasets.basil_articles(data):
        paragraphs = [" ".join(p) for p in article.get("paragraphs", []) if p]
        text = "\n\n".join([article.get("title") or "", *paragraphs]).strip()
        if not text:
            continue
        report = analyze(text, length=1)
        outlet = str(article.get("source", "?")).lower()
        for s in report.sentences:
            if s.kind == "title":
                continue
            by_outlet[outlet][0] += _opinionated(s.kind)
            by_outlet[outlet][1] += 1
    for outlet, (opinion, count) in sorted(by_outlet.items()):
        rows.append(
            (f"BASIL {outlet}: sentences opinion or mixed ({count})", f"{opinion / count:.1%}", "")
        )
    return rows


def _tokens_in(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {m.start() for m in _TOKEN.finditer(text) if any(s <= m.start() < e for s, e in spans)}


def bbc_rows(data: Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    from summarize import analyze

    articles = datasets.bbc(data)
    if limit:
        articles = random.Random(3).sample(articles, min(limit, len(articles)))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    cue_types: Counter[str] = Counter()
    for article in articles:
        report = analyze(f"{article['title']}\n\n{article['article']}", length=1)
        category = article["category"]
        for s in report.sentences:
            if s.kind == "title":
                continue
            counts[category][0] += _opinionated(s.kind)
            counts[category][1] += 1
            cue_types.update(c.type for c in s.cues if not c.quoted and c.weight > 0)
    opinion = sum(v[0] for v in counts.values())
    total = sum(v[1] for v in counts.values())
    rows = [
        (
            f"BBC ({len(articles)} articles, {total} sentences): opinion or mixed",
            f"{opinion / max(total, 1):.1%}",
            "≤ 8%",
        )
    ]
    for category, (o, n) in sorted(counts.items()):
        rows.append((f"BBC {category} ({n} sentences): opinion or mixed", f"{o / n:.1%}", "≤ 12%"))
    all_cues = sum(cue_types.values())
    rows.append(
        (
            "BBC: author-voice cues resting on VADER alone (sentiment_word)",
            f"{cue_types['sentiment_word'] / max(all_cues, 1):.1%} of {all_cues}",
            "0%",
        )
    )
    top = ", ".join(f"{t} {n}" for t, n in cue_types.most_common(6))
    rows.append(("BBC: most frequent author-voice opinion cue types", top, ""))
    return rows


def webis_rows(data: Path) -> list[tuple[str, str, str]]:
    path = data / "webis_editorials" / "units.jsonl"
    units = list(datasets._jsonl(path))
    kinds = _kinds([u["text"] for u in units])
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for unit, kind in zip(units, kinds, strict=True):
        by_type[unit["label"]][0] += _opinionated(kind)
        by_type[unit["label"]][1] += 1
    return [
        (f"Webis editorial units '{label}' ({n}): called opinion or mixed", f"{o / n:.1%}", "")
        for label, (o, n) in sorted(by_type.items())
    ]


def imperative_rows(data: Path) -> list[tuple[str, str, str]]:
    """Sentences with an author-voice imperative (the exhortation rule of kind.decide):
    how many are opinion in the labels, and how many the tool gets right."""
    from summarize.perspective import analyze_sentence, load_lexicon

    lexicon = load_lexicon()
    sets = {
        "CheckThat! train+dev": datasets.checkthat(data, "train") + datasets.checkthat(data, "dev"),
        "BABE SG2": datasets.babe(data),
        "Webis editorials": datasets.webis(data),
    }
    rows = []
    for name, labelled in sets.items():
        hits = opinion = right = 0
        for item in labelled:
            result = analyze_sentence(item.text, lexicon=lexicon)
            if not any(c.type == "imperative" and not c.quoted for c in result.cues.cues):
                continue
            hits += 1
            opinion += item.label
            right += _opinionated(result.decision.kind) == item.label
        rows.append(
            (
                f"{name}: sentences opening with an author-voice imperative",
                f"{hits}: {opinion} labelled opinion, {right} kinds right",
                "",
            )
        )
    return rows


def seed_rows(data: Path, root: Path) -> list[tuple[str, str, str]]:
    from summarize import analyze

    gold = datasets.seed_gold(data)
    text = (root / gold["document"]).read_text(encoding="utf-8")
    report = analyze(text)
    by_span = {(s.start, s.end): s for s in report.sentences}
    right = total = 0
    wrong = []
    for item in gold["sentences"]:
        if item["label"] == "title":
            continue
        total += 1
        sentence = by_span.get((item["start"], item["end"]))
        ok = sentence is not None and sentence.kind == item["label"]
        right += ok
        if not ok:
            wrong.append(f"#{item['n']} {item['label']}→{sentence.kind if sentence else '?'}")
    return [
        (
            "seed: kinds (claim / opinion / mixed) as the gold",
            f"{right}/{total}" + (f" (wrong: {', '.join(wrong)})" if wrong else ""),
            "≥ 36/39",
        )
    ]


def evaluate_voice(data: Path, root: Path | None = None, bbc: int | None = None) -> list:
    root = root or Path(__file__).resolve().parents[2]
    rows: list[tuple[str, str, str]] = []
    for part in (
        lambda: seed_rows(data, root),
        lambda: checkthat_rows(data),
        lambda: babe_rows(data),
        lambda: basil_rows(data),
        lambda: bbc_rows(data, bbc),
        lambda: webis_rows(data),
        lambda: imperative_rows(data),
    ):
        started = time.perf_counter()
        try:
            found = part()
        except FileNotFoundError as missing:
            found = [(f"skipped: {missing.filename} not found", "", "")]
        rows += found
        print(f"  ({time.perf_counter() - started:.0f} s) {found[0][0]}", file=sys.stderr)
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--bbc", type=int, default=None, help="BBC articles (default: all)")
    parser.add_argument("--only", nargs="*", help="seed checkthat babe basil bbc webis")
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parents[2]
    parts = {
        "seed": lambda: seed_rows(args.data, root),
        "checkthat": lambda: checkthat_rows(args.data),
        "babe": lambda: babe_rows(args.data),
        "basil": lambda: basil_rows(args.data),
        "bbc": lambda: bbc_rows(args.data, args.bbc),
        "webis": lambda: webis_rows(args.data),
    }
    print("| measure | unspin | bar |\n|---|---|---|")
    for name, part in parts.items():
        if args.only and name not in args.only:
            continue
        started = time.perf_counter()
        for a, b, c in part():
            print(f"| {a} | {b} | {c} |", flush=True)
        print(f"<!-- {name}: {time.perf_counter() - started:.0f} s -->", flush=True)


if __name__ == "__main__":
    main()
