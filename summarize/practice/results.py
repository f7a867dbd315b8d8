"""A class's results: per sentence, how many students chose each kind, as one table."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from summarize.errors import UsageError
from summarize.practice.model import ANSWER_KINDS, Progress
from summarize.practice.worksheet import clip, md_inline, one_line


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
            md_inline(r.unspin) if fmt == "markdown" else one_line(r.unspin),
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
            lines.append("| " + " | ".join([*cells, md_inline(clip(row.text, 80))]) + " |")
        lines.append("")
        if hardest:
            lines.append("Hardest for the class (fewest agreeing with unspin):")
            lines.append("")
            lines += [f"- **{r.number}.** {md_inline(clip(r.text, 100))}" for r in hardest]
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
        f"Students: {one_line(results.roll())}",
        width=max(20, width),
        subsequent_indent="  ",
        break_long_words=False,
        break_on_hyphens=False,
    )
    lines = [clip(heading, width), roll, "", line(header, "sentence")]
    lines += [line(c, clip(r.text, text_width)) for c, r in zip(table, results.rows, strict=True)]
    if hardest:
        lines += ["", "Hardest for the class (fewest agreeing with unspin):"]
        lines += [f"  {r.number}. {clip(r.text, width - 6)}" for r in hardest]
    return "\n".join(lines) + "\n"
