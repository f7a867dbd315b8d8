"""The printable worksheet and its answer key, in Markdown or HTML.

One walk of the report (:func:`sheet_blocks` and :func:`key_blocks`) builds the page as a few kinds
of blocks; two small writers (:class:`_Markdown`, :class:`_Html`) turn the blocks into
text, escaping every piece of the article at one place each. The student's sheet names
the source by its file name only (never the teacher's folders); the key names it whole.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from summarize import __version__
from summarize.practice.model import (
    ANSWER_KINDS,
    KIND_HELP,
    claims_of,
    cue_type_name,
    cues_of,
    items,
    loaded_cues,
)
from summarize.render import describe_edit
from summarize.report import Kind, Report, Sentence
from summarize.safe import html_text, md_inline, one_line, safe

FORMATS = ("markdown", "html")
#: The file suffixes each format may be written to (anything else is the user's choice).
SUFFIXES = {"markdown": (".md", ".markdown"), "html": (".html", ".htm")}

# ------------------------------------------------------------------------------ escaping


def clip(text: str, width: int) -> str:
    text = one_line(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


_h = html_text


def key_path(out: Path) -> Path:
    """``worksheet.md`` -> ``worksheet.key.md`` (the answer key beside the worksheet)."""
    if out.suffix:
        return out.with_name(f"{out.stem}.key{out.suffix}")
    return out.with_name(f"{out.name}.key")


# ------------------------------------------------------------------------------ the blocks

#: A piece of one line: (text, style). Style "" is text from the article or the analysis,
#: "b" the same in bold, "w" a word from the article (bold in HTML only), "kind" a
#: sentence's kind, "t" unspin's own wording (Markdown leaves it as written). Text is
#: raw: the writers escape it.
Run = tuple[str, str]
Line = list[Run]


@dataclass
class Node:
    """A list item, with items under it."""

    line: Line
    children: list[Node] = field(default_factory=list)


@dataclass
class Block:
    """One block of the page. ``kind`` says how the writers lay it out:

    heading, meta, fill, para, note, list, rule, title, context, question (``number``),
    entry (``number``, ``line`` = the kind line, ``quote`` = the sentence, ``nodes``).
    """

    kind: str
    line: Line = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    number: int = 0
    quote: str = ""


def _p(text: str, style: str = "") -> Line:
    return [(text, style)]


def _t(text: str) -> Line:
    return [(text, "t")]


def _title(report: Report) -> str:
    return report.source.title or Path(report.source.name).name or "an article"


def _source_for_students(report: Report) -> str:
    """The file's own name (a URL stays whole): no teacher's folders on the student sheet."""
    if report.source.url:
        return report.source.url
    return Path(report.source.name).name or report.source.name


def _shown_sentences(report: Report) -> list[tuple[int, Sentence]]:
    """(item number or 0, sentence) for the worksheet; the heading title is left out."""
    questions = {s.id: n for n, s in enumerate(items(report), start=1)}
    out = []
    for sentence in report.sentences:
        if (
            sentence.kind == Kind.TITLE
            and sentence.text.strip() == (report.source.title or "").strip()
        ):
            continue
        out.append((questions.get(sentence.id, 0), sentence))
    return out


BOXES = "☐ claim    ☐ opinion    ☐ mixed"
FILL = "Name: ______________________    Class: ____________    Date: ____________"
ANSWER_LINE = "Words that gave it away: ________________________________________"
INSTRUCTIONS = (
    "Read each numbered sentence and tick one box. Then underline the words that gave it "
    "away, or write them on the line."
)
KEY_NOTE = (
    "These are unspin's readings, made by a program from word lists and rules. It can be "
    "wrong, and its confidence (0 to 1) says how sure it is. Where a student disagrees "
    "for a good reason, the discussion is worth more than the key."
)
KEY_LOADED = (
    "Loaded words: the cues a student may underline (the author's own wording that leans "
    "towards opinion). Words inside a quotation are the speaker's, not the author's."
)


def sheet_blocks(report: Report) -> tuple[str, list[Block]]:
    """The student's sheet: numbered sentences, three boxes each, no answers."""
    count = len(items(report))
    blocks = [
        Block("meta", _p(f"Source: {_source_for_students(report)} · {count} sentences to label")),
        Block("fill", _t(FILL)),
        Block("para", _t(INSTRUCTIONS)),
        Block("list", nodes=[Node([(k, "b"), (f": {KIND_HELP[k]}", "t")]) for k in ANSWER_KINDS]),
        Block("rule"),
    ]
    for number, sentence in _shown_sentences(report):
        if sentence.kind == Kind.TITLE:
            blocks.append(Block("title", _p(sentence.text)))
        elif number == 0:
            blocks.append(Block("context", _p(sentence.text)))
        else:
            blocks.append(Block("question", _p(sentence.text), number=number))
    return f"Worksheet: {_title(report)}", blocks


