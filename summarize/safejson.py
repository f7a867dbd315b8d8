"""JSON written by someone else: parsed without a crash, whatever it holds.

``json.loads`` raises ``RecursionError`` on a deeply nested document (a line of
100,000 ``[``), turns ``1e400`` into ``inf`` and accepts ``NaN``. :func:`loads`
refuses all three with one :class:`JSONProblem` (a ``ValueError``), so a caller
turns any bad document into one message: a batch feed's line becomes an error
record for that line only, a practice file a one-line refusal.
"""

from __future__ import annotations

import json
import math
from typing import Any

#: Deeper than any unspin record or practice file (a report nests about 5 levels).
MAX_DEPTH = 64


class JSONProblem(ValueError):
    """Why a JSON document cannot be used; ``str()`` is a short phrase for a message.

    ``line`` is where broken syntax was found (1-based), ``None`` for other problems.
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise JSONProblem(f"a number out of range ({text[:20]})")
    return number


def _no_constant(name: str) -> float:
    raise JSONProblem(f"{name} is not a JSON number")


def loads(data: str | bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse one JSON document; :class:`JSONProblem` when it is not valid, finite, shallow JSON."""
    try:
        value = json.loads(data, parse_float=_finite, parse_constant=_no_constant)
    except JSONProblem:
        raise
    except json.JSONDecodeError as error:
        raise JSONProblem(f"not valid JSON ({error.msg})", line=error.lineno) from None
    except RecursionError:
        raise JSONProblem(f"nested more than {max_depth} levels deep") from None
    except UnicodeDecodeError:
        raise JSONProblem("not UTF-8 text") from None
    except ValueError as error:  # an integer of more than 4,300 digits
        raise JSONProblem(f"not usable JSON ({error})") from None
    if depth(value, limit=max_depth) > max_depth:
        raise JSONProblem(f"nested more than {max_depth} levels deep")
    return value


def depth(value: Any, *, limit: int = MAX_DEPTH) -> int:
    """How deeply lists and objects nest in ``value`` (a scalar: 0); stops past ``limit``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return deepest
