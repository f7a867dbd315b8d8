"""The opinion-word table: two numbers for each of ~100,000 common English words.

``summarize/data/opinion_words.tsv.gz`` (written by ``python -m summarize.lab.train``)
holds, for each word:

* ``judging``: how strongly the word signals the writer's judgement (0..1), learned
  from word vectors seeded with TextBlob's and VADER's lists, so that words neither
  list has get the score of their neighbours in meaning;
* ``loaded``: how likely the word is to be marked as biased wording where it stands in
  the author's voice (0..1), learned from word vectors and the biased words BABE's
  experts marked in news sentences; the loaded-word finder flags words from it;
* ``weight``: the word's share in the sentence-kind model. The model reads the mean of
  a sentence's word vectors; a linear model over a mean collapses exactly to one
  number per word, so only that number ships, never the vectors.

The table is loaded on first use (about 0.2 s); commands that never classify sentences
(``unspin summary``) never load it.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

FILE = "opinion_words.tsv.gz"
_HYPHEN = re.compile(r"[\-–]")


@dataclass(frozen=True)
class WordTable:
    #: word (lower case, straight apostrophe) -> (judging, loaded, kind-model weight)
    entries: dict[str, tuple[float, float, float]]

    def get(self, key: str) -> tuple[float, float, float] | None:
        return self.entries.get(key)


def key_of(word: str) -> str:
    return word.replace("’", "'").lower()


def lookup(table: WordTable, word: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of the table's words in one token, offsets within the token.

    A hyphenated token not in the table is looked up part by part ("US-dominated":
    "us", "dominated"), the same at training and at run time.
    """
    key = key_of(word)
    if key in table.entries:
        return [(0, len(word), key)]
    if "-" not in key:
        if key.endswith("'s") and key[:-2] in table.entries:
            return [(0, len(word) - 2, key[:-2])]
        plural = len(key) > 4 and key.endswith("s") and not key.endswith("ss")
        if plural and key[:-1] in table.entries:
            # a rare plural or verb in -s the table lacks ("shills"): its stem's entry
            return [(0, len(word) - 1, key[:-1])]
        return []
    found, position = [], 0
    for part in key.split("-"):
        if part and part in table.entries:
            found.append((position, position + len(part), part))
        position += len(part) + 1
    return found


def read(path: Path | None = None) -> WordTable:
    if path is None:
        source = resources.files("summarize") / "data" / FILE
        raw = source.read_bytes()
    else:
        raw = Path(path).read_bytes()
    entries: dict[str, tuple[float, float, float]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, judging, loaded, weight = line.split("\t")
        entries[word] = (float(judging), float(loaded), float(weight))
    return WordTable(entries)


@lru_cache(maxsize=1)
def default_table() -> WordTable:
    return read()


def write(path: Path, rows: list[tuple[str, float, float, float]], header: list[str]) -> None:
    """Write the table (training only): ``word judging loaded weight`` lines, gzipped."""
    lines = [f"# {h}" for h in header]
    lines += [f"{w}\t{j:.3f}\t{d:.3f}\t{k:.4f}" for w, j, d, k in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    Path(path).write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


@dataclass
class VoiceWord:
    """One word of the author's voice found in the table."""

    start: int
    end: int
    text: str
    judging: float
    loaded: float
    weight: float
    #: Counted in the judging features: not a name (a capital inside the sentence).
    judges: bool


def voice_words(
    tokens: Sequence[tuple[int, int, str]],
    sentence_start: int,
    table: WordTable | None = None,
    proper: frozenset[str] = frozenset(),
) -> list[VoiceWord]:
    """The table's words among ``tokens`` (the author-voice words of one sentence).

    A capitalised word inside the sentence is a name, and so is the first word when the
    text capitalises it inside sentences too (``proper``)."""
    table = table or default_table()
    found = []
    for s, _e, word in tokens:
        name = word[:1].isupper() and (s > sentence_start or word in proper)
        for a, b, key in lookup(table, word):
            judging, loaded, weight = table.entries[key]
            found.append(VoiceWord(s + a, s + b, word[a:b], judging, loaded, weight, not name))
    return found
