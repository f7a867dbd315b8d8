"""One measurement in a fresh process; prints one JSON line (used by the bench scripts).

    probe.py rate ALGORITHM ENGINE SENTENCES REPEAT
    probe.py stages ALGORITHM SENTENCES [--summary-only]
    probe.py write SENTENCES PATH

``rate`` builds the test document (``common.document``), segments it (not timed), warms
the engine up on a short text (so imports are not timed: cold start is measured
on its own), then times ``summarize.summary.summarize`` REPEAT times and
reports the median, the peak resident memory of this process (``ru_maxrss``)
and the resident memory just before the first timed call. ``stages`` times each
stage of ``summarize.pipeline.analyze`` (through its progress callback) and the
report's JSON form. ``write`` saves the test document to PATH (for the CLI).
"""

from __future__ import annotations

import itertools
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
    from summarize.summary import extract

    warnings.simplefilter("ignore")
    text, source = document(sentences)
    candidates = _candidates(text)
    extract(
        _candidates("One short text. It has two sentences."), algorithm=algorithm, engine=engine
    )
    before = _rss_mb()
    times = []
    summary = None
    for _ in range(repeat):
        start = time.perf_counter()
        summary = extract(candidates, algorithm=algorithm, engine=engine, length="10")
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


def stages(algorithm: str, sentences: int, perspective: bool) -> dict:
    from summarize.pipeline import analyze

    text, source = document(sentences)
    analyze("Warm up. Two sentences.", algorithm=algorithm, perspective=perspective)
    marks: list[tuple[str, float]] = []
    start = time.perf_counter()
    report = analyze(
        text,
        algorithm=algorithm,
        perspective=perspective,
        progress=lambda stage, _f: marks.append((stage, time.perf_counter() - start)),
    )
    analysed = time.perf_counter()
    from summarize.render import to_json

    size = len(to_json(report, indent=False))  # what `unspin analyze --format json` prints
    done = time.perf_counter()
    durations = {}
    for (stage, at), (_next, until) in itertools.pairwise(marks):
        durations[stage] = until - at
    durations["report JSON"] = done - analysed
    return {
        "algorithm": algorithm,
        "sentences": len(report.sentences),
        "chars": len(text),
        "source": source,
        "perspective": perspective,
        "stages_s": durations,
        "total_s": done - start,
        "json_mb": size / 1e6,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "notes": report.summary.notes if report.summary else [],
    }


def main() -> None:
    kind, *args = sys.argv[1:]
    if kind == "rate":
        algorithm, engine, sentences, repeat = args
        print(json.dumps(rate(algorithm, engine, int(sentences), int(repeat))))
    elif kind == "stages":
        algorithm, sentences, *flags = args
        print(json.dumps(stages(algorithm, int(sentences), "--summary-only" not in flags)))
    elif kind == "write":
        sentences, path = args
        text, source = document(int(sentences))
        Path(path).write_text(text, encoding="utf-8")
        print(json.dumps({"path": path, "chars": len(text), "source": source}))
    else:
        raise SystemExit(f"unknown probe {kind!r}")


if __name__ == "__main__":
    main()
