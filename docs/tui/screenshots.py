"""Screenshots of the reading room on the seed article, as SVGs beside this file.

    .venv/bin/python docs/tui/screenshots.py

Drives the app with Textual's Pilot (the real engine on the seed article) and
saves each screen with ``App.save_screenshot``.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SEED = "seeds/000_508ca77f2a9567b4.txt"


async def shoot(report, name: str, size: tuple[int, int], keys: list[str]) -> None:
    from tui import ReadingRoom

    app = ReadingRoom(report=report)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        await pilot.pause()
        app.save_screenshot(filename=name, path=str(HERE))


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from summarize.pipeline import analyze

    report = analyze((ROOT / SEED).read_text(encoding="utf-8"), name=SEED)
    claims = [c.sentence_id for c in report.claims]
    opinions = [o.sentence_id for o in report.opinions]
    # The pane starts with nothing highlighted (the title, #0, is neither): ↓ goes to the
    # first item, so n downs reach the n-th.
    claim = 9 if 9 in claims else claims[0]
    to_claim = ["3", *["down"] * (claims.index(claim) + 1)]
    opinion = next(
        (
            o.sentence_id
            for o in report.opinions
            if report.sentences[o.sentence_id].kind == "opinion"
        ),
        opinions[0],
    )
    to_opinion = ["4", *["down"] * (opinions.index(opinion) + 1)]
    shots = [
        ("reader-200x50.svg", (200, 50), to_claim),
        ("reader-80x24.svg", (80, 24), []),
        ("detail-claim-120x40.svg", (120, 40), [*to_claim, "enter"]),
        ("detail-opinion-120x40.svg", (120, 40), [*to_opinion, "enter"]),
        ("help-100x40.svg", (100, 40), ["question_mark"]),
    ]
    for name, size, keys in shots:
        asyncio.run(shoot(report, name, size, keys))


if __name__ == "__main__":
    main()
