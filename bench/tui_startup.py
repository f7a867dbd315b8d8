"""How fast the reading room opens: time to the first painted screen and to the finished analysis.

Each run starts a fresh Python process under a pseudo-terminal (as a user's
``unspin read FILE`` would: interpreter start, imports, reading the file, the
app taking the terminal) and reports, from the moment of launch:

* first paint: the app's first screen (masthead and the loading state) drawn;
* analysis: the report in the panes (the analysis worker done and the screen redrawn).

Documents: the seed article, and a ~2,000-sentence document made by repeating
the seed's body 50 times (written to a temporary file).

    .venv/bin/python bench/tui_startup.py            # 5 runs each, the median
    .venv/bin/python bench/tui_startup.py --runs 9

Prints a Markdown table with the machine and the date.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import select
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_508ca77f2a9567b4.txt"


def child(path: str, out: str, launched: float) -> None:
    """Run the app as `unspin read` does, recording when it paints and when it is done."""
    sys.path.insert(0, str(ROOT))
    from summarize.ingest import load
    from tui.messages import AnalysisDone
    from tui.reader.app import ReadingRoom

    document = load(path)
    times: dict[str, float] = {}

    class Timed(ReadingRoom):
        def on_mount(self):  # type: ignore[override]
            result = super().on_mount()
            self.call_after_refresh(self._painted)
            return result

        def _painted(self) -> None:
            times.setdefault("first_paint", time.time() - launched)

        def on_analysis_done(self, message: AnalysisDone) -> None:
            super().on_analysis_done(message)
            self.call_after_refresh(self._done, message.report)

        def _done(self, report) -> None:
            times["analysis"] = time.time() - launched
            times["sentences"] = len(report.sentences)
            self.exit(0)

        def on_analysis_failed(self, message) -> None:  # type: ignore[override]
            times["error"] = message.message  # type: ignore[assignment]
            self.exit(1)

    Timed(document).run()
    Path(out).write_text(json.dumps(times))


def run_once(path: Path) -> dict[str, float]:
    import pty

    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out = handle.name
    launched = time.time()
    pid, fd = pty.fork()
    if pid == 0:
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
        script = str(Path(__file__).resolve())
        args = [sys.executable, script, "--child", str(path), out, repr(launched)]
        os.execve(sys.executable, args, env)
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                os.read(fd, 1 << 16)  # drain the terminal output, as a terminal would
            except OSError:
                break
        finished, _status = os.waitpid(pid, os.WNOHANG)
        if finished:
            break
    else:
        os.kill(pid, 9)
        raise TimeoutError(f"{path}: no result in 900 s")
    os.close(fd)
    times = json.loads(Path(out).read_text() or "{}")
    os.unlink(out)
    if "error" in times or "analysis" not in times:
        raise RuntimeError(f"{path}: {times}")
    return times


def long_document(directory: Path, copies: int = 50) -> Path:
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n\n")
    path = directory / "seed_x50.txt"
    path.write_text(title + "\n\n" + "\n\n".join([body.strip()] * copies) + "\n", "utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs=3, metavar=("PATH", "OUT", "LAUNCHED"))
    args = parser.parse_args()
    if args.child:
        path, out, launched = args.child
        child(path, out, float(launched))
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, path in (("seed article", SEED), ("seed ×50", long_document(Path(tmp)))):
            runs = [run_once(path) for _ in range(args.runs)]
            rows.append(
                (
                    label,
                    int(runs[0]["sentences"]),
                    statistics.median(r["first_paint"] for r in runs),
                    statistics.median(r["analysis"] for r in runs),
                    min(r["analysis"] for r in runs),
                    max(r["analysis"] for r in runs),
                )
            )
            print(f"{label}: done ({args.runs} runs)", file=sys.stderr)
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    print(
        f"{date.today().isoformat()}, {cpu}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, median of {args.runs} runs, launch under a pty at 120x40\n"
    )
    print("| document | sentences | first paint | analysis shown | analysis min-max |")
    print("|---|---|---|---|---|")
    for label, sentences, paint, done, low, high in rows:
        print(
            f"| {label} | {sentences:,} | {paint:.2f} s | {done:.2f} s | {low:.2f}-{high:.2f} s |"
        )


if __name__ == "__main__":
    main()
