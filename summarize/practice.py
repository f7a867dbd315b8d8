"""Practice mode: the student labels each sentence first, then sees unspin's reading.

Everything here is headless (no Textual): the exercise and its state, scoring,
the cue types a student overlooked, saving and loading progress, a class's
results, and the printable worksheet with its answer key. ``unspin practice``
drives it through the TUI (``tui/practice.py``); ``unspin worksheet`` and
``unspin practice --results`` use it directly.

Progress is a plain JSON file (``SCHEMA``), one per article (keyed by the
sha256 of its normalised text) and student, in ``platformdirs.user_data_dir
("unspin")/practice`` or ``$UNSPIN_DATA_DIR/practice``. It is rewritten
atomically (a temporary file, then ``os.replace``) after every change, so a
quit or a crash loses nothing the student entered.

What is scored against what:

* the *items* are the sentences unspin calls claim, opinion or mixed (titles and
  unclassified lines are context, not questions), numbered 1, 2, ... in order;
  the worksheet uses the same numbers;
* the *loaded words* a student may mark are unspin's cues that push towards
  opinion in the author's own voice (``weight > 0`` and not ``quoted``); a cue
  counts as found when any word the student marked overlaps it.
"""

from __future__ import annotations

import html
import json
import os
import re
import tempfile
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from summarize import __version__
from summarize.errors import InputUnreadable, InputUnusable, UsageError
from summarize.render import describe_edit
from summarize.report import Claim, Cue, Report, Sentence
from summarize.safe import safe

SCHEMA = "unspin.practice/1"
#: The kinds a student chooses from (one key each in the TUI).
ANSWER_KINDS = ("claim", "opinion", "mixed")
#: When unspin's answer is shown: after each answer, or all at the end.
REVEAL_MODES = ("each", "end")
#: Overrides the data folder (tests, shared classroom machines).
DATA_DIR_ENV = "UNSPIN_DATA_DIR"

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


def words(sentence: Sentence) -> list[tuple[int, int]]:
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


def _now() -> str:
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


