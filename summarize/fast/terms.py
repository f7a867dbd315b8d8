"""Sentences -> term counts, the way sumy's summarizers count words.

sumy's LexRank and TextRank turn a sentence into the stems of its words that
are not stop words (stop words are compared lower-cased, before stemming).
sumy's LSA builds its dictionary the same way (over every sentence, headings
included) but then counts *every* word of a sentence whose stem is in the
dictionary, stop words included: "doing" counts for "do" when "do" is the stem
of some word that is not a stop word. :class:`Terms` keeps both counts.

Only numpy is needed here; a raw token is looked up once per document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np


@dataclass
class Result:
    """One algorithm's ratings, one per body sentence, and what the reader should know."""

    ratings: np.ndarray
    notes: list[str] = field(default_factory=list)


WordsOf = Callable[[str], Sequence[str]]
Stem = Callable[[str], str]


@dataclass(frozen=True)
class Counts:
    """A sparse sentence x term count matrix, entries sorted by (row, col)."""

    n: int
    rows: np.ndarray  # int64, sentence index of each entry
    cols: np.ndarray  # int64, term index of each entry
    counts: np.ndarray  # float64, how many times (exact small integers)

    @property
    def nnz(self) -> int:
        return int(self.rows.size)

    def row_starts(self) -> np.ndarray:
        """indptr: entries of row i are ``[starts[i], starts[i + 1])``."""
        return np.searchsorted(self.rows, np.arange(self.n + 1), side="left")

    def lengths(self) -> np.ndarray:
        """Tokens per sentence (with repetition)."""
        return np.bincount(self.rows, weights=self.counts, minlength=self.n)


@dataclass(frozen=True)
class Terms:
    """What the fast summarizers need to know about a document's words."""

    #: Body sentences (the ones rated).
    n: int
    #: Stems of non-stop words, per body sentence (LexRank, TextRank); None when not
    #: asked for (``count_terms(..., only="lsa")``).
    content: Counts | None
    #: Every word whose stem is in the dictionary, per body sentence (LSA); None when not
    #: asked for (``only="content"``).
    lsa: Counts | None
    #: Size of LSA's dictionary: distinct stems of non-stop words, headings included.
    dictionary_size: int
    #: Stripped body texts (sumy's Sentence equality: duplicates share a rating); empty
    #: when counted ``lean`` (then ``last`` says it).
    texts: tuple[str, ...]
    #: Every stem seen, by id (the column index of ``content`` and ``lsa``).
    stems: tuple[str, ...]
    #: Ids of the dictionary's stems in order of first appearance in the document.
    dictionary_order: tuple[int, ...]
    #: With ``lean``: :func:`last_of_each_text` of the texts, found without keeping them.
    last: np.ndarray | None = None

    def last_of_each(self) -> np.ndarray:
        """For each body sentence, the last one with the same text (see
        :func:`last_of_each_text`)."""
        return self.last if self.last is not None else last_of_each_text(self.texts)


def _defaults() -> tuple[WordsOf, Stem, frozenset[str]]:
    from summarize.text.stopwords import stop_words
    from summarize.tokenizer import stem, words

    return words, stem, stop_words()


