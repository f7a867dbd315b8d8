"""Peak memory against input size: is it linear, and where is 50 MB?

    PYTHONPATH=$PWD .venv/bin/python bench/memory.py                    # 2, 7 and 50 MB
    PYTHONPATH=$PWD .venv/bin/python bench/memory.py --sizes 2 7 --repeat 3

For each size, a text of about that many MB (BBC News, ClaimBuster and Pang & Lee
sentences, then synthetic Zipfian text: ``common.document``) is written once, and
``unspin summary`` and ``unspin analyze`` run on it with ``--format json`` (or
``--format text|markdown``: the command column says so) and
``--max-bytes`` above the size, output to ``/dev/null``, each a fresh process. Wall time
and peak memory are medians of ``--repeat`` runs (sizes from 10 MB run ``--repeat-large``
times: minutes each). "Own" is the command's process (``os.wait4``); "with workers"
samples the summed resident memory of it and every process it starts (``/proc``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, document, machine, measure_tree

UNSPIN = str(Path(PYTHON).with_name("unspin"))
#: Characters per sentence of the test text (42.5 MB for 370,000 sentences).
CHARS_PER_SENTENCE = 115


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[2, 7, 50], help="MB")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--repeat-large", type=int, default=1, help="runs at sizes >= 10 MB")
    parser.add_argument("--commands", nargs="+", default=["summary", "analyze"])
    parser.add_argument(
        "--format", default="json", choices=["json", "text", "markdown"], help="output format"
    )
    parser.add_argument(
        "--skip-text", action="store_true", help="only the --table input, not the --sizes"
    )
    parser.add_argument(
        "--table", type=float, default=0, help="also a Markdown table of this many MB"
    )
    args = parser.parse_args()
    print(f"Machine: {machine()}", flush=True)
    print()
    print(
        "| input MB | sentences (approx.) | command | runs | wall s | peak MB own | "
        "peak MB with workers | MB per input MB |"
    )
    print("|---:|---:|---|---:|---:|---:|---:|---:|")
    inputs = [] if args.skip_text else [(size, "big.txt") for size in args.sizes]
    if args.table:
        inputs.append((args.table, "table.md"))
    for size, name in inputs:
        sentences = int(size * 1e6 / CHARS_PER_SENTENCE)
        text = markdown_table(size) if name == "table.md" else document(sentences)[0]
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            megabytes = path.stat().st_size / 1e6
            del text
            counted = "-" if name == "table.md" else f"{sentences:,}"
            repeat = args.repeat_large if size >= 10 else args.repeat
            for command in args.commands:
                argv = [
                    UNSPIN,
                    command,
                    str(path),
                    "--format",
                    args.format,
                    "--max-bytes",
                    str(int(megabytes * 1e6) + 1000),
                ]
                runs = [measure_tree(argv) for _ in range(repeat)]
                fmt = "" if args.format == "json" else f" --format {args.format}"
                wall = statistics.median(r[0] for r in runs)
                own = statistics.median(r[1] for r in runs)
                tree = statistics.median(r[2] for r in runs)
                print(
                    f"| {megabytes:.1f}{' (Markdown table)' if name == 'table.md' else ''} | "
                    f"{counted} | `unspin {command}{fmt}` | {repeat} | "
                    f"{wall:.1f} | {own:.0f} | {tree:.0f} | {tree / megabytes:.0f} |",
                    flush=True,
                )


def markdown_table(megabytes: float) -> str:
    """A Markdown table of about ``megabytes`` MB: a date, a city, a number, a few words."""
    import random

    rng = random.Random(20)
    cities = ["London", "Paris", "Berlin", "Madrid", "Rome", "Vienna", "Oslo", "Lisbon"]
    words = [
        "rain",
        "wind",
        "sun",
        "cloud",
        "snow",
        "fog",
        "storm",
        "clear",
        "mild",
        "cold",
        "warm",
        "dry",
        "wet",
    ]
    rows = ["| date | city | reading | weather |", "|---|---|---:|---|"]
    size = 0
    day = 0
    while size < megabytes * 1e6:
        day += 1
        row = (
            f"| 2024-{day % 12 + 1:02d}-{day % 28 + 1:02d} | {rng.choice(cities)} | "
            f"{rng.uniform(-10, 35):.1f} | {' and '.join(rng.sample(words, 2))} |"
        )
        rows.append(row)
        size += len(row) + 1
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    main()
