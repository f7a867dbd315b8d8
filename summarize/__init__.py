"""unspin's engine: read an article, summarise it, and tell claims from opinions.

    >>> from summarize import analyze
    >>> report = analyze(open("seeds/000_508ca77f2a9567b4.txt").read())
    >>> report.to_dict()["schema"]
    'unspin.report/1'

The engine is headless: it never imports Textual (the TUI lives in ``tui``).
Names are imported lazily so that ``import summarize`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Kind", "Report", "Settings", "__version__", "analyze", "neutralize", "resummarize"]

if TYPE_CHECKING:  # pragma: no cover
    from summarize.perspective import neutralize
    from summarize.pipeline import analyze, resummarize
    from summarize.report import Kind, Report
    from summarize.settings import Settings


def __getattr__(name: str) -> Any:
    if name == "analyze":
        from summarize.pipeline import analyze

        return analyze
    if name == "resummarize":
        from summarize.pipeline import resummarize

        return resummarize
    if name == "neutralize":
        from summarize.perspective import neutralize

        return neutralize
    if name in ("Report", "Kind"):
        from summarize import report

        return getattr(report, name)
    if name == "Settings":
        from summarize.settings import Settings

        return Settings
    raise AttributeError(f"module 'summarize' has no attribute {name!r}")
