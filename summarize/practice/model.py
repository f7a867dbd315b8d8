"""The practice file's content, and what an article offers to practise on (no I/O).

What is scored against what:

* the *items* are the sentences unspin calls claim, opinion or mixed (titles and
  unclassified lines are context, not questions), numbered 1, 2, ... in order;
  the worksheet uses the same numbers;
* the *loaded words* a student may mark are unspin's cues that push towards
  opinion in the author's own voice (``weight > 0`` and not ``quoted``); a cue
  counts as found when any word the student marked overlaps it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from summarize import __version__
from summarize.report import Claim, Cue, Kind, Report, Sentence

SCHEMA = "unspin.practice/1"
#: The kinds a student chooses from (one key each in the TUI).
ANSWER_KINDS = (Kind.CLAIM.value, Kind.OPINION.value, Kind.MIXED.value)
#: When unspin's answer is shown: after each answer, or all at the end.
REVEAL_MODES = ("each", "end")

#: The three kinds in plain words: the help screen, the exercise and the worksheet.
KIND_HELP = {
    "claim": (
        "reports something that happened or that someone said. You could check it "
        "against a record, a document or a witness. A quotation of someone's opinion is "
        "still a claim: it reports what they said."
    ),
    "opinion": (
        "the author's own judgement, feeling, guess about the future or advice. You can "
        "agree or disagree with it, but you cannot check it. Words such as ‘unacceptable’, "
        "‘clearly’, ‘must’ or a loaded label (‘regime’) show the author taking a side."
    ),
    "mixed": (
        "a report with the author's judgement woven in: something you could check, told "
        "in words that take a side (‘He falsely accused Moscow …’)."
    ),
}

#: Words are runs of letters and digits, joined by an apostrophe or a hyphen. Letters an
#: editor put in brackets belong to the word they are in ("(T)hey", "ha(s)", "[W]e"); a word
#: wholly in brackets ("(nonexistent)") is the word without them.
_PART = r"(?:\w+|\(\w+\)(?=\w)|(?<=\w)\(\w+\)|\[\w+\](?=\w)|(?<=\w)\[\w+\])"
_WORD = re.compile(rf"{_PART}+(?:[’'\-]{_PART}+)*")


# ------------------------------------------------------------------------------ the article


def items(report: Report) -> list[Sentence]:
    """The sentences to label: those unspin calls claim, opinion or mixed, in order."""
    return [s for s in report.sentences if s.kind in ANSWER_KINDS]


def word_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Each word of the sentence as (start, end) document offsets."""
    return [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in _WORD.finditer(sentence.text)
    ]


def cues_of(report: Report, sentence_id: int) -> list[Cue]:
    """Every cue of a sentence (its own and its opinion's), once each, in text order."""
    sentence = report.sentences[sentence_id]
    found: dict[tuple[int, int, str], Cue] = {}
    extra = [c for o in report.opinions if o.sentence_id == sentence_id for c in o.cues]
    for cue in [*sentence.cues, *extra]:
        found.setdefault((cue.start, cue.end, cue.type), cue)
    return sorted(found.values(), key=lambda c: (c.start, c.end))


def loaded_cues(report: Report, sentence_id: int) -> list[Cue]:
    """The cues a student should spot: towards opinion, in the author's own voice.

    One per stretch of text (the strongest when two types mark the same words).
    """
    best: dict[tuple[int, int], Cue] = {}
    for cue in cues_of(report, sentence_id):
        if cue.weight <= 0 or cue.quoted:
            continue
        key = (cue.start, cue.end)
        if key not in best or cue.weight > best[key].weight:
            best[key] = cue
    return sorted(best.values(), key=lambda c: (c.start, c.end))


def claims_of(report: Report, sentence_id: int) -> list[Claim]:
    return [c for c in report.claims if c.sentence_id == sentence_id]


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def kind_name(kind: str) -> str:
    return {"claim": "a claim", "opinion": "an opinion", "mixed": "mixed"}.get(kind, kind)


def cue_type_name(cue_type: str) -> str:
    return cue_type.replace("_", " ")


