"""Who said it: attribution against a gold of speakers.

    python -m summarize.lab.evaluate --data ../shared/data --only attribution
    python -m summarize.lab.eval_attribution --data ../shared/data --errors 30

The gold (labels and ids only, never the data's text):

* ``../shared/data/basil/speakers-dev.tsv``: every sentence of 15 BASIL articles;
* ``summarize/lab/data/speakers-bbc.tsv``: sentences of BBC News articles, by article id
  and index into the data set's ``article_sentences`` (annotated for unspin, same rules as
  the BASIL file: the fullest form of the name in the article, titles removed, pronouns and
  continued quotes resolved, 'unspecified' when reported without a source);
* ``tests/data/attribution/tricky.toml``: short texts written for unspin, one pattern each.

Halves, for tuning without peeking: the events of the BASIL file (an event's three articles
stay together) and the BBC articles, each sorted by id, alternate between a *train* half
(1st, 3rd, 5th, …) and a *check* half (2nd, 4th, …). Rules are tuned on train errors
(``--half train``) and confirmed on the check half.

Each gold sentence takes the speaker of the report sentence that overlaps it most. A
speaker is right when it names the gold speaker (:func:`same_speaker`: one name's words
within the other's, a surname, or an acronym). Recall: right speakers over reported
sentences with a known source; precision: right speakers over speakers given (a speaker
on a sentence that is not reported, or reported without a source, is wrong).
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from summarize.lab import datasets
from summarize.report import Report

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BBC_GOLD = HERE / "data" / "speakers-bbc.tsv"
TRICKY = ROOT / "tests" / "data" / "attribution" / "tricky.toml"

CATEGORIES = ("direct quote", "continued quote", "pronoun", "indirect speech")


@dataclass
class GoldDoc:
    id: str
    text: str
    #: (start, end, reported, speaker or None) of each labelled sentence.
    sentences: list[tuple[int, int, bool, str | None]] = field(default_factory=list)


# --- reading the gold -----------------------------------------------------------------


def _read_tsv(path: Path) -> dict[str, dict[int, tuple[bool, str | None]]]:
    labels: dict[str, dict[int, tuple[bool, str | None]]] = {}
    with path.open(encoding="utf-8") as handle:
        handle.readline()
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            article, index, reported, speaker = line.rstrip("\n").split("\t")[:4]
            speaker = speaker.strip()
            labels.setdefault(article, {})[int(index)] = (
                reported == "yes",
                None if speaker in ("-", "", "unspecified") else speaker,
            )
    return labels


def basil_gold(data: Path) -> list[GoldDoc]:
    labels = _read_tsv(data / "basil" / "speakers-dev.tsv")
    docs = []
    for article in datasets.basil_articles(data):
        wanted = labels.get(article["article_id"])
        if wanted is None:
            continue
        text, spans = _basil_text(article)
        doc = GoldDoc(article["article_id"], text)
        for index, (reported, speaker) in sorted(wanted.items()):
            if index < len(spans):
                doc.sentences.append((*spans[index], reported, speaker))
        docs.append(doc)
    return docs


def _basil_text(article: dict) -> tuple[str, list[tuple[int, int]]]:
    """A BASIL article as one text (its title, then its paragraphs), and where each of its
    sentences sits in it, in BASIL's order (the ``sent_idx`` of its labels)."""
    text = article.get("title") or ""
    spans = []
    for paragraph in article.get("paragraphs", []):
        if not paragraph:
            continue
        text += "\n\n"
        for k, sentence in enumerate(paragraph):
            if k:
                text += " "
            spans.append((len(text), len(text) + len(sentence)))
            text += sentence
    return text, spans


