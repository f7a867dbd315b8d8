"""Practice mode -> what the student sees: the sentence, unspin's reading, the score.

Everything the student sees of the article is built from plain strings with
:func:`tui.common.text.literal` (never markup), as in the reading room. Nothing of
unspin's reading (kind colour, cue underlines) is drawn before it is revealed.

Meaning never rests on colour alone: the student's marks are underlined and
listed in words, the gutter carries letters (``O≠M``: you said opinion, unspin
mixed), and found or missed cues carry ✓ and ○.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content, Span
from textual.visual import Visual

from summarize.practice import (
    ANSWER_KINDS,
    KIND_HELP,
    Answer,
    Exercise,
    Score,
    claims_of,
    cue_type_name,
    cues_of,
    found_cues,
    loaded_cues,
    overlaps,
)
from summarize.report import Report, Sentence
from tui.common import text

#: A word the student marked (before the reveal) and where the word cursor is.
MARK_STYLE = "bold underline"
CURSOR_STYLE = "reverse"
#: After the reveal the student's marks stay visible beside unspin's cues.
REVEALED_MARK_STYLE = "reverse"
KEY = "bold $text-accent"
Parts = list[str | tuple[str, str] | Content]


#: Blocks one under another, and a hanging indent: shared with the reading room's detail.
Stack = text.Stack
hang = text.hang


def line(*parts: str | tuple[str, str] | Content) -> Content:
    return Content.assemble(*parts)


BLANK = Content("")


def certainty(confidence: float | None) -> str:
    """unspin's confidence in words, without pretending."""
    if confidence is None:
        return "no confidence recorded"
    if confidence >= 0.8:
        word = "fairly sure"
    elif confidence >= 0.6:
        word = "somewhat sure"
    else:
        word = "unsure"
    return f"confidence {confidence:.2f}, {word}"


def gutter(sentence: Sentence, answer: Answer | None, *, current: bool, is_item: bool) -> Content:
    """``▸O≠M``: the cursor, your letter, agree (=) or not (≠), unspin's letter once revealed."""
    pointer = ("▸", KEY) if current else " "
    if not is_item:
        return line(pointer, (f"{text.KIND_MARK.get(sentence.kind, '·')}   ", text.DIM))
    mine = answer.kind if answer and answer.kind else None
    parts: Parts = [pointer]
    parts.append(
        (text.KIND_MARK[mine], f"bold {text.KIND_STYLE[mine]}") if mine else ("·", text.DIM)
    )
    if answer is not None and answer.revealed and mine:
        same = mine == sentence.kind
        parts.append(("=" if same else "≠", "bold" if same else "bold $text-warning"))
        parts.append(
            (
                text.KIND_MARK.get(sentence.kind, "?"),
                f"bold {text.KIND_STYLE.get(sentence.kind, '')}",
            )
        )
    else:
        parts.append("  ")
    parts.append(" ")
    return line(*parts)


def exercise_sentence(
    report: Report,
    sentence: Sentence,
    answer: Answer | None,
    *,
    cursor: tuple[int, int] | None = None,
) -> Content:
    """The sentence as the student sees it.

    Before the reveal: plain, with the student's marks underlined and the word
    cursor in reverse. After: in unspin's kind colour with its cues underlined
    (bold in the author's voice, plain in a quotation) and the student's marks
    in reverse.
    """
    body = text.literal(sentence.text)
    spans: list[Span] = []
    marks = answer.marks if answer else []

    def relative(start: int, end: int) -> tuple[int, int] | None:
        start, end = max(0, start - sentence.start), min(len(body), end - sentence.start)
        return (start, end) if end > start else None

    revealed = bool(answer and answer.revealed)
    if revealed:
        style = text.KIND_STYLE.get(sentence.kind, "")
        if style:
            spans.append(Span(0, len(body), style))
        for cue in cues_of(report, sentence.id):
            if cue.weight > 0 and (where := relative(cue.start, cue.end)):
                spans.append(Span(*where, text.QUOTED_CUE_STYLE if cue.quoted else text.CUE_STYLE))
    for mark in marks:
        if where := relative(mark.start, mark.end):
            spans.append(Span(*where, REVEALED_MARK_STYLE if revealed else MARK_STYLE))
    if cursor is not None and not revealed and (where := relative(*cursor)):
        spans.append(Span(*where, CURSOR_STYLE))
    return Content(body, spans, strip_control_codes=False)


def context_sentence(
    report: Report, sentence: Sentence, answer: Answer | None, *, is_item: bool
) -> Content:
    """A sentence other than the current one: dim until its answer is revealed."""
    if is_item and answer is not None and answer.revealed:
        return exercise_sentence(report, sentence, answer)
    style = "bold" if sentence.kind == "title" else text.DIM
    return Content.styled(text.literal(sentence.text), style)


def _quoted_words(values: Sequence[str]) -> str:
    return ", ".join(f"“{text.literal(v)}”" for v in values) if values else "none"


