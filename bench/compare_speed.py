"""Speed of ``unspin compare``: the whole process on three 900-word articles, and the
alignment alone as sources and sentences grow.

    .venv/bin/python bench/compare_speed.py             # both tables
    .venv/bin/python bench/compare_speed.py --runs 5

1. ``unspin compare A B C --format json`` in a fresh process (median of RUNS, after one
   warm-up run): three articles of about 900 words each.
2. :func:`summarize.compare.compare` alone (the reports analysed beforehand) for 2-6
   sources of 50-200 sentences each: the cost the issue asks to keep from growing
   badly (6 sources x 200 sentences).

The articles are BBC News articles (``../shared/data/bbc``), joined one after another
until a document is long enough; without that folder, seeded synthetic text.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, ROOT, bbc_articles, document, machine

UNSPIN = str(Path(PYTHON).with_name("unspin"))


def documents(count: int, *, words: int = 0, sentences: int = 0) -> tuple[list[str], str]:
    """``count`` different texts of at least ``words`` words or ``sentences`` sentences."""
    from summarize.segment import segment

    articles = [a["text"] for a in bbc_articles()]
    if not articles:
        texts = [document(max(sentences, words // 20))[0] for _ in range(count)]
        return texts, "synthetic Zipfian text"
    texts, current, size = [], [], 0
    for text in articles:
        current.append(text)
        size = len(" ".join(current).split()) if words else len(segment("\n\n".join(current)))
        if size >= (words or sentences):
            texts.append("\n\n".join(current))
            current = []
            if len(texts) == count:
                break
    return texts, "BBC News articles, joined"


def whole_process(runs: int) -> list[str]:
    texts, origin = documents(3, words=900)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for n, text in enumerate(texts):
            path = Path(folder) / f"article{n}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        command = [UNSPIN, "compare", *paths, "--format", "json"]
        subprocess.run(command, capture_output=True, check=True, cwd=ROOT)  # warm-up
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
            times.append(time.perf_counter() - start)
    words = ", ".join(str(len(t.split())) for t in texts)
    return [
        f"Whole process, `unspin compare A B C --format json` ({origin}; {words} words), "
        f"{runs} runs after a warm-up:",
        "",
        "| median | min | max |",
        "|---|---|---|",
        f"| {statistics.median(times):.2f} s | {min(times):.2f} s | {max(times):.2f} s |",
    ]


def scaling(runs: int) -> list[str]:
    from summarize.compare import compare
    from summarize.pipeline import analyze

    rows = [
        f"`compare()` alone (reports analysed beforehand), median of {runs} runs:",
        "",
        "| sources | sentences each | claims compared | time |",
        "|---|---|---|---|",
    ]
    for sentences in (50, 100, 200):
        texts, _ = documents(6, sentences=sentences)
        reports = [analyze(t) for t in texts]
        for sources in (2, 3, 6):
            chosen = reports[:sources]
            claims = sum(1 for r in chosen for s in r.sentences if s.kind in ("claim", "mixed"))
            compare(chosen)  # warm-up: the vector table
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                compare(chosen)
                times.append(time.perf_counter() - start)
            real = round(statistics.mean(len(r.sentences) for r in chosen))
            rows.append(
                f"| {sources} | {real} | {claims} | {statistics.median(times) * 1000:.0f} ms |"
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    out = [f"{machine()}", "", *whole_process(args.runs), "", *scaling(args.runs)]
    print("\n".join(out))


if __name__ == "__main__":
    main()
