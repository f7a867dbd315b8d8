"""Draw restatements for a person to review: ``python -m summarize.lab.review_sample
--data ../shared/data --seed 12 --n 60``.

The sample is repeatable: the same seed, data and code draw the same restatements. It
takes a third from each of BBC News, BASIL and Webis editorials (development articles),
articles in a random order fixed by the seed, at most two restatements per article, and
by default only restatements that unspin changed or flagged (an untouched sentence needs
no review; ``--all`` includes them). It prints, for each, the original, the restatement,
its edits and the self-check, with empty columns for the reviewer's verdicts:
grammatical (G), meaning kept (M), slant removed (S).

The printout contains article text: it is for the reviewer's eyes and must not be
committed (the data's licences); record verdicts by the ids it prints.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from summarize.lab import datasets


def _bbc(data: Path) -> Iterator[tuple[str, str]]:
    for item in datasets.bbc(data):
        yield f"bbc:{item['id']}", f"{item['title']}\n\n{item['article']}"


def _basil(data: Path) -> Iterator[tuple[str, str]]:
    for article in datasets.basil_articles(data):
        paragraphs = [" ".join(p) for p in article.get("paragraphs", []) if p]
        text = "\n\n".join([article.get("title") or "", *paragraphs]).strip()
        if text:
            yield f"basil:{article['article_id']}", text


def _webis(data: Path) -> Iterator[tuple[str, str]]:
    articles: dict[str, list[dict]] = {}
    with (data / "webis_editorials" / "units.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                unit = json.loads(line)
                articles.setdefault(f"{unit['portal']}/{unit['article']}", []).append(unit)
    for name, units in articles.items():
        units.sort(key=lambda u: (u["paragraph"], u["unit_number"]))
        paragraphs: dict[int, list[str]] = {}
        for unit in units:
            text = unit["text"].strip()
            if text and text[-1] not in ".!?\"”'’:;,":
                text += "."
            paragraphs.setdefault(unit["paragraph"], []).append(text)
        yield f"webis:{name}", "\n\n".join(" ".join(p) for p in paragraphs.values())


SOURCES = {"bbc": _bbc, "basil": _basil, "webis": _webis}


def draw(data: Path, seed: int, n: int, *, everything: bool = False) -> list[dict]:
    """``n`` restatements (a third from each source), the same for the same seed."""
    from summarize import analyze

    rng = random.Random(seed)
    per_source = [n // len(SOURCES) + (i < n % len(SOURCES)) for i in range(len(SOURCES))]
    sample: list[dict] = []
    for (name, read), wanted in zip(SOURCES.items(), per_source, strict=True):
        articles = list(read(data))
        rng.shuffle(articles)
        taken = 0
        for article_id, text in articles:
            if taken >= wanted:
                break
            report = analyze(text, length=1)
            candidates = [
                c
                for c in report.claims
                if everything or c.text != report.sentences[c.sentence_id].text or c.edits
            ]
            rng.shuffle(candidates)
            for claim in candidates[: min(2, wanted - taken)]:
                sample.append(
                    {
                        "n": len(sample) + 1,
                        "source": name,
                        "article": article_id,
                        "sentence": claim.sentence_id,
                        "kind": report.sentences[claim.sentence_id].kind,
                        "original": report.sentences[claim.sentence_id].text,
                        "restatement": claim.text,
                        "edits": [e.note or e.reason for e in claim.edits],
                        "rules": [e.rule for e in claim.edits],
                        "self_check": claim.self_check,
                        "problems": claim.problems,
                    }
                )
                taken += 1
    return sample


def to_markdown(sample: list[dict]) -> str:
    lines = []
    for item in sample:
        lines += [
            f"### {item['n']}. {item['source']} {item['article']} #{item['sentence']} "
            f"({item['kind']}, self-check {item['self_check']})",
            "",
            f"- original: {item['original']}",
            f"- restated: {item['restatement']}",
            *[f"  - {edit}" for edit in item["edits"]],
            *[f"  - problem: {p}" for p in item["problems"]],
            "- G: _ M: _ S: _",
            "",
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m summarize.lab.review_sample", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--data", type=Path, required=True, help="the labelled data")
    parser.add_argument("--seed", type=int, default=12, help="the draw (default 12)")
    parser.add_argument("--n", type=int, default=60, help="restatements to draw (default 60)")
    parser.add_argument("--all", action="store_true", help="include unchanged restatements")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"no data folder at {args.data}")
    sample = draw(args.data, args.seed, args.n, everything=args.all)
    if args.format == "json":
        sys.stdout.write(json.dumps(sample, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(to_markdown(sample))


if __name__ == "__main__":
    main()
