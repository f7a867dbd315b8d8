"""Batch throughput: ``unspin batch`` on BBC News articles, articles per second per core.

    .venv/bin/python bench/batch_throughput.py                  # 400 articles
    .venv/bin/python bench/batch_throughput.py --articles 2003 --workers 1 2

Each run is the whole command (start-up included) on a JSONL file of ``{id, text}``
articles in a temporary folder: with the full analysis and with ``--summary-only``, with
local worker processes and with ``--scheduler local`` (a Dask LocalCluster). Then, in one
process, where each article's time goes (segment, summary, perspective, JSON).
Without ``../shared/data/bbc`` the articles are synthetic.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, bbc_articles, document, machine, measure_process

UNSPIN = str(Path(PYTHON).with_name("unspin"))


def articles(count: int, words: int = 0) -> tuple[list[dict[str, str]], str]:
    found = bbc_articles()
    if found and words:
        return joined(found, words)[:count], f"BBC News articles joined to {words:,}+ words"
    if found:
        return found[:count], "BBC News articles"
    made = []
    for index in range(count):
        text, _ = document(19 + index % 7, synthetic=True)
        made.append({"id": f"synthetic/{index}", "text": f"Article {index}\n\n{text}"})
    return made, "synthetic articles"


def joined(found: list[dict[str, str]], words: int) -> list[dict[str, str]]:
    """Articles of at least ``words`` words: consecutive BBC articles of one category
    (the ids are category/number) under the first one's title, each body its paragraphs."""
    made: list[dict[str, str]] = []
    parts: list[dict[str, str]] = []
    for article in found:
        if parts and article["id"].split("/")[0] != parts[0]["id"].split("/")[0]:
            parts = []  # a new category: start again
        parts.append(article)
        if sum(len(p["text"].split()) for p in parts) >= words:
            title, body = parts[0]["text"].split("\n\n", 1)
            rest = [p["text"].split("\n\n", 1)[1] for p in parts[1:]]
            made.append({"id": parts[0]["id"], "text": "\n\n".join([title, body, *rest])})
            parts = []
    return made


def stage_shares(chosen: list[dict[str, str]], sample: int) -> dict[str, float]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from summarize.pipeline import analyze

    analyze(chosen[0]["text"])  # warm up: imports, lexicons
    totals: dict[str, float] = {}
    for record in chosen[:sample]:
        marks: list[tuple[str, float]] = []
        start = time.perf_counter()
        report = analyze(
            record["text"],
            name=record["id"],
            progress=lambda stage, _f, marks=marks: marks.append((stage, time.perf_counter())),
        )
        analysed = time.perf_counter()
        json.dumps({"id": record["id"], **report.to_dict()}, ensure_ascii=False)
        done = time.perf_counter()
        for (stage, at), (_next, until) in itertools.pairwise(marks):
            totals[stage] = totals.get(stage, 0.0) + (until - at)
        totals["report JSON"] = totals.get("report JSON", 0.0) + (done - analysed)
        totals["total"] = totals.get("total", 0.0) + (done - start)
    return {stage: seconds / sample for stage, seconds in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-cluster", action="store_true", help="skip --scheduler local")
    parser.add_argument("--sample", type=int, default=200, help="articles for the stage split")
    parser.add_argument(
        "--words", type=int, default=0, help="join BBC articles into ones of this many words"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command")
    parser.add_argument("--summary-only", choices=("both", "no"), default="both")
    args = parser.parse_args()
    print(f"Machine: {machine()}", flush=True)
    chosen, source = articles(args.articles, args.words)
    words = statistics.mean(len(a["text"].split()) for a in chosen)
    print(f"Text: {len(chosen):,} {source}, {words:.0f} words each on average", flush=True)
    print()
    print(
        f"| command | articles | wall s (median of {args.repeat}) | articles/s | "
        "articles/s per core |"
    )
    print("|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        source_file = Path(folder) / "articles.jsonl"
        source_file.write_text(
            "".join(json.dumps({"id": a["id"], "text": a["text"]}) + "\n" for a in chosen),
            encoding="utf-8",
        )
        runs = []
        for workers in args.workers:
            for extra in ([], ["--summary-only"]) if args.summary_only == "both" else ([],):
                runs.append((["-w", str(workers), *extra], workers))
        if not args.no_cluster:
            runs.append((["--scheduler", "local", "-w", "2"], 2))
        for flags, cores in runs:
            out = Path(folder) / "out.jsonl"
            out.unlink(missing_ok=True)
            command = [UNSPIN, "batch", str(source_file), "-o", str(out), *flags]
            walls = []
            for _ in range(args.repeat):
                out.unlink(missing_ok=True)
                walls.append(measure_process(command)[0])
            wall = statistics.median(walls)
            lines = out.read_text(encoding="utf-8").count("\n")
            rate = lines / wall
            shown = " ".join(["unspin batch articles.jsonl -o out.jsonl", *flags])
            print(
                f"| `{shown}` | {lines:,} | {wall:.1f} | {rate:.1f} | {rate / cores:.1f} |",
                flush=True,
            )
    print()
    shares = stage_shares(chosen, min(args.sample, len(chosen)))
    print(f"Where one article's time goes (mean of {min(args.sample, len(chosen))}, one process):")
    print()
    print("| stage | ms per article | share |")
    print("|---|---:|---:|")
    for stage, seconds in shares.items():
        share = seconds / shares["total"] * 100
        print(f"| {stage} | {seconds * 1000:.1f} | {share:.0f}% |")
    print(f"\nMachine at the end: {machine()}")


if __name__ == "__main__":
    main()
