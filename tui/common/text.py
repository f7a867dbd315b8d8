"""Report -> Textual ``Content``: every piece of article text the reading room shows.

Article text is untrusted. It is never parsed as markup: it becomes a
:class:`~textual.content.Content` built from the plain string, and every control
character (a terminal escape, a bidi override) is first swapped one-for-one for
a visible stand-in, so offsets into the sentence stay valid and nothing reaches
the terminal raw.

Meaning never rests on colour alone: every kind has a letter (``C``, ``O``,
``M``, ``T``, ``·``) and cues are underlined as well as coloured.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from textual.content import Content, Span
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from summarize.report import KIND_MARK, Claim, Cue, Edit, Opinion, Report, Sentence
from summarize.text.quotes import mended

__all__ = ["KIND_MARK"]  # re-exported: the TUI takes the report's letters, written once
KIND_LABEL = {
    "claim": "claim",
    "opinion": "opinion",
    "mixed": "mixed",
    "title": "title",
    "other": "other",
}
#: Colours follow the theme: claims cool, opinions warm, mixed in between.
KIND_STYLE = {
    "claim": "$text-primary",
    "opinion": "$text-error",
    "mixed": "$text-warning",
    "title": "bold",
    "other": "",
}
#: A cue that pushes towards opinion, in the author's own voice.
CUE_STYLE = "bold underline"
#: A cue inside quoted or attributed speech: the speaker's, not the author's.
QUOTED_CUE_STYLE = "underline"
#: Wording the neutral restatement replaces (a loaded word, a label).
EDIT_STYLE = "bold underline"
#: Where a search matches.
MATCH_STYLE = "reverse"
SUMMARY_MARK = "★"
DIM = "dim"

# C0 controls (but tab and newline), DEL, C1 controls, bidi embeddings and isolates.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␇ for BEL, ...
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def literal(text: str) -> str:
    """``text`` with every control character replaced by a visible stand-in.

    One character in, one character out, so offsets still index the result.
    Tabs and newlines become spaces: a sentence is shown as one flowing line.
    """
    text = _UNSAFE.sub(_stand_in, text)
    return text.replace("\t", " ").replace("\n", " ")


def plain(text: str) -> Content:
    """Untrusted text as Content: literal, never markup."""
    return Content(literal(text))


def legend() -> Content:
    """What the marks and colours mean."""
    parts: list[str | tuple[str, str] | Content] = []
    for kind in ("claim", "opinion", "mixed", "title"):
        parts.append((f"{KIND_MARK[kind]} {KIND_LABEL[kind]}", f"bold {KIND_STYLE[kind]}"))
        parts.append("  ")
    parts.append(("· other", DIM))
    parts.append("  ")
    parts.append((f"{SUMMARY_MARK} summary", "bold"))
    parts.append("  ")
    parts.append(("cue", CUE_STYLE))
    return Content.assemble(*parts)


def kind_badge(kind: str) -> Content:
    """``C claim``: the letter and the word, in the kind's colour."""
    return Content.styled(
        f"{KIND_MARK.get(kind, '?')} {KIND_LABEL.get(kind, kind)}",
        f"bold {KIND_STYLE.get(kind, '')}",
    )


def _relative(spans: Iterable[tuple[int, int]], sentence: Sentence) -> list[tuple[int, int]]:
    """Document offsets -> offsets inside the sentence, clipped to it."""
    length = len(sentence.text)
    out = []
    for start, end in spans:
        start, end = max(0, start - sentence.start), min(length, end - sentence.start)
        if end > start:
            out.append((start, end))
    return out


def sentence_body(
    sentence: Sentence,
    *,
    edits: Sequence[Edit] = (),
    search: str = "",
    extra_cues: Sequence[Cue] = (),
) -> Content:
    """The sentence in its kind's colour, cues and replaced wording underlined."""
    text = literal(sentence.text)
    spans: list[Span] = []
    base = KIND_STYLE.get(sentence.kind, "")
    if base:
        spans.append(Span(0, len(text), base))
    cues = [*sentence.cues, *extra_cues]
    for cue in cues:
        if cue.weight <= 0:
            continue  # cues towards fact (a digit, "said") would bury the rest
        style = QUOTED_CUE_STYLE if cue.quoted else CUE_STYLE
        spans.extend(Span(s, e, style) for s, e in _relative([(cue.start, cue.end)], sentence))
    for start, end in _relative([(e.start, e.end) for e in edits], sentence):
        spans.append(Span(start, end, EDIT_STYLE))
    if search:
        spans.extend(Span(s, e, MATCH_STYLE) for s, e in find_all(text, search))
    return Content(text, spans, strip_control_codes=False)


@lru_cache(maxsize=1)
def _edit_labels() -> dict[str, str]:
    with resources.files("tui.common").joinpath("edit_labels.toml").open("rb") as handle:
        return dict(tomllib.load(handle)["labels"])


def edit_label(rule: str) -> str:
    """What an edit of this rule does, in a few words ("" when unknown): never the rule id."""
    return _edit_labels().get(rule, "")


