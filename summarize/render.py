"""Render a report for the pipe: text, Markdown or JSON.

Reads only the :class:`~summarize.report.Report`; computes nothing new.
Every string from the article is escaped for its format by
:mod:`summarize.safe` (visible escapes for a terminal, literal Markdown, JSON
escapes), and the whole output gets that module's last pass.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from summarize.gcpause import paused
from summarize.report import KIND_MARK, Claim, Cue, Edit, Kind, Opinion, Report, plain
from summarize.safe import for_output, json_text, md_inline, safe
from summarize.text.quotes import mended

FORMATS = ("text", "markdown", "json")

__all__ = [
    "FORMATS",
    "KIND_MARK",
    "describe_edit",
    "json_chunks",
    "render",
    "render_chunks",
    "safe",
    "to_json",
]
#: JSON of reports with more sentences than this is written compact, on one line.
COMPACT_ABOVE = 2000

_STYLE = {
    Kind.TITLE: "\x1b[1m",
    "heading": "\x1b[1;4m",
    Kind.CLAIM: "\x1b[36m",
    Kind.OPINION: "\x1b[35m",
    Kind.MIXED: "\x1b[33m",
    "dim": "\x1b[2m",
    "cue": "\x1b[1;35m",
}
_RESET = "\x1b[0m"


class Painter:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, style: str, text: str) -> str:
        text = safe(text)
        if not self.color or style not in _STYLE:
            return text
        return f"{_STYLE[style]}{text}{_RESET}"


def to_json(report: Report, *, indent: bool = True) -> str:
    """The report's JSON form; ``indent=False`` gives one compact line (many times faster:
    :func:`json_chunks` joined)."""
    if not indent:
        return "".join(json_chunks(report))
    with paused():
        text = json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    return json_text(text) + "\n"


def _compact_encoder() -> Callable[[Any], str]:
    """One value as compact JSON. orjson writes the report's dataclasses itself, about
    four times faster than making their plain copy and passing it to ``json`` (a second
    of a 50,000-sentence report, docs/BENCHMARKS.md); what it refuses (a lone surrogate
    from undecodable input, a number past 64 bits) goes the ``json`` way. The same JSON
    values either way; only the spelling of some floats differs (``1e-05`` / ``0.00001``)."""
    import orjson

    slow = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def encode(value: Any) -> str:
        try:
            return orjson.dumps(value).decode()
        except TypeError:  # orjson.JSONEncodeError is one
            return slow(plain(value))

    return encode


#: Characters of JSON gathered before :func:`json_chunks` hands them on.
CHUNK_CHARS = 1 << 20


def json_chunks(report: Report) -> Iterator[str]:
    """The compact JSON form (``to_json(report, indent=False)``, character for character)
    in pieces of about :data:`CHUNK_CHARS`, made one sentence, claim or opinion at a time.

    The whole JSON of a book is ten times the size of its text, and ``json.dumps`` holds
    it, its plain-dict copy of the report and a list of its pieces at once: streaming keeps
    the memory of writing a report flat (docs/BENCHMARKS.md, "Memory").
    """
    encode = _compact_encoder()
    buffer: list[str] = []
    size = 0
    with paused():
        for index, (key, value) in enumerate(report.json_items(objects=True)):
            buffer.append(("{" if index == 0 else ",") + encode(key) + ":")
            if not isinstance(value, Iterator):
                buffer.append(encode(value))
                continue
            buffer.append("[")
            for position, item in enumerate(value):
                piece = encode(item)
                buffer.append("," + piece if position else piece)
                size += len(piece)
                if size >= CHUNK_CHARS:
                    yield json_text("".join(buffer))
                    buffer.clear()
                    size = 0
            buffer.append("]")
        buffer.append("}\n")
    yield json_text("".join(buffer))


def render_chunks(
    report: Report, *, view: str, fmt: str, color: bool = False, width: int = 88
) -> Iterator[str]:
    """:func:`render`'s output in pieces: a book-length report is streamed, not built
    whole (its text is several times the size of the article). Each piece has been
    through :func:`summarize.safe.for_output`, as :func:`render`'s whole is."""
    if len(report.sentences) <= COMPACT_ABOVE:
        yield render(report, view=view, fmt=fmt, color=color, width=width)
    elif fmt == "json":
        yield from json_chunks(report)
    else:
        yield from _streamed(report, view=view, fmt=fmt, color=color, width=width)


