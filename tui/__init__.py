"""unspin's windows: the reading room (``unspin read``) and practice mode (``unspin practice``).

The engine (``summarize``) never imports this package; the command line reaches it
only through the ``unspin.apps`` entry points (:mod:`tui.launch`), so the pipe
commands never pay for Textual. Importing ``tui`` itself loads nothing: the apps
are in :mod:`tui.reader` and :mod:`tui.practice`, which share :mod:`tui.common`,
:mod:`tui.messages` and :mod:`tui.workers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["PracticeApp", "ReadingRoom"]

if TYPE_CHECKING:  # pragma: no cover
    from tui.practice.app import PracticeApp
    from tui.reader.app import ReadingRoom


def __getattr__(name: str) -> Any:
    if name == "ReadingRoom":
        from tui.reader.app import ReadingRoom

        return ReadingRoom
    if name == "PracticeApp":
        from tui.practice.app import PracticeApp

        return PracticeApp
    raise AttributeError(f"module 'tui' has no attribute {name!r}")
