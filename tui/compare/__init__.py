"""The compare screen (``unspin compare … --tui``): one column per source, one row per fact.

Started through the ``unspin.apps`` entry point ``compare`` (pyproject.toml); the
command line has read, analysed and compared the sources before the window opens.
"""

from __future__ import annotations

from typing import Any


def launch(*, comparison: Any) -> int:
    """The ``compare`` entry point: the window on ``comparison``; its exit code."""
    from tui.compare.app import CompareApp

    return int(CompareApp(comparison).run() or 0)


__all__ = ["launch"]
