"""Where practice files live, and how they are written: atomically, locked, backed up.

Progress is a plain JSON file (``SCHEMA``), one per article (keyed by the sha256 of
its normalised text) and student, in ``platformdirs.user_data_dir("unspin")/practice``
or ``<data_dir>/practice`` when the settings name a data folder. It is rewritten
atomically (a temporary file, then ``os.replace``) after every change, so a quit or a
crash loses nothing the student entered. A session holds a lock on its file, so two
sessions on one article and student cannot overwrite each other's answers.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from summarize import safejson
from summarize.errors import InputUnreadable, InputUnusable, UsageError
from summarize.practice.model import Progress
from summarize.settings import DATA_DIR

#: Overrides the data folder (tests, shared classroom machines): ``Settings.data_dir``.
DATA_DIR_ENV = DATA_DIR


def data_dir(override: Path | None = None) -> Path:
    """Where practice files live: ``override`` (the settings' data folder), else the user's."""
    if override is not None:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("unspin", appauthor=False))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40]


def progress_path(
    sha256: str, student: str = "", folder: Path | None = None, *, data: Path | None = None
) -> Path:
    """``<data>/practice/<sha256>.json``, or ``<sha256>-<student>.json`` for a named student."""
    folder = folder if folder is not None else data_dir(data) / "practice"
    slug = _slug(student)
    return folder / (f"{sha256}-{slug}.json" if slug else f"{sha256}.json")


def student_label(path: Path, index: int) -> str:
    """A name for the student of a file that holds none: never the 64-hex article key."""
    stem = path.stem
    match = re.fullmatch(r"[0-9a-f]{64}(?:-(.+))?", stem)
    if match:
        return match.group(1) or f"student {index + 1} (no name)"
    return stem


def _atomic_write(path: Path, text: str, *, shared: bool = False, force: bool = True) -> None:
    """Write a temporary file beside ``path``, flushed, then ``os.replace`` it into place.

    ``shared``: the usual permissions (a worksheet is for sharing), not mkstemp's private
    0600. Without ``force``, a file that appeared at ``path`` meanwhile is not replaced.
    """
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if shared:
            os.fchmod(handle, 0o666 & ~_umask())
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if not force and path.exists():
            raise UsageError(f"{path} already exists; add --force to replace it")
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def save_progress(progress: Progress, path: Path) -> None:
    """Write atomically: a temporary file beside ``path``, flushed, then ``os.replace``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(path, json.dumps(progress.to_dict(), ensure_ascii=False, indent=2) + "\n")


def load_progress(path: Path) -> Progress:
    """Read a practice file; a one-line :class:`UnspinError` when it cannot be used."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputUnreadable(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputUnreadable(f"{path}: is a folder, not a practice file") from None
    except PermissionError:
        raise InputUnreadable(f"{path}: permission denied") from None
    except UnicodeDecodeError:
        raise InputUnusable(f"{path}: not a practice file (not UTF-8 text)") from None
    except OSError as problem:
        raise InputUnreadable(f"{path}: cannot read ({problem.strerror or problem})") from None
    try:
        document = safejson.loads(raw)
    except safejson.JSONProblem as problem:
        why = f"broken JSON at line {problem.line}" if problem.line else str(problem)
        raise InputUnusable(f"{path}: not a practice file ({why})") from None
    try:
        return Progress.from_dict(document)
    except (ValueError, KeyError, TypeError, RecursionError) as problem:
        raise InputUnusable(f"{path}: not a practice file ({problem})") from None


def backup_path(path: Path) -> Path:
    """The first free numbered backup: ``FILE.bak``, then ``FILE.bak.2``, ``FILE.bak.3`` ..."""
    candidate = path.with_name(path.name + ".bak")
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = path.with_name(f"{path.name}.bak.{number}")
        number += 1
    return candidate


def back_up(path: Path) -> Path | None:
    """Move ``path`` to its next numbered backup (never over an earlier one)."""
    if not path.exists():
        return None
    target = backup_path(path)
    os.link(path, target)  # fails rather than replace a backup that appeared meanwhile
    path.unlink()
    return target


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` for one session; refuse if another holds it.

    The lock is ``.FILE.lock`` beside the file (``flock``: the system releases it when the
    process ends, however it ends). Where ``flock`` is missing, no lock is taken.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    lock = path.with_name(f".{path.name}.lock")
    try:
        handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield  # a read-only folder: the first save will say so
        return
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise UsageError(
                f"{path} is open in another practice session; finish that one first "
                "(or give another --student or --progress)"
            ) from None
        yield
    finally:
        os.close(handle)


def rescue_folders(path: Path, data: Path | None = None) -> list[Path]:
    """Where progress may go when its own folder cannot be written, in order of preference."""
    folders = [data_dir(data) / "practice", Path.home() / "unspin-practice"]
    folders.append(Path(tempfile.gettempdir()) / f"unspin-practice-{os.getuid()}")
    return [f for f in folders if f.resolve() != path.parent.resolve()]


class ProgressFile:
    """The file one session saves to: remembers a failed save, backs up before a restart.

    ``backup_first``: the file holds an earlier exercise the student restarts; it is moved
    to a numbered backup just before the first save of the new one, so nothing is moved
    when the session never starts.
    """

    def __init__(self, path: Path, *, backup_first: bool = False, data: Path | None = None):
        self.path = Path(path)
        self.backup_first = backup_first
        self.data = data
        #: The error of the last save, or None when it succeeded.
        self.failed: OSError | None = None
        #: Where the progress went when its own file could not be written.
        self.rescued_to: Path | None = None
        self.backup: Path | None = None
        self.saved = False

    def __str__(self) -> str:
        return str(self.path)

    def save(self, progress: Progress) -> None:
        try:
            if self.backup_first:
                self.backup = back_up(self.path)
                self.backup_first = False
            save_progress(progress, self.path)
        except OSError as problem:
            self.failed = problem
            raise
        self.failed = None
        self.saved = True

    def rescue(self, progress: Progress) -> Path | None:
        """Save where it can be saved instead; the path, or None when nowhere can."""
        for folder in rescue_folders(self.path, self.data):
            target = folder / self.path.name
            number = 2
            while target.exists() and target != self.rescued_to:
                target = folder / f"{self.path.stem}-{number}{self.path.suffix}"
                number += 1
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                save_progress(progress, target)
            except OSError:
                continue
            self.rescued_to = target
            return target
        return None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_new(path: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` atomically; refuse to replace an existing file unless ``force``."""
    if path.exists() and not force:
        raise UsageError(f"{path} already exists; add --force to replace it")
    _atomic_write(path, text, shared=True, force=force)