def prompt(exercise: Exercise, words: Sequence[tuple[int, int]], cursor: int | None) -> Content:
    """One line under the sentence: what to do now, and the marked words, in words."""
    sentence = exercise.current
    answer = exercise.answer(sentence.id)
    marked = _quoted_words([m.text for m in answer.marks] if answer else [])
    if answer is not None and answer.revealed:
        parts: Parts = [("n", KEY), " next  ", ("p", KEY), " back  ", ("j k", KEY), " scroll  "]
        if answer.kind != sentence.kind or answer.disagree:
            parts += [("d", KEY), " still disagree  "]
        parts += [("· your marks: ", text.DIM), marked]
        return line(*parts)
    parts = []
    if cursor is not None and words:
        start, end = words[cursor]
        word = sentence.text[start - sentence.start : end - sentence.start]
        parts += [("← →", KEY), f" “{text.literal(word)}”  ", ("space", KEY), " mark  "]
    parts += [("c", KEY), " claim  ", ("o", KEY), " opinion  ", ("m", KEY), " mixed  "]
    parts += [("· marked: ", text.DIM), marked]
    return line(*parts)


def kinds_guide() -> Stack:
    """The three kinds in plain words (shown while the student decides)."""
    blocks: list[Visual] = []
    for kind in ANSWER_KINDS:
        blocks.append(hang(line(text.kind_badge(kind), ": "), KIND_HELP[kind]))
    blocks.append(
        Content.styled(
            "Mark the words that gave it away (← → and space), then press c, o or m.", text.DIM
        )
    )
    return Stack(blocks)


def waiting(answer: Answer) -> Stack:
    """``--reveal end``: answered; unspin's reading comes when every sentence has an answer."""
    assert answer.kind is not None
    return Stack(
        [
            line(("Your answer: ", "bold"), text.kind_badge(answer.kind)),
            BLANK,
            Content(
                "unspin's reading is shown when every sentence has an answer (--reveal end). "
                "Until then you can change your answer (c, o, m) and your marks (space)."
            ),
        ]
    )


def reveal(report: Report, sentence: Sentence, answer: Answer) -> Stack:
    """unspin's reading of one sentence, beside the student's."""
    assert answer.kind is not None
    agree = answer.kind == sentence.kind
    blocks: list[Visual] = [
        line(
            ("You ", "bold"),
            text.kind_badge(answer.kind),
            ("  =  " if agree else "  ≠  ", "bold" if agree else "bold $text-warning"),
            ("unspin ", "bold"),
            text.kind_badge(sentence.kind),
            f"  ({certainty(sentence.confidence)})",
        )
    ]
    if not agree:
        blocks.append(
            Content(
                "You and unspin differ. unspin is a program working from word lists and "
                "rules and can be wrong: its reasons are below."
            )
        )
    if answer.disagree:
        blocks.append(
            line(("⚑ You still disagree with unspin here ", "bold $text-warning"), "(d unflags).")
        )
    elif not agree:
        blocks.append(Content.styled("Still disagree after reading them? Press d.", text.DIM))

    cues = loaded_cues(report, sentence.id)
    hits = found_cues(cues, answer.marks)
    blocks.append(BLANK)
    if cues:
        blocks.append(Content.styled(f"Loaded words: {len(cues)}, you marked {sum(hits)}", "bold"))
        for cue, hit in zip(cues, hits, strict=True):
            blocks.append(
                hang(
                    ("  ✓ " if hit else "  ○ ", "bold" if hit else text.DIM),
                    (f"“{text.literal(cue.text)}”", text.CUE_STYLE),
                    (f" {cue_type_name(cue.type)}: ", "bold"),
                    text.literal(cue.explanation),
                )
            )
    else:
        blocks.append(Content.styled("Loaded words: none in the author's own voice", "bold"))
    quoted = [c for c in cues_of(report, sentence.id) if c.weight > 0 and c.quoted]
    if quoted:
        listed = ", ".join(f"“{text.literal(c.text)}” ({cue_type_name(c.type)})" for c in quoted)
        blocks.append(
            hang("  ", ("In a quotation (the speaker's words, not counted): ", text.DIM), listed)
        )
    every = [c for c in cues_of(report, sentence.id) if c.weight > 0]
    extra = [
        m.text
        for m in answer.marks
        if not any(overlaps(c.start, c.end, m.start, m.end) for c in every)
    ]
    if extra:
        blocks.append(
            hang("  ", f"You also marked {_quoted_words(extra)}: unspin has no cue there.")
        )

    for claim in claims_of(report, sentence.id):
        blocks += [BLANK, Content.styled("Neutral restatement", "bold")]
        blocks.append(hang("  ", text.plain(claim.text).stylize(text.KIND_STYLE["claim"])))
        for edit in claim.edits:
            blocks.append(
                hang(
                    "  • ",
                    text.edit_phrase(edit),  # as the reading room's detail says it
                    ": ",
                    text.literal(edit.reason),
                )
            )
        if not claim.edits:
            blocks.append(Content.styled("  (no change needed: already neutral)", text.DIM))

    if sentence.reasons:
        blocks += [BLANK, Content.styled("Why unspin reads it so", "bold")]
        blocks += [hang("  • ", text.literal(r)) for r in sentence.reasons]
    return Stack(blocks)