def _streamed(report: Report, *, view: str, fmt: str, color: bool, width: int) -> Iterator[str]:
    """:func:`render`'s text or Markdown, character for character, in pieces of about
    :data:`CHUNK_CHARS` made an item at a time: the sections joined by a blank line and
    the trailing line breaks of the whole made one, as :func:`render` does."""
    paint = Painter(color and fmt == "text")
    markdown = fmt == "markdown"
    show_heading = view == "analyze" or markdown
    buffer: list[str] = []
    size = 0
    pending = ""  # line breaks held back: they are dropped if nothing follows them
    started = False
    for section in _SECTIONS[view]:
        opened = False
        made = section(report, paint, markdown, width, show_heading)
        for piece in (made,) if isinstance(made, str) else made:
            if not piece:
                continue
            if not opened:
                opened = True
                if started:
                    pending += "\n"  # the "\n".join between sections
                started = True
            body = piece.rstrip("\n")
            if body:
                buffer.append(pending + body)
                size += len(body)
                pending = piece[len(body) :]
            else:
                pending += piece
            if size >= CHUNK_CHARS:
                yield for_output("".join(buffer), fmt, color=paint.color)
                buffer.clear()
                size = 0
    buffer.append("\n")
    yield for_output("".join(buffer), fmt, color=paint.color)


def render(report: Report, *, view: str, fmt: str, color: bool = False, width: int = 88) -> str:
    """``view`` is one of summary, analyze, claims, opinions, digest (summary --neutral)."""
    if fmt == "json":
        # Book-length reports come as one compact line: indenting costs more than it helps.
        return to_json(report, indent=len(report.sentences) <= COMPACT_ABOVE)
    paint = Painter(color and fmt == "text")
    sections = _SECTIONS[view]
    markdown = fmt == "markdown"
    show_heading = view == "analyze" or markdown
    parts = [_joined(part(report, paint, markdown, width, show_heading)) for part in sections]
    return for_output("\n".join(p for p in parts if p).rstrip("\n") + "\n", fmt, color=paint.color)


def _heading(title: str, paint: Painter, markdown: bool, show: bool) -> str:
    if not show:
        return ""
    return f"## {md_inline(title)}\n\n" if markdown else paint("heading", title) + "\n\n"


