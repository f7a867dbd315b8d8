"""``unspin practice`` and ``unspin worksheet``: label first, then see unspin's reading.

``unspin practice INPUT`` opens the exercise (the Textual app in ``tui/practice.py``);
``unspin practice --results FILE...`` prints a class's results; ``unspin worksheet
INPUT -o FILE`` writes a printable worksheet and its answer key. The logic is in
``summarize.practice``; the app is ``tui``'s, reached through ``run_app`` (never imported).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from summarize.cli import app
from summarize.cli.common import (
    ENCODING,
    INPUT,
    INPUT_FORMAT,
    INPUT_HELP,
    MAX_BYTES,
    TIMEOUT,
    Format,
    InputFormat,
    emit,
    error,
    guard,
    load_document,
    note,
    settings,
)
from summarize.errors import ExitCode, InputUnreadable, UsageError
from summarize.ingest import is_url

if TYPE_CHECKING:
    from summarize.practice import ProgressFile


class Reveal(StrEnum):
    each = "each"
    end = "end"


class SheetFormat(StrEnum):
    markdown = "markdown"
    html = "html"


def _result_files(names: list[str]) -> list[Path]:
    """Files as given; a folder stands for the practice files (*.json) inside it, or in
    its ``practice`` folder when it is a data folder (``UNSPIN_DATA_DIR``) and holds none
    itself."""
    paths: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.glob("*.json") if not p.name.startswith("."))
            if not found and (path / "practice").is_dir():
                inner = (path / "practice").glob("*.json")
                found = sorted(p for p in inner if not p.name.startswith("."))
            if not found:
                raise UsageError(f"{name}: the folder holds no practice files (*.json)")
            paths.extend(found)
        elif path.exists():
            paths.append(path)
        else:
            raise InputUnreadable(f"{name}: no such file or folder")
    return paths


def _show_results(names: list[str], fmt: Format) -> None:
    from summarize.cli.common import terminal_width
    from summarize.practice import class_results, load_progress, render_results, student_label

    paths = _result_files(names)
    progresses = [load_progress(path) for path in paths]
    # A file without a student's name stands for the student by its file name.
    results = class_results(progresses, labels=[student_label(p, i) for i, p in enumerate(paths)])
    raise emit(render_results(results, fmt.value, width=terminal_width()), fmt.value)


@app.command("practice")
def practice(
    ctx: typer.Context,
    sources: list[str] | None = typer.Argument(
        None,
        metavar="INPUT | RESULTS...",
        help=INPUT_HELP + " With --results: students' practice files (or folders of them).",
        show_default=False,
    ),
    reveal: Reveal | None = typer.Option(
        None,
        "--reveal",
        help="Show unspin's reading after each answer (each, the default) or at the end.",
        show_default=False,
    ),
    student: str = typer.Option(
        "", "--student", metavar="NAME", help="Your name: kept in the file, one file per student."
    ),
    progress_file: Path | None = typer.Option(
        None,
        "--progress",
        metavar="FILE",
        help="Where to keep your progress (default: the data folder, one file per article).",
    ),
    whole: bool = typer.Option(
        False, "--whole", help="Show the whole article with a cursor (v switches in the app)."
    ),
    restart: bool = typer.Option(
        False,
        "--restart",
        help="Start again; the old progress is kept as FILE.bak (then FILE.bak.2, ...), "
        "moved only once the new exercise is saved.",
    ),
    results: bool = typer.Option(
        False, "--results", help="Summarise students' saved practice files: one table."
    ),
    fmt: Format = typer.Option(
        Format.text, "--format", "-f", help="With --results: the table's format."
    ),
    input_format: InputFormat = INPUT_FORMAT,
    max_bytes: int = MAX_BYTES,
    timeout: float = TIMEOUT,
    encoding: str | None = ENCODING,
) -> None:
    """Practise: label each sentence claim, opinion or mixed, then see unspin's reading.

    Keys: c claim, o opinion, m mixed; ← → choose a word, space marks it; n next,
    p previous; d "I still disagree"; v whole article; f finish; ? help; q quit.
    Progress is saved after every answer; run the same command again to resume.
    With --results FILE...: one table of a class's answers, per sentence.
    """
    with guard():
        from summarize.cli.common import resolve_input, run_app
        from summarize.practice import ProgressFile, load_progress, locked, progress_path

        names = list(sources or [])
        if results:
            if not names:
                raise UsageError("--results needs the students' practice files (or a folder)")
            _show_results(names, fmt)
            return
        if len(names) > 1:
            raise UsageError(
                "practice takes one article; to summarise results, add --results before the files"
            )
        source = resolve_input(ctx, names[0] if names else None)
        if is_url(source):
            note(f"fetching {source} …")
        document = load_document(source, input_format, max_bytes, timeout, encoding)
        data = settings(ctx).data_dir
        path = progress_file or progress_path(document.sha256, student, data=data)
        if path.is_dir():
            raise UsageError(f"{path}: is a folder; give a file for --progress")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as problem:
            raise UsageError(
                f"cannot keep progress in {path.parent} ({problem.strerror or problem}); "
                "give another file with --progress"
            ) from None
        with locked(path):  # a second session on this file is refused, not raced
            progress = None
            if path.exists() and not restart:
                progress = load_progress(path)
                if progress.sha256 != document.sha256:
                    raise UsageError(
                        f"{path} holds the progress of another article "
                        f"({progress.name or progress.sha256[:12]}); give another --progress file"
                    )
            # With --restart the old file stays where it is until the new exercise is saved.
            store = ProgressFile(path, backup_first=restart and path.exists(), data=data)
            code = run_app(
                "practice",
                "use `unspin worksheet` for a printable exercise instead",
                document=document,
                progress=progress,
                path=path,
                store=store,
                settings=settings(ctx),
                reveal=reveal.value if reveal else None,
                student=student,
                whole=whole,
            )
        raise SystemExit(_after_session(store, int(code or 0)))


def _after_session(store: ProgressFile, code: int) -> int:
    """Say where the progress is; a save that failed is never reported as saved."""
    if store.backup is not None:
        note(f"the earlier progress is kept in {store.backup}")
    if store.failed is None:
        if store.path.exists():
            note(f"progress saved in {store.path}")
        return code
    reason = store.failed.strerror or str(store.failed)
    if store.rescued_to is not None:
        note(f"could not save in {store.path} ({reason}); your progress is in {store.rescued_to}")
        return code
    error(f"could not save your progress in {store.path} ({reason}); the last answers are lost")
    return int(ExitCode.NO_INPUT)


@app.command("worksheet")
def worksheet(
    ctx: typer.Context,
    source: str | None = INPUT,
    out: Path | None = typer.Option(
        None,
        "--out",
        "-o",
        metavar="FILE",
        help="Write the worksheet here and the answer key beside it (FILE.key.md); "
        "without -o the worksheet goes to stdout.",
    ),
    fmt: SheetFormat | None = typer.Option(
        None,
        "--format",
        "-f",
        help="markdown or html (default: by the suffix of -o, else markdown).",
        show_default=False,
    ),
    key: bool = typer.Option(
        False, "--key", help="Without -o: print the answer key instead of the worksheet."
    ),
    force: bool = typer.Option(False, "--force", help="Replace existing files."),
    input_format: InputFormat = INPUT_FORMAT,
    max_bytes: int = MAX_BYTES,
    timeout: float = TIMEOUT,
    encoding: str | None = ENCODING,
) -> None:
    """Write a printable worksheet (numbered sentences, boxes to tick) and its answer key.

    The key (kinds, cues with their explanations, neutral restatements with their
    edits) goes to a separate file beside the worksheet: worksheet.md ->
    worksheet.key.md. Existing files are never replaced without --force.
    """
    with guard():
        from summarize.cli.common import resolve_input
        from summarize.pipeline import analyze
        from summarize.practice import key_path, render_worksheet, write_new
        from summarize.practice.worksheet import SUFFIXES

        chosen = fmt.value if fmt else None
        targets: list[Path] = []
        if key and out is not None and str(out) != "-":
            raise UsageError(
                "--key prints the answer key to stdout; with -o both files are written"
            )
        if out is not None and str(out) != "-":
            if chosen is None:
                chosen = "html" if out.suffix.lower() in (".html", ".htm") else "markdown"
            for other, suffixes in SUFFIXES.items():
                if other != chosen and out.suffix.lower() in suffixes:
                    raise UsageError(
                        f"{out}: a {out.suffix} file would hold {chosen}; "
                        f"name it {out.stem}{SUFFIXES[chosen][0]} or leave out --format"
                    )
            targets = [out, key_path(out)]
            for target in targets:
                if target.is_dir():
                    raise UsageError(f"{target}: is a folder; give a file name (-o worksheet.md)")
                if not target.parent.exists():
                    raise UsageError(f"{target}: the folder {target.parent} does not exist")
                if target.exists() and not force:
                    raise UsageError(f"{target} already exists; add --force to replace it")
            if source and source != "-" and Path(source).exists():
                for target in targets:
                    if target.exists() and target.resolve() == Path(source).resolve():
                        raise UsageError(f"{target}: is the input; write the worksheet elsewhere")
        chosen = chosen or "markdown"
        source = resolve_input(ctx, source)
        if is_url(source):
            note(f"fetching {source} …")
        document = load_document(source, input_format, max_bytes, timeout, encoding)
        report = analyze(document, settings=settings(ctx))
        if not targets:
            raise emit(render_worksheet(report, chosen, key=key), chosen)
        write_new(targets[0], render_worksheet(report, chosen), force=force)
        write_new(targets[1], render_worksheet(report, chosen, key=True), force=force)
        note(f"wrote {targets[0]} and the answer key {targets[1]}")
