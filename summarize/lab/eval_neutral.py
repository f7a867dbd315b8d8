"""Neutral restatement on development data (``--only neutral`` of ``summarize.lab.evaluate``).

* WNC pairs: exact match with the editor's neutral sentence, and how often the word the
  editor removed is gone from ours, on WNC dev (the 100 ``.test`` fixture pairs); WNC train
  (the 1,000 ``.train`` pairs the learned table of ``summarize.lab.train_neutral`` comes
  from) is shown apart, as the table's own data;
* BASIL: author-voice lexical-bias spans that survive in the restatement of a sentence
  unspin calls a claim or mixed (leaks), and names, numbers and dates kept;
* BBC News: the share of claims changed at all, and words removed per changed claim
  (over-editing plain news is a failure too);
* the seed: gold loaded terms left in claims, names and numbers kept;
* every restatement: the share that failed the self-check (then shown as written).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

from summarize.lab import datasets
from summarize.text.words import MONTHS, WEEKDAYS

_NAME = re.compile(r"(?<![\w’'])[A-Z][\w’'\-]*")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
#: Day and month names: dates as the checks of names, numbers and dates count them.
DATES = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in (*WEEKDAYS, *MONTHS)) + r")\b")


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def wnc(data: Path) -> list[tuple[str, str, str]]:
    """WNC dev (the 100 ``pre|post.test`` fixture pairs, never trained on) and, apart, WNC
    train (the 1,000 ``pre|post.train`` pairs the learned table comes from)."""
    from summarize.lab.train_neutral import wnc_split

    train, dev = wnc_split(data)
    rows = _wnc_rows("WNC dev", dev)
    trained = _wnc_rows("WNC train", train)
    rows.append(
        (
            f"{trained[0][0]} (the learned table's own data, not a test)",
            f"{trained[0][1]}; gone {trained[1][1]}",
            "",
        )
    )
    return rows


def _wnc_rows(name: str, pairs: list) -> list[tuple[str, str, str]]:
    """Exact match and the editor's removed words gone, counted as the learned table's
    training counts them (:func:`summarize.lab.train_neutral.score`)."""
    from summarize import neutralize
    from summarize.lab.train_neutral import score

    pairs = [p for p in pairs if _tokens(" ".join(p.biased)) != _tokens(" ".join(p.neutral))]
    outputs = [(neutralize(" ".join(p.biased)),) for p in pairs]
    exact, gone = score(pairs, outputs)
    changed = sum(
        _tokens(ours[0]) != _tokens(" ".join(p.biased))
        for p, ours in zip(pairs, outputs, strict=True)
    )
    n = max(len(pairs), 1)
    return [
        (
            f"{name} pairs ({len(pairs)}): exact match",
            f"{exact:.1%}",
            "≥ 30% (detector 38%, best 46%)",
        ),
        (f"{name}: the editor's removed word is gone from ours", f"{gone:.1%}", "≥ 60%"),
        (f"{name}: sentences changed at all", f"{changed / n:.1%}", ""),
        (
            f"{name}: pairs that removing up to three adjacent words, or one learned "
            "replacement, can match",
            f"{ceiling(pairs):.1%}",
            "the most exact match the restatement's edits can reach",
        ),
    ]


def ceiling(pairs: list) -> float:
    """The share of pairs whose neutral sentence is the biased one with up to three
    adjacent words removed, or one word replaced by the learned table's replacement: what
    the restatement's edits (removal, replacement) could match at best."""
    from summarize.perspective.neutral import _learned

    replacements = {w: e.replacement for w, e in _learned().words.items() if e.replacement}
    reachable = 0
    for pair in pairs:
        words, gold = list(pair.biased), _tokens(" ".join(pair.neutral))
        spans = (
            words[:i] + words[j:]
            for i in range(len(words))
            for j in range(i + 1, min(i + 4, len(words) + 1))
        )
        swaps = (
            [*words[:i], replacements[w], *words[i + 1 :]]
            for i, w in enumerate(words)
            if w in replacements
        )
        reachable += any(_tokens(" ".join(c)) == gold for c in itertools.chain(spans, swaps))
    return reachable / max(len(pairs), 1)


def _facts(text: str) -> list[str]:
    first = re.search(r"\w", text)
    names = [m.group() for m in _NAME.finditer(text) if not first or m.start() != first.start()]
    return names + _NUMBER.findall(text) + DATES.findall(text)


