"""The apps as the command line starts them: the ``unspin.apps`` entry points.

pyproject.toml names these functions under ``[project.entry-points."unspin.apps"]``;
``summarize.cli.common.run_app`` finds them by name, so the engine and its command
line never import this package or Textual.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summarize.ingest import Document
from summarize.settings import Settings


def read(
    *, document: Document, algorithm: str, length: str, settings: Settings | None = None
) -> int:
    """``unspin read``: the reading room on ``document``; its exit code."""
    from tui.reader.app import ReadingRoom

    settings = settings or Settings.from_env()  # the command line passes its own
    return int(
        ReadingRoom(document, algorithm=algorithm, length=length, settings=settings).run() or 0
    )


def practice(
    *, document: Document, path: Path, settings: Settings | None = None, **options: Any
) -> int:
    """``unspin practice``: the exercise on ``document``, its progress kept in ``path``."""
    from tui.practice.app import PracticeApp

    settings = settings or Settings.from_env()  # the command line passes its own
    return int(PracticeApp(document, path=path, settings=settings, **options).run() or 0)


def compare(*, comparison: Any) -> int:
    """``unspin compare --tui``: the compare window on ``comparison``; its exit code."""
    from tui.compare.app import CompareApp

    return int(CompareApp(comparison).run() or 0)
