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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from summarize.errors import InputUnreadable, InputUnusable, UsageError

#: Refuse inputs larger than this many bytes unless told otherwise.
DEFAULT_MAX_BYTES = 20_000_000
#: Seconds a URL may take, all of it: connecting, redirects, headers and body.
DEFAULT_TIMEOUT = 15.0
#: The longest ``timeout`` accepted (a day): past it a number is a typing mistake.
MAX_TIMEOUT = 86_400.0
#: Most redirects followed for one URL.
MAX_REDIRECTS = 5
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
    #: What the reader should know about how the input was read (a bad byte, a short
    #: download): copied into the report's warnings and shown on stderr.
    warnings: list[str] = field(default_factory=list)

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
    check_timeout(timeout)
    url = None
    content_type = ""
    notes: list[str] = []
    if source == "-":
        name = "<stdin>"
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = _read_limited(stream, max_bytes, name)
    elif is_url(source):
        name = url = source
        data, content_type, notes = _fetch(source, max_bytes, timeout)
    else:
        name = source
        data = _read_file(Path(source), max_bytes)
    document = from_bytes(
        data,
        name=name,
        input_format=input_format,
        url=url,
        content_type=content_type,
        encoding=encoding,
    )
    document.warnings[:0] = notes
    return document


def check_timeout(timeout: float) -> None:
    """A usable ``--timeout``: a finite number of seconds from 0.1 to a day."""
    if not isinstance(timeout, int | float) or not 0.1 <= float(timeout) <= MAX_TIMEOUT:
        raise UsageError(
            f"--timeout must be a number of seconds from 0.1 to {MAX_TIMEOUT:g}, not {timeout!r}"
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
        notes: list[str] = []
    else:
        text, encoding, notes = _decode(data, name)
    fmt = detect_format(name, text, content_type) if input_format == "auto" else input_format
    if fmt not in ("text", "markdown", "html"):
        raise InputUnusable(f"unknown input format {fmt!r} (use text, markdown or html)")
    document = from_text(text, name=name, input_format=fmt, encoding=encoding, url=url)
    document.warnings.extend(notes)
    return document


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
    text, encoding, _notes = _decode(data, name)
    return text, encoding


def _decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Bytes -> (text, encoding, warnings)."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec, []
            except UnicodeDecodeError:
                break
    if _looks_binary(data):
        raise InputUnusable(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as error:
        first_bad = error.start
    mostly = _mostly_utf8(data)
    if mostly is not None:
        text, bad = mostly
        return (
            text,
            "utf-8",
            [
                f"{name}: not valid UTF-8 ({bad} undecodable byte{'s' if bad != 1 else ''}, "
                f"the first at byte {first_bad}); read as UTF-8 with each shown as \ufffd"
            ],
        )
    latin = _as_cp1252(data)
    if latin is not None:
        return latin, "cp1252", []
    from charset_normalizer import from_bytes as detect

    best = detect(data).best()
    if best is None or best.encoding is None:
        raise InputUnusable(f"{name}: cannot tell the text encoding (is it a text file?)")
    return str(best), best.encoding, []


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, bad bytes) when ``data`` is UTF-8 but for a few bad bytes, else None.

    Text in a legacy 8-bit encoding almost never holds a valid multi-byte UTF-8
    sequence (it would take pairs like "Ã©" or "â€”"), while each of its accented
    letters is a bad byte: valid sequences at least as many as the bad bytes mean UTF-8
    with damage, not another encoding (one stray byte in a text with three dashes). A
    byte-order mark that opens the damaged text is dropped, as a whole file's would be.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(_ESCAPED_BYTE.findall(text))
    text = _ESCAPED_BYTE.sub("\ufffd", text)
    valid = sum(1 for char in text if ord(char) > 127) - bad
    if valid >= 1 and bad <= valid:
        return text.removeprefix("\ufeff"), bad
    return None


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
    """A regular file's bytes. A FIFO, a device or a socket is refused (it may never end),
    except the process's own stdin (``/dev/stdin``, ``/dev/fd/0``)."""
    name = str(path)
    with _unreadable(name):
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        with _unreadable(name):
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise InputUnreadable(_is_a_directory(name))
            if not stat.S_ISREG(info.st_mode) and not _is_stdin(info):
                raise InputUnreadable(
                    f"{name}: not a regular file ({_file_type(info.st_mode)}); "
                    "to read a pipe, give - and pipe it to stdin"
                )
            if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                raise InputUnusable(_too_large(name, info.st_size, max_bytes))
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            with os.fdopen(fd, "rb") as handle:
                fd = -1
                return _read_limited(handle, max_bytes, name)
    finally:
        if fd >= 0:
            os.close(fd)


@contextmanager
def _unreadable(name: str) -> Iterator[None]:
    """An operating system's error reading ``name`` as one line: :class:`InputUnreadable`."""
    try:
        yield
    except FileNotFoundError:
        raise InputUnreadable(f"{name}: no such file") from None
    except PermissionError:
        raise InputUnreadable(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise InputUnreadable(_is_a_directory(name)) from None
    except OSError as error:
        raise InputUnreadable(f"{name}: cannot read ({error.strerror or error})") from None


def _is_a_directory(name: str) -> str:
    return f"{name}: is a directory (give a file; `unspin batch` takes folders)"


def _is_stdin(info: os.stat_result) -> bool:
    try:
        own = os.fstat(0)
    except OSError:
        return False
    return (own.st_dev, own.st_ino) == (info.st_dev, info.st_ino)


def _file_type(mode: int) -> str:
    for test, what in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return what
    return "not a file"


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


def check_url(url: str) -> str:
    """``url`` made ready to request: a UsageError (one line) when it cannot be one.

    Spaces, tabs, line breaks and other control characters are refused (a URL never
    holds them raw; CR/LF would also forge request headers); a non-ASCII path or
    query is percent-encoded and a non-ASCII host name IDNA-encoded, as browsers do.
    """
    from urllib.parse import quote, urlsplit, urlunsplit

    if re.search(r"[\x00-\x20\x7f-\x9f]", url):
        raise UsageError(
            f"{url!r} is not a valid URL: it holds a space or a control character "
            "(write a space as %20)"
        )
    try:
        parts = urlsplit(url)
        port = parts.port
        host = parts.hostname
    except ValueError as error:
        raise UsageError(f"{url!r} is not a valid URL ({error})") from None
    if not host:
        raise UsageError(f"{url!r} is not a valid URL (no host name)")
    try:
        ascii_host = host if host.isascii() else host.encode("idna").decode("ascii")
    except UnicodeError:
        raise UsageError(f"{url!r} is not a valid URL (the host name cannot be encoded)") from None
    netloc = parts.netloc
    if ascii_host != host:
        netloc = ascii_host + (f":{port}" if port is not None else "")
    keep = "/%:@!$&'()*+,;=-._~"
    return urlunsplit(
        (
            parts.scheme,
            netloc,
            quote(parts.path, safe=keep),
            quote(parts.query, safe=keep + "?"),
            "",  # the fragment is not sent
        )
    )


def _fetch(url: str, max_bytes: int, timeout: float) -> tuple[bytes, str, list[str]]:
    """(body, Content-Type, warnings), all of it within ``timeout`` seconds.

    The deadline covers everything: name lookup, connecting, every redirect, the
    headers and the body. urllib's own ``timeout`` is per socket operation (a server
    sending a byte a second never trips it), so the download runs in a thread the
    caller waits for at most ``timeout`` seconds; at the deadline its sockets are
    shut, which ends the thread at once.
    """
    import threading

    target = check_url(url)
    deadline = _Deadline(timeout)
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["value"] = _download(url, target, max_bytes, deadline)
        except BaseException as error:  # handed to the caller's thread
            outcome["error"] = error

    worker = threading.Thread(target=work, name="unspin-fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        deadline.expire()
        raise InputUnreadable(_too_slow(url, timeout))
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def _too_slow(url: str, timeout: float) -> str:
    return (
        f"{url}: not downloaded within {timeout:g} s (--timeout covers connecting, "
        "redirects and the whole body; are you offline?)"
    )


class _Deadline:
    """The time left for one download, and the sockets to shut when it is over."""

    def __init__(self, seconds: float) -> None:
        import threading
        import time

        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.sockets: list[object] = []
        self.expired = False
        self.lock = threading.Lock()

    def left(self) -> float:
        import time

        return self.end - time.monotonic()

    def track(self, sock: object) -> None:
        with self.lock:
            self.sockets.append(sock)
            if not self.expired:
                return
        self._shut(sock)

    def expire(self) -> None:
        with self.lock:
            self.expired = True
            sockets = list(self.sockets)
        for sock in sockets:
            self._shut(sock)

    @staticmethod
    def _shut(sock: object) -> None:
        import socket
        from contextlib import suppress

        with suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)  # type: ignore[attr-defined]


def _opener(deadline: _Deadline):
    """A urllib opener whose connections report their sockets to ``deadline``."""
    import http.client
    import ssl
    import urllib.request

    class Tracked(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            deadline.track(self.sock)

    class TrackedTLS(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            deadline.track(self.sock)

    class HTTP(urllib.request.HTTPHandler):
        def http_open(self, req):  # type: ignore[no-untyped-def]
            return self.do_open(Tracked, req)

    class HTTPS(urllib.request.HTTPSHandler):
        def https_open(self, req):  # type: ignore[no-untyped-def]
            return self.do_open(TrackedTLS, req, context=ssl.create_default_context())

    class Redirect(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            new = super().redirect_request(req, fp, code, msg, headers, newurl)
            if new is not None:
                if not is_url(new.full_url):
                    raise InputUnreadable(f"{req.full_url}: redirected to a non-http(s) URL")
                new.timeout = max(0.01, deadline.left())
            return new

    return urllib.request.build_opener(HTTP, HTTPS, Redirect)


def _download(
    url: str, target: str, max_bytes: int, deadline: _Deadline
) -> tuple[bytes, str, list[str]]:
    import http.client
    import socket
    import urllib.error
    import urllib.request

    from summarize import __version__

    timeout = deadline.seconds
    request = urllib.request.Request(target, headers={"User-Agent": f"unspin/{__version__}"})
    notes: list[str] = []
    try:
        with _opener(deadline).open(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "")
            chunks: list[bytes] = []
            size = 0
            while True:
                chunk = response.read1(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise InputUnusable(_too_large(url, None, max_bytes))
                chunks.append(chunk)
            data = b"".join(chunks)
            declared = response.headers.get("Content-Length", "")
            if declared.strip().isdigit() and len(data) < int(declared):
                notes.append(
                    f"{url}: incomplete download: the server sent {len(data):,} of the "
                    f"{int(declared):,} bytes it announced; the text is cut short"
                )
    except urllib.error.HTTPError as error:
        raise InputUnreadable(
            f"{url}: the server answered HTTP {error.code} {error.reason}"
        ) from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, socket.timeout | TimeoutError):
            raise InputUnreadable(_too_slow(url, timeout)) from None
        raise InputUnreadable(f"{url}: cannot fetch ({reason}; are you offline?)") from None
    except TimeoutError:
        raise InputUnreadable(_too_slow(url, timeout)) from None
    except http.client.IncompleteRead as error:
        raise InputUnreadable(
            f"{url}: the connection closed early ({len(error.partial):,} bytes received)"
        ) from None
    except (http.client.HTTPException, ValueError) as error:
        raise InputUnreadable(f"{url}: cannot fetch ({type(error).__name__}: {error})") from None
    except OSError as error:
        if deadline.expired:
            raise InputUnreadable(_too_slow(url, timeout)) from None
        raise InputUnreadable(f"{url}: cannot fetch ({error}; are you offline?)") from None
    return data, content_type, notes


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
_MD_TABLE_ROW = re.compile(r"^\s{0,3}\|.*\|\s*$")
_MD_TABLE_RULE = re.compile(r"^\s{0,3}\|?(\s*:?-+:?\s*\|)+\s*(:?-+:?\s*)?$")


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
        if _MD_TABLE_ROW.match(line):
            # A table: each row its own paragraph (one 12 MB "sentence" otherwise).
            flush()
            if not _MD_TABLE_RULE.match(line):
                cells = [_md_inline(c.strip()) for c in line.strip().strip("|").split("|")]
                blocks.append(" | ".join(c for c in cells if c))
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
