"""Sequences kept on disk, for book-length texts (issue 9, attack 20: memory).

A report of a 50 MB text has about 435,000 sentences, 200,000 claims and as many
opinions: about 1 KB of Python objects each, plus the allocator's share, which is more
than the 1 GB such a text may take. Above :data:`summarize.pipeline.SPOOL_MIN_SENTENCES`
sentences the pipeline keeps them here instead:

- :class:`SentenceTable`: the segmenter's sentences before the perspective stage, as
  four compact arrays and the text (about 25 bytes a sentence, not 380); each
  :class:`~summarize.report.Sentence` is made when it is read.
- :class:`SpooledList`: an append-only list whose items are pickled, one by one, to an
  anonymous temporary file (unlinked at once: nothing is left behind, whatever happens)
  with an array of offsets; reading an item unpickles it. Iterating reads the file in
  blocks, so the renderers and :func:`summarize.render.json_chunks` stream a report
  item by item without any change.

Both are read-only views once made: an item read and changed is a new copy, the stored
one stays as it was. They are pickled (sent to another process) as plain lists.
"""

from __future__ import annotations

import bisect
import os
import pickle
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar, overload

from summarize.errors import OutputUnwritable
from summarize.report import Kind, Sentence

__all__ = ["SentenceTable", "SpooledList", "give_back"]

T = TypeVar("T")

#: Bytes gathered before they are written, and read at a time when iterating.
BLOCK = 1 << 20


class _ListLike(Sequence[T]):
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable, as a list

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (list(self),))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self):,} items>"


class SpooledList(_ListLike[T]):
    """An append-only sequence whose items live pickled in an anonymous temporary file.

    ``len``, indexing (slices give lists), iteration and ``append`` as a list's; what is
    held in memory is one 8-byte offset per item and at most :data:`BLOCK` bytes not yet
    written. Iterators read the file with ``os.pread``, so several can run at once and
    appending between reads is safe (an iterator sees the items there when it started).
    """

    def __init__(self, items: Iterable[T] = ()) -> None:
        try:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed with this object)
        except OSError as problem:
            raise _unwritable(problem) from None
        self._fd = self._file.fileno()
        self._ends = array("q", [0])  # item i is the bytes _ends[i]:_ends[i + 1]
        self._pending = bytearray()
        self._written = 0
        for item in items:
            self.append(item)

    def append(self, item: T) -> None:
        data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        self._pending += data
        self._ends.append(self._ends[-1] + len(data))
        if len(self._pending) >= BLOCK:
            self._flush()

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)

    def _flush(self) -> None:
        view = memoryview(self._pending)
        done = 0
        try:
            while done < len(view):
                done += os.pwrite(self._fd, view[done:], self._written + done)
        except OSError as problem:
            raise _unwritable(problem) from None
        finally:
            view.release()
        self._written += done
        self._pending.clear()

    def _read(self, start: int, end: int) -> bytes:
        if end > self._written:
            self._flush()
        data = os.pread(self._fd, end - start, start)
        if len(data) != end - start:
            raise OSError(f"spool file cut short ({len(data)} of {end - start} bytes)")
        return data

    def __len__(self) -> int:
        return len(self._ends) - 1

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        size = len(self)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("SpooledList index out of range")
        return pickle.loads(self._read(self._ends[index], self._ends[index + 1]))

    def __iter__(self) -> Iterator[T]:
        ends = self._ends
        size = len(self)
        index = 0
        while index < size:
            start = ends[index]
            # the items that end within a block from here (at least one)
            last = max(index + 1, bisect.bisect_right(ends, start + BLOCK, index + 1, size + 1) - 1)
            view = memoryview(self._read(start, ends[last]))
            for item in range(index, last):
                yield pickle.loads(view[ends[item] - start : ends[item + 1] - start])
            index = last

    def close(self) -> None:
        """Free the file now (it is freed with this object otherwise)."""
        self._file.close()


def _unwritable(problem: OSError) -> OutputUnwritable:
    return OutputUnwritable(
        f"cannot keep the report of this long text in the temporary folder "
        f"{tempfile.gettempdir()} ({problem.strerror or problem}); free some space there "
        "or set TMPDIR to a folder with room (about 3 KB per sentence)"
    )


class SentenceTable(_ListLike[Sentence]):
    """The segmenter's sentences as compact arrays over the text: each
    :class:`~summarize.report.Sentence` (id, offsets, text, paragraph, title or other)
    is made when it is read, as the pipeline would have made it."""

    def __init__(self, text: str, spans: Iterable[Any], *, first_id: int = 0) -> None:
        self.text = text
        #: The first sentence's id (a worker's run of the text starts further on).
        self.first_id = first_id
        self.starts = array("q")
        self.ends = array("q")
        self.paragraphs = array("q")
        self.headings = bytearray()
        for span in spans:
            self.add(span.start, span.end, span.paragraph, span.heading)

    def add(self, start: int, end: int, paragraph: int, heading: bool) -> None:
        """Add the next sentence."""
        self.starts.append(start)
        self.ends.append(end)
        self.paragraphs.append(paragraph)
        self.headings.append(bool(heading))

    def __len__(self) -> int:
        return len(self.starts)

    def kind(self, index: int) -> Kind:
        """The sentence's kind as segmented: title or other."""
        return Kind.TITLE if self.headings[index] else Kind.OTHER

    def _make(self, index: int) -> Sentence:
        start, end = self.starts[index], self.ends[index]
        return Sentence(
            id=self.first_id + index,
            start=start,
            end=end,
            text=self.text[start:end],
            paragraph=self.paragraphs[index],
            kind=Kind.TITLE if self.headings[index] else Kind.OTHER,
        )

    @overload
    def __getitem__(self, index: int) -> Sentence: ...
    @overload
    def __getitem__(self, index: slice) -> list[Sentence]: ...
    def __getitem__(self, index: int | slice) -> Sentence | list[Sentence]:
        if isinstance(index, slice):
            return [self._make(i) for i in range(*index.indices(len(self)))]
        size = len(self)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("SentenceTable index out of range")
        return self._make(index)

    def __iter__(self) -> Iterator[Sentence]:
        return map(self._make, range(len(self)))

    def iter_from(self, left: int, right: int) -> Iterator[Sentence]:
        """The sentences ``left:right``, made one at a time."""
        return map(self._make, range(left, right))


def give_back() -> None:
    """Return the C heap's free memory to the system (glibc's ``malloc_trim``; nothing
    elsewhere). Between the stages of a book-length text: glibc keeps the freed arrays of
    a stage for reuse (its threshold for giving large blocks back grows as they are
    freed), so the next stage's memory would be counted on top of them."""
    import contextlib
    import ctypes

    with contextlib.suppress(AttributeError, OSError, TypeError):
        ctypes.CDLL(None).malloc_trim(0)