def _quoted(cues: list, style: str = "") -> Line:
    line: Line = []
    for index, cue in enumerate(cues):
        line += [("; " if index else "", "t"), ("“", "t"), (cue.text, style)]
        line += [(f"” ({cue_type_name(cue.type)})", "t")]
    return line


def _key_nodes(report: Report, sentence: Sentence) -> list[Node]:
    cues = cues_of(report, sentence.id)
    loaded = loaded_cues(report, sentence.id)
    quoted = [c for c in cues if c.weight > 0 and c.quoted]
    signs = [c for c in cues if c.weight < 0]
    nodes = []
    if loaded:
        nodes.append(
            Node(
                _t("Loaded words:"),
                [
                    Node(
                        [
                            ("“", "t"),
                            (c.text, "w"),
                            (f"”, {cue_type_name(c.type)}: ", "t"),
                            (c.explanation, ""),
                        ]
                    )
                    for c in loaded
                ],
            )
        )
    else:
        nodes.append(Node(_t("Loaded words: none")))
    if quoted:
        nodes.append(Node(_t("In quoted speech (the speaker's words): ") + _quoted(quoted)))
    if signs:
        nodes.append(Node(_t("Signs of a report: ") + _quoted(signs)))
    for claim in claims_of(report, sentence.id):
        under = [Node(_t("Speaker: ") + _p(claim.speaker))] if claim.speaker else []
        under += [Node([(describe_edit(e), ""), (": ", "t"), (e.reason, "")]) for e in claim.edits]
        if not claim.edits:
            under.append(Node(_t("no change needed: the sentence is already neutral")))
        nodes.append(Node(_t("Neutral restatement: ") + _p(claim.text), under))
    if sentence.reasons:
        nodes.append(Node(_t("Why this kind:"), [Node(_p(r)) for r in sentence.reasons]))
    return nodes


def key_blocks(report: Report) -> tuple[str, list[Block]]:
    """The teacher's key: kinds, cues with explanations, restatements with their edits."""
    counts = Counter(s.kind for s in items(report))
    tally = ", ".join(f"{counts[k]} {k}" for k in ANSWER_KINDS)
    blocks = [
        Block("meta", _p(f"Source: {report.source.name} · unspin {__version__} · {tally}")),
        Block("note", _t(KEY_NOTE)),
        Block("para", _t(KEY_LOADED)),
        Block("rule"),
    ]
    for number, sentence in _shown_sentences(report):
        if number == 0:
            continue
        confidence = (
            "" if sentence.confidence is None else f" (confidence {sentence.confidence:.2f})"
        )
        kind_line = [(sentence.kind, "kind"), (f"{confidence} · sentence #{sentence.id}", "t")]
        blocks.append(
            Block(
                "entry",
                kind_line,
                nodes=_key_nodes(report, sentence),
                number=number,
                quote=sentence.text,
            )
        )
    return f"Answer key: {_title(report)}", blocks


# ------------------------------------------------------------------------------ the writers


class _Markdown:
    def line(self, runs: Line) -> str:
        out = []
        for text, style in runs:
            escaped = text if style == "t" else md_inline(text)
            out.append(f"**{escaped}**" if style == "b" else escaped)
        return "".join(out)

    def nodes(self, nodes: list[Node], depth: int = 0) -> list[str]:
        lines = []
        for node in nodes:
            lines.append("  " * depth + "- " + self.line(node.line))
            lines += self.nodes(node.children, depth + 1)
        return lines

    def page(self, title: str, blocks: list[Block]) -> str:
        lines = [f"# {md_inline(title)}", ""]
        for block in blocks:
            text = self.line(block.line)
            if block.kind in ("meta", "fill", "para"):
                lines += [text, ""]
            elif block.kind == "note":
                lines += [f"*{text}*", ""]
            elif block.kind == "list":
                lines += [*self.nodes(block.nodes), ""]
            elif block.kind == "rule":
                lines += ["---", ""]
            elif block.kind == "title":
                lines += [f"## {text}", ""]
            elif block.kind == "context":
                lines += [f"*{text}*", ""]
            elif block.kind == "question":
                lines += [f"**{block.number}.** {text}", "", BOXES, "", ANSWER_LINE, ""]
            elif block.kind == "entry":
                kind, rest = block.line[0][0], self.line(block.line[1:])
                lines += [f"**{block.number}. {kind}**{rest}", "", f"> {md_inline(block.quote)}"]
                lines += ["", *self.nodes(block.nodes), ""]
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

