"""Ingest: a file, stdin or a URL -> clean text with paragraphs.

The result is the *normalised* text every offset in the report points into.
Normalisation leaves a clean UTF-8 text file (no BOM, ``\\n`` line ends, no
control characters) byte-for-byte unchanged, so for such a file the report's
offsets index the file itself. Otherwise it:

* decodes any common encoding (UTF-8/16/32 with or without BOM, then
  charset-normalizer's guess, e.g. cp1252 or Latin-1);
* turns ``\\r\\n`` and lone ``\\r`` into ``\\n``;
* removes terminal escape sequences (CSI colours, OSC 8 links, ...) and other
  control characters except tab and newline;
* extracts the main text of HTML (trafilatura) and strips Markdown syntax,
  keeping one paragraph per block, separated by blank lines.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from summarize.errors import InputUnreadable, InputUnusable, UsageError

#: Refuse inputs larger than this many bytes unless told otherwise.
DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_TIMEOUT = 15.0

_URL = re.compile(r"^https?://", re.IGNORECASE)
# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \),
# DCS/SOS/PM/APC strings, and two-character escapes.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_].*?(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[@-Z\\-_]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x9d.*?(?:\x07|\x1b\\|\x9c)",
    re.DOTALL,
)
# C0 and C1 controls except \t and \n, plus DEL and a lone ESC.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass
class Document:
    """Normalised text and where it came from."""

    text: str
    name: str
    format: str = "text"  # text | markdown | html
    encoding: str = "utf-8"
    url: str | None = None
    title: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def is_url(source: str) -> bool:
    return bool(_URL.match(source))


def load(
    source: str,
    *,
    input_format: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    stdin: object | None = None,
    encoding: str | None = None,
) -> Document:
    """Read ``source`` (a path, ``-`` for stdin, or an http(s) URL) into a Document.

    Raises :class:`InputUnreadable` when the input cannot be read and
    :class:`InputUnusable` when it holds no usable text.
    """
    url = None
    content_type = ""
    if source == "-":
        name = "<stdin>"
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = _read_limited(stream, max_bytes, name)
    elif is_url(source):
        name = url = source
        data, content_type = _fetch(source, max_bytes, timeout)
    else:
        name = source
        data = _read_file(Path(source), max_bytes)
    return from_bytes(
        data,
        name=name,
        input_format=input_format,
        url=url,
        content_type=content_type,
        encoding=encoding,
    )


def from_bytes(
    data: bytes,
    *,
    name: str = "<text>",
    input_format: str = "auto",
    url: str | None = None,
    content_type: str = "",
    encoding: str | None = None,
) -> Document:
    """Decode (as ``encoding``, or guessed), detect the format and normalise raw bytes."""
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
            text = data.decode(encoding)
        except LookupError:
            raise UsageError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as error:
            raise InputUnusable(f"{name}: not valid {encoding} (byte {error.start})") from None
    else:
        text, encoding = decode(data, name)
    fmt = detect_format(name, text, content_type) if input_format == "auto" else input_format
    if fmt not in ("text", "markdown", "html"):
        raise InputUnusable(f"unknown input format {fmt!r} (use text, markdown or html)")
    return from_text(text, name=name, input_format=fmt, encoding=encoding, url=url)


def from_text(
    text: str,
    *,
    name: str = "<text>",
    input_format: str = "text",
    encoding: str = "utf-8",
    url: str | None = None,
) -> Document:
    """Normalise already-decoded text (the Python API's entry point)."""
    title = None
    text = normalize(text)
    if input_format == "auto":
        input_format = detect_format(name, text)
    if input_format == "html":
        text, title = html_to_text(text)
    elif input_format == "markdown":
        text = markdown_to_text(text)
    if not text.strip():
        raise InputUnusable(f"{name}: no text to analyse (the input is empty or only whitespace)")
    return Document(
        text=text, name=name, format=input_format, encoding=encoding, url=url, title=title
    )


def normalize(text: str) -> str:
    """Clean text so it is safe to show and stable to index (see module doc)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _needs_control_cleanup(text):
        text = _ESCAPES.sub("", text)
        text = _CONTROLS.sub("", text)
    return text


def _needs_control_cleanup(text: str) -> bool:
    return _CONTROLS.search(text) is not None


def decode(data: bytes, name: str = "<input>") -> tuple[str, str]:
    """Bytes -> (text, encoding). Refuses binary data with a clear message."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                break
    if _looks_binary(data):
        raise InputUnusable(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    latin = _as_cp1252(data)
    if latin is not None:
        return latin, "cp1252"
    from charset_normalizer import from_bytes as detect

    best = detect(data).best()
    if best is None or best.encoding is None:
        raise InputUnusable(f"{name}: cannot tell the text encoding (is it a text file?)")
    return str(best), best.encoding


_LATIN_EXTRA = set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ«»°±²³´µ¶·¸¹º¼½¾¿×÷ ¡¢£¤¥¦§¨©ª¬®¯")


def _as_cp1252(data: bytes) -> str | None:
    """Windows-1252 (the usual non-UTF-8 text in Western languages) when it reads as such.

    charset-normalizer guesses cp1250 or cp775 for short Spanish or French texts and turns
    "Niño" into "Nińo"; cp1252 is tried first and kept when every non-ASCII character it
    gives is a Latin letter or common typographic punctuation.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = accented = 0
    for char in text:
        if char.isalpha():
            letters += 1
            accented += ord(char) > 127
        if (
            ord(char) > 127
            and not (char.isalpha() and ord(char) < 0x250)
            and char not in _LATIN_EXTRA
        ):
            return None
    # Western text has accents on a few letters; a Cyrillic or Greek code page read as
    # cp1252 gives nothing but accented letters.
    return text if accented <= 0.3 * max(letters, 1) else None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    # NULs and other control bytes (whitespace and ESC aside) in bulk: an image,
    # an archive, an executable. A stray one in real text is cleaned up instead.
    if sample.count(b"\x00") > max(2, len(sample) // 200):
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


def detect_format(name: str, text: str, content_type: str = "") -> str:
    lower = name.lower().split("?", 1)[0]
    if "html" in content_type.lower() or lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith((".md", ".markdown", ".mdown")):
        return "markdown"
    head = text[:1000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text):
        return "html"
    if head.startswith("<") and _BLOCK_TAG.search(text[:5000]):
        return "html"  # a fragment: "<p>...</p>"
    return "text"


_BLOCK_TAG = re.compile(r"(?i)</(?:p|div|h[1-6]|li|article|section|blockquote|td)>")


def _read_file(path: Path, max_bytes: int) -> bytes:
    name = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputUnreadable(f"{name}: no such file") from None
    except PermissionError:
        raise InputUnreadable(f"{name}: permission denied") from None
    except OSError as error:
        raise InputUnreadable(f"{name}: cannot read ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputUnreadable(f"{name}: is a directory (give a file; `unspin batch` takes folders)")
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise InputUnusable(_too_large(name, info.st_size, max_bytes))
    try:
        with path.open("rb") as handle:
            return _read_limited(handle, max_bytes, name)
    except PermissionError:
        raise InputUnreadable(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise InputUnreadable(f"{name}: is a directory") from None
    except OSError as error:
        raise InputUnreadable(f"{name}: cannot read ({error.strerror or error})") from None


def _read_limited(stream: object, max_bytes: int, name: str) -> bytes:
    data = stream.read(max_bytes + 1)  # type: ignore[attr-defined]
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > max_bytes:
        raise InputUnusable(_too_large(name, None, max_bytes))
    return data


def _size(count: float) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if count < 1000 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1000
    return f"{count:.1f} GB"  # pragma: no cover


def _too_large(name: str, size: int | None, max_bytes: int) -> str:
    what = _size(size) if size is not None else "more than the limit"
    return (
        f"{name}: too large ({what}; the limit is {_size(max_bytes)}). "
        "Raise it with --max-bytes, or split the text and use `unspin batch`"
    )


def _fetch(url: str, max_bytes: int, timeout: float) -> tuple[bytes, str]:
    import socket
    import urllib.error
    import urllib.request

    from summarize import __version__

    request = urllib.request.Request(url, headers={"User-Agent": f"unspin/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "")
            data = _read_limited(response, max_bytes, url)
    except urllib.error.HTTPError as error:
        raise InputUnreadable(
            f"{url}: the server answered HTTP {error.code} {error.reason}"
        ) from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, socket.timeout | TimeoutError):
            raise InputUnreadable(
                f"{url}: no answer within {timeout:g} s (are you offline?)"
            ) from None
        raise InputUnreadable(f"{url}: cannot fetch ({reason}; are you offline?)") from None
    except TimeoutError:
        raise InputUnreadable(f"{url}: no answer within {timeout:g} s (are you offline?)") from None
    except OSError as error:
        raise InputUnreadable(f"{url}: cannot fetch ({error}; are you offline?)") from None
    return data, content_type


# --- HTML -------------------------------------------------------------------


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text of an HTML page (boilerplate dropped), one paragraph per block."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    body = getattr(document, "text", None) if document is not None else None
    title = getattr(document, "title", None) if document is not None else None
    if not body:
        # Too little for trafilatura's main-text heuristics (a fragment): keep every block.
        return _strip_tags(html), title
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    if title and (not paragraphs or paragraphs[0] != title.strip()):
        paragraphs.insert(0, title.strip())
    return normalize("\n\n".join(paragraphs)) + "\n", title


def _strip_tags(html: str) -> str:
    from html.parser import HTMLParser

    blocks: list[str] = []
    current: list[str] = []

    class Blocks(HTMLParser):
        skip = 0

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag in ("script", "style", "nav", "header", "footer", "aside"):
                self.skip += 1
            if tag in _BLOCK_NAMES:
                flush()

        def handle_endtag(self, tag: str) -> None:
            if tag in ("script", "style", "nav", "header", "footer", "aside"):
                self.skip = max(0, self.skip - 1)
            if tag in _BLOCK_NAMES:
                flush()

        def handle_data(self, data: str) -> None:
            if not self.skip:
                current.append(data)

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            blocks.append(line)
        current.clear()

    parser = Blocks(convert_charrefs=True)
    parser.feed(html)
    parser.close()
    flush()
    return normalize("\n\n".join(blocks)) + "\n" if blocks else ""


_BLOCK_NAMES = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "br",
    "article",
    "section",
    "blockquote",
    "td",
    "tr",
    "title",
    "ul",
    "ol",
    "table",
}


# --- Markdown ---------------------------------------------------------------

_MD_FENCE = re.compile(r"^\s*(```|~~~)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_MD_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_MD_CODE = re.compile(r"`([^`]*)`")
_MD_HTML = re.compile(r"</?[a-zA-Z][^>]*>")


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Markdown document: headings, lists and quotes become
    paragraphs; emphasis, links, images and inline HTML lose their syntax."""
    blocks: list[str] = []
    current: list[str] = []
    in_fence = False

    def flush() -> None:
        if current:
            blocks.append(" ".join(part for part in current if part))
            current.clear()

    for line in markdown.split("\n"):
        if _MD_FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue  # code is not prose
        if not line.strip() or _MD_RULE.match(line) or _MD_REFDEF.match(line):
            flush()
            continue
        if _MD_SETEXT.match(line) and current:
            flush()
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            flush()
            blocks.append(_md_inline(heading.group(1)))
            continue
        if _MD_LIST.match(line):
            flush()
            line = _MD_LIST.sub("", line)
        line = _MD_QUOTE.sub("", line)
        current.append(_md_inline(line.strip()))
    flush()
    return "\n\n".join(block for block in blocks if block.strip()) + "\n"


def _md_inline(text: str) -> str:
    text = _MD_IMAGE.sub(lambda m: m.group(1), text)
    text = _MD_LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _MD_CODE.sub(lambda m: m.group(1), text)
    text = _MD_HTML.sub("", text)
    for _ in range(2):
        text = _MD_EMPHASIS.sub(lambda m: m.group(2), text)
    return text.replace("\\", "") if "\\" in text else text


def read_stdin_if_piped() -> bool:
    """True when stdin is not a terminal (so ``-`` has something to read)."""
    try:
        return not os.isatty(sys.stdin.fileno())
    except (AttributeError, OSError, ValueError):
        return True


def read_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A local file's bytes with :func:`load`'s refusals (the batch ships them to a cluster)."""
    return _read_file(Path(path), max_bytes)
