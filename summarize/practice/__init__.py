"""Practice mode: the student labels each sentence first, then sees unspin's reading.

Everything here is headless (no Textual). The rooms:

* :mod:`~summarize.practice.model`: the practice file's content (``Progress``) and what
  an article offers to practise on (items, words, loaded cues);
* :mod:`~summarize.practice.store`: where files live, atomic writes, the session lock,
  numbered backups and saving elsewhere when a save fails;
* :mod:`~summarize.practice.exercise`: one student's exercise (no I/O);
* :mod:`~summarize.practice.scoring`: agreement, loaded words found, cue types overlooked;
* :mod:`~summarize.practice.results`: a class's results as one table;
* :mod:`~summarize.practice.worksheet`: the printable worksheet and answer key.

``unspin practice`` drives it through the TUI (``tui/practice.py``); ``unspin worksheet``
and ``unspin practice --results`` use it directly. The names below are the public API.
"""

from summarize.practice.exercise import Exercise
from summarize.practice.model import (
    ANSWER_KINDS,
    KIND_HELP,
    REVEAL_MODES,
    SCHEMA,
    Answer,
    Item,
    Mark,
    Progress,
    claims_of,
    cue_type_name,
    cues_of,
    items,
    kind_name,
    loaded_cues,
    new_progress,
    overlaps,
    snapshot,
    word_spans,
)
from summarize.practice.results import ClassResults, ResultRow, class_results, render_results
from summarize.practice.scoring import Miss, Overlooked, Score, found_cues, score
from summarize.practice.store import (
    DATA_DIR_ENV,
    ProgressFile,
    back_up,
    backup_path,
    data_dir,
    load_progress,
    locked,
    progress_path,
    save_progress,
    student_label,
    write_new,
)
from summarize.practice.worksheet import (
    answer_key_html,
    answer_key_markdown,
    key_path,
    md_inline,
    render_worksheet,
    worksheet_html,
    worksheet_markdown,
)

__all__ = [
    "ANSWER_KINDS",
    "DATA_DIR_ENV",
    "KIND_HELP",
    "REVEAL_MODES",
    "SCHEMA",
    "Answer",
    "ClassResults",
    "Exercise",
    "Item",
    "Mark",
    "Miss",
    "Overlooked",
    "Progress",
    "ProgressFile",
    "ResultRow",
    "Score",
    "answer_key_html",
    "answer_key_markdown",
    "back_up",
    "backup_path",
    "claims_of",
    "class_results",
    "cue_type_name",
    "cues_of",
    "data_dir",
    "found_cues",
    "items",
    "key_path",
    "kind_name",
    "load_progress",
    "loaded_cues",
    "locked",
    "md_inline",
    "new_progress",
    "overlaps",
    "progress_path",
    "render_results",
    "render_worksheet",
    "save_progress",
    "score",
    "snapshot",
    "student_label",
    "word_spans",
    "worksheet_html",
    "worksheet_markdown",
    "write_new",
]
