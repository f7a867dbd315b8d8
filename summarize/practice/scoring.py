"""Scoring one student's exercise: agreement by kind, loaded words found, what was missed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarize.practice.model import (
    ANSWER_KINDS,
    Mark,
    Progress,
    cues_of,
    items,
    loaded_cues,
    overlaps,
)
from summarize.report import Cue, Report


@dataclass
class Miss:
    """A sentence where the student and unspin chose different kinds."""

    sentence_id: int
    number: int
    student: str
    unspin: str
    confidence: float | None
    disagree: bool


@dataclass
class Overlooked:
    """A cue type the student did not mark, how often, with examples from the article."""

    type: str
    missed: int
    total: int
    #: (cue text, sentence id), distinct texts, in article order.
    examples: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Score:
    items: int
    answered: int
    agreed: int
    #: unspin's kind -> the student's kind -> how many sentences.
    confusion: dict[str, dict[str, int]]
    cues_total: int
    cues_found: int
    #: Words the student marked that unspin gives no cue for: (text, sentence id).
    extra: list[tuple[str, int]]
    missed: list[Miss]
    unanswered: list[int]
    disagree: list[int]
    overlooked: list[Overlooked]

    @property
    def agreement(self) -> float:
        return self.agreed / self.answered if self.answered else 0.0

    @property
    def found_share(self) -> float:
        return self.cues_found / self.cues_total if self.cues_total else 0.0


def found_cues(cues: Sequence[Cue], marks: Sequence[Mark]) -> list[bool]:
    """For each cue: did any marked word overlap it?"""
    return [any(overlaps(c.start, c.end, m.start, m.end) for m in marks) for c in cues]


def score(report: Report, progress: Progress, *, examples: int = 3) -> Score:
    """Agreement by kind, loaded words found, misses and overlooked cue types."""
    questions = items(report)
    confusion = {kind: {k: 0 for k in ANSWER_KINDS} for kind in ANSWER_KINDS}
    answered = agreed = total = found = 0
    extra: list[tuple[str, int]] = []
    missed: list[Miss] = []
    unanswered: list[int] = []
    overlooked_count: Counter[str] = Counter()
    type_total: Counter[str] = Counter()
    type_examples: dict[str, list[tuple[str, int]]] = {}
    for number, sentence in enumerate(questions, start=1):
        answer = progress.answers.get(sentence.id)
        if answer is None or answer.kind is None:
            unanswered.append(sentence.id)
            continue
        answered += 1
        confusion[sentence.kind][answer.kind] += 1
        if answer.kind == sentence.kind:
            agreed += 1
        else:
            missed.append(
                Miss(
                    sentence.id,
                    number,
                    answer.kind,
                    sentence.kind,
                    sentence.confidence,
                    answer.disagree,
                )
            )
        cues = loaded_cues(report, sentence.id)
        hits = found_cues(cues, answer.marks)
        total += len(cues)
        found += sum(hits)
        for cue, hit in zip(cues, hits, strict=True):
            type_total[cue.type] += 1
            if not hit:
                overlooked_count[cue.type] += 1
                seen = type_examples.setdefault(cue.type, [])
                if len(seen) < examples and all(t.lower() != cue.text.lower() for t, _ in seen):
                    seen.append((cue.text, sentence.id))
        every_cue = [c for c in cues_of(report, sentence.id) if c.weight > 0]
        for mark in answer.marks:
            if not any(overlaps(c.start, c.end, mark.start, mark.end) for c in every_cue):
                extra.append((mark.text, sentence.id))
    overlooked = [
        Overlooked(kind, count, type_total[kind], type_examples.get(kind, []))
        for kind, count in sorted(overlooked_count.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    question_ids = {s.id for s in questions}
    disagree = sorted(
        sid
        for sid, a in progress.answers.items()
        if a.disagree and a.kind is not None and sid in question_ids
    )
    return Score(
        items=len(questions),
        answered=answered,
        agreed=agreed,
        confusion=confusion,
        cues_total=total,
        cues_found=found,
        extra=extra,
        missed=missed,
        unanswered=unanswered,
        disagree=disagree,
        overlooked=overlooked,
    )
