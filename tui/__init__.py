"""unspin's reading room (``unspin read``): a Textual app that shows the report.

The engine (``summarize``) never imports this package; ``unspin read`` imports it
only when it runs, so the pipe commands never pay for Textual.
"""

from __future__ import annotations

from tui.app import ReadingRoom

__all__ = ["ReadingRoom"]
