"""Pause Python's cyclic garbage collector while a report is built.

A long text makes millions of small objects (sentences, cues, edits) that all live
until the report is printed. Each full collection walks every one of them, and the
collector runs more often the more objects there are: on a 50,000-sentence text it
took a quarter of the perspective stage (37 s against 27.5 s without it,
docs/BENCHMARKS.md). The objects are freed by reference counting as usual; only the
search for reference cycles waits until the work is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block (nested blocks are fine)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
