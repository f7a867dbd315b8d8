"""What the benchmarks share: test documents of a given size, timing, the machine.

Documents are built from the BBC News articles in ``../shared/data/bbc`` when
that folder is there (real news text, articles joined one after another,
never repeated), otherwise from a seeded synthetic generator with a Zipfian
vocabulary, so every script runs anywhere; each table says which text it used.
"""

from __future__ import annotations

import itertools
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = (ROOT.parent / "shared" / "data" / "bbc" / "bbc_news_summary.jsonl").resolve()
CLAIMBUSTER = (ROOT.parent / "shared" / "data" / "claimbuster" / "kfold_25ncs.tsv").resolve()
PANG_LEE = (ROOT.parent / "shared" / "data" / "pang_lee" / "subj.tsv").resolve()
SEED = ROOT / "seeds" / "000_508ca77f2a9567b4.txt"
PYTHON = sys.executable


def machine() -> str:
    """One line: CPU model, cores, memory, Python, date."""
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024**2:.0f} GB"
                break
    except OSError:
        pass
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    try:
        load = "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        load = "load average ?"
    return (
        f"{model}, nproc {os.cpu_count()}, {memory} RAM, Python {platform.python_version()}, "
        f"{load}, {date}"
    )


def bbc_articles() -> list[dict[str, str]]:
    """The BBC articles as {id, text} (title line, blank line, body), or [] when absent."""
    if not BBC.exists():
        return []
    articles = []
    with BBC.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            articles.append(
                {"id": record["id"], "text": record["title"] + "\n\n" + record["article"]}
            )
    return articles


def _real_paragraphs() -> Iterator[str]:
    """BBC article bodies, then ClaimBuster's debate sentences and Pang & Lee's
    review sentences in paragraphs of five (real English, to reach 50,000)."""
    for article in bbc_articles():
        yield from article["text"].split("\n\n")[1:]  # bodies only: no headings
    for path, column in ((CLAIMBUSTER, "text"), (PANG_LEE, "sentence")):
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            rows = [line.rstrip("\n").split("\t") for line in handle]
        index = rows[0].index(column)
        sentences = [row[index].strip() for row in rows[1:] if len(row) > index]
        for start in range(0, len(sentences), 5):
            yield " ".join(s for s in sentences[start : start + 5] if s)


def _synthetic_paragraphs(seed: int = 7) -> Iterator[str]:
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "po", "an", "el", "or"]
    vocabulary = [
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(40_000)
    ]
    function_words = ["the", "of", "and", "to", "in", "a", "is", "that", "for", "was", "said"]
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocabulary))))
    while True:
        sentences = []
        for _ in range(rng.randint(1, 6)):
            count = max(3, int(rng.gauss(20, 8)))
            words = []
            for _ in range(count):
                if rng.random() < 0.4:
                    words.append(rng.choice(function_words))
                else:
                    words.append(rng.choices(vocabulary, cum_weights=cumulative)[0])
            sentences.append(words[0].capitalize() + " " + " ".join(words[1:]) + ".")
        yield " ".join(sentences)


def document(sentences: int, *, synthetic: bool = False) -> tuple[str, str]:
    """A text of about ``sentences`` sentences (paragraphs of real or synthetic text).

    Returns (text, description of the source).
    """
    from summarize.segment import segment

    real = not synthetic and BBC.exists()
    source = _real_paragraphs() if real else _synthetic_paragraphs()
    paragraphs: list[str] = []
    count = 0
    topped_up = 0
    for paragraph in source:
        found = len(segment(paragraph))
        if count + found > sentences and count:
            break
        paragraphs.append(paragraph)
        count += found
        if count >= sentences:
            break
    else:
        if real:  # not enough real text: top up with synthetic paragraphs
            text, _ = document(sentences - count, synthetic=True)
            paragraphs.append(text)
            topped_up = sentences - count
    if not real:
        return "\n\n".join(paragraphs), "synthetic Zipfian text"
    name = f"BBC News, then ClaimBuster and Pang & Lee sentences ({count:,})"
    if topped_up:
        name += f" + synthetic Zipfian text ({topped_up:,})"
    return "\n\n".join(paragraphs), name


def median_time(function: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def measure_process(
    command: list[str],
    *,
    stdin=None,
    stdout=None,
    timeout: float | None = None,
    on_start=None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
):
    """Run ``command`` (in ``cwd``, the repository by default, with ``env``); (wall
    seconds, peak RSS in MB of that process, return code, user + system CPU seconds of
    that process and of the children it waited for).

    ``os.wait4`` gives the resource usage of that one child, so no external tool is needed.
    """
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdin=stdin,
        stdout=stdout or subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=cwd or ROOT,
        env=env,
    )
    if on_start is not None:
        on_start(process.pid)
    deadline = None if timeout is None else start + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, 0 if deadline is None else os.WNOHANG)
        if pid:
            break
        if deadline is not None and time.perf_counter() > deadline:
            process.kill()
            pid, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(0.01)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.returncode != 0:
        raise RuntimeError(f"{command} failed ({process.returncode}): {stderr[-2000:]}")
    return wall, usage.ru_maxrss / 1024, process.returncode, usage.ru_utime + usage.ru_stime


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants now, in MB (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/statm") as statm:
                total += int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo.extend(int(child) for child in children.read().split())
        except (OSError, ValueError):
            continue  # the process ended meanwhile
    return total / 1024 / 1024


def measure_tree(command: list[str], *, stdout=None) -> tuple[float, float, float]:
    """Like :func:`measure_process`, plus the peak of the summed resident memory of the
    command and every process it starts (sampled every 20 ms): (wall s, own peak MB,
    all processes' peak MB)."""
    import threading

    peak = [0.0]
    stop = threading.Event()
    started = threading.Event()
    pids: list[int] = []

    def sample() -> None:
        started.wait()
        while pids and not stop.is_set():
            peak[0] = max(peak[0], _tree_rss_mb(pids[0]))
            stop.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()

    def on_start(pid: int) -> None:
        pids.append(pid)
        started.set()

    try:
        wall, own, *_ = measure_process(command, stdout=stdout, on_start=on_start)
    finally:
        stop.set()
        started.set()
        sampler.join()
    return wall, own, max(peak[0], own)


def run_probe(args: list[str], timeout: float | None = None) -> dict:
    """Run ``bench/probe.py`` with ``args`` in a fresh process; its JSON answer."""
    result = subprocess.run(
        [PYTHON, str(Path(__file__).with_name("probe.py")), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise RuntimeError(f"probe {args} failed: {result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])
