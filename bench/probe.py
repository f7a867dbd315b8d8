"""One measurement in a fresh process; prints one JSON line (used by the bench scripts).

    probe.py rate ALGORITHM ENGINE SENTENCES REPEAT

builds the test document (``common.document``), segments it (not timed), warms
the engine up on a short text (so imports are not timed: cold start is measured
on its own), then times ``summarize.summary.summarize`` REPEAT times and
reports the median, the peak resident memory of this process (``ru_maxrss``)
and the resident memory just before the first timed call.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import document


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _candidates(text: str):
    from summarize.segment import segment
    from summarize.summary import Candidate

    return [
        Candidate(id=i, text=text[s.start : s.end], paragraph=s.paragraph, heading=s.heading)
        for i, s in enumerate(segment(text))
    ]


def rate(algorithm: str, engine: str, sentences: int, repeat: int) -> dict:
    from summarize.summary import summarize

    warnings.simplefilter("ignore")
    text, source = document(sentences)
    candidates = _candidates(text)
    summarize(
        _candidates("One short text. It has two sentences."), algorithm=algorithm, engine=engine
    )
    before = _rss_mb()
    times = []
    summary = None
    for _ in range(repeat):
        start = time.perf_counter()
        summary = summarize(candidates, algorithm=algorithm, engine=engine, length="10")
        times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "algorithm": algorithm,
        "engine": summary.engine if summary else engine,
        "sentences": sum(not c.heading for c in candidates),
        "source": source,
        "median_s": statistics.median(times),
        "times_s": times,
        "peak_rss_mb": peak,
        "rss_before_mb": before,
        "selected": summary.sentence_ids if summary else [],
        "scores": summary.scores if summary else [],
        "notes": summary.notes if summary else [],
    }


def main() -> None:
    kind, *args = sys.argv[1:]
    if kind == "rate":
        algorithm, engine, sentences, repeat = args
        print(json.dumps(rate(algorithm, engine, int(sentences), int(repeat))))
    else:
        raise SystemExit(f"unknown probe {kind!r}")


if __name__ == "__main__":
    main()
