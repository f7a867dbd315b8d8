"""Ours against sumy's own classes: LexRank, TextRank and LSA at 50 to 50,000 sentences.

    .venv/bin/python bench/summarizers.py      # the full table (sumy at 5,000: minutes)
    .venv/bin/python bench/summarizers.py --sizes 50 200 --repeat 3
    .venv/bin/python bench/summarizers.py --json results.json  # keep the raw numbers

Every measurement runs in a fresh process (``bench/probe.py``): the test document is
built and segmented (not timed), the engine is warmed up on a two-sentence text (imports
are not timed; cold start has its own script), then ``extract()`` is timed REPEAT times
(median). Peak memory is that process's ``ru_maxrss``: the interpreter, the document and
the work. "same top 10" says whether both engines chose the same ten sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import machine, run_probe

ALGORITHMS = ("lexrank", "textrank", "lsa")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 1000, 5000, 50000])
    parser.add_argument(
        "--algorithms", nargs="+", default=list(ALGORITHMS), help="sumy-only ones run sumy alone"
    )
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per size (ours)")
    parser.add_argument(
        "--sumy-repeat", type=int, default=3, help="timed runs per size for sumy below 5,000"
    )
    parser.add_argument(
        "--sumy-max", type=int, default=5000, help="largest size to run sumy at (its limit)"
    )
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    args = parser.parse_args()

    print(f"Machine: {machine()}", flush=True)
    rows = []
    raw = []
    for size in args.sizes:
        for algorithm in args.algorithms:
            ours = None
            if algorithm in ALGORITHMS:
                ours = run_probe(["rate", algorithm, "fast", str(size), str(args.repeat)])
            theirs = None
            if size <= args.sumy_max:
                repeat = args.sumy_repeat if size < 5000 else 1
                try:
                    theirs = run_probe(["rate", algorithm, "sumy", str(size), str(repeat)])
                except RuntimeError as refused:  # past SUMY_LIMITS
                    theirs = {"refused": str(refused).strip().splitlines()[-1]}
            raw.append({"ours": ours, "sumy": theirs})
            rows.append(_row(algorithm, ours, theirs))
            print(rows[-1], flush=True)
    print()
    print(f"Machine: {machine()}")
    sources = {r[k]["source"] for r in raw for k in ("ours", "sumy") if r[k] and "source" in r[k]}
    print(f"Text: {'; '.join(sorted(sources))}")
    print()
    print(
        "| algorithm | sentences | ours: median s | ours: peak MB | sumy: median s "
        "| sumy: peak MB | sumy / ours (time) | same top 10 |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for row in rows:
        print(row)
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "results": raw}, indent=1))


def _row(algorithm: str, ours: dict | None, theirs: dict | None) -> str:
    known = ours or (theirs if theirs and "refused" not in theirs else None)
    cells = [algorithm, f"{known['sentences']:,}" if known else "?"]
    if ours is None:
        cells += ["—", "—"]
    else:
        cells += [f"{ours['median_s']:.3f}", f"{ours['peak_rss_mb']:.0f}"]
    if theirs is None:
        cells += ["—", "—", "—", "—"]
    elif "refused" in theirs:
        cells += ["refused: over its limit", "—", "—", "—"]
    else:
        cells += [f"{theirs['median_s']:.3f}", f"{theirs['peak_rss_mb']:.0f}"]
        if ours is None:
            cells += ["—", "—"]
        else:
            same = "yes" if theirs["selected"] == ours["selected"] else "no"
            cells += [f"{theirs['median_s'] / ours['median_s']:.0f}x", same]
    return "| " + " | ".join(cells) + " |"


if __name__ == "__main__":
    main()
