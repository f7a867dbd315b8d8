"""Eight genres: short articles written for unspin, annotated blind, as an independent check.

    python -m summarize.lab.evaluate --data ../shared/data --only genres
    python -m summarize.lab.eval_genres [--errors] [--genre sport]

The set lives in ``tests/data/genres/*.toml`` (one file per genre: wire news, op-ed left,
op-ed right, state media, science news, sport, news analysis, local news; two articles
each). Every sentence carries a gold kind, the speaker of a reported sentence and the
author's loaded words (``tests/data/genres/README.md``). It was written and labelled by
one annotator before unspin was run on it: it is a check, not tuning data.

Each gold sentence takes the report sentence that overlaps it most (a gold sentence that
is not exactly one report sentence is listed as a segmentation mismatch). Measures:

* kinds: the report sentence's kind equals the gold kind, over gold claim / opinion /
  mixed sentences (titles and bylines are counted apart), with a Wilson 95% interval;
  "output" is the seed's looser test (a claim sentence yields a claim and no opinion, an
  opinion an opinion and no claim, a mixed sentence both);
* attribution, as :mod:`summarize.lab.eval_attribution` counts it: recall = right
  speakers over reported sentences with a nameable source; precision = right speakers
  over speakers given (a speaker on an unreported sentence, or on one reported with no
  nameable source, is wrong); names match by :func:`eval_attribution.same_speaker`;
* loaded words: of the author's loaded terms in gold claim and mixed sentences, how many
  are gone from unspin's restatement (a sentence unspin gives no restatement is counted
  apart), and how many of all gold loaded terms an author-voice cue touches;
* false alarms: restatement edits (other than flags) on sentences with no gold loaded term.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scipy.stats import binomtest

from summarize.lab.eval_attribution import CATEGORIES, same_speaker

ROOT = Path(__file__).resolve().parents[2]
GENRES_DIR = ROOT / "tests" / "data" / "genres"

#: The genres in the order they are reported (file stems under ``GENRES_DIR``).
GENRES = (
    "wire",
    "oped_left",
    "oped_right",
    "state_media",
    "science",
    "sport",
    "analysis",
    "local",
)
#: Kinds scored as kinds (titles and bylines are counted apart, as the seed does).
SCORED = ("claim", "opinion", "mixed")
COLUMNS = ("claim", "opinion", "mixed", "title", "other")


@dataclass
class GoldSentence:
    n: int
    text: str
    kind: str
    start: int
    end: int
    #: None: not reported; "?": reported with no nameable source; else the speaker.
    speaker: str | None = None
    loaded: list[str] = field(default_factory=list)


@dataclass
class Article:
    genre: str
    id: str
    text: str
    sentences: list[GoldSentence]


def load(directory: Path = GENRES_DIR) -> list[Article]:
    """Every article of the set, its text built from its sentences (README.md)."""
    articles = []
    for genre in GENRES:
        path = directory / f"{genre}.toml"
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for raw in data["article"]:
            articles.append(_article(genre, raw))
    return articles


def _article(genre: str, raw: dict[str, Any]) -> Article:
    text, sentences = "", []
    for n, item in enumerate(raw["sentences"], 1):
        if n > 1:
            text += "\n\n" if item.get("para") or n == 2 else " "
        start = len(text)
        text += item["text"]
        sentences.append(
            GoldSentence(
                n=n,
                text=item["text"],
                kind=item["kind"],
                start=start,
                end=len(text),
                speaker=item.get("speaker"),
                loaded=list(item.get("loaded", [])),
            )
        )
    return Article(genre, raw["id"], text + "\n", sentences)


# --- matching and scoring ----------------------------------------------------------------


@dataclass
class Result:
    """One gold sentence beside what unspin made of it."""

    article: str
    genre: str
    gold: GoldSentence
    kind: str
    speaker: str | None
    has_claim: bool
    has_opinion: bool
    claim_text: str | None
    edits: list[str]
    reasons: list[str]
    speaker_reason: str | None
    cue_texts: list[str]
    #: The report sentence is not exactly this gold sentence (segmentation differs).
    mismatch: str | None = None
    #: Edits of the restatement that change words (flags, which change nothing, left out).
    changed: int = 0
    #: The reported sentence's category (eval_attribution.category), "" when not reported.
    category: str = ""
    #: Gold loaded terms still in the restatement.
    loaded_left: list[str] = field(default_factory=list)
    #: Gold loaded terms an author-voice cue touches.
    loaded_cued: list[str] = field(default_factory=list)


def _norm(text: str) -> str:
    return text.lower().replace("’", "'")


def run_article(article: Article) -> list[Result]:
    """Analyse one article and pair each gold sentence with its report sentence."""
    from summarize import analyze
    from summarize.lab.eval_attribution import category
    from summarize.text.quotes import find_quotes, segments_in

    report = analyze(article.text, length=1)
    quotes = find_quotes(article.text)
    claims = {c.sentence_id: c for c in report.claims}
    opinions = {o.sentence_id for o in report.opinions}
    results = []
    for gold in article.sentences:
        best, overlap = None, 0
        for sentence in report.sentences:
            shared = min(gold.end, sentence.end) - max(gold.start, sentence.start)
            if shared > overlap:
                best, overlap = sentence, shared
        if best is None:
            results.append(
                Result(article.id, article.genre, gold, "missing", None, False, False, None,
                       [], [], None, [], mismatch="no report sentence")
            )  # fmt: skip
            continue
        mismatch = None
        if (best.start, best.end) != (gold.start, gold.end):
            mismatch = f"unspin's sentence: {best.text!r}"
        claim = claims.get(best.id)
        claim_text = claim.text if claim else None
        edits = [e.note or f"{e.original} → {e.replacement}" for e in claim.edits] if claim else []
        if claim and claim.problems:
            edits += [f"self-check {claim.self_check}: {p}" for p in claim.problems]
        author_cues = [c for c in best.cues if not c.quoted and c.weight > 0]
        result = Result(
            article=article.id,
            genre=article.genre,
            gold=gold,
            kind=best.kind,
            speaker=best.speaker,
            has_claim=claim is not None,
            has_opinion=best.id in opinions,
            claim_text=claim_text,
            edits=edits,
            reasons=list(best.reasons),
            speaker_reason=best.speaker_reason,
            cue_texts=[f"{c.text} ({c.type})" for c in author_cues],
            mismatch=mismatch,
            changed=sum(e.replacement != e.original for e in claim.edits) if claim else 0,
        )
        if gold.speaker not in (None, "?"):
            result.category = category(
                gold.text, gold.speaker or "", segments_in(quotes, gold.start, gold.end)
            )
        for term in gold.loaded:
            if claim_text is not None and _norm(term) in _norm(claim_text):
                result.loaded_left.append(term)
            at = article.text.find(term, gold.start, gold.end)
            if at >= 0 and any(
                c.start < at + len(term) and at < c.end for c in best.cues if not c.quoted
            ):
                result.loaded_cued.append(term)
        results.append(result)
    return results


def run(articles: list[Article] | None = None) -> list[Result]:
    results = []
    for article in articles if articles is not None else load():
        results += run_article(article)
    return results


def wilson(right: int, total: int) -> tuple[float, float]:
    """The Wilson score 95% interval of a proportion (scipy's), (0, 0) for no cases."""
    if not total:
        return 0.0, 0.0
    interval = binomtest(right, total).proportion_ci(confidence_level=0.95, method="wilson")
    return float(interval.low), float(interval.high)


@dataclass
class Tally:
    kinds: int = 0
    kinds_right: int = 0
    output_right: int = 0
    titles: int = 0
    titles_right: int = 0
    reported: int = 0
    given: int = 0
    right: int = 0
    loaded: int = 0
    loaded_restated: int = 0
    loaded_left: int = 0
    loaded_all: int = 0
    loaded_cued: int = 0
    clean_claims: int = 0
    clean_edited: int = 0
    mismatches: int = 0
    confusion: Counter = field(default_factory=Counter)
    #: Reported sentences and right speakers by category (direct quote, pronoun, ...).
    by_category: Counter = field(default_factory=Counter)
    right_by_category: Counter = field(default_factory=Counter)


def tally(results: list[Result]) -> Tally:
    t = Tally()
    for r in results:
        gold = r.gold
        t.mismatches += r.mismatch is not None
        if gold.kind in SCORED:
            t.kinds += 1
            t.kinds_right += r.kind == gold.kind
            t.output_right += {
                "claim": r.has_claim and not r.has_opinion,
                "opinion": r.has_opinion and not r.has_claim,
                "mixed": r.has_claim and r.has_opinion,
            }[gold.kind]
            t.confusion[gold.kind, r.kind] += 1
        else:
            t.titles += 1
            t.titles_right += r.kind == gold.kind
            t.confusion[gold.kind, r.kind] += 1
        if gold.kind != "title":
            nameable = gold.speaker not in (None, "?")
            ok = bool(r.speaker and nameable and same_speaker(r.speaker, gold.speaker or ""))
            t.reported += nameable
            t.given += bool(r.speaker)
            t.right += ok
            if nameable:
                t.by_category[r.category] += 1
                t.right_by_category[r.category] += ok
        t.loaded_all += len(gold.loaded)
        t.loaded_cued += len(r.loaded_cued)
        if gold.kind in ("claim", "mixed") and gold.loaded:
            t.loaded += len(gold.loaded)
            if r.has_claim:
                t.loaded_restated += len(gold.loaded)
                t.loaded_left += len(r.loaded_left)
        if gold.kind == "claim" and not gold.loaded and r.has_claim:
            t.clean_claims += 1
            t.clean_edited += r.changed > 0
    return t


def _pct(right: int, total: int) -> str:
    return f"{right}/{total} = {right / total:.0%}" if total else "-"


def _interval(right: int, total: int) -> str:
    lo, hi = wilson(right, total)
    return f"{_pct(right, total)} ({lo:.0%}–{hi:.0%})" if total else "-"


def table(results: list[Result]) -> list[str]:
    """A Markdown table: one row per genre and the whole set."""
    lines = [
        "| genre | kinds right (Wilson 95%) | output as seed | attribution recall | "
        "attribution precision | loaded gone from restatements | loaded cued | "
        "clean claims edited | titles/bylines |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for genre in (*GENRES, "all"):
        part = [r for r in results if genre in ("all", r.genre)]
        t = tally(part)
        restated = t.loaded_restated - t.loaded_left
        lines.append(
            f"| {'**all**' if genre == 'all' else genre} | {_interval(t.kinds_right, t.kinds)} "
            f"| {_pct(t.output_right, t.kinds)} | {_pct(t.right, t.reported)} "
            f"| {_pct(t.right, t.given)} "
            f"| {_pct(restated, t.loaded_restated)} (of {t.loaded}; "
            f"{t.loaded - t.loaded_restated} not restated) "
            f"| {_pct(t.loaded_cued, t.loaded_all)} | {_pct(t.clean_edited, t.clean_claims)} "
            f"| {_pct(t.titles_right, t.titles)} |"
        )
    return lines


def confusion(results: list[Result]) -> list[str]:
    t = tally(results)
    lines = ["| gold \\ unspin | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for gold in (*SCORED, "title", "other"):
        lines.append(f"| {gold} | " + " | ".join(str(t.confusion[gold, c]) for c in COLUMNS) + " |")
    return lines


def evaluate(data: Path | None = None) -> list[tuple[str, str, str]]:
    """Rows for ``summarize.lab.evaluate`` (``data`` is not needed: the set is in tests/)."""
    results = run()
    t = tally(results)
    restated = t.loaded_restated - t.loaded_left
    articles = len({r.article for r in results})
    rows = [
        (
            f"all {articles} articles, kinds right ({t.kinds} claim/opinion/mixed sentences)",
            _interval(t.kinds_right, t.kinds),
            "≥ 85%",
        ),
        ("attribution recall (reported sentences)", _pct(t.right, t.reported), "≥ 85%"),
        ("attribution precision (speakers given)", _pct(t.right, t.given), "≥ 92%"),
        (
            "author's loaded terms gone from restatements",
            _pct(restated, t.loaded_restated),
            f"{t.loaded - t.loaded_restated} of {t.loaded} in sentences with no restatement",
        ),
        ("sentences not segmented as annotated", str(t.mismatches), "0"),
    ]
    for genre in GENRES:
        g = tally([r for r in results if r.genre == genre])
        rows.append(
            (
                f"{genre}: kinds · attribution R · P · loaded gone",
                f"{_interval(g.kinds_right, g.kinds)} · {_pct(g.right, g.reported)} · "
                f"{_pct(g.right, g.given)} · "
                f"{_pct(g.loaded_restated - g.loaded_left, g.loaded_restated)}",
                "",
            )
        )
    for kind in CATEGORIES:
        rows.append(
            (
                f"attribution recall, {kind}",
                _pct(t.right_by_category[kind], t.by_category[kind]),
                "",
            )
        )
    for line in confusion(results)[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows.append(
            (
                f"confusion, gold {cells[0]} → unspin " + " / ".join(COLUMNS),
                " / ".join(cells[1:]),
                "",
            )
        )
    return rows


# --- failures -------------------------------------------------------------------------------


def failures(results: list[Result]) -> list[str]:
    """Every wrong kind, speaker or surviving loaded term, with unspin's reasons."""
    out = []
    for r in results:
        gold = r.gold
        problems = []
        if gold.kind in SCORED and r.kind != gold.kind:
            problems.append(f"kind {gold.kind} → {r.kind}")
        if gold.kind in ("title", "other") and r.kind != gold.kind:
            problems.append(f"kind {gold.kind} → {r.kind}")
        nameable = gold.speaker not in (None, "?")
        if gold.kind != "title":
            if nameable and not (r.speaker and same_speaker(r.speaker, gold.speaker or "")):
                problems.append(f"speaker {gold.speaker!r} → {r.speaker!r}")
            elif not nameable and r.speaker:
                problems.append(f"speaker {gold.speaker!r} → {r.speaker!r} (not wanted)")
        if r.loaded_left:
            problems.append(f"loaded left: {r.loaded_left}")
        if gold.kind == "claim" and not gold.loaded and r.changed:
            problems.append("edited a clean claim")
        if r.mismatch:
            problems.append(f"segmentation: {r.mismatch}")
        if not problems:
            continue
        out.append(f"{r.article} #{gold.n} [{'; '.join(problems)}]")
        out.append(f"    {gold.text}")
        if r.reasons:
            out.append(f"    reasons: {' | '.join(r.reasons)}")
        if r.speaker_reason:
            out.append(f"    speaker: {r.speaker_reason}")
        if r.cue_texts:
            out.append(f"    cues: {', '.join(r.cue_texts)}")
        if r.claim_text is not None:
            out.append(f"    restated: {r.claim_text}")
        if r.edits:
            out.append(f"    edits: {' | '.join(r.edits)}")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--genre", choices=GENRES, help="only this genre")
    parser.add_argument("--errors", action="store_true", help="list every failure with reasons")
    args = parser.parse_args(argv)
    articles = [a for a in load() if args.genre in (None, a.genre)]
    results = run(articles)
    print("\n".join(table(results)))
    print()
    print("\n".join(confusion(results)))
    if args.errors:
        print("\n".join(failures(results)), file=sys.stderr)


if __name__ == "__main__":
    main()