def count_terms(
    sentences: Sequence[str],
    headings: Sequence[bool] | None = None,
    *,
    words_of: WordsOf | None = None,
    stem: Stem | None = None,
    stop_words: frozenset[str] | None = None,
    only: str | None = None,
    lean: bool = False,
) -> Terms:
    """Count the terms of ``sentences`` (in document order) as sumy would.

    ``headings[i]`` marks a heading: sumy never rates headings, but a
    document's words (LSA's dictionary) include theirs. Only the other
    sentences are rows of the counts. ``only="content"`` or ``only="lsa"`` counts
    just that one (an algorithm reads one; each is a few hundred bytes per sentence of
    a book), leaving the other None. ``lean`` keeps no texts: equal texts are found by a
    128-bit digest of each (``Terms.last``), for a book-length text whose sentences are
    not in memory (``sentences`` can then be any sequence that slices into lists).
    """
    if only not in (None, "content", "lsa"):
        raise ValueError(f"only must be 'content' or 'lsa', not {only!r}")
    _default_words, default_stem, default_stop = _defaults()
    stem = stem or default_stem
    stop = frozenset(w.lower() for w in (default_stop if stop_words is None else stop_words))
    is_heading = [False] * len(sentences) if headings is None else list(headings)
    if len(is_heading) != len(sentences):
        raise ValueError("headings must mark each sentence")

    stem_ids: dict[str, int] = {}
    in_dictionary: list[bool] = []
    dictionary_order: list[int] = []
    # Each distinct raw token is a "type": (content stem id or -1 for a stop word, LSA stem id).
    type_of: dict[str, int] = {}
    content_of_type: list[int] = []
    lsa_of_type: list[int] = []

    def stem_id(word: str) -> int:
        index = stem_ids.setdefault(word, len(stem_ids))
        if index == len(in_dictionary):
            in_dictionary.append(False)
        return index

    def new_type(raw: str) -> int:
        token = normalize(raw)
        lowered = token.lower()
        # LSA's matrix: stem_word(word) = stem(word.lower()) for every word.
        lsa_id = stem_id(stem(lowered))
        content_id = -1
        if lowered not in stop:
            # The dictionary and the content words: stem_word(normalize_word(word)).
            content_id = stem_id(stem(lowered.lower()))
            if not in_dictionary[content_id]:
                in_dictionary[content_id] = True
                dictionary_order.append(content_id)
        type_of[raw] = len(content_of_type)
        content_of_type.append(content_id)
        lsa_of_type.append(lsa_id)
        return type_of[raw]

    if lean:
        texts: tuple[str, ...] = ()
        last = _last_by_digest(sentences, is_heading)
        n = len(last)
    else:
        texts = tuple(
            s.strip() for s, heading in zip(sentences, is_heading, strict=True) if not heading
        )
        n = len(texts)
        last = None
    heading_mask = np.asarray(is_heading, dtype=bool)
    body_row = np.cumsum(~heading_mask) - 1  # row of each body sentence
    # (row << 32 | stem id, count) of each block of sentences, reduced as it is read: a
    # book's tokens held at once (as strings, or as a few arrays) would take tens of
    # times its size. Blocks hold whole sentences, so the keys come out sorted.
    content_parts: list[tuple[np.ndarray, ...]] = []
    lsa_parts: list[tuple[np.ndarray, ...]] = []

    part = _narrow if lean else _same

    def reduce(types: np.ndarray, owner: np.ndarray) -> None:
        in_body = ~heading_mask[owner]
        types = types[in_body]
        rows = body_row[owner[in_body]].astype(np.int64) << _SHIFT
        if only != "lsa":
            content_ids = np.asarray(content_of_type, dtype=np.int64)[types]
            is_content = content_ids >= 0
            content_parts.append(
                part(np.unique(rows[is_content] | content_ids[is_content], return_counts=True))
            )
        if only != "content":
            lsa_ids = np.asarray(lsa_of_type, dtype=np.int64)[types]
            lsa_parts.append(part(np.unique(rows | lsa_ids, return_counts=True)))

    if words_of is None and not any(_SEPARATOR in s for s in sentences):
        # One regex pass per block: sentences joined by a separator that is its own
        # token, so each token's sentence is a running count.
        find, normalize = _raw_tokens()
        type_of[_SEPARATOR] = -1
        for first in range(0, len(sentences), _BLOCK):
            tokens = find(_SEPARATOR.join(sentences[first : first + _BLOCK]))
            # each new type made in order of first appearance, then one lookup per token
            for token in dict.fromkeys(tokens):
                if token not in type_of:
                    new_type(token)
            block = np.fromiter(map(type_of.__getitem__, tokens), dtype=np.int64, count=len(tokens))
            del tokens
            boundary = block < 0
            reduce(block[~boundary], np.cumsum(boundary)[~boundary] + first)
    else:
        split, normalize = (words_of or _defaults()[0]), _same
        for first in range(0, len(sentences), _BLOCK):
            per_sentence = [
                [type_of[t] if t in type_of else new_type(t) for t in split(sentence)]
                for sentence in sentences[first : first + _BLOCK]
            ]
            block = np.asarray([i for ids in per_sentence for i in ids], dtype=np.int64)
            owner = first + np.repeat(
                np.arange(len(per_sentence)),
                np.asarray([len(ids) for ids in per_sentence], np.int64),
            )
            reduce(block, owner)
    dictionary = np.asarray(in_dictionary, dtype=bool)
    lsa = None
    if only != "content":
        lsa = _joined(n, lsa_parts)
        keep = dictionary[lsa.cols] if lsa.nnz else np.zeros(0, dtype=bool)
        lsa = Counts(n, lsa.rows[keep], lsa.cols[keep], lsa.counts[keep])
    return Terms(
        n=n,
        content=_joined(n, content_parts) if only != "lsa" else None,
        lsa=lsa,
        dictionary_size=len(dictionary_order),
        texts=texts,
        stems=tuple(stem_ids),
        dictionary_order=tuple(dictionary_order),
        last=last,
    )


