"""Screenshots of practice mode on the seed article, and a class-results example.

    .venv/bin/python docs/practice/screenshots.py

Drives the app with Textual's Pilot and saves SVGs beside this file. The
results example adds two students whose answers a script makes up (one calls
every sentence a claim; one calls a sentence a claim whenever unspin found a
speaker, else an opinion) to the walkthrough's real file, to show the table.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SEED = "seeds/000_508ca77f2a9567b4.txt"


async def shoot(report, name: str, size: tuple[int, int], keys: list[str]) -> None:
    from tui.practice.app import PracticeApp

    app = PracticeApp(report=report, path=None)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        await pilot.pause()
        app.save_screenshot(filename=name, path=str(HERE))


def results_example(report) -> str:
    from summarize.practice import Exercise, class_results, load_progress, render_results

    real = load_progress(HERE / "progress-example.json")
    real.student = "walkthrough (a reader's own answers)"
    made_up = []
    for name, rule in (
        ("made up: always claim", lambda s: "claim"),
        ("made up: a speaker means claim", lambda s: "claim" if s.speaker else "opinion"),
    ):
        exercise = Exercise(report, student=name)
        for index, sentence in enumerate(exercise.items):
            exercise.go(index)
            exercise.choose(rule(sentence))
        made_up.append(exercise.progress)
    return render_results(class_results([real, *made_up]), "markdown")


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from summarize.pipeline import analyze

    report = analyze((ROOT / SEED).read_text(encoding="utf-8"), name=SEED)
    spec = importlib.util.spec_from_file_location("walkthrough", HERE / "walkthrough.py")
    walkthrough = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(walkthrough)  # type: ignore[union-attr]
    every = [key for number in sorted(walkthrough.MINE) for key in (walkthrough.MINE[number], "n")]
    regime = ["right"] * 7 + ["space"]
    shots = [
        ("start-80x24.svg", (80, 24), []),
        ("reveal-80x24.svg", (80, 24), [*regime, "m"]),
        ("reveal-flagged-100x40.svg", (100, 40), [*regime, "m", "d"]),
        ("whole-article-100x40.svg", (100, 40), ["c", "n", "c", "n", "o", "n", "v"]),
        ("help-80x40.svg", (80, 40), ["question_mark"]),
        ("score-80x40.svg", (80, 40), every),
    ]
    for name, size, keys in shots:
        asyncio.run(shoot(report, name, size, keys))
    (HERE / "results-example.md").write_text(results_example(report), encoding="utf-8")


if __name__ == "__main__":
    main()