def score_content(exercise: Exercise, score: Score, path: str = "") -> Stack:
    """The end of the exercise: agreement by kind, loaded words, misses, overlooked cues."""
    report = exercise.report
    percent = f" ({score.agreement:.0%})" if score.answered else ""
    blocks: list[Visual] = [
        Content.styled("Your score", "bold"),
        hang(
            "  ",
            f"You and unspin chose the same kind for {score.agreed} of {score.answered} "
            f"sentences{percent}.",
        ),
    ]
    if score.unanswered:
        blocks.append(
            hang("  ", f"Not answered: {len(score.unanswered)} of {score.items} sentences.")
        )
    header = f"  {'unspin said':<12}{'total':>6}   you chose:{'claim':>7}{'opinion':>9}{'mixed':>7}"
    blocks += [BLANK, Content.styled(header, "bold")]
    for kind in ANSWER_KINDS:
        row = score.confusion[kind]
        total = sum(row.values())
        cells = f"{row['claim']:>7}{row['opinion']:>9}{row['mixed']:>7}" if total else ""
        blocks.append(
            line(
                "  ",
                text.kind_badge(kind),
                " " * (10 - len(kind)),
                f"{total:>6}" if total else f"{'-':>6}",
                " " * len("   you chose:"),
                cells,
            )
        )
    share = f" ({score.found_share:.0%})" if score.cues_total else ""
    blocks += [
        BLANK,
        hang(
            "  ",
            f"Loaded words: you marked {score.cues_found} of the {score.cues_total} "
            f"unspin found{share}.",
        ),
    ]
    if score.extra:
        listed = _quoted_words([t for t, _ in score.extra[:6]])
        more = " …" if len(score.extra) > 6 else ""
        count = len(score.extra)
        blocks.append(
            hang(
                "  ",
                f"You also marked {count} word{'s' if count != 1 else ''} unspin has no cue "
                f"for: {listed}{more}",
            )
        )
    if score.disagree:
        blocks.append(
            hang("  ", (f"⚑ You still disagree on {questions(exercise, score.disagree)}.", "bold"))
        )

    blocks += [BLANK, Content.styled(f"Where you and unspin differ ({len(score.missed)})", "bold")]
    if not score.missed:
        blocks.append(Content("  Nowhere."))
    for miss in score.missed:
        sentence = report.sentences[miss.sentence_id]
        blocks.append(
            hang(
                f"  {miss.number:>3}. ",
                "you ",
                text.kind_badge(miss.student),
                ", unspin ",
                text.kind_badge(miss.unspin),
                (f" · sentence #{miss.sentence_id} · {certainty(miss.confidence)}", text.DIM),
                "\n",
                Content.styled(_clip(text.literal(sentence.text), 160), text.DIM),
                ("\n⚑ you still disagree", "bold $text-warning") if miss.disagree else "",
            )
        )

    blocks += [BLANK, Content.styled("Cue types you most often overlooked", "bold")]
    if not score.overlooked:
        blocks.append(
            Content(
                "  None: you marked every loaded word unspin found."
                if score.cues_total
                else "  unspin found no loaded words in the sentences you answered."
            )
        )
    for item in score.overlooked[:5]:
        examples = ", ".join(
            f"“{text.literal(t)}” (question {exercise.number(sid)})" for t, sid in item.examples
        )
        blocks.append(
            hang(
                "  • ",
                (cue_type_name(item.type), "bold"),
                f": missed {item.missed} of {item.total}",
                f", e.g. {examples}" if examples else "",
            )
        )
    if path:
        blocks += [
            BLANK,
            hang("", (f"Your answers are saved in {text.literal(path)}", text.DIM)),
        ]
    blocks.append(
        Content.styled("r: back to the sentences (all revealed) · q: quit · ?: help", text.DIM)
    )
    return Stack(blocks)


def questions(exercise: Exercise, sentence_ids: Sequence[int]) -> str:
    """``question 2 (sentence #2)``, ``questions 2, 5 (sentences #2, #9)``.

    Questions are numbered from 1, as on the worksheet; sentences keep the report's ids.
    """
    numbers = ", ".join(str(exercise.number(sid)) for sid in sentence_ids)
    ids = ", ".join(f"#{sid}" for sid in sentence_ids)
    if len(sentence_ids) == 1:
        return f"question {numbers} (sentence {ids})"
    return f"questions {numbers} (sentences {ids})"


def _clip(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1].rstrip() + "…"