@dataclass
class TermMemo:
    """A document's content counts, kept for a later count of some of its sentences.

    The perspective stage's digest ranks the claims and the opinions of the text the
    summary has just ranked; most of their texts are the sentences' own. Pass one memo to
    both :func:`summarize.fast.rate` calls: the first keeps its counts here, the later
    ones read the rows of the sentences it counted (:func:`count_again`) and count only
    the texts that are new. Kept only for unspin's own words, stems and stop words, and
    not for a ``lean`` count (a book's counts are not held)."""

    terms: Terms | None = None


def count_again(known: Terms, sentences: Sequence[str]) -> Terms:
    """``count_terms(sentences, only="content")`` (no headings) with the rows of the texts
    that ``known`` counted (compared stripped) read from it: each row holds the same
    stems and counts. The stems keep ``known``'s numbering, new ones after it, so the
    columns come in another order than a fresh count's, which the content algorithms
    (LexRank, TextRank) do not read: the same ratings, up to the rounding of sums taken
    in another order (:data:`summarize.summary.RANKING_DIGITS`). ``known`` must be a
    content count with its texts (not ``only="lsa"``, not ``lean``)."""
    counts = known.content
    if counts is None or len(known.texts) != known.n:
        raise ValueError("count_again needs a content count that kept its texts")
    row_of = {text: row for row, text in enumerate(known.texts)}
    texts = tuple(s.strip() for s in sentences)
    found = np.fromiter((row_of.get(t, -1) for t in texts), dtype=np.int64, count=len(texts))
    # the known rows' entries, in order: each row's run of the (row, col)-sorted counts
    at = np.flatnonzero(found >= 0)
    starts = counts.row_starts()
    lo, hi = starts[found[at]], starts[found[at] + 1]
    sizes = hi - lo
    before = np.cumsum(sizes) - sizes
    entries = np.repeat(lo - before, sizes) + np.arange(int(sizes.sum()), dtype=np.int64)
    keys = np.repeat(at, sizes) << _SHIFT | counts.cols[entries]
    values = counts.counts[entries]
    # the new texts, counted fresh and numbered after ``known``'s stems
    new = np.flatnonzero(found < 0)
    stems = list(known.stems)
    if new.size:
        fresh = count_terms([texts[i] for i in new], only="content")
        number = {stem: index for index, stem in enumerate(stems)}
        remap = np.empty(len(fresh.stems), dtype=np.int64)
        for index, stem in enumerate(fresh.stems):
            if stem not in number:
                number[stem] = len(stems)
                stems.append(stem)
            remap[index] = number[stem]
        assert fresh.content is not None  # (only="content")
        fresh_keys = new[fresh.content.rows] << _SHIFT | remap[fresh.content.cols]
        order = np.argsort(fresh_keys, kind="stable")
        fresh_keys, fresh_values = fresh_keys[order], fresh.content.counts[order]
        place = np.searchsorted(keys, fresh_keys)
        keys, values = np.insert(keys, place, fresh_keys), np.insert(values, place, fresh_values)
    present = np.unique(keys & _LOW)
    return Terms(
        n=len(texts),
        content=Counts(len(texts), keys >> _SHIFT, keys & _LOW, values),
        lsa=None,
        dictionary_size=int(present.size),
        texts=texts,
        stems=tuple(stems),
        dictionary_order=tuple(present.tolist()),
    )


