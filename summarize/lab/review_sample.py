"""Draw restatements for a person to review: ``python -m summarize.lab.review_sample
--data ../shared/data --seed 12 --n 60``.

The sample is repeatable: the same seed, data and code draw the same restatements. It
takes an equal share from each of BBC News, BASIL and Webis editorials (``--sources``; all
articles, or ``--split train|dev``),
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

BBC_DEV = 400  # the evaluation's BBC development articles are the first 400


def _bbc(data: Path, split: str = "all") -> Iterator[tuple[str, str]]:
    for i, item in enumerate(datasets.bbc(data)):
        if split != "all" and (i < BBC_DEV) != (split == "dev"):
            continue
        yield f"bbc:{item['id']}", f"{item['title']}\n\n{item['article']}"


def _basil(data: Path, split: str = "all") -> Iterator[tuple[str, str]]:
    from summarize.lab.train_neutral import basil_dev_event

    for article in datasets.basil_articles(data):
        if split != "all" and basil_dev_event(article.get("triplet_uuid", "")) != (split == "dev"):
            continue
        paragraphs = [" ".join(p) for p in article.get("paragraphs", []) if p]
        text = "\n\n".join([article.get("title") or "", *paragraphs]).strip()
        if text:
            yield f"basil:{article['article_id']}", text


def _webis(data: Path, split: str = "all") -> Iterator[tuple[str, str]]:
    articles: dict[str, list[dict]] = {}
    with (data / "webis_editorials" / "units.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                unit = json.loads(line)
                articles.setdefault(f"{unit['portal']}/{unit['article']}", []).append(unit)
    for name, units in articles.items():
        units.sort(key=lambda u: (u["paragraph"], u["unit_number"]))
        paragraphs: dict[int, list[str]] = {}
        for unit, following in zip(units, [*units[1:], None], strict=True):
            text = unit["text"].strip()
            # A unit is often a clause, its mark a separate segment the corpus left out: a
            # full stop is added only where the next unit starts a sentence (a capital, or
            # a new paragraph), so that no break the author did not make is invented.
            continues = (
                following is not None
                and following["paragraph"] == unit["paragraph"]
                and following["text"].strip()[:1].islower()
            )
            if text and text[-1] not in ".!?\"”'’:;," and not continues:
                text += "."
            paragraphs.setdefault(unit["paragraph"], []).append(text)
        yield f"webis:{name}", "\n\n".join(" ".join(p) for p in paragraphs.values())


SOURCES = {"bbc": _bbc, "basil": _basil, "webis": _webis}


def draw(
    data: Path,
    seed: int,
    n: int,
    *,
    everything: bool = False,
    split: str = "all",
    sources: tuple[str, ...] = tuple(SOURCES),
    changed: bool = False,
) -> list[dict]:
    """``n`` restatements (an equal share from each source), the same for the same seed.

    ``split`` "train" or "dev" keeps the evaluation's split: BBC development articles are
    the first 400, BASIL development events those of ``train_neutral.basil_dev_event``
    (Webis has no split and is always whole).
    """
    from summarize import analyze

    rng = random.Random(seed)
    per_source = [n // len(sources) + (i < n % len(sources)) for i in range(len(sources))]
    sample: list[dict] = []
    for name, wanted in zip(sources, per_source, strict=True):
        articles = list(SOURCES[name](data, split))
        rng.shuffle(articles)
        taken = 0
        for article_id, text in articles:
            if taken >= wanted:
                break
            report = analyze(text, length=1)
            candidates = [
                c
                for c in report.claims
                if c.text != report.sentences[c.sentence_id].text
                or (not changed and (everything or c.edits))
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
    parser.add_argument(
        "--changed", action="store_true", help="only restatements whose wording changed"
    )
    parser.add_argument(
        "--split", choices=("all", "train", "dev"), default="all", help="articles (default all)"
    )
    parser.add_argument(
        "--sources", default="bbc,basil,webis", help="comma-separated: bbc, basil, webis"
    )
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"no data folder at {args.data}")
    sources = tuple(s.strip() for s in args.sources.split(",") if s.strip())
    if not sources or any(s not in SOURCES for s in sources):
        parser.error(f"--sources takes a comma-separated subset of {', '.join(SOURCES)}")
    sample = draw(
        args.data,
        args.seed,
        args.n,
        everything=args.all,
        split=args.split,
        sources=sources,
        changed=args.changed,
    )
    if args.format == "json":
        sys.stdout.write(json.dumps(sample, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(to_markdown(sample))


if __name__ == "__main__":
    main()
