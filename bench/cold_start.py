"""Cold start: `unspin summary` on the seed, in a fresh process, against `python -c pass`.

    .venv/bin/python bench/cold_start.py            # hyperfine when installed, else our own loop
    .venv/bin/python bench/cold_start.py --runs 40 --no-hyperfine

With hyperfine (``apt-get install hyperfine``): ``hyperfine -N --warmup 3 --runs RUNS``
and its JSON export. Without it, the same protocol by hand: 3 warm-up runs, then RUNS
timed ``subprocess.run`` calls per command, median. Either way the table shows the
median, the spread, and the difference from ``python -c pass``.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, ROOT, SEED, machine

UNSPIN = str(Path(PYTHON).with_name("unspin"))
SEED_ARG = str(SEED.relative_to(ROOT))

COMMANDS = [
    ("python -c pass", [PYTHON, "-c", "pass"]),
    ("unspin --version", [UNSPIN, "--version"]),
    ("unspin summary SEED", [UNSPIN, "summary", SEED_ARG]),
    ("unspin summary SEED -a textrank", [UNSPIN, "summary", SEED_ARG, "-a", "textrank"]),
    ("unspin summary SEED -a lsa", [UNSPIN, "summary", SEED_ARG, "-a", "lsa"]),
    ("unspin summary SEED --engine sumy", [UNSPIN, "summary", SEED_ARG, "--engine", "sumy"]),
    ("unspin analyze SEED", [UNSPIN, "analyze", SEED_ARG]),
]


def with_hyperfine(runs: int) -> dict[str, tuple[float, float, float, float]]:
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "runs.json"
        command = ["hyperfine", "-N", "--warmup", "3", "--runs", str(runs)]
        command += ["--export-json", str(export), "--style", "none"]
        for name, argv in COMMANDS:
            command += ["-n", name, " ".join(argv)]
        done = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if done.returncode:
            raise SystemExit(f"hyperfine failed: {done.stderr.decode(errors='replace')}")
        data = json.loads(export.read_text())
    return {
        r["command"]: (r["median"], min(r["times"]), max(r["times"]), r["user"] + r["system"])
        for r in data["results"]
    }


def by_hand(runs: int) -> dict[str, tuple[float, float, float, float]]:
    results = {}
    for name, argv in COMMANDS:
        for _ in range(3):
            subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
        times = []
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) / runs
        results[name] = (statistics.median(times), min(times), max(times), cpu)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--no-hyperfine", action="store_true", help="use our own loop")
    args = parser.parse_args()
    print(f"Machine: {machine()}", flush=True)
    tool = "hyperfine" if shutil.which("hyperfine") and not args.no_hyperfine else None
    results = with_hyperfine(args.runs) if tool else by_hand(args.runs)
    tool = tool or "subprocess loop (bench/cold_start.py)"
    print(f"Tool: {tool}, {args.runs} runs after 3 warm-ups; SEED = {SEED_ARG}")
    print()
    print(
        "| command | median s | min s | max s | median minus `python -c pass` "
        "| CPU s (user + sys, mean) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    base = results["python -c pass"][0]
    for name, (median, low, high, cpu) in results.items():
        print(
            f"| `{name}` | {median:.3f} | {low:.3f} | {high:.3f} | {median - base:+.3f} "
            f"| {cpu:.3f} |"
        )
    print(f"\nMachine at the end: {machine()}")


if __name__ == "__main__":
    main()
