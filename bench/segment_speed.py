"""How fast unspin segments a large text, beside plain nupunkt.

    .venv/bin/python bench/segment_speed.py               # 5 MB, median of 5 runs
    .venv/bin/python bench/segment_speed.py --mb 1 --runs 3

The text is built from the project's own material (the seed article and the hand-written
gold set in tests/data/segmentation/), repeated up to the size asked, in three layouts:

- ``paragraphs``: blank-line paragraphs, as articles come;
- ``wrapped``: the same, hard-wrapped at 72 columns (every line break must be judged);
- ``one block``: no line breaks at all, one 5 MB paragraph;
- ``no blank lines``: every paragraph on its own line, with no blank line anywhere, so the
  whole text is one paragraph of line breaks to judge.

Each figure is the median of ``--runs`` runs of ``segment()`` (after one warm-up run on a
small text), in seconds per MB of text (1 MB = 10^6 characters): wall time, then CPU time
of the process (steadier when other work shares the machine).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import textwrap
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize.segment import segment  # noqa: E402


def material() -> list[str]:
    """Paragraphs of the seed article and of the gold set."""
    seed = (ROOT / "seeds" / "000_508ca77f2a9567b4.txt").read_text(encoding="utf-8")
    parts = [p.strip() for p in seed.split("\n\n") if p.strip()]
    gold = ROOT / "tests" / "data" / "segmentation" / "gold.jsonl"
    for line in gold.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        parts.append(case.get("text", " ".join(case["sentences"])).strip())
    return parts


def build(size: int, layout: str) -> str:
    parts = material()
    pieces: list[str] = []
    length = 0
    index = 0
    while length < size:
        part = parts[index % len(parts)]
        if layout == "wrapped":
            part = "\n".join(textwrap.wrap(part, 72)) or part
        pieces.append(part)
        length += len(part) + 2
        index += 1
    separator = {"one block": " ", "no blank lines": "\n"}.get(layout, "\n\n")
    return separator.join(pieces)[:size]


def timed(function: Callable[[str], object], text: str, runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time of ``runs`` calls, in seconds."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        function(text)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def nupunkt_plain(text: str) -> object:
    import nupunkt

    return nupunkt.sent_spans(text)


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=5.0, help="text size in MB (default 5)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    args = parser.parse_args(argv)
    size = int(args.mb * 1_000_000)

    segment("Warm up. The model loads once.")
    nupunkt_plain("Warm up.")
    print(f"{date.today()}  {platform.node()}  {platform.processor() or platform.machine()}")
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load {_load()}")
    print(f"{args.mb:g} MB, median of {args.runs} runs, seconds per MB (wall / CPU)")
    print(f"  {'layout':15} {'unspin':>13} {'sentences':>10} {'plain nupunkt':>14}")
    for layout in ("paragraphs", "wrapped", "one block", "no blank lines"):
        text = build(size, layout)
        mb = len(text) / 1_000_000
        wall, cpu = timed(segment, text, args.runs)
        plain_wall, plain_cpu = timed(nupunkt_plain, text, args.runs)
        print(
            f"  {layout:15} {wall / mb:6.3f} /{cpu / mb:6.3f} {len(segment(text)):10,}"
            f" {plain_wall / mb:6.3f} /{plain_cpu / mb:6.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