def _last_by_digest(sentences: Sequence[str], is_heading: Sequence[bool]) -> np.ndarray:
    """:func:`last_of_each_text` of the stripped body texts, from a 128-bit BLAKE2 digest
    of each instead of the texts themselves (a book's texts are hundreds of MB)."""
    from hashlib import blake2b

    last: dict[bytes, int] = {}
    keys: list[bytes] = []
    for first in range(0, len(sentences), _BLOCK):
        block = sentences[first : first + _BLOCK]
        for text, heading in zip(block, is_heading[first : first + _BLOCK], strict=True):
            if not heading:
                key = blake2b(
                    text.strip().encode("utf-8", "surrogatepass"), digest_size=16
                ).digest()
                last[key] = len(keys)
                keys.append(key)
    return np.fromiter((last[k] for k in keys), dtype=np.int64, count=len(keys))


_SEPARATOR = "\x00"
#: Sentences tokenised at once.
_BLOCK = 4096
#: A count's key: its row in the high bits, its stem id in the low 32.
_SHIFT = 32
_LOW = (1 << _SHIFT) - 1


def _same(token: str) -> str:
    return token


def _raw_tokens() -> tuple[Callable[[str], list[str]], Callable[[str], str]]:
    """unspin's tokenizer in two steps: find the raw tokens, then normalize each.

    ``summarize.tokenizer.words`` does both for every token of every sentence;
    here the second step runs once per distinct raw token. A test checks that
    the two give the same words.
    """
    import re

    from summarize.tokenizer import _CLITIC, _WORD

    find = re.compile(f"{re.escape(_SEPARATOR)}|(?:{_WORD.pattern})").findall

    def normalize(token: str) -> str:
        clitic = _CLITIC.search(token)
        if clitic and clitic.start() > 0:
            token = token[: clitic.start()]
        return token.replace("’", "'")

    return find, normalize


def _narrow(part: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, ...]:
    """A block's (key, count) pairs as (row, column, count), 32 bits each: ``lean`` counts
    of a book hold 12 bytes an entry until they are joined, not 16, and 16 after, not 24
    (the same numbers: rows, stem ids and counts all fit)."""
    keys, counts = part
    return (
        (keys >> _SHIFT).astype(np.int32),
        (keys & _LOW).astype(np.int32),
        counts.astype(np.int32),
    )


def _joined(n: int, parts: list[tuple[np.ndarray, ...]]) -> Counts:
    """The blocks' (key, count) pairs as one :class:`Counts` (keys are already sorted);
    (row, column, count) when they are :func:`_narrow`."""
    if parts and len(parts[0]) == 3:
        rows = np.concatenate([p[0] for p in parts])
        cols = np.concatenate([p[1] for p in parts])
        counts = np.concatenate([p[2] for p in parts]).astype(np.float64)
        parts.clear()
        return Counts(n, rows, cols, counts)
    keys = np.concatenate([k for k, _ in parts]) if parts else np.zeros(0, dtype=np.int64)
    counts = np.concatenate([c for _, c in parts]) if parts else np.zeros(0, dtype=np.int64)
    parts.clear()  # the blocks are in ``keys`` and ``counts`` now
    return Counts(n, keys >> _SHIFT, keys & _LOW, counts.astype(np.float64))


def last_of_each_text(texts: Sequence[str]) -> np.ndarray:
    """For each sentence, the index of the last sentence with the same text.

    sumy's LexRank and TextRank key their ratings by sentence, and sentences
    are equal when their texts are: every copy of a repeated sentence gets the
    rating of its last copy.
    """
    last: dict[str, int] = {}
    for index, text in enumerate(texts):
        last[text] = index
    return np.fromiter((last[t] for t in texts), dtype=np.int64, count=len(texts))
