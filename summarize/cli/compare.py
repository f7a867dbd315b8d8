"""``unspin compare A B [C …]``: one event told by several sources, fact by fact.

Each source (a file, a URL, or ``-`` for stdin, once) is read and analysed as
``unspin analyze`` would; :func:`summarize.compare.compare` groups their claims into
facts. A source that cannot be read is named on stderr in one line and left out; the
others are still compared and the command exits with 5 (some sources failed). With
fewer than two readable sources there is nothing to compare: the exit code is the
first failure's (3 unreadable, 4 unusable).
"""

from __future__ import annotations

from pathlib import Path

import typer

from summarize.cli import app
from summarize.cli.common import (
    WIDTH,
    Color,
    Format,
    InputFormat,
    emit,
    error,
    guard,
    load_document,
    note,
    terminal_width,
    use_color,
)
from summarize.errors import ExitCode, UnspinError, UsageError
from summarize.ingest import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, is_url
from summarize.safe import dumps as json_dumps

SOURCES_HELP = "2 to 6 sources of one event: files, http(s) URLs, or - for stdin (once)."


@app.command("compare")
def compare_command(
    sources: list[str] = typer.Argument(..., metavar="SOURCE...", help=SOURCES_HELP),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    color: Color = typer.Option(
        Color.auto, "--color", help="Colour: auto = a terminal and no NO_COLOR."
    ),
    tui: bool = typer.Option(False, "--tui", help="Open the compare screen instead of printing."),
    input_format: InputFormat = typer.Option(
        InputFormat.auto, "--input-format", help="How to read the sources (auto: by name)."
    ),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse larger inputs."
    ),
    timeout: float = typer.Option(
        DEFAULT_TIMEOUT, "--timeout", min=0.1, help="Seconds to wait for a URL."
    ),
    encoding: str | None = typer.Option(
        None, "--encoding", metavar="NAME", help="Read the sources in this encoding."
    ),
    lexicon: Path | None = typer.Option(
        None, "--lexicon", metavar="FILE", help="Your own lexicon (TOML), added to unspin's."
    ),
    width: int | None = WIDTH,
) -> None:
    """Compare how 2-6 sources tell one event: the facts they share, each source's wording
    and loaded words, what only one source reports, and a profile of each.

    Exit codes: 0 ok, 2 usage, 3/4 fewer than two sources readable (unreadable/unusable),
    5 some sources could not be read (the others were compared).
    """
    with guard():
        comparison = read_and_compare(
            sources, input_format.value, max_bytes, timeout, encoding, lexicon
        )
        skipped = comparison.skipped
        if tui:
            open_screen(comparison, "use `unspin compare` without --tui to print the comparison")
        colored = use_color(color)
        emit(
            render(comparison, fmt.value, color=colored, width=terminal_width(width)),
            fmt.value,
            color=colored,
        )
        if skipped:
            raise SystemExit(int(ExitCode.PARTIAL))


def read_and_compare(
    sources: list[str],
    input_format: str,
    max_bytes: int,
    timeout: float,
    encoding: str | None,
    lexicon: Path | None,
):
    """Read and analyse every source and compare them (``unspin compare`` and ``unspin read
    A B …``). A source that cannot be read is named on stderr in one line and kept in
    ``comparison.skipped``; with fewer than two readable the process ends with the first
    failure's code."""
    from summarize.compare import MAX_SOURCES, compare

    if not 2 <= len(sources) <= MAX_SOURCES:
        raise UsageError(f"compare takes 2 to {MAX_SOURCES} sources, not {len(sources)}")
    if sources.count("-") > 1:
        raise UsageError("stdin (-) can be only one of the sources")
    documents, skipped = [], []
    for source in sources:
        try:
            if is_url(source):
                note(f"fetching {source} …")
            documents.append(
                load_document(source, InputFormat(input_format), max_bytes, timeout, encoding)
            )
        except UnspinError as problem:
            message = str(problem)
            error(message if source in message else f"{source}: {message}")
            skipped.append({"name": source, "error": str(problem), "code": int(problem.code)})
    if len(documents) < 2:
        error(f"{len(documents)} of {len(sources)} sources readable; nothing to compare")
        raise SystemExit(skipped[0]["code"] if skipped else int(ExitCode.BAD_INPUT))
    from summarize.pipeline import analyze

    reports = [
        analyze(document, lexicon=str(lexicon) if lexicon else None) for document in documents
    ]
    comparison = compare(reports)
    comparison.skipped = skipped
    for report in reports:  # a damaged or cut-short source, as `analyze` says it
        for warning in report.warnings:
            note(f"warning: {warning}")
    for warning in comparison.warnings:
        note(f"warning: {warning}")
    return comparison


def open_screen(comparison, instead: str) -> None:
    """The compare screen on ``comparison``; ends the process with its exit code (5 when a
    source was left out)."""
    from summarize.cli.common import run_app

    code = run_app("compare", instead, comparison=comparison)
    raise SystemExit(int(code or (ExitCode.PARTIAL if comparison.skipped else 0)))


# --- rendering --------------------------------------------------------------------------


