"""Long texts: the whole ``unspin`` command at 50,000 sentences, and growth past it.

    .venv/bin/python bench/scale.py                 # everything (the full analysis takes minutes)
    .venv/bin/python bench/scale.py --skip-analyze  # summaries and growth only

1. ``unspin summary BIG --format json -a ALGO`` for lexrank, textrank and lsa, and
   ``unspin analyze BIG --format json`` (the whole report): wall time and peak memory of
   the command's own process (``os.wait4``), BIG being a 50,000-sentence text (~5.8 MB).
2. Where the time of ``analyze`` goes, stage by stage (in one process).
3. Growth: the fast summarizers alone at 12,500 to 200,000 sentences (synthetic text past
   the real text's 56,000 sentences), time per 1,000 sentences.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, machine, measure_tree, run_probe

UNSPIN = str(Path(PYTHON).with_name("unspin"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=50_000)
    parser.add_argument("--skip-analyze", action="store_true", help="no full analysis")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command")
    parser.add_argument(
        "--growth", type=int, nargs="*", default=[12_500, 25_000, 50_000, 100_000, 200_000]
    )
    args = parser.parse_args()
    print(f"Machine: {machine()}", flush=True)

    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.txt"
        written = run_probe(["write", str(args.sentences), str(big)])
        print(f"Text: {written['source']}, {written['chars']:,} characters", flush=True)
        print()
        print(
            f"| command | wall s (median of {args.repeat}) | peak MB, its process | "
            "peak MB, with its workers |"
        )
        print("|---|---:|---:|---:|")
        commands = [
            [UNSPIN, "summary", str(big), "--format", "json", "-a", algorithm]
            for algorithm in ("lexrank", "textrank", "lsa")
        ]
        if not args.skip_analyze:
            commands.append([UNSPIN, "analyze", str(big), "--format", "json"])
        for command in commands:
            runs = [measure_tree(command) for _ in range(args.repeat)]
            wall = statistics.median(r[0] for r in runs)
            own, tree = max(r[1] for r in runs), max(r[2] for r in runs)
            shown = " ".join(["unspin", *command[1:]]).replace(str(big), "BIG")
            print(f"| `{shown}` | {wall:.1f} | {own:.0f} | {tree:.0f} |", flush=True)

    print()
    flags = ["--summary-only"] if args.skip_analyze else []
    stages = run_probe(["stages", "textrank", str(args.sentences), *flags])
    print(f"Stages of analyze (textrank, {stages['sentences']:,} sentences):")
    print()
    print("| stage | seconds |")
    print("|---|---:|")
    for stage, seconds in stages["stages_s"].items():
        print(f"| {stage} | {seconds:.1f} |")
    print(f"| total | {stages['total_s']:.1f} |")
    print(f"\npeak {stages['peak_rss_mb']:.0f} MB, report JSON {stages['json_mb']:.0f} MB")

    print()
    print("Growth (fast engine, `extract()` only, median of 1):")
    print()
    print("| algorithm | sentences | seconds | s per 1,000 sentences | peak MB | notes |")
    print("|---|---:|---:|---:|---:|---|")
    for size in args.growth:
        for algorithm in ("lexrank", "textrank", "lsa"):
            result = run_probe(["rate", algorithm, "fast", str(size), "1"])
            per = result["median_s"] / result["sentences"] * 1000
            notes = "; ".join(result["notes"]) or ""
            print(
                f"| {algorithm} | {result['sentences']:,} | {result['median_s']:.2f} | "
                f"{per:.3f} | {result['peak_rss_mb']:.0f} | {notes} |",
                flush=True,
            )
    print(f"\nMachine at the end: {machine()}")


if __name__ == "__main__":
    main()