def _wrap(text: str, width: int, indent: str = "", hang: str | None = None) -> str:
    """Wrap at ``width`` (0: not at all), never inside a word; ``hang`` indents the
    lines after the first (default: as the first)."""
    if width <= 0:
        return indent + text
    return textwrap.fill(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=indent if hang is None else hang,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _header(report: Report, paint: Painter, markdown: bool, width: int, _show: bool) -> str:
    title = report.source.title or report.source.name
    counts = report.counts
    facts = (
        f"{_count(counts['sentences'], 'sentence')} · {_count(counts['claim'], 'claim')} · "
        f"{_count(counts['opinion'], 'opinion')} · {counts['mixed']} mixed · "
        f"summary: {report.summary.algorithm if report.summary else 'none'}"
    )
    if markdown:
        return f"# {md_inline(title)}\n\n*{md_inline(report.source.name)}* — {facts}\n"
    return f"{paint('title', title)}\n{paint('dim', report.source.name + ' — ' + facts)}\n"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _summary(report: Report, paint: Painter, markdown: bool, width: int, show: bool) -> str:
    out = [_heading("Summary", paint, markdown, show)]
    summary = report.summary
    if summary is None or not summary.sentence_ids:
        out.append("(no summary)\n")
        return "".join(out)
    for sid, score, rank in zip(summary.sentence_ids, summary.scores, summary.ranks, strict=False):
        sentence = report.sentences[sid]
        speaker = sentence.speaker  # analyze only
        shown = mended(sentence.text)  # out of a longer quotation: with the mark it lacks
        if markdown:
            whose = f" · words of {md_inline(speaker)}" if speaker else ""
            out.append(
                f"- {md_inline(shown)} <sub>#{sid} · rank {rank} · {score:.3g}{whose}</sub>\n"
            )
        elif show:
            out.append(_wrap(safe(shown), width, "  ") + "\n")
            said = f" · words of {speaker}" if speaker else ""
            meta = safe(f"  [#{sid} · rank {rank} · score {score:.3g}{said}]")
            out.append(paint("dim", meta) + "\n")
        else:  # one sentence a line; at a terminal, wrapped with a hanging indent
            out.append(_wrap(safe(shown), width, "", "  ") + "\n")
    return "".join(out)


def _digest(report: Report, paint: Painter, markdown: bool, width: int, show: bool) -> str:
    """What happened, without the author; with headings, also the author's view in brief."""
    digest = report.digest
    out = [_heading("What happened, without the author", paint, markdown, show)]
    if digest is None or not digest.claim_ids:
        out.append("(no neutral claims)\n" if show else "")
    for sid, neutral in zip(
        digest.claim_ids if digest else [], digest.claim_texts if digest else [], strict=False
    ):
        text = mended(neutral)
        if markdown:
            out.append(f"- {md_inline(text)} <sub>#{sid}</sub>\n")
        elif show:
            out.append(_wrap(safe(text), width, "  ") + "\n")
        else:
            out.append(safe(text) + "\n")
    if show and digest is not None:
        out.append("\n" + _heading("The author's view in brief", paint, markdown, show))
        if not digest.opinion_ids:
            out.append("(no opinions found)\n")
        for sid in digest.opinion_ids:
            text = mended(report.sentences[sid].text)
            if markdown:
                out.append(f"- {md_inline(text)} <sub>#{sid}</sub>\n")
            else:
                out.append(_wrap(safe(text), width, "  ") + "\n")
    return "".join(out)


def _claims(
    report: Report, paint: Painter, markdown: bool, width: int, show: bool
) -> Iterator[str]:
    heading = _heading("Claims, restated in neutral words", paint, markdown, show)
    items = (_claim(report, claim, paint, markdown, width) for claim in report.claims)
    return _section(heading, items, "claims", show)


def _section(heading: str, items: Iterator[str], noun: str, show: bool) -> Iterator[str]:
    """The items under their heading, one at a time; with none, the whole report says so
    (a command that shows only this section says it on stderr instead)."""
    first = next(items, None)
    if first is None:
        yield heading + (f"(no {noun} found)\n" if show else "")
        return
    yield heading
    yield first
    yield from items


def _claim(report: Report, claim: Claim, paint: Painter, markdown: bool, width: int) -> str:
    kind = report.sentences[claim.sentence_id].kind
    speaker = f" — {claim.speaker}" if claim.speaker else ""
    if markdown:
        lines = [
            f"- **#{claim.sentence_id}** ({md_inline(kind + speaker)}): {md_inline(claim.text)}\n"
        ]
        for edit in claim.edits:
            lines.append(f"  - {md_inline(_edit_line(edit))}\n")
        return "".join(lines)
    mark = KIND_MARK.get(kind, "?")
    lines = [
        paint(kind, _wrap(f"[{mark}] #{claim.sentence_id}{speaker}", width, "", "    ")) + "\n",
        _wrap(safe(claim.text), width, "    ") + "\n",
    ]
    for edit in claim.edits:
        lines.append(paint("dim", _wrap(_edit_line(edit), width, "      ")) + "\n")
    return "".join(lines)


def _edit_line(edit: Edit) -> str:
    """The edit as a person reads it (the restatement's own note when it has one)."""
    return edit.note or f"{describe_edit(edit)}: {edit.reason}"


def describe_edit(edit: Edit) -> str:
    """“x” → “y”, removed “x”, added “y”, or kept “x” (flagged: a loaded word left in)."""
    original, replacement = edit.original.strip(), edit.replacement.strip()
    if edit.rule == "flag" or original == replacement:
        return f"kept “{original}” (flagged)"
    if not original:
        return f"added “{replacement}”"
    if not replacement:
        return f"removed “{original}”"
    return f"“{original}” → “{replacement}”"


def _opinions(
    report: Report, paint: Painter, markdown: bool, width: int, show: bool
) -> Iterator[str]:
    heading = _heading("The author's opinions", paint, markdown, show)
    items = (_opinion(report, opinion, paint, markdown, width) for opinion in report.opinions)
    return _section(heading, items, "opinions", show)


def _cue_list(cues: Iterable[Cue]) -> str:
    return "; ".join(f"“{c.text}” ({c.type.replace('_', ' ')})" for c in cues)


def _opinion(report: Report, opinion: Opinion, paint: Painter, markdown: bool, width: int) -> str:
    kind = report.sentences[opinion.sentence_id].kind
    if markdown:
        line = f"- **#{opinion.sentence_id}** ({md_inline(kind)}): {md_inline(opinion.text)}\n"
        if opinion.cues:
            line += f"  - cues: {md_inline(_cue_list(opinion.cues))}\n"
        return line
    mark = KIND_MARK.get(kind, "?")
    lines = [
        paint(kind, f"[{mark}] #{opinion.sentence_id}") + "\n",
        _wrap(safe(opinion.text), width, "    ") + "\n",
    ]
    if opinion.cues:
        lines.append(
            paint("dim", _wrap("cues: " + _cue_list(opinion.cues), width, "      ")) + "\n"
        )
    return "".join(lines)


def _sentences(
    report: Report, paint: Painter, markdown: bool, width: int, show: bool
) -> Iterator[str]:
    out = [_heading("Sentence by sentence", paint, markdown, show)]
    legend = "C claim · O opinion · M mixed · T title · · other"
    out.append(f"*{legend}*\n\n" if markdown else paint("dim", legend) + "\n\n")
    for sentence in report.sentences:
        yield "".join(out)
        out.clear()
        mark = KIND_MARK.get(sentence.kind, "?")
        confidence = f" {sentence.confidence:.2f}" if sentence.confidence is not None else ""
        label = f"{mark} #{sentence.id} {sentence.kind}{confidence}"
        if markdown:
            out.append(f"- `{label}` {md_inline(sentence.text)}\n")
            if sentence.reasons:
                out.append(f"  - why: {md_inline('; '.join(sentence.reasons))}\n")
            continue
        out.append(paint(sentence.kind, label) + "\n")
        out.append(_wrap(safe(sentence.text), width, "    ") + "\n")
        if sentence.reasons:
            out.append(
                paint("dim", _wrap("why: " + "; ".join(sentence.reasons), width, "      ")) + "\n"
            )
    yield "".join(out)


def _joined(made: str | Iterator[str]) -> str:
    return made if isinstance(made, str) else "".join(made)


#: The sections of each view, in order. Each returns its text, or (the long ones) its
#: pieces one item at a time.
_SECTIONS: dict[str, list[Callable[[Report, Painter, bool, int, bool], str | Iterator[str]]]] = {
    "summary": [_summary],
    "claims": [_claims],
    "opinions": [_opinions],
    "analyze": [_header, _summary, _digest, _claims, _opinions, _sentences],
    "digest": [_digest],
}
