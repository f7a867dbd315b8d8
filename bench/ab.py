"""Two revisions of unspin, A/B on one long text, alternated in one session.

    .venv/bin/python bench/ab.py 2be0795 HEAD                  # 4 pairs, 50,000 sentences
    .venv/bin/python bench/ab.py main~3 HEAD --pairs 6 --sentences 7000

Each revision's ``summarize/`` is unpacked from git (``git archive``) to a folder of its
own and run as ``python -m summarize analyze BIG --format json`` from a neutral folder
with that folder first on ``PYTHONPATH`` (the installed dependencies are shared), the two
revisions taking turns. This machine's speed moves by a third within an hour
(docs/BENCHMARKS.md): the ratio of the medians taken in one session is the figure to
trust, not either time alone. Wall seconds, and the CPU seconds of the whole process tree
(a worker is waited for, so its time is counted). The reports' SHA-256 are compared too: a
change made for speed should leave them byte-identical.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, ROOT, machine, measure_process, run_probe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="the reference revision (a commit, a branch, HEAD~2)")
    parser.add_argument("head", help="the revision measured against it")
    parser.add_argument("--pairs", type=int, default=4, help="runs of each, alternated")
    parser.add_argument("--sentences", type=int, default=50_000)
    args = parser.parse_args()
    print(f"Machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        trees = {
            name: _unpack(rev, work / name) for name, rev in (("A", args.base), ("B", args.head))
        }
        big = work / "big.txt"
        written = run_probe(["write", str(args.sentences), str(big)])
        print(f"Text: {written['source']}, {written['chars']:,} characters\n", flush=True)
        runs: dict[str, list[tuple[float, float]]] = {"A": [], "B": []}
        digests: dict[str, set[str]] = {"A": set(), "B": set()}
        for _ in range(args.pairs):
            for name, tree in trees.items():
                wall, cpu, digest = _run(tree, big, work)
                runs[name].append((wall, cpu))
                digests[name].add(digest)
    print("| revision | wall s, in turn | median | CPU s of the tree, median |")
    print("|---|---|---:|---:|")
    medians = {}
    for name, rev in (("A", args.base), ("B", args.head)):
        walls = [w for w, _ in runs[name]]
        medians[name] = statistics.median(walls)
        cpu = statistics.median(c for _, c in runs[name])
        shown = ", ".join(f"{w:.2f}" for w in walls)
        print(f"| {rev} | {shown} | {medians[name]:.2f} | {cpu:.1f} |")
    print(f"\nRatio of medians ({args.head} / {args.base}): {medians['B'] / medians['A']:.2f}")
    same = len(digests["A"] | digests["B"]) == 1
    sha = sorted(digests["B"])[0][:12]
    print(f"Reports byte-identical: {'yes' if same else 'NO'} (SHA-256 {sha}…)")
    print(f"Machine at the end: {machine()}")


def _unpack(revision: str, folder: Path) -> Path:
    """``summarize/`` of ``revision`` unpacked into ``folder``."""
    folder.mkdir()
    archive = subprocess.run(
        ["git", "archive", revision, "summarize"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def _run(tree: Path, big: Path, work: Path) -> tuple[float, float, str]:
    """(wall s, user + system CPU s of the tree, SHA-256 of the report) of one run."""
    paths = [str(tree), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    report = work / "report.json"
    with report.open("wb") as out:
        wall, _peak, _code, cpu = measure_process(
            [PYTHON, "-m", "summarize", "analyze", str(big), "--format", "json"],
            stdout=out,
            cwd=work,  # not the repository: ``-m`` reads the current folder first
            env=env,
        )
    return wall, cpu, hashlib.sha256(report.read_bytes()).hexdigest()


if __name__ == "__main__":
    main()
