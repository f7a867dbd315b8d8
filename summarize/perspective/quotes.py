"""Kept for imports written before the scanner moved: see :mod:`summarize.text.quotes`."""

from summarize.text.quotes import clip, find_quotes, inside

__all__ = ["clip", "find_quotes", "inside"]