def basil_span_gold(data: Path) -> list[GoldDoc]:
    """A second training set: the BASIL articles *outside* speakers-dev.tsv, where a bias
    span inside a quotation names its speaker (``spans.jsonl``: quote = yes, a speaker
    that is not ``other_*``). Only those sentences are scored (the others are unlabelled)."""
    import json

    dev = set(_read_tsv(data / "basil" / "speakers-dev.tsv"))
    wanted: dict[str, dict[int, str]] = {}
    with (data / "basil" / "spans.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            span = json.loads(line)
            speaker = span.get("speaker") or ""
            if span.get("quote") != "yes" or not speaker or speaker.startswith("other"):
                continue
            if span["article_id"] in dev or span["sent_idx"] < 0:
                continue
            wanted.setdefault(span["article_id"], {})[span["sent_idx"]] = speaker.replace("_", " ")
    docs = []
    for article in datasets.basil_articles(data):
        labels = wanted.get(article["article_id"])
        if not labels:
            continue
        text, spans = _basil_text(article)
        doc = GoldDoc(article["article_id"], text)
        for index, speaker in sorted(labels.items()):
            if index < len(spans):
                doc.sentences.append((*spans[index], True, speaker))
        docs.append(doc)
    return docs


def bbc_gold(data: Path) -> list[GoldDoc]:
    labels = _read_tsv(BBC_GOLD)
    docs = []
    for article in datasets.bbc(data):
        wanted = labels.get(article["id"])
        if wanted is None:
            continue
        prefix = f"{article['title']}\n\n"
        text = prefix + article["article"]
        spans, position = [], len(prefix)
        for sentence in article["article_sentences"]:
            at = text.find(sentence.strip(), position)
            spans.append((at, at + len(sentence.strip())) if at >= 0 else None)
            if at >= 0:
                position = at + len(sentence.strip())
        doc = GoldDoc(article["id"], text)
        for index, (reported, speaker) in sorted(wanted.items()):
            if index < len(spans) and spans[index]:
                doc.sentences.append((*spans[index], reported, speaker))
        docs.append(doc)
    return docs


def tricky_gold(path: Path = TRICKY) -> list[GoldDoc]:
    """Texts written for unspin: ``[[case]] text = ... speakers = [...]`` (one per sentence
    as unspin segments the text; "" = not reported, "?" = reported, no source)."""
    from summarize.segment import segment

    cases = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    docs = []
    for n, case in enumerate(cases):
        text = case["text"]
        spans = [(s.start, s.end) for s in segment(text)]
        doc = GoldDoc(case.get("id", f"tricky-{n}"), text)
        for (start, end), speaker in zip(spans, case["speakers"], strict=False):
            doc.sentences.append(
                (start, end, speaker != "", None if speaker in ("", "?") else speaker)
            )
        docs.append(doc)
    return docs


# --- halves -------------------------------------------------------------------------------

HALVES = ("train", "check")


def _group(doc_id: str) -> str:
    """An article's event (BASIL: the id without its ``_n`` outlet suffix) or the article."""
    return re.sub(r"_\d+$", "", doc_id)


def half(docs: list[GoldDoc], which: str) -> list[GoldDoc]:
    """The ``train`` or ``check`` half of ``docs``: groups sorted by id alternate."""
    groups = sorted({_group(d.id) for d in docs})
    keep = {g for k, g in enumerate(groups) if k % 2 == HALVES.index(which)}
    return [d for d in docs if _group(d.id) in keep]


# --- matching speakers ------------------------------------------------------------------

_DROP = {"the", "a", "an", "of", "for", "at", "and", "'s", "’s", "s", "in", "on", "to"}
_TOKEN = re.compile(r"[\w.]+(?:['’]\w+)?")


def _tokens(name: str) -> list[str]:
    from summarize.perspective.attribution import strip_title

    name = strip_title(name) or name
    found = []
    courtesy = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame"}  # "… for Mr. Mueller"
    for token in _TOKEN.findall(name.lower().replace("’", "'")):  # O’Reilly = O'Reilly
        token = re.sub(r"'s$", "", token).strip(".")
        if token and token not in _DROP and token not in courtesy:
            found.append(token)
    return found


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w]*", name) if w[0].isupper())


def same_speaker(given: str, gold: str) -> bool:
    """``given`` names the same speaker as ``gold`` (alias matching)."""
    a, b = _tokens(given), _tokens(gold)
    if not a or not b:
        return False
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    if a[-1] == b[-1] and given[:1].isupper() and gold[:1].isupper():
        return True  # a surname: "Jealous" / "Benjamin Todd Jealous"
    plain_given = given.replace(".", "").replace(" ", "")
    plain_gold = gold.replace(".", "").replace(" ", "")
    return (plain_given.isupper() and plain_given == _acronym(gold)) or (
        plain_gold.isupper() and plain_gold == _acronym(given)
    )


# --- categories ----------------------------------------------------------------------------

_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|their|it)\b", re.I)


def category(text: str, speaker: str, quotes: list[tuple[int, int]]) -> str:
    """Which kind of reported sentence this is, read from its text and gold speaker."""
    outside = list(text)
    for s, e in quotes:
        outside[s:e] = " " * (e - s)
    plain = "".join(outside)
    words = [w for w in _tokens(speaker) if len(w) > 2]
    named = any(re.search(rf"\b{re.escape(w)}\b", plain, re.I) for w in words) or (
        speaker.lower() in plain.lower()
    )
    if named:
        return "direct quote" if quotes else "indirect speech"
    if not re.search(r"\w", plain):
        return "continued quote"
    if _PRONOUN.search(plain):
        return "pronoun"
    return "continued quote" if quotes else "indirect speech"


# --- scoring ---------------------------------------------------------------------------------


@dataclass
class Tally:
    reported: Counter = field(default_factory=Counter)  # gold sentences with a source, by category
    right: Counter = field(default_factory=Counter)  # right speakers, by category
    given: Counter = field(default_factory=Counter)  # speakers given, by gold category
    errors: list[tuple[str, int, str, str | None, str | None, str]] = field(default_factory=list)
    fragments: list[str] = field(default_factory=list)


def speaker_over(report: Report, start: int, end: int) -> str | None:
    """The speaker unspin gives the sentence of ``report`` that overlaps ``start:end`` most
    (None when no sentence overlaps or it has no speaker)."""
    best, overlap = None, 0
    for sentence in report.sentences:
        shared = min(end, sentence.end) - max(start, sentence.start)
        if shared > overlap:
            best, overlap = sentence, shared
    return best.speaker if best is not None else None


