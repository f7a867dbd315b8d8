"""Drive `unspin read` under tmux, key by key, as a new user would; one capture per step.

    .venv/bin/python docs/tui/walkthrough.py 80 24 docs/tui/walkthrough-80x24.txt
    .venv/bin/python docs/tui/walkthrough.py 200 50 docs/tui/walkthrough-200x50.txt

The app runs in /tmp/unspin-read-walkthrough (a fixed folder, so that the
paths the export dialog shows do not change from run to run; nothing is
exported: the dialog is only opened and cancelled). Escape is sent on its own, after a pause: a
terminal reads Escape followed at once by a key as Alt+key.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_508ca77f2a9567b4.txt"
SESSION = "unspin-read-walkthrough"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def keys(*names: str) -> None:
    for name in names:
        if name == "Escape":
            time.sleep(0.3)
        tmux("send-keys", "-t", SESSION, name)
        time.sleep(0.3 if name == "Escape" else 0.08)


def text(value: str) -> None:
    tmux("send-keys", "-t", SESSION, "-l", value)


def main(width: int, height: int, out: Path) -> None:
    folder = Path("/tmp/unspin-read-walkthrough")
    folder.mkdir(exist_ok=True)
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    command = f"cd {folder} && {ROOT}/.venv/bin/unspin read {SEED}; echo EXIT=$?; sleep 600"
    tmux("new", "-d", "-s", SESSION, "-x", str(width), "-y", str(height), command)
    for _ in range(150):
        time.sleep(0.2)
        if " sentences · " in tmux("capture-pane", "-p", "-t", SESSION):
            break
    else:
        raise SystemExit("the app did not start")
    with out.open("w", encoding="utf-8") as log:

        def capture(title: str) -> None:
            time.sleep(0.8)
            screen = tmux("capture-pane", "-p", "-t", SESSION)
            log.write(f"──── {title} ────\n{screen.rstrip()}\n")

        capture("open (the article is focused)")
        keys(*["j"] * 10)
        capture("j ×10: sentence #10 (ids as in the report); the lists follow")
        keys("Enter")
        capture("Enter: the detail view")
        keys("Escape", "Tab")
        capture("Esc, Tab: the summary; still sentence #10, which it has no item for")
        keys("Down")
        capture("Down: the first summary sentence after #10; the article follows")
        keys("Tab")
        capture("Tab: the claims")
        keys("BTab", "BTab", "/")
        text("Kazakh")
        capture("Shift+Tab ×2, /Kazakh: search (the article jumps to the first match)")
        keys("Escape")
        capture("Esc: back where the search began")
        keys("/")
        text("regime")
        keys("Enter", "n")
        capture("/regime, Enter, n: the next match")
        keys("+")
        capture("+: a longer summary")
        keys("-")
        capture("-: a shorter one")
        keys("a")
        capture("a: the algorithm")
        keys("Down", "Enter")
        capture("Down, Enter: the next algorithm (the masthead says which)")
        keys("e")
        capture("e: export (the absolute path is shown)")
        keys("BTab", "Right", "Space", "Tab")
        capture("Shift+Tab, Right, Space, Tab: JSON; the name follows, the cursor at its end")
        keys("C-u")
        capture("ctrl+u: the whole name goes")
        keys("Escape", "?")
        capture("Esc, ?: help")
        keys("Escape", "o")
        text("no-such-article.txt")
        keys("Enter")
        capture("Esc, o, no-such-article.txt, Enter: Open says why not; the app goes on")
        keys("C-u")
        text(str(SEED))
        keys("Enter")
        time.sleep(3.0)
        capture("ctrl+u, the seed's path, Enter: the article read and analysed afresh")
        keys("Enter")
        capture("Enter: the detail view")
        keys("q")
        time.sleep(1.0)
        capture("q: quit, from the detail view too (Escape closes a view, q quits everywhere)")
    subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]))