def _quoted(words: str) -> str:
    """Words in quotation marks; a lone mark (“ or a dash) is named, not quoted."""
    if len(words) <= 2 and not any(c.isalnum() for c in words):
        return f"the mark {words}"
    return f"“{words}”"


def edit_phrase(edit: Edit) -> Content:
    """An edit as a person reads it: removed “falsely” (the author's verdict on truth)."""
    original, replacement = literal(edit.original.strip()), literal(edit.replacement.strip())
    parts: list[str | tuple[str, str]]
    if edit.rule == "flag" or (original and original == replacement):
        parts = ["kept ", (_quoted(original), "underline"), " and marked it"]
    elif not original and not replacement:
        parts = ["changed the spacing"]
    elif not original:
        parts = ["added ", (_quoted(replacement), "bold")]
    elif not replacement:
        parts = ["removed ", (_quoted(original), "strike")]
    else:
        parts = ["replaced ", (_quoted(original), "strike"), " with "]
        parts.append((_quoted(replacement), "bold"))
    label = edit_label(edit.rule)
    if label:
        parts.append((f" ({label})", DIM))
    return Content.assemble(*parts)


def find_all(text: str, needle: str, *, words: bool = False) -> list[tuple[int, int]]:
    """Every case-insensitive occurrence of ``needle`` in ``text``.

    ``words=True``: only whole words, and with the same case (to find a replacement
    such as "US" in a restatement, and not the "Ru" of "Russian").
    """
    if not needle:
        return []
    if words:
        pattern = rf"(?<!\w){re.escape(needle)}(?!\w)"
        return [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text, re.IGNORECASE)]