def score(docs: list[GoldDoc], tally: Tally | None = None, set_name: str = "") -> Tally:
    from summarize import analyze
    from summarize.text.quotes import find_quotes, segments_in

    tally = tally or Tally()
    for doc in docs:
        report = analyze(doc.text, length=1)
        quotes = find_quotes(doc.text)
        for n, (start, end, reported, speaker) in enumerate(doc.sentences):
            given = speaker_over(report, start, end)
            if reported and speaker:
                kind = category(doc.text[start:end], speaker, segments_in(quotes, start, end))
            elif reported:
                kind = "no source given"
            else:
                kind = "not reported"
            if kind in CATEGORIES:
                tally.reported[kind] += 1
            ok = bool(given and speaker and same_speaker(given, speaker))
            if given:
                tally.given[kind] += 1
                tally.right[kind] += ok
            if (given or kind in CATEGORIES) and not ok:
                tally.errors.append(
                    (f"{set_name}{doc.id}", n, kind, speaker, given, doc.text[start:end])
                )
    return tally


def _pct(right: int, total: int) -> str:
    return f"{right}/{total} = {right / total:.1%}" if total else "-"


def rows(tally: Tally, name: str) -> list[tuple[str, str, str]]:
    total_reported = sum(tally.reported.values())
    right = sum(tally.right[k] for k in CATEGORIES)
    given = sum(tally.given.values())
    right_given = sum(tally.right.values())
    out = [
        (f"{name}: right speaker, of reported sentences (recall)", _pct(right, total_reported), ""),
        (f"{name}: speakers given that are right (precision)", _pct(right_given, given), ""),
    ]
    for kind in CATEGORIES:
        out.append(
            (
                f"{name}, {kind}: recall · precision",
                f"{_pct(tally.right[kind], tally.reported[kind])} · "
                f"{_pct(tally.right[kind], tally.given[kind])}",
                "",
            )
        )
    wrong_extra = tally.given["not reported"] + tally.given["no source given"]
    out.append(
        (f"{name}: speakers given to unreported or unsourced sentences", str(wrong_extra), "")
    )
    return out


def evaluate_attribution(data: Path) -> list[tuple[str, str, str]]:
    """Rows for ``summarize.lab.evaluate``: the dev gold (BASIL + BBC) by category, each
    set alone, then the texts written for unspin."""
    basil_docs = basil_gold(data)
    basil = score(basil_docs, set_name="basil:")
    bbc_docs = bbc_gold(data) if BBC_GOLD.exists() else []
    bbc = score(bbc_docs, set_name="bbc:")
    dev = Tally()
    for part in (basil, bbc):
        dev.reported.update(part.reported)
        dev.right.update(part.right)
        dev.given.update(part.given)
    out = rows(dev, f"dev gold ({len(bbc_docs)} BBC + 15 BASIL articles)")
    out[0] = (*out[0][:2], "≥ 90%")
    out[1] = (*out[1][:2], "≥ 95%")
    out += rows(basil, "BASIL speakers-dev (15 articles)")[:2]
    out += rows(bbc, f"BBC, annotated for unspin ({len(bbc_docs)} articles)")[:2]
    for which in HALVES:
        part = score(half(basil_docs, which) + half(bbc_docs, which))
        out += rows(part, f"dev gold, {which} half (events/articles alternate by id)")[:2]
    if TRICKY.exists():
        out += rows(score(tricky_gold()), "texts written for unspin (tests/data/attribution)")[:2]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--errors", type=int, default=0, help="show this many wrong sentences")
    parser.add_argument("--set", choices=["basil", "bbc", "tricky", "all", "spans"], default="all")
    parser.add_argument("--half", choices=[*HALVES, "both"], default="both")
    parser.add_argument("--text", action="store_true", help="show each wrong sentence's text")
    args = parser.parse_args(argv)

    def pick(docs: list[GoldDoc]) -> list[GoldDoc]:
        return docs if args.half == "both" else half(docs, args.half)

    tally = Tally()
    if args.set in ("basil", "all"):
        score(pick(basil_gold(args.data)), tally, "basil:")
    if args.set in ("bbc", "all"):
        score(pick(bbc_gold(args.data)), tally, "bbc:")
    if args.set == "spans":
        score(basil_span_gold(args.data), tally, "spans:")
    if args.set in ("tricky", "all") and args.half == "both":
        score(tricky_gold(), tally, "tricky:")
    for row in rows(tally, f"{args.set}/{args.half}"):
        print(f"| {row[0]} | {row[1]} |")
    for doc, n, kind, gold, given, text in tally.errors[: args.errors]:
        print(f"{doc} #{n} [{kind}] gold={gold!r} given={given!r}", file=sys.stderr)
        if args.text:
            print(f"    {text}", file=sys.stderr)


if __name__ == "__main__":
    main()
