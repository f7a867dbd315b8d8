"""One student's exercise on one report: the state the practice app shows (no I/O).

The TUI calls these methods and renders the result; nothing here draws or writes.
Every change is handed to the session's :class:`~summarize.practice.store.ProgressFile`
(when there is one), which writes it; a failed save is remembered (``unsaved``) and
can be rescued to another folder.
"""

from __future__ import annotations

from pathlib import Path

from summarize.practice.model import (
    ANSWER_KINDS,
    REVEAL_MODES,
    Answer,
    Mark,
    Progress,
    items,
    new_progress,
    now,
    snapshot,
)
from summarize.practice.scoring import Score, score
from summarize.practice.store import ProgressFile
from summarize.report import Report, Sentence


class Exercise:
    """One student's exercise on one report; every change is saved at once (when a file is set).

    ``store`` is the session's :class:`ProgressFile` (a path is taken as one), or None.
    """

    def __init__(
        self,
        report: Report,
        progress: Progress | None = None,
        store: ProgressFile | Path | None = None,
        *,
        reveal: str | None = None,
        student: str = "",
    ) -> None:
        if reveal is not None and reveal not in REVEAL_MODES:
            raise ValueError(f"reveal must be one of {REVEAL_MODES}, not {reveal!r}")
        self.report = report
        self.items = items(report)
        self.resumed = progress is not None and any(
            a.kind is not None or a.marks for a in progress.answers.values()
        )
        if progress is None:
            progress = new_progress(report, reveal=reveal or "each", student=student)
        elif progress.sha256 != report.source.sha256:
            raise ValueError("the saved progress belongs to another article")
        else:
            # The engine may have changed since: the items shown are the report's.
            progress.items = snapshot(report)
            if reveal is not None:
                progress.reveal = reveal
        self.progress = progress
        self.store = ProgressFile(store) if isinstance(store, Path) else store
        self.progress.position = min(max(0, self.progress.position), max(0, len(self.items) - 1))

    # -------------------------------------------------------------- state

    @property
    def reveal_mode(self) -> str:
        return self.progress.reveal

    @property
    def position(self) -> int:
        return self.progress.position

    @property
    def current(self) -> Sentence:
        return self.items[self.position]

    @property
    def finished(self) -> bool:
        return self.progress.finished is not None

    def answer(self, sentence_id: int) -> Answer | None:
        return self.progress.answers.get(sentence_id)

    def _answer(self, sentence_id: int) -> Answer:
        return self.progress.answers.setdefault(sentence_id, Answer(sentence_id))

    def kind_of(self, sentence_id: int) -> str | None:
        answer = self.answer(sentence_id)
        return answer.kind if answer else None

    def is_revealed(self, sentence_id: int) -> bool:
        answer = self.answer(sentence_id)
        return bool(answer and answer.revealed)

    def answered_count(self) -> int:
        return sum(1 for s in self.items if self.kind_of(s.id) is not None)

    def all_answered(self) -> bool:
        return all(self.kind_of(s.id) is not None for s in self.items)

    def first_unanswered(self, start: int = 0) -> int | None:
        """Index of the first unanswered item at or after ``start`` (wrapping round)."""
        count = len(self.items)
        for step in range(count):
            index = (start + step) % count
            if self.kind_of(self.items[index].id) is None:
                return index
        return None

    def number(self, sentence_id: int) -> int:
        """The item's number (1, 2, ...), as on the worksheet; 0 if not an item."""
        for index, sentence in enumerate(self.items, start=1):
            if sentence.id == sentence_id:
                return index
        return 0

    # -------------------------------------------------------------- changes

    @property
    def path(self) -> Path | None:
        return self.store.path if self.store is not None else None

    @property
    def unsaved(self) -> bool:
        """True when the last save failed: answers held only in memory."""
        return self.store is not None and self.store.failed is not None

    def save(self) -> None:
        """Hand the progress to the store; an ``OSError`` is raised and remembered."""
        self.progress.updated = now()
        if self.store is not None:
            self.store.save(self.progress)

    def rescue(self) -> Path | None:
        """After a failed save: save where it can be saved instead (None: nowhere)."""
        if self.store is None:
            return None
        return self.store.rescue(self.progress)

    def choose(self, kind: str) -> bool:
        """The student's kind for the current sentence; False once it is revealed (locked)."""
        if kind not in ANSWER_KINDS:
            raise ValueError(f"kind must be one of {ANSWER_KINDS}, not {kind!r}")
        sentence = self.current
        answer = self._answer(sentence.id)
        if answer.revealed:
            return False
        answer.kind = kind
        answer.unspin_kind = sentence.kind
        answer.confidence = sentence.confidence
        answer.answered = now()
        if self.reveal_mode == "each":
            answer.revealed = True
        self.save()
        return True

    def toggle_mark(self, start: int, end: int) -> bool | None:
        """Mark or unmark a word of the current sentence: True, False, or None when locked."""
        sentence = self.current
        answer = self._answer(sentence.id)
        if answer.revealed:
            return None
        for mark in answer.marks:
            if (mark.start, mark.end) == (start, end):
                answer.marks.remove(mark)
                self.save()
                return False
        text = self.report.sentences[sentence.id].text[
            start - sentence.start : end - sentence.start
        ]
        answer.marks.append(Mark(start, end, text))
        answer.marks.sort(key=lambda m: m.start)
        self.save()
        return True

    def set_disagree(self, sentence_id: int, flag: bool) -> bool:
        """Flag "I still disagree"; only once unspin's reading has been shown."""
        answer = self.answer(sentence_id)
        if answer is None or not answer.revealed or answer.kind is None:
            return False
        answer.disagree = flag
        self.save()
        return True

    def go(self, index: int) -> None:
        self.progress.position = min(max(0, index), len(self.items) - 1)
        self.save()

    def reveal_all(self) -> None:
        """Show unspin's reading of every answered sentence (``--reveal end``, at the end)."""
        for sentence in self.items:
            answer = self.answer(sentence.id)
            if answer is not None and answer.kind is not None:
                answer.revealed = True
        self.save()

    def finish(self) -> Score:
        self.reveal_all()
        if self.progress.finished is None:
            self.progress.finished = now()
        self.save()
        return self.score()

    def score(self) -> Score:
        return score(self.report, self.progress)