_HTML_STYLE = {"b": "<b>{}</b>", "w": "<b>{}</b>", "i": "<i>{}</i>"}


class _Html:
    def line(self, runs: Line) -> str:
        out = []
        for text, style in runs:
            escaped = html.escape(re.sub(r"[ \t\n\r\f\v]+", " ", safe(text)), quote=True)
            if style == "kind":
                out.append(f'<span class="kind">{escaped}</span>')
            else:
                out.append(_HTML_STYLE.get(style, "{}").format(escaped))
        return "".join(out).strip()

    def nodes(self, nodes: list[Node]) -> str:
        items_ = []
        for node in nodes:
            under = f"<ul>{self.nodes(node.children)}</ul>" if node.children else ""
            items_.append(f"<li>{self.line(node.line)}{under}</li>")
        return "".join(items_)

    def page(self, title: str, blocks: list[Block]) -> str:
        body = [f"<h1>{_h(title)}</h1>"]
        in_items = False
        for block in blocks:
            sheet_item = block.kind in ("title", "context", "question")
            if sheet_item and not in_items:
                body.append('<ol class="items">')
            elif in_items and not sheet_item:
                body.append("</ol>")
            in_items = sheet_item
            text = self.line(block.line)
            if block.kind in ("meta", "fill"):
                body.append(f'<p class="{block.kind}">{text}</p>')
            elif block.kind == "para":
                body.append(f"<p>{text}</p>")
            elif block.kind == "note":
                body.append(f'<p class="note"><i>{text}</i></p>')
            elif block.kind == "list":
                body.append(f"<ul>{self.nodes(block.nodes)}</ul>")
            elif block.kind == "rule":
                body.append("<hr>")
            elif block.kind == "title":
                body.append(f"<li><h2>{text}</h2></li>")
            elif block.kind == "context":
                body.append(f'<li class="context">{text}</li>')
            elif block.kind == "question":
                boxes = " ".join(f'<span class="box"></span>{kind}' for kind in ANSWER_KINDS)
                body += [
                    f'<li class="item" value="{block.number}"><span class="num">'
                    f"{block.number}.</span> {text}",
                    f'<div class="boxes">{boxes}</div>',
                    f'<div class="line">{html.escape(ANSWER_LINE)}</div></li>',
                ]
            elif block.kind == "entry":
                body += [
                    '<div class="item">',
                    f'<p><span class="num">{block.number}.</span> {text}</p>',
                    f"<blockquote>{_h(block.quote)}</blockquote>",
                    f"<ul>{self.nodes(block.nodes)}</ul>",
                    "</div>",
                ]
        if in_items:
            body.append("</ol>")
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


_WRITERS = {"markdown": _Markdown, "html": _Html}


def render_worksheet(report: Report, fmt: str = "markdown", *, key: bool = False) -> str:
    """The worksheet (or with ``key=True`` its answer key) as Markdown or HTML."""
    if fmt not in _WRITERS:
        raise ValueError(f"unknown worksheet format {fmt!r}")
    title, blocks = key_blocks(report) if key else sheet_blocks(report)
    return _WRITERS[fmt]().page(title, blocks)


def worksheet_markdown(report: Report) -> str:
    return render_worksheet(report, "markdown")


def answer_key_markdown(report: Report) -> str:
    return render_worksheet(report, "markdown", key=True)


def worksheet_html(report: Report) -> str:
    """The worksheet as one printable HTML page (no script, no outside resources)."""
    return render_worksheet(report, "html")


def answer_key_html(report: Report) -> str:
    return render_worksheet(report, "html", key=True)
