"""Everything a run can be configured with, in one frozen value.

The environment is read in one place, :meth:`Settings.from_env`, and only at the edges:
the command line (``summarize/cli/``) and the apps' launcher (``tui/launch.py``). The
engine is handed the value (or its fields) and never reads the environment itself.

| variable | field | meaning |
|---|---|---|
| ``UNSPIN_WORKERS`` | ``workers`` | processes for the perspective stage of a long text |
| ``UNSPIN_LEXICON`` | ``lexicons`` | the user's lexicon files (``os.pathsep``-separated) |
| ``UNSPIN_DATA_DIR`` | ``data_dir`` | where practice files live (default: the user's data folder) |
| ``UNSPIN_DEBUG`` | ``debug`` | tracebacks of unexpected errors instead of one line |
| ``UNSPIN_VERBOSE`` | ``verbose`` | progress lines even when stderr is not a terminal |
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

WORKERS = "UNSPIN_WORKERS"
LEXICON = "UNSPIN_LEXICON"
DATA_DIR = "UNSPIN_DATA_DIR"
DEBUG = "UNSPIN_DEBUG"
VERBOSE = "UNSPIN_VERBOSE"


@dataclass(frozen=True)
class Settings:
    #: Processes for the perspective stage (None: one below 4,000 sentences, else the cores).
    workers: int | None = None
    #: The user's lexicon files, added to unspin's own (before any given with --lexicon).
    lexicons: tuple[str, ...] = field(default_factory=tuple)
    #: Where practice files live (None: platformdirs' user data folder).
    data_dir: Path | None = None
    debug: bool = False
    verbose: bool = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings the environment gives; a malformed value is ignored, as before."""
        env = os.environ if environ is None else environ
        workers = env.get(WORKERS, "").strip()
        data = env.get(DATA_DIR, "")
        return cls(
            workers=int(workers) if workers.isdigit() and int(workers) > 0 else None,
            lexicons=tuple(p for p in env.get(LEXICON, "").split(os.pathsep) if p),
            data_dir=Path(data) if data else None,
            debug=bool(env.get(DEBUG)),
            verbose=bool(env.get(VERBOSE)),
        )

    def with_lexicon(self, extra: str | os.PathLike[str] | None) -> tuple[str, ...]:
        """The lexicon files to use: the settings' own, then ``extra`` (from --lexicon)."""
        return (*self.lexicons, os.fspath(extra)) if extra else self.lexicons

    def replace(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]
