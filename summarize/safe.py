"""The one place that makes untrusted text safe for every output.

Everything unspin prints or writes comes from text it did not write: the
article, its file name or URL, a batch id, a student's practice file. Each
output has its own way to be attacked, and its own escaping, all here:

- a terminal (text output, stderr): control characters (C0 but tab and newline,
  DEL, C1 such as U+009B CSI) and the bidirectional overrides and isolates
  (U+202A-U+202E, U+2066-U+2069) are shown as visible escapes (``\\x1b``,
  ``\\u202e``), so no escape sequence, title change or clipboard write gets
  through, and no text is reordered on screen (:func:`safe`);
- Markdown: the same, on one line, with Markdown's special characters and raw
  HTML backslash-escaped, so ``<script>``, ``<img onerror=...>`` and
  ``[x](javascript:...)`` render as the literal text (:func:`md_inline`);
- HTML: :func:`html_text`;
- JSON: the same characters written as ``\\uXXXX`` escapes (JSON already
  escapes C0): the value is unchanged for a program, and a terminal showing the
  JSON sees no raw control (:func:`json_text`, :func:`dumps`).

:func:`for_output` is the last pass over a whole output before it leaves the
program (the command line's ``emit`` and :func:`summarize.render.render` call
it): whatever a renderer forgot, no raw control character gets out.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

#: Characters that act on a terminal or reorder text: C0 but tab and newline, DEL,
#: C1, the bidirectional embeddings/overrides and isolates.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: The same, as they can appear raw in JSON (json.dumps escapes C0 itself).
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
#: unspin's own colours: Select Graphic Rendition only (no cursor, title or clipboard).
_SGR = r"\x1b\[[0-9;]{0,20}m"
_TERMINAL_WITH_COLOUR = re.compile(f"({_SGR})|{UNSAFE.pattern}")

_MD_SPECIAL = re.compile(r"([\\`*{}\[\]<>|~#]|(?<!\w)_|_(?!\w))")
_MD_LINE_START = re.compile(r"^(\s*)([-+>=]|\d+(?=[.)]))")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: str) -> str:
    """Text with every control character shown as a visible escape, never raw."""
    return UNSAFE.sub(_visible, text)


def one_line(text: str) -> str:
    """Control characters made visible, runs of ASCII white space one space (NBSP kept)."""
    return re.sub(r"[ \t\n\r\f\v]+", " ", safe(text)).strip()


def md_inline(text: str) -> str:
    """Untrusted text as one line of Markdown that renders literally (no HTML, no link)."""
    text = one_line(text)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = re.sub(r"&(?=#?\w+;)", r"\\&", text)
    return _MD_LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    """``- x`` -> ``\\- x``; ``12. x`` -> ``12\\. x`` (not a list, a heading or a quote)."""
    marker = match.group(2)
    if marker[0].isdigit():
        return match.group(1) + marker + "\\"
    return match.group(1) + "\\" + marker


def html_text(text: str) -> str:
    """Untrusted text as one line of HTML text or attribute value."""
    return html.escape(one_line(text), quote=True)


def json_text(serialised: str) -> str:
    """JSON text with DEL, C1, bidi controls and line separators written as ``\\uXXXX``.

    Such characters can only stand inside JSON strings, where the escape means the
    same character: a program reads the same value.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", serialised)


def dumps(value: Any, *, indent: int | None = None, compact: bool = False) -> str:
    """``json.dumps`` (UTF-8 kept readable) with :func:`json_text`'s escapes."""
    separators = (",", ":") if compact else None
    return json_text(json.dumps(value, ensure_ascii=False, indent=indent, separators=separators))


def for_output(text: str, fmt: str = "text", *, color: bool = False) -> str:
    """The last pass over a whole output in ``fmt`` (text, markdown, json, html).

    JSON gets :func:`json_text`; every other format gets :func:`safe`, except
    that with ``color`` the colour sequences unspin writes itself are kept.
    Idempotent: text that has been through it is unchanged by a second pass.
    """
    if fmt == "json":
        return json_text(text)
    if color:
        return _TERMINAL_WITH_COLOUR.sub(lambda m: m.group(1) or _visible(m), text)
    return safe(text)


__all__ = [
    "UNSAFE",
    "dumps",
    "for_output",
    "html_text",
    "json_text",
    "md_inline",
    "one_line",
    "safe",
]