class Gutter(Visual):
    """A narrow gutter (the kind's letter) beside wrapped text, with a hanging indent."""

    def __init__(self, mark: Content, body: Content, width: int = 3) -> None:
        self.mark = mark
        self.body = body
        self.width = width

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.width + self.body.get_optimal_width(rules, container_width - self.width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.body.get_height(rules, max(1, width - self.width))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        body_width = max(1, width - self.width)
        body = self.body.render_strips(body_width, height, style, options)
        mark = self.mark.render_strips(self.width, 1, style, options)
        rich_style = style.rich_style
        blank = Strip.blank(self.width, rich_style)
        first = mark[0].extend_cell_length(self.width, rich_style).crop(0, self.width)
        return [
            Strip.join(
                [first if i == 0 else blank, line.extend_cell_length(body_width, rich_style)]
            )
            for i, line in enumerate(body)
        ]


class Stack(Visual):
    """Blocks one under another (a block may be a :class:`Gutter`: a hanging indent)."""

    def __init__(self, blocks: Sequence[Visual]) -> None:
        self.blocks = list(blocks)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((b.get_optimal_width(rules, container_width) for b in self.blocks), default=1)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return sum(b.get_height(rules, width) for b in self.blocks)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        strips: list[Strip] = []
        for block in self.blocks:
            strips.extend(block.render_strips(width, None, style, options))
        return strips[:height] if height is not None else strips

    @property
    def plain(self) -> str:
        """The text of every block (for tests and the command line)."""
        out = []
        for block in self.blocks:
            if isinstance(block, Gutter):
                out.append(block.mark.plain + block.body.plain)
            elif isinstance(block, Content):
                out.append(block.plain)
        return "\n".join(out)


def hang(marker: str | tuple[str, str] | Content, *body: str | tuple[str, str] | Content) -> Gutter:
    """``marker`` then ``body``, its wrapped lines indented under the body's start."""
    mark = marker if isinstance(marker, Content) else Content.assemble(marker)
    return Gutter(mark, Content.assemble(*body), width=max(1, mark.cell_length))


def mark(kind: str, in_summary: bool = False) -> Content:
    """The gutter: the kind's letter, and a star when the sentence is in the summary."""
    return Content.assemble(
        (KIND_MARK.get(kind, "?"), f"bold {KIND_STYLE.get(kind, '')}"),
        (SUMMARY_MARK if in_summary else " ", "bold"),
    )


def edits_of(report: Report) -> dict[int, list[Edit]]:
    """Edits by sentence id."""
    out: dict[int, list[Edit]] = {}
    for claim in report.claims:
        out.setdefault(claim.sentence_id, []).extend(claim.edits)
    return out


def sentence_prompt(
    sentence: Sentence, *, in_summary: bool = False, edits: Sequence[Edit] = (), search: str = ""
) -> Gutter:
    """One row of the article."""
    return Gutter(
        mark(sentence.kind, in_summary), sentence_body(sentence, edits=edits, search=search)
    )


def summary_prompt(sentence: Sentence, rank: int, score: float) -> Gutter:
    """A summary sentence and its place; whose words it reports, when unspin knows (a
    sentence picked from inside a run of quotations says nothing of its speaker itself)."""
    said = f" · words of {sentence.speaker}" if sentence.speaker else ""
    meta = Content.styled(
        f"#{sentence.id} · rank {rank} · score {score:.3g} · "
        f"{KIND_LABEL.get(sentence.kind, '')}{said}",
        DIM,
    )
    body = sentence_body(sentence)
    shown = mended(sentence.text)  # out of a longer quotation: with the marks it lacks
    if shown != sentence.text:
        lead = shown.find(sentence.text)
        body = Content(shown[:lead]) + body + Content(shown[lead + len(sentence.text) :])
    return Gutter(mark(sentence.kind), Content("\n").join([body, meta]))


def claim_prompt(claim: Claim, sentence: Sentence) -> Gutter:
    text = plain(claim.text).stylize(KIND_STYLE["claim"])
    facts = [f"#{claim.sentence_id}"]
    if claim.speaker:
        facts.append(f"speaker: {literal(claim.speaker)}")
    changed = [e for e in claim.edits if e.replacement != e.original]
    flagged = len(claim.edits) - len(changed)
    facts.append(
        f"{len(changed)} edit{'s' if len(changed) != 1 else ''}" if changed else "unchanged"
    )
    if flagged:  # a flag marks a word and changes nothing: not an edit
        facts.append(f"{flagged} word{'s' if flagged != 1 else ''} flagged")
    meta = Content.styled(" · ".join(facts), DIM)
    return Gutter(mark(sentence.kind), Content("\n").join([text, meta]))


def opinion_prompt(opinion: Opinion, sentence: Sentence) -> Gutter:
    body = opinion_body(opinion, sentence)
    cues = "; ".join(
        f"“{literal(c.text)}” {c.type.replace('_', ' ')}" for c in opinion.cues if c.weight >= 0
    )
    meta = Content.styled(f"#{opinion.sentence_id}" + (f" · {cues}" if cues else ""), DIM)
    return Gutter(mark(sentence.kind), Content("\n").join([body, meta]))


def opinion_body(opinion: Opinion, sentence: Sentence) -> Content:
    """The opinion's text with its cues underlined."""
    if opinion.text == sentence.text:
        return sentence_body(
            sentence, extra_cues=[c for c in opinion.cues if c not in sentence.cues]
        )
    text = literal(opinion.text)
    spans = [Span(0, len(text), KIND_STYLE["opinion"])]
    for cue in opinion.cues:
        for start, end in find_all(text, literal(cue.text), words=True)[:1]:
            spans.append(Span(start, end, QUOTED_CUE_STYLE if cue.quoted else CUE_STYLE))
    return Content(text, spans, strip_control_codes=False)


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 claim``, ``2 claims``."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def kind_counts(report: Report) -> dict[str, int]:
    """Sentences by kind, as ``unspin analyze`` counts them."""
    counts = report.counts
    return {kind: counts.get(kind, 0) for kind in KIND_MARK}


def masthead(
    report: Report | None,
    name: str,
    algorithm: str,
    length: str,
    status: str = "analysing…",
    width: int | None = None,
) -> Content:
    """The title and source, then the counts and the summary algorithm.

    The counts are of sentences by kind, as ``unspin analyze`` prints them (the lists
    count their own items in their titles). The labels shorten until the line fits
    ``width`` cells: the letters C, O and M are explained by the article's legend.
    """
    title = (report.source.title if report else None) or name
    sep = (" · ", DIM)

    def first_line(source: str) -> Content:
        if title == name:  # no title of its own: the name once, not twice
            return Content.assemble((literal(source), "bold"))
        return Content.assemble((literal(title), "bold"), ("  ·  ", DIM), (literal(source), DIM))

    first = first_line(name)
    if width is not None and first.cell_length > width and "/" in name:
        first = first_line(name.rsplit("/", 1)[1])  # the folder is the first thing to go

    engine = report.summary.engine if report and report.summary else ""
    # From the longest to the shortest: the first that fits is shown.
    tiers = [
        (True, "summary: ", True),
        (True, "", True),
        (True, "", False),
        (False, "", True),
        (False, "", False),
    ]
    lines = []
    for words, summary_label, with_engine in tiers:
        facts: list[str | tuple[str, str] | Content] = []
        if report is None:
            facts += [(status, DIM), sep]
        else:
            counts = kind_counts(report)
            facts += [plural(report.counts["sentences"], "sentence"), sep]
            for kind in ("claim", "opinion", "mixed"):
                label = f"{KIND_MARK[kind]} {counts[kind]}"
                if words:
                    label += f" {kind if counts[kind] == 1 or kind == 'mixed' else kind + 's'}"
                facts += [(label, f"bold {KIND_STYLE[kind]}"), sep]
        how = f"{length}, {engine}" if engine and with_engine else length
        facts.append(f"{summary_label}{algorithm} ({how})")
        lines.append(Content.assemble(*facts))
    chosen = lines[0]
    if width is not None:
        chosen = next((line for line in lines if line.cell_length <= width), lines[-1])
    return Content("\n").join([first, chosen])