def basil(data: Path) -> list[tuple[str, str, str]]:
    from summarize.perspective import analyze_sentence, load_lexicon

    lexicon = load_lexicon()
    from summarize.lab.train_neutral import basil_dev_event
    from summarize.perspective.neutral import EDITED

    leaks = spans = kept = facts = failed = restated = detected = detected_leaks = 0
    dev_leaks = dev_spans = 0
    for item in datasets.basil(data):
        if not item.text.strip():
            continue
        result = analyze_sentence(item.text, lexicon=lexicon)
        if result.restatement is None:
            continue
        restated += 1
        out = result.restatement.text
        failed += result.restatement.self_check != "passed"
        for s, e in item.author_spans:
            spans += 1
            leaked = _present(item.text[s:e], out)
            leaks += leaked
            if basil_dev_event(item.event):
                dev_spans += 1
                dev_leaks += leaked
            if any(
                c.start < e and s < c.end and not c.quoted and c.type in EDITED
                for c in result.cues.cues
            ):
                detected += 1
                detected_leaks += leaked
        for fact in _facts(item.text):
            facts += 1
            kept += fact in out
    return [
        (
            f"BASIL author-voice lexical spans in claims ({spans}): left in the restatement",
            f"{leaks / max(spans, 1):.1%}",
            "≤ 25%",
        ),
        (
            f"BASIL development events only ({dev_spans} spans; kept apart from any training of "
            "the learned tables): left in the restatement",
            f"{dev_leaks / max(dev_spans, 1):.1%}",
            "held-out ≤ 30%",
        ),
        (
            f"BASIL: of those spans, the {detected} an editable author-voice cue touches: "
            "left in the restatement",
            f"{detected_leaks / max(detected, 1):.1%}",
            "the restatement's own share (detection aside)",
        ),
        (
            f"BASIL restatements ({restated}): names, numbers and dates kept",
            f"{kept}/{facts} = {kept / max(facts, 1):.1%}",
            "≥ 98%",
        ),
        (
            "BASIL restatements shown as written (self-check failed)",
            f"{failed / max(restated, 1):.1%}",
            "",
        ),
    ]


def _present(span: str, text: str) -> bool:
    span = re.sub(r"\s+", " ", span.strip().lower().replace("’", "'"))
    text = re.sub(r"\s+", " ", text.lower().replace("’", "'"))
    return bool(span) and re.search(r"(?<!\w)" + re.escape(span) + r"(?!\w)", text) is not None


def bbc(data: Path, limit: int) -> list[tuple[str, str, str]]:
    from summarize import analyze

    claims = changed = removed = failed = 0
    for item in datasets.bbc(data)[:limit]:
        report = analyze(f"{item['title']}\n\n{item['article']}", length=1)
        for claim in report.claims:
            claims += 1
            original = report.sentences[claim.sentence_id].text
            failed += claim.self_check != "passed"
            if claim.text != original:
                changed += 1
                before, after = Counter(_tokens(original)), Counter(_tokens(claim.text))
                removed += sum((before - after).values())
    return [
        (
            f"BBC News ({limit} articles, {claims} claims): claims changed at all",
            f"{changed / max(claims, 1):.1%}",
            "≤ 10%",
        ),
        ("BBC News: words removed per changed claim", f"{removed / max(changed, 1):.2f}", ""),
        (
            "BBC News: claims shown as written (self-check failed)",
            f"{failed / max(claims, 1):.1%}",
            "",
        ),
    ]


def seed(data: Path, root: Path) -> list[tuple[str, str, str]]:
    from summarize import analyze

    gold = datasets.seed_gold(data)
    report = analyze((root / gold["document"]).read_text(encoding="utf-8"))
    claims = {c.sentence_id: c for c in report.claims}
    by_span = {(s.start, s.end): s for s in report.sentences}
    left, total, kept, facts = [], 0, 0, 0
    for item in gold["sentences"]:
        sentence = by_span.get((item["start"], item["end"]))
        if sentence is None or sentence.id not in claims:
            continue
        text = claims[sentence.id].text
        loaded = item.get("loaded") or []
        total += len(loaded)
        left += [f"#{item['n']} {t}" for t in loaded if _present(t, text)]
        masked = item["text"]
        for term in loaded:
            masked = masked.replace(term, " " * len(term))
        for fact in _facts(masked):
            facts += 1
            kept += fact in text
    return [
        (
            "seed: gold loaded terms left in claims",
            f"{len(left)} of {total}" + (f" ({'; '.join(left)})" if left else ""),
            "0",
        ),
        (
            "seed: names, numbers and dates kept",
            f"{kept}/{facts} = {kept / max(facts, 1):.1%}",
            "≥ 95%",
        ),
    ]


def evaluate_neutral(data: Path, limit: int = 400) -> list[tuple[str, str, str]]:
    """Every figure of the neutral restatement, in one table."""
    rows: list[tuple[str, str, str]] = []
    root = Path(__file__).resolve().parents[2]
    for part in (
        lambda: seed(data, root),
        lambda: wnc(data),
        lambda: basil(data),
        lambda: bbc(data, limit),
    ):
        try:
            rows += part()
        except FileNotFoundError as missing:
            rows.append((f"skipped: {missing.filename} not found", "", ""))
    return rows