def data_dir() -> Path:
    """Where practice files live: ``$UNSPIN_DATA_DIR``, else the user's data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("unspin", appauthor=False))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40]


def progress_path(sha256: str, student: str = "", folder: Path | None = None) -> Path:
    """``<data>/practice/<sha256>.json``, or ``<sha256>-<student>.json`` for a named student."""
    folder = folder if folder is not None else data_dir() / "practice"
    slug = _slug(student)
    return folder / (f"{sha256}-{slug}.json" if slug else f"{sha256}.json")


def save_progress(progress: Progress, path: Path) -> None:
    """Write atomically: a temporary file beside ``path``, flushed, then ``os.replace``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(progress.to_dict(), ensure_ascii=False, indent=2) + "\n"
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def load_progress(path: Path) -> Progress:
    """Read a practice file; a one-line :class:`UnspinError` when it cannot be used."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputUnreadable(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputUnreadable(f"{path}: is a folder, not a practice file") from None
    except PermissionError:
        raise InputUnreadable(f"{path}: permission denied") from None
    except UnicodeDecodeError:
        raise InputUnusable(f"{path}: not a practice file (not UTF-8 text)") from None
    except OSError as problem:
        raise InputUnreadable(f"{path}: cannot read ({problem.strerror or problem})") from None
    try:
        return Progress.from_dict(json.loads(raw))
    except json.JSONDecodeError as problem:
        raise InputUnusable(
            f"{path}: not a practice file (broken JSON at line {problem.lineno})"
        ) from None
    except (ValueError, KeyError, TypeError) as problem:
        raise InputUnusable(f"{path}: not a practice file ({problem})") from None


def snapshot(report: Report) -> list[Item]:
    return [
        Item(number, s.id, s.text, s.kind, s.confidence)
        for number, s in enumerate(items(report), start=1)
    ]


def new_progress(report: Report, *, reveal: str = "each", student: str = "") -> Progress:
    now = _now()
    return Progress(
        sha256=report.source.sha256,
        name=report.source.name,
        title=report.source.title,
        student=student,
        reveal=reveal,
        items=snapshot(report),
        started=now,
        updated=now,
        generator={"name": "unspin", "version": __version__},
    )


# ------------------------------------------------------------------------------ scoring


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


# ------------------------------------------------------------------------------ the exercise


class Exercise:
    """One student's exercise on one report; every change is saved at once (when a path is set).

    The TUI calls these methods and renders the result; nothing here draws.
    """

    def __init__(
        self,
        report: Report,
        progress: Progress | None = None,
        path: Path | None = None,
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
        self.path = path
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

    def save(self) -> None:
        self.progress.updated = _now()
        if self.path is not None:
            save_progress(self.progress, self.path)

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
        answer.answered = _now()
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
            self.progress.finished = _now()
        self.save()
        return self.score()

    def score(self) -> Score:
        return score(self.report, self.progress)


# ------------------------------------------------------------------------------ a class


@dataclass
class ResultRow:
    number: int
    sentence_id: int
    text: str
    unspin: str
    chose: dict[str, int]
    unanswered: int
    disagree: int

    @property
    def answered(self) -> int:
        return sum(self.chose.values())

    @property
    def agreed(self) -> int:
        return self.chose.get(self.unspin, 0)


@dataclass
class ClassResults:
    name: str
    title: str | None
    #: Each student's name from their file (the file's name when none was given).
    students: list[str]
    rows: list[ResultRow]
    #: How many sentences each student answered, in the order of ``students``.
    answered: list[int] = field(default_factory=list)

    def roll(self) -> str:
        """``Ada (4 of 39 answered), Ben (39 of 39 answered)``."""
        total = len(self.rows)
        counts = self.answered or [0] * len(self.students)
        return ", ".join(
            f"{name} ({count} of {total} answered)"
            for name, count in zip(self.students, counts, strict=True)
        )

    def hardest(self, count: int = 5) -> list[ResultRow]:
        """The sentences with the lowest share of students agreeing with unspin."""
        answered = [r for r in self.rows if r.answered]
        answered.sort(key=lambda r: (r.agreed / r.answered, r.number))
        return [r for r in answered if r.agreed < r.answered][:count]


def class_results(progresses: Sequence[Progress], labels: Sequence[str] = ()) -> ClassResults:
    """Per sentence, how many students chose each kind; all files must be of one article.

    ``labels`` name the students whose file holds no name (the command gives file names).
    """
    if not progresses:
        raise UsageError("no practice files given")
    articles = {p.sha256 for p in progresses}
    if len(articles) > 1:
        raise UsageError(
            f"the practice files are of {len(articles)} different articles; "
            "give the results of one article at a time"
        )
    latest = max(progresses, key=lambda p: (p.updated, len(p.items)))
    students = [
        p.student or (labels[i] if i < len(labels) else f"student {i + 1}")
        for i, p in enumerate(progresses)
    ]
    rows = []
    for item in latest.items:
        chose = dict.fromkeys(ANSWER_KINDS, 0)
        unanswered = disagree = 0
        for progress in progresses:
            answer = progress.answers.get(item.sentence_id)
            if answer is None or answer.kind is None:
                unanswered += 1
                continue
            chose[answer.kind] += 1
            disagree += answer.disagree
        rows.append(
            ResultRow(
                item.number, item.sentence_id, item.text, item.kind, chose, unanswered, disagree
            )
        )
    item_ids = {item.sentence_id for item in latest.items}
    answered = [
        sum(1 for sid, a in p.answers.items() if sid in item_ids and a.kind is not None)
        for p in progresses
    ]
    return ClassResults(latest.name, latest.title, students, rows, answered)


def _clip(text: str, width: int) -> str:
    text = _one_line(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def render_results(results: ClassResults, fmt: str = "text", *, width: int = 88) -> str:
    """One table: per sentence, unspin's kind and how many chose each kind."""
    if fmt == "json":
        data = {
            "schema": "unspin.practice-results/1",
            "article": {"name": results.name, "title": results.title},
            "students": results.students,
            "sentences": [
                {
                    "number": r.number,
                    "sentence_id": r.sentence_id,
                    "text": r.text,
                    "unspin": r.unspin,
                    "chose": r.chose,
                    "unanswered": r.unanswered,
                    "disagree": r.disagree,
                    "agreed": r.agreed,
                }
                for r in results.rows
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    count = len(results.students)
    heading = f"{results.title or results.name}: {count} student{'s' if count != 1 else ''}"
    # "no.": the question's number, as on the worksheet ("#" is a sentence id elsewhere).
    header = ["no.", "unspin", "claim", "opinion", "mixed", "blank", "agree", "still disagree"]
    table = [
        [
            str(r.number),
            r.unspin,
            *(str(r.chose[k]) for k in ANSWER_KINDS),
            str(r.unanswered),
            f"{r.agreed}/{r.answered}" if r.answered else "-",
            str(r.disagree),
        ]
        for r in results.rows
    ]
    hardest = results.hardest()
    if fmt == "markdown":
        lines = [f"# {md_inline(heading)}", "", f"Students: {md_inline(results.roll())}", ""]
        lines.append("| " + " | ".join([*header, "sentence"]) + " |")
        lines.append("|" + "---|" * (len(header) + 1))
        for cells, row in zip(table, results.rows, strict=True):
            lines.append("| " + " | ".join([*cells, md_inline(_clip(row.text, 80))]) + " |")
        lines.append("")
        if hardest:
            lines.append("Hardest for the class (fewest agreeing with unspin):")
            lines.append("")
            lines += [f"- **{r.number}.** {md_inline(_clip(r.text, 100))}" for r in hardest]
            lines.append("")
        return "\n".join(lines)
    widths = [
        max(len(h), *(len(c[i]) for c in table)) if table else len(h) for i, h in enumerate(header)
    ]
    used = sum(widths) + 2 * len(widths)
    text_width = max(20, width - used)

    def line(cells: Iterable[str], last: str) -> str:
        parts = [
            c.rjust(w) if i != 1 else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts) + "  " + last

    roll = textwrap.fill(
        f"Students: {_one_line(results.roll())}",
        width=max(20, width),
        subsequent_indent="  ",
        break_long_words=False,
        break_on_hyphens=False,
    )
    lines = [_clip(heading, width), roll, "", line(header, "sentence")]
    lines += [line(c, _clip(r.text, text_width)) for c, r in zip(table, results.rows, strict=True)]
    if hardest:
        lines += ["", "Hardest for the class (fewest agreeing with unspin):"]
        lines += [f"  {r.number}. {_clip(r.text, width - 6)}" for r in hardest]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------ worksheets

_MD_SPECIAL = re.compile(r"([\\`*{}\[\]<>|~#]|(?<!\w)_|_(?!\w))")
_MD_LINE_START = re.compile(r"^(\s*)([-+>=]|\d+(?=[.)]))")


def md_inline(text: str) -> str:
    """Untrusted text as one line of Markdown that renders literally."""
    text = _one_line(text)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = re.sub(r"&(?=#?\w+;)", r"\\&", text)
    return _MD_LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    """``- x`` -> ``\\- x``; ``12. x`` -> ``12\\. x`` (not a list, a heading or a quote)."""
    marker = match.group(2)
    if marker[0].isdigit():
        return match.group(1) + marker + "\\"
    return match.group(1) + "\\" + marker


def _one_line(text: str) -> str:
    """Control characters made visible, runs of ASCII white space one space (NBSP kept)."""
    return re.sub(r"[ \t\n\r\f\v]+", " ", safe(text)).strip()


def _h(text: str) -> str:
    return html.escape(_one_line(text), quote=True)


def key_path(out: Path) -> Path:
    """``worksheet.md`` -> ``worksheet.key.md`` (the answer key beside the worksheet)."""
    if out.suffix:
        return out.with_name(f"{out.stem}.key{out.suffix}")
    return out.with_name(f"{out.name}.key")


def _title(report: Report) -> str:
    return report.source.title or Path(report.source.name).name or "an article"


def _shown_sentences(report: Report) -> list[tuple[int, Sentence]]:
    """(item number or 0, sentence) for the worksheet; the heading title is left out."""
    questions = {s.id: n for n, s in enumerate(items(report), start=1)}
    out = []
    for sentence in report.sentences:
        if (
            sentence.kind == "title"
            and sentence.text.strip() == (report.source.title or "").strip()
        ):
            continue
        out.append((questions.get(sentence.id, 0), sentence))
    return out


_BOXES = "☐ claim    ☐ opinion    ☐ mixed"
_INSTRUCTIONS = (
    "Read each numbered sentence and tick one box. Then underline the words that gave it "
    "away, or write them on the line."
)


def worksheet_markdown(report: Report) -> str:
    """The student's sheet: numbered sentences, three boxes each, no answers."""
    count = len(items(report))
    lines = [
        f"# Worksheet: {md_inline(_title(report))}",
        "",
        f"Source: {md_inline(report.source.name)} · {count} sentences to label",
        "",
        "Name: ______________________    Class: ____________    Date: ____________",
        "",
        _INSTRUCTIONS,
        "",
        *(f"- **{kind}**: {KIND_HELP[kind]}" for kind in ANSWER_KINDS),
        "",
        "---",
        "",
    ]
    for number, sentence in _shown_sentences(report):
        if sentence.kind == "title":
            lines += [f"## {md_inline(sentence.text)}", ""]
        elif number == 0:
            lines += [f"*{md_inline(sentence.text)}*", ""]
        else:
            lines += [
                f"**{number}.** {md_inline(sentence.text)}",
                "",
                _BOXES,
                "",
                "Words that gave it away: ________________________________________",
                "",
            ]
    return "\n".join(lines)


def _key_entry(report: Report, sentence: Sentence) -> dict[str, Any]:
    cues = cues_of(report, sentence.id)
    return {
        "loaded": loaded_cues(report, sentence.id),
        "quoted": [c for c in cues if c.weight > 0 and c.quoted],
        "report": [c for c in cues if c.weight < 0],
        "claims": claims_of(report, sentence.id),
    }


_KEY_NOTE = (
    "These are unspin's readings, made by a program from word lists and rules. It can be "
    "wrong, and its confidence (0 to 1) says how sure it is. Where a student disagrees "
    "for a good reason, the discussion is worth more than the key."
)


def _confidence(sentence: Sentence) -> str:
    return "" if sentence.confidence is None else f" (confidence {sentence.confidence:.2f})"


def _counts_line(report: Report) -> str:
    counts = Counter(s.kind for s in items(report))
    return ", ".join(f"{counts[k]} {k}" for k in ANSWER_KINDS)


def answer_key_markdown(report: Report) -> str:
    """The teacher's key: kinds, cues with explanations, restatements with their edits."""
    lines = [
        f"# Answer key: {md_inline(_title(report))}",
        "",
        f"Source: {md_inline(report.source.name)} · unspin {__version__} · {_counts_line(report)}",
        "",
        f"*{_KEY_NOTE}*",
        "",
        "Loaded words: the cues a student may underline (the author's own wording that leans "
        "towards opinion). Words inside a quotation are the speaker's, not the author's.",
        "",
        "---",
        "",
    ]
    for number, sentence in _shown_sentences(report):
        if number == 0:
            continue
        entry = _key_entry(report, sentence)
        lines += [
            f"**{number}. {sentence.kind}**{_confidence(sentence)} · sentence #{sentence.id}",
            "",
            f"> {md_inline(sentence.text)}",
            "",
        ]
        if entry["loaded"]:
            lines.append("- Loaded words:")
            lines += [
                f"  - “{md_inline(c.text)}”, {cue_type_name(c.type)}: {md_inline(c.explanation)}"
                for c in entry["loaded"]
            ]
        else:
            lines.append("- Loaded words: none")
        if entry["quoted"]:
            quoted = "; ".join(
                f"“{md_inline(c.text)}” ({cue_type_name(c.type)})" for c in entry["quoted"]
            )
            lines.append(f"- In quoted speech (the speaker's words): {quoted}")
        if entry["report"]:
            signs = "; ".join(
                f"“{md_inline(c.text)}” ({cue_type_name(c.type)})" for c in entry["report"]
            )
            lines.append(f"- Signs of a report: {signs}")
        for claim in entry["claims"]:
            lines.append(f"- Neutral restatement: {md_inline(claim.text)}")
            if claim.speaker:
                lines.append(f"  - Speaker: {md_inline(claim.speaker)}")
            for edit in claim.edits:
                lines.append(f"  - {md_inline(describe_edit(edit))}: {md_inline(edit.reason)}")
            if not claim.edits:
                lines.append("  - no change needed: the sentence is already neutral")
        if sentence.reasons:
            lines.append("- Why this kind:")
            lines += [f"  - {md_inline(r)}" for r in sentence.reasons]
        lines.append("")
    return "\n".join(lines)


_CSS = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 46em; margin: 2em auto;
       padding: 0 1em; line-height: 1.45; color: #111; }
h1 { font-size: 1.5em; margin-bottom: .2em; }
.meta, .note { color: #444; }
.fill { margin: 1em 0; white-space: pre; }
ol.items { padding-left: 0; list-style: none; }
.item { margin: 0 0 1.1em; break-inside: avoid; page-break-inside: avoid; }
.num { font-weight: bold; }
.boxes { margin: .35em 0 .2em 1.5em; font-size: 1.05em; word-spacing: .2em; }
.box { display: inline-block; width: .9em; height: .9em; border: 1.5px solid #111;
       vertical-align: -0.1em; margin: 0 .35em 0 1.2em; }
.box:first-child { margin-left: 0; }
.line { margin-left: 1.5em; color: #555; }
.context { font-style: italic; color: #555; margin: 0 0 1em; }
.kind { font-weight: bold; text-transform: uppercase; letter-spacing: .05em; }
blockquote { margin: .3em 0 .4em 1.5em; padding-left: .7em; border-left: 3px solid #999; }
ul { margin-top: .2em; }
del { color: #666; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""


def _html_page(title: str, body: list[str]) -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f"<title>{_h(title)}</title>",
            f"<style>{_CSS}</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )


def worksheet_html(report: Report) -> str:
    """The worksheet as one printable HTML page (no script, no outside resources)."""
    count = len(items(report))
    title = f"Worksheet: {_title(report)}"
    body = [
        f"<h1>{_h(title)}</h1>",
        f'<p class="meta">Source: {_h(report.source.name)} · {count} sentences to label</p>',
        '<p class="fill">Name: ______________________    Class: ____________    '
        "Date: ____________</p>",
        f"<p>{_h(_INSTRUCTIONS)}</p>",
        "<ul>",
        *(f"<li><b>{kind}</b>: {_h(KIND_HELP[kind])}</li>" for kind in ANSWER_KINDS),
        "</ul>",
        "<hr>",
        '<ol class="items">',
    ]
    for number, sentence in _shown_sentences(report):
        if sentence.kind == "title":
            body.append(f"<li><h2>{_h(sentence.text)}</h2></li>")
        elif number == 0:
            body.append(f'<li class="context">{_h(sentence.text)}</li>')
        else:
            boxes = "".join(f'<span class="box"></span>{kind} ' for kind in ANSWER_KINDS)
            body += [
                f'<li class="item" value="{number}"><span class="num">{number}.</span> '
                f"{_h(sentence.text)}",
                f'<div class="boxes">{boxes.strip()}</div>',
                '<div class="line">Words that gave it away: '
                "________________________________________</div></li>",
            ]
    body.append("</ol>")
    return _html_page(title, body)


def answer_key_html(report: Report) -> str:
    title = f"Answer key: {_title(report)}"
    body = [
        f"<h1>{_h(title)}</h1>",
        f'<p class="meta">Source: {_h(report.source.name)} · unspin {__version__} · '
        f"{_h(_counts_line(report))}</p>",
        f'<p class="note"><i>{_h(_KEY_NOTE)}</i></p>',
        "<hr>",
    ]
    for number, sentence in _shown_sentences(report):
        if number == 0:
            continue
        entry = _key_entry(report, sentence)
        body += [
            '<div class="item">',
            f'<p><span class="num">{number}.</span> <span class="kind">{_h(sentence.kind)}</span>'
            f"{_h(_confidence(sentence))} · sentence #{sentence.id}</p>",
            f"<blockquote>{_h(sentence.text)}</blockquote>",
            "<ul>",
        ]
        if entry["loaded"]:
            cues = "".join(
                f"<li>“<b>{_h(c.text)}</b>”, {_h(cue_type_name(c.type))}: {_h(c.explanation)}</li>"
                for c in entry["loaded"]
            )
            body.append(f"<li>Loaded words:<ul>{cues}</ul></li>")
        else:
            body.append("<li>Loaded words: none</li>")
        if entry["quoted"]:
            quoted = "; ".join(
                f"“{_h(c.text)}” ({_h(cue_type_name(c.type))})" for c in entry["quoted"]
            )
            body.append(f"<li>In quoted speech (the speaker's words): {quoted}</li>")
        if entry["report"]:
            signs = "; ".join(
                f"“{_h(c.text)}” ({_h(cue_type_name(c.type))})" for c in entry["report"]
            )
            body.append(f"<li>Signs of a report: {signs}</li>")
        for claim in entry["claims"]:
            edits = (
                "".join(f"<li>{_h(describe_edit(e))}: {_h(e.reason)}</li>" for e in claim.edits)
                or "<li>no change needed: the sentence is already neutral</li>"
            )
            speaker = f"<li>Speaker: {_h(claim.speaker)}</li>" if claim.speaker else ""
            body.append(f"<li>Neutral restatement: {_h(claim.text)}<ul>{speaker}{edits}</ul></li>")
        if sentence.reasons:
            reasons = "".join(f"<li>{_h(r)}</li>" for r in sentence.reasons)
            body.append(f"<li>Why this kind:<ul>{reasons}</ul></li>")
        body += ["</ul>", "</div>"]
    return _html_page(title, body)


def render_worksheet(report: Report, fmt: str = "markdown", *, key: bool = False) -> str:
    """The worksheet (or with ``key=True`` its answer key) as Markdown or HTML."""
    if fmt not in ("markdown", "html"):
        raise ValueError(f"unknown worksheet format {fmt!r}")
    if fmt == "html":
        return answer_key_html(report) if key else worksheet_html(report)
    return answer_key_markdown(report) if key else worksheet_markdown(report)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_new(path: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` atomically; refuse to replace an existing file unless ``force``."""
    if path.exists() and not force:
        raise UsageError(f"{path} already exists; add --force to replace it")
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # A worksheet is for sharing: the usual permissions, not mkstemp's private 0600.
        os.fchmod(handle, 0o666 & ~_umask())
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        if not force and path.exists():
            raise UsageError(f"{path} already exists; add --force to replace it")
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