# ------------------------------------------------------------------------------ saved state


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Mark:
    """A word the student marked as giving the sentence away (document offsets)."""

    start: int
    end: int
    text: str


@dataclass
class Answer:
    sentence_id: int
    #: claim | opinion | mixed, or None while the student has only marked words.
    kind: str | None = None
    marks: list[Mark] = field(default_factory=list)
    #: True once unspin's reading has been shown; the answer is then locked.
    revealed: bool = False
    #: The student flagged "I still disagree" after seeing unspin's reading.
    disagree: bool = False
    #: unspin's kind and confidence when the student answered (for the teacher).
    unspin_kind: str | None = None
    confidence: float | None = None
    answered: str | None = None


@dataclass
class Item:
    """One sentence to label, as it stood when the progress was last saved."""

    number: int
    sentence_id: int
    text: str
    kind: str
    confidence: float | None = None


@dataclass
class Progress:
    """One student's exercise on one article: the saved file's content."""

    sha256: str
    name: str
    title: str | None = None
    student: str = ""
    reveal: str = "each"
    #: Index into ``items`` of the sentence the student is on.
    position: int = 0
    items: list[Item] = field(default_factory=list)
    answers: dict[int, Answer] = field(default_factory=dict)
    started: str = ""
    updated: str = ""
    finished: str | None = None
    generator: dict[str, str] = field(default_factory=dict)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "generator": dict(self.generator),
            "article": {"sha256": self.sha256, "name": self.name, "title": self.title},
            "student": self.student,
            "reveal": self.reveal,
            "position": self.position,
            "started": self.started,
            "updated": self.updated,
            "finished": self.finished,
            "items": [asdict(i) for i in self.items],
            "answers": [asdict(self.answers[k]) for k in sorted(self.answers)],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Progress:
        """Raises ``ValueError`` (or ``KeyError``/``TypeError``) on anything malformed."""
        schema = data.get("schema") if isinstance(data, dict) else None
        if schema != SCHEMA:
            raise ValueError(f"not an unspin practice file (schema {schema!r})")
        article = data["article"]
        answers = {}
        for raw in data.get("answers", []):
            marks = [Mark(int(m["start"]), int(m["end"]), str(m["text"])) for m in raw["marks"]]
            answer = Answer(
                sentence_id=int(raw["sentence_id"]),
                kind=raw.get("kind"),
                marks=marks,
                revealed=bool(raw.get("revealed", False)),
                disagree=bool(raw.get("disagree", False)),
                unspin_kind=raw.get("unspin_kind"),
                confidence=raw.get("confidence"),
                answered=raw.get("answered"),
            )
            if answer.kind is not None and answer.kind not in ANSWER_KINDS:
                raise ValueError(f"unknown kind {answer.kind!r}")
            answers[answer.sentence_id] = answer
        reveal = data.get("reveal", "each")
        if reveal not in REVEAL_MODES:
            raise ValueError(f"unknown reveal mode {reveal!r}")
        return cls(
            sha256=str(article["sha256"]),
            name=str(article.get("name") or ""),
            title=article.get("title"),
            student=str(data.get("student") or ""),
            reveal=reveal,
            position=int(data.get("position", 0)),
            items=[
                Item(
                    number=int(i["number"]),
                    sentence_id=int(i["sentence_id"]),
                    text=str(i["text"]),
                    kind=str(i["kind"]),
                    confidence=i.get("confidence"),
                )
                for i in data.get("items", [])
            ],
            answers=answers,
            started=str(data.get("started") or ""),
            updated=str(data.get("updated") or ""),
            finished=data.get("finished"),
            generator=dict(data.get("generator") or {}),
        )


def snapshot(report: Report) -> list[Item]:
    return [
        Item(number, s.id, s.text, s.kind, s.confidence)
        for number, s in enumerate(items(report), start=1)
    ]


def new_progress(report: Report, *, reveal: str = "each", student: str = "") -> Progress:
    stamp = now()
    return Progress(
        sha256=report.source.sha256,
        name=report.source.name,
        title=report.source.title,
        student=student,
        reveal=reveal,
        items=snapshot(report),
        started=stamp,
        updated=stamp,
        generator={"name": "unspin", "version": __version__},
    )
