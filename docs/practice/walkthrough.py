"""Drive `unspin practice` under tmux at 80x24, key by key, as a new user would.

    .venv/bin/python docs/practice/walkthrough.py docs/practice/walkthrough-80x24.txt

One `capture-pane` after each step: help, marking words, answering, "I still
disagree", quitting midway and resuming, finishing, the score, the review and
the whole-article view. The answers are a reader's own (``MINE``), not unspin's.
Progress goes to /tmp/unspin-tmux-data (``UNSPIN_DATA_DIR``), never to your own
data folder; the saved file is copied to docs/practice/progress-example.json.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = "seeds/000_508ca77f2a9567b4.txt"
DATA = Path("/tmp/unspin-tmux-data")
SESSION = "p"

#: A reader's own kind for each numbered sentence (c claim, o opinion, m mixed).
MINE = dict(enumerate("mcccmcccmocccmmmmmoooomcccccoomoooooooo", start=1))
#: The words that reader marks before answering.
MARK = {
    1: ["regime"],
    5: ["unacceptable", "US-dominated"],
    9: ["Dominant", "hardliners", "unacceptably"],
    10: ["cannot"],
    14: ["interventionist", "subservient", "falsely"],
    16: ["lied"],
    19: ["hegemon", "vassal"],
    29: ["clearly", "dirty"],
    30: ["hellbent"],
    39: ["waste"],
}
#: Where that reader, having read unspin's reasons, still disagrees.
DISAGREE = {1}
KINDS = {"c": "claim", "o": "opinion", "m": "mixed"}


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def keys(*names: str) -> None:
    for name in names:
        tmux("send-keys", "-t", SESSION, name)
        time.sleep(0.08)


def start() -> None:
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    command = (
        f"cd {ROOT} && UNSPIN_DATA_DIR={DATA} .venv/bin/unspin practice {SEED}; "
        "echo EXIT=$?; sleep 600"
    )
    tmux("new", "-d", "-s", SESSION, "-x", "80", "-y", "24", command)
    for _ in range(100):
        time.sleep(0.2)
        if "Question" in tmux("capture-pane", "-p", "-t", SESSION):
            return
    raise SystemExit("the app did not start")


def main(out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from summarize.pipeline import analyze
    from summarize.practice import items, words

    report = analyze((ROOT / SEED).read_text(encoding="utf-8"), name=SEED)
    questions = items(report)
    shutil.rmtree(DATA, ignore_errors=True)
    with out.open("w", encoding="utf-8") as log:

        def capture(title: str) -> None:
            time.sleep(0.6)
            screen = tmux("capture-pane", "-p", "-t", SESSION)
            log.write(f"──── {title} ────\n{screen.rstrip()}\n")

        def answer(number: int, snap: bool = False) -> None:
            sentence = questions[number - 1]
            texts = [
                sentence.text[a - sentence.start : b - sentence.start] for a, b in words(sentence)
            ]
            cursor = 0
            for word in MARK.get(number, []):
                target = texts.index(word)
                keys(*(["Right"] * (target - cursor)), "Space")
                cursor = target
            if snap and MARK.get(number):
                capture(
                    f"question {number}: ← → to a word, space marks it ({', '.join(MARK[number])})"
                )
            keys(MINE[number])
            if snap:
                capture(f"{MINE[number]}: the answer; unspin's reading appears below")
            if number in DISAGREE and KINDS[MINE[number]] != sentence.kind:
                keys("d")
                if snap:
                    capture("d: I still disagree (flagged)")
            keys("n")

        start()
        capture("open: the first sentence, the title above it for context; the three kinds")
        keys("?")
        capture("?: help (the three kinds in plain words, how it goes, the keys)")
        keys(*["j"] * 14)
        capture("j ×14: the help scrolls")
        keys("Escape")
        answer(1, snap=True)
        capture("n: the next sentence")
        for number in range(2, 10):
            answer(number, snap=number in (5, 9))
        capture("after sentence 9")
        keys("q")
        time.sleep(1.5)
        capture("q: quit midway (the progress was saved after every key)")
        saved = json.loads((DATA / "practice" / f"{report.source.sha256}.json").read_text())
        answered = len([a for a in saved["answers"] if a["kind"]])
        log.write(f"──── the saved file: {answered} answers, position {saved['position']} ────\n")
        start()
        capture("the same command again: resumed where it stopped")
        for number in range(10, len(questions) + 1):
            answer(number, snap=number in (10, 14))
        capture("n after the last sentence: the score")
        keys(*["j"] * 12)
        capture("j ×12: the score scrolls (missed sentences, overlooked cue types)")
        keys("r")
        capture("r: back to the sentences, everything revealed")
        keys("v")
        capture("v: the whole article, with your letter and unspin's in the gutter")
        keys("q")
        time.sleep(1.5)
        capture("q: quit")
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    shutil.copy(
        DATA / "practice" / f"{report.source.sha256}.json",
        ROOT / "docs" / "practice" / "progress-example.json",
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
