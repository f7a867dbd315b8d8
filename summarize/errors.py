"""Errors a user can cause, and the exit codes they end with.

Every error the user can cause is an :class:`UnspinError`; the command line
prints its message as one line on stderr and exits with its ``code``. Anything
else is a bug and exits with ``ExitCode.FAILURE``.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented exit codes (README, "Exit codes")."""

    OK = 0
    FAILURE = 1  # an unexpected error (a bug): please report it
    USAGE = 2  # bad command line: unknown option, bad value
    NO_INPUT = (
        3  # the input cannot be read: missing file, directory, no permission, URL unreachable
    )
    BAD_INPUT = 4  # the input has no usable text: empty, binary, undecodable, too large
    PARTIAL = 5  # batch: some documents failed (each has an error record)
    OUTPUT = 6  # batch: the output cannot be written (not writable, disk full, in use)
    INTERRUPTED = 130  # Ctrl-C


class UnspinError(Exception):
    """An error the user can act on. ``str(error)`` is the one-line message."""

    code: ExitCode = ExitCode.FAILURE

    def __init__(self, message: str, code: ExitCode | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class InputUnreadable(UnspinError):
    code = ExitCode.NO_INPUT


class InputUnusable(UnspinError):
    code = ExitCode.BAD_INPUT


class UsageError(UnspinError):
    code = ExitCode.USAGE


class OutputUnwritable(UnspinError):
    """The output cannot be written: what was written before stays, and says so."""

    code = ExitCode.OUTPUT


def describe(problem: BaseException) -> str:
    """One line for a person: the message of an error they can act on, else a bug report.

    The one place the words of an unexpected error are written (the command line and
    the apps both use it).
    """
    if isinstance(problem, UnspinError):
        return str(problem)
    return (
        f"unexpected error: {type(problem).__name__}: {problem} "
        "(a bug; rerun with UNSPIN_DEBUG=1 for the traceback and please report it)"
    )