def render(comparison, fmt: str, *, color: bool = False, width: int = 88) -> str:
    """The comparison as text, Markdown or JSON (``unspin.compare/1``)."""
    if fmt == "json":
        return json_dumps(comparison.to_dict(), indent=2) + "\n"
    from summarize.compare import AS_WRITTEN
    from summarize.render import Painter, _wrap, safe

    paint = Painter(color and fmt == "text")
    markdown = fmt == "markdown"
    reports = comparison.reports
    out: list[str] = []

    def heading(title: str) -> None:
        out.append(f"\n## {title}\n\n" if markdown else "\n" + paint("heading", title) + "\n\n")

    def loaded(source: int, sentence_id: int) -> str:
        types = set(_slant_types())
        cues = [
            c
            for c in reports[source].sentences[sentence_id].cues
            if c.type in types and not c.quoted
        ]
        return ", ".join(f"“{c.text}” ({c.type.replace('_', ' ')})" for c in cues)

    title = f"Comparing {len(reports)} sources"
    out.append(f"# {title}\n\n" if markdown else paint("title", title) + "\n")
    for index, report in enumerate(reports):
        name = report.source.name + (f" — {report.source.title}" if report.source.title else "")
        out.append(
            f"- **[{index + 1}]** {safe(name)}\n" if markdown else f"  [{index + 1}] {safe(name)}\n"
        )
    for skipped in comparison.skipped:
        line = f"not compared: {skipped['name']} ({skipped['error']})"
        out.append(f"- {safe(line)}\n" if markdown else paint("dim", "  " + line) + "\n")
    shared = [f for f in comparison.facts if f.kind == "shared"]
    unique = [f for f in comparison.facts if f.kind == "unique"]
    heading(f"Facts told by several sources ({len(shared)})")
    if not shared:
        out.append("(none)\n" if markdown else paint("dim", "  (none)") + "\n")
    for fact in shared:
        sources = ", ".join(str(s + 1) for s in sorted({m.source for m in fact.members}))
        head = f"Fact {fact.id} · sources {sources}" + (
            f" · {fact.speaker}" if fact.speaker else ""
        )
        head += f" · score {fact.score:.2f}"
        wording = "neutral" if fact.neutral else AS_WRITTEN
        if markdown:
            out.append(f"### {safe(head)}\n\n*{wording.capitalize()}:* {safe(fact.text)}\n\n")
        else:
            out.append(paint("claim", head) + "\n")
            out.append(_wrap(f"{wording}: " + safe(fact.text), width, "    ") + "\n")
        for member in fact.members:
            sentence = reports[member.source].sentences[member.sentence_id]
            label = f"[{member.source + 1}] #{member.sentence_id}"
            words = loaded(member.source, member.sentence_id)
            if markdown:
                out.append(f"- **{label}** {safe(sentence.text)}\n")
                if words:
                    out.append(f"  - loaded: {safe(words)}\n")
            else:
                out.append(_wrap(f"{label} {safe(sentence.text)}", width, "    ") + "\n")
                if words:
                    out.append(paint("cue", _wrap("loaded: " + safe(words), width, "        ")))
                    out.append("\n")
        for link in fact.links:
            a, b = fact.members[link.a], fact.members[link.b]
            pair = f"[{a.source + 1}]#{a.sentence_id} ~ [{b.source + 1}]#{b.sentence_id}"
            why = f"{pair}: {link.reason}"
            out.append(
                f"  - why: {safe(why)}\n"
                if markdown
                else paint("dim", _wrap("why " + safe(why), width, "      ")) + "\n"
            )
        if fact.conflicts:
            line = "numbers differ: " + "; ".join(fact.conflicts)
            out.append(f"- **{safe(line)}**\n" if markdown else "    " + safe(line) + "\n")
        out.append("\n")
    heading(f"Facts only one source reports ({len(unique)})")
    if not unique:
        out.append("(none)\n" if markdown else paint("dim", "  (none)") + "\n")
    for fact in unique:
        member = fact.members[0]
        sentence = reports[member.source].sentences[member.sentence_id]
        label = f"[{member.source + 1}] #{member.sentence_id}"
        if markdown:
            out.append(f"- **{label}** {safe(sentence.text)}\n")
        else:
            out.append(_wrap(f"{label} {safe(sentence.text)}", width, "  ") + "\n")
    heading("Vocabulary of slant (the author's own loaded words)")
    for profile in comparison.profiles:
        words = ", ".join(
            f"{w['word']}" + (f" ×{w['count']}" if w["count"] > 1 else "") for w in profile.slant
        )
        line = f"[{profile.source + 1}] {words or '(none found)'}"
        out.append(f"- {safe(line)}\n" if markdown else _wrap(safe(line), width, "  ") + "\n")
    heading("Profiles")
    rows = [("source", "claims", "opinions", "mixed", "shared facts", "unique facts")]
    for profile in comparison.profiles:
        rows.append(
            (
                f"[{profile.source + 1}] {profile.name}",
                str(profile.claims),
                str(profile.opinions),
                f"{profile.mixed} ({profile.mixed_share:.0%})",
                str(profile.facts_shared),
                str(profile.facts_unique),
            )
        )
    if markdown:
        out.append("| " + " | ".join(rows[0]) + " |\n|" + "---|" * len(rows[0]) + "\n")
        out += [
            "| " + " | ".join(safe(c).replace("|", "\\|") for c in row) + " |\n" for row in rows[1:]
        ]
    else:
        widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]
        for row in rows:
            out.append(
                "  "
                + "  ".join(safe(c).ljust(widths[k]) for k, c in enumerate(row)).rstrip()
                + "\n"
            )
    for warning in comparison.warnings:
        out.append(f"\nwarning: {safe(warning)}\n")
    return "".join(out).lstrip("\n").rstrip("\n") + "\n"


def _slant_types() -> tuple[str, ...]:
    from summarize.compare import default_settings

    return default_settings().slant_types
