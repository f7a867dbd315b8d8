"""Several sources of one event, fact by fact: :func:`compare`.

Each source is an analysed :class:`~summarize.report.Report`. The claims of every
source (its ``claim`` and ``mixed`` sentences, and its headline) are grouped into
*facts*: one reported event, or one statement by one speaker, as each source that tells
it words it.

How two sentences of different sources are judged to tell the same fact (every
piece is in the link's reasons):

* **meaning**: the cosine of their smooth-inverse-frequency sentence vectors
  (Arora et al. 2017): the average of the words' GloVe vectors, each weighted by
  ``a / (a + p(word))``, with the vocabulary's common direction removed. The vectors
  are the compact table ``summarize/data/vectors.npz``
  (``python -m summarize.lab.build_vectors``); p(word) comes from the word's
  frequency rank by Zipf's law.
* **shared words**: the cosine of their content words (stems) weighted by how rare
  each is among all the compared sentences, so that the event's own name, in every
  sentence, counts for little and a shared rare word for much;
* **shared names and numbers** as strong evidence; **numbers that differ** (each
  sentence has numbers, none in common) and **different speakers** as evidence
  against; **the same speaker** as evidence for (each only as far as the fitted
  weights bear it out: on BASIL's events differing numbers carry none, and speakers and
  containment are left out by cross-validation, as they lowered held-out F1);
* **where** each sentence sits in its source (news puts the main facts first; the
  earlier of the two, since a lead sentence sums up several facts), and **shared
  quotations** (three-word sequences both have);
* **context**: the meaning of each sentence with its neighbours' (two either side) mixed
  in at half weight, so a fact told over several sentences still reads alike.

Headlines and opinions are compared too (a headline states the main fact; an opinion
may word a fact another source reports), but one that no other source matches is in no
fact. (On BASIL's development events this raised
leave-one-event-out link F1 from 0.557 to 0.568: 14 gold links end in a sentence unspin
reads as opinion.) A fact's neutral wording comes from a claim whenever it has one.

A logistic model (weights in ``summarize/data/compare.toml``, fitted by ``python -m
summarize.lab.train_compare``; every weight held to the sign of the evidence) turns
these into the probability that the two sentences share a fact, and the pairs from
``threshold`` on are *links*; so is a pair below it that is a mutual best match (each
sentence the other's most probable match in its source) from ``rescue`` on, when the two
sources already share ``rescue_links`` links (they tell one event; the reason says so).
Each link's reason names the model's signed terms (weight x feature), largest first, and
the base: with it they add up to the logit. Facts are then built globally, not by
chaining: the strongest link not yet in a fact starts one, and a sentence joins it only
when it is linked to every member from the other sources, so a fact implies no link that
was not found; one sentence per source per fact, unless a second sentence of that source
is linked at ``second_fact`` (the fact told over two sentences). A sentence that reports
two facts is in both. Facts that share a sentence become one when the links this adds
average at least ``merge`` and no source would then tell it twice. Every claim sentence
ends in at least one fact; a fact only one source tells is ``unique`` and has one
member.

Shared words, names, numbers and quotations are counted from each key's postings and
meaning is one product of the n x 50 sentence vectors, so 6 sources of 200 sentences
take 0.7-2 s on a shared 2-core machine (bench/compare_speed.py).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from summarize.report import Report
from summarize.text.quotes import mended
from summarize.text.words import words
from summarize.tokenizer import stem as stem_word

SCHEMA = "unspin.compare/1"

#: The most sources one comparison takes.
MAX_SOURCES = 6

#: Sentence kinds whose factual content is compared.
FACT_KINDS = ("claim", "mixed", "title", "opinion")
#: How a fact with no claim among its members is labelled where it is shown: worded as
#: its source wrote it (an opinion or a headline two sources share), not restated.
AS_WRITTEN = "as written (no claim to restate)"
#: Of those, the kinds that are in a fact only when another source tells it too (a
#: headline states the main fact, but a headline no other source matches is no fact; an
#: opinion that words a fact another source reports is that source's take on it, and
#: one no other source matches is the author's own, in no fact).
LINKED_ONLY = ("title", "opinion")
#: A sentence's context: its compared neighbours this many sentences either side.
_CONTEXT_SPAN = 2
#: The weight of the neighbours' mean vector in the context vector (the sentence's own is 1).
_CONTEXT_WEIGHT = 0.5

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
#: Words at most this frequent (rank in the vector table) are function words.
_FUNCTION_RANK = 120
_SIF_A = 1e-3
#: Harmonic number of GloVe's 400,000-word vocabulary: Zipf's normaliser.
_ZIPF_NORM = math.log(400_000) + 0.5772


# --- data -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """The model: feature weights, the bias and the two thresholds."""

    weights: dict[str, float]
    bias: float
    threshold: float
    second_fact: float
    slant_types: tuple[str, ...]
    #: Two facts that share a sentence become one when the links this adds (between
    #: their other sentences, all of different sources) average at least this.
    merge: float = 1.01
    #: A pair below ``threshold`` is still a link when each sentence is the other's best
    #: match in its source (mutual best match) and its probability reaches this...
    rescue: float = 1.01
    #: ...and the two sources share at least this many links at ``threshold`` (they tell
    #: one event: two unrelated articles have few, and would gain chance matches).
    rescue_links: int = 3
    #: A sentence right before or after one of its source's sentences in a fact joins the
    #: fact when each member of the other sources is its best match in that source and its
    #: probability with it reaches this (a fact told over a short run of adjacent sentences;
    #: 1.01 = off: then a second sentence of a source joins only at ``second_fact``).
    adjacent: float = 1.01


@lru_cache(maxsize=1)
def default_settings() -> Settings:
    raw = tomllib.loads(
        resources.files("summarize").joinpath("data/compare.toml").read_text(encoding="utf-8")
    )
    model = raw["model"]
    return Settings(
        weights={k: float(v) for k, v in model["weights"].items()},
        bias=float(model["bias"]),
        threshold=float(model["threshold"]),
        second_fact=float(model["second_fact"]),
        merge=float(model.get("merge", 1.01)),
        rescue=float(model.get("rescue", 1.01)),
        rescue_links=int(model.get("rescue_links", 3)),
        adjacent=float(model.get("adjacent", 1.01)),
        slant_types=tuple(raw["slant"]["cue_types"]),
    )


class Vectors:
    """The compact word-vector table: unit vectors, frequency ranks and the common direction."""

    def __init__(self, words_: list[str], vectors: np.ndarray, common: np.ndarray) -> None:
        self.index = {word: i for i, word in enumerate(words_)}
        self.vectors = vectors
        self.common = common

    def rank(self, word: str) -> int | None:
        found = self.index.get(word)
        return None if found is None else found + 1

    def weight(self, rank: int) -> float:
        """SIF weight ``a / (a + p)`` with p from the Zipf rank."""
        return _sif_weight(rank)


@lru_cache(maxsize=65536)
def _sif_weight(rank: int) -> float:
    probability = 1.0 / (rank * _ZIPF_NORM)
    return _SIF_A / (_SIF_A + probability)


@lru_cache(maxsize=1)
def load_vectors() -> Vectors:
    path = resources.files("summarize").joinpath("data/vectors.npz")
    with path.open("rb") as handle, np.load(handle) as table:
        names = bytes(table["words"]).decode("utf-8").split("\n")
        scale = table["scale"].astype(np.float32)
        vectors = table["vectors"].astype(np.float32) * scale[:, None]
        common = table["common"].astype(np.float32)
    return Vectors(names, vectors, common)


# --- the contract -----------------------------------------------------------------------


@dataclass
class Member:
    """One source's sentence in a fact."""

    source: int
    sentence_id: int


@dataclass
class Link:
    """Why two members (indices into ``Fact.members``) tell the same fact."""

    a: int
    b: int
    score: float
    reason: str


@dataclass
class Fact:
    id: int
    members: list[Member]
    kind: str  # shared | unique
    speaker: str | None
    #: A neutral wording of the fact: the most central member's restatement.
    text: str
    #: shared: the mean probability of its links; unique: how sure it is that no other
    #: source tells it (1 - the best probability against any other source's sentence).
    score: float
    links: list[Link] = field(default_factory=list)
    #: Numbers the sources give differently ("12 vs 15").
    conflicts: list[str] = field(default_factory=list)
    #: ``text`` is a claim's neutral restatement; False when the member it is worded from
    #: is not a claim or a mixed sentence (none is linked at the threshold: the sources
    #: share an opinion or a headline), and ``text`` is then that sentence as written.
    neutral: bool = True


@dataclass
class Profile:
    source: int
    name: str
    sentences: int
    claims: int
    opinions: int
    mixed: int
    mixed_share: float
    facts_shared: int
    facts_unique: int
    #: The author-voice loaded words: [{"word", "count", "type"}], most frequent first.
    slant: list[dict[str, Any]]


@dataclass
class Comparison:
    reports: list[Report]
    facts: list[Fact]
    profiles: list[Profile]
    #: Sources that could not be read: [{"name", "error", "code"}] (the CLI fills it).
    skipped: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        from summarize.report import _plain

        return {
            "schema": self.schema,
            "sources": [report.to_dict() for report in self.reports],
            "facts": [_plain(fact) for fact in self.facts],
            "profiles": [_plain(profile) for profile in self.profiles],
            "skipped": list(self.skipped),
            "warnings": list(self.warnings),
        }


# --- sentence features ----------------------------------------------------------------------


@dataclass
class _Item:
    source: int
    sentence_id: int
    text: str  # the neutral restatement when there is one (the evidence is the original)
    speaker: str | None
    stems: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    vector: np.ndarray
    #: content words in the vector table: (word, SIF weight)
    content: tuple[tuple[str, float], ...] = ()
    #: three-word sequences, lower-cased (a shared one is usually a shared quotation)
    trigrams: frozenset[tuple[str, str, str]] = frozenset()
    #: where the sentence sits in its source (0 first .. 1 last)
    position: float = 0.0
    #: a word as written for each stem (what a reason shows)
    surface: dict[str, str] = field(default_factory=dict)
    #: the sentence's kind in its report (claim, mixed or title)
    kind: str = "claim"
    #: loaded words of the author's in the sentence as the source wrote it, and those its
    #: neutral wording still has (flagged, or all of them when it could not be restated)
    slant: int = 0
    left: int = 0


def _speaker_key(speaker: str | None) -> str | None:
    if not speaker:
        return None
    words = re.findall(r"[\w’'-]+", speaker)
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]  # "The national weather service" opening a sentence: no name
    tokens = [t for t in words if t[:1].isupper()]
    if not tokens:  # "the transport office": its head noun
        tokens = words
    return tokens[-1].lower().replace("’", "'").removesuffix("'s") if tokens else None


def _number(token: str) -> str:
    value = token.replace(",", "")
    if "." in value:
        value = value.rstrip("0").rstrip(".")
    return value


def _features(source: int, sentence_id: int, text: str, speaker: str | None, vectors: Vectors):
    stems: set[str] = set()
    names: set[str] = set()
    total = np.zeros(vectors.vectors.shape[1], dtype=np.float32)
    content: dict[str, float] = {}
    surface: dict[str, str] = {}
    tokens = words(text)
    lowered = [w.lower().replace("’", "'") for _s, _e, w in tokens]
    trigrams = frozenset(zip(lowered, lowered[1:], lowered[2:], strict=False))
    for position, (_start, _end, word) in enumerate(tokens):
        lower = lowered[position]
        rank = vectors.rank(lower)
        if rank is not None and rank <= _FUNCTION_RANK:
            continue
        if lower.isdigit() or _NUMBER.fullmatch(lower):
            continue
        if rank is not None:
            total += vectors.weight(rank) * vectors.vectors[rank - 1]
            content[lower] = vectors.weight(rank)
        stem = stem_word(lower.removesuffix("'s"))
        stems.add(stem)
        surface.setdefault(stem, word.removesuffix("'s").removesuffix("’s"))
        if word[:1].isupper() and (position > 0 or rank is None or rank > 5000):
            names.add(stem)
    numbers = frozenset(_number(m.group()) for m in _NUMBER.finditer(text))
    total -= float(total @ vectors.common) * vectors.common
    norm = float(np.linalg.norm(total))
    vector = total / norm if norm > 0 else total
    return _Item(
        source,
        sentence_id,
        text,
        speaker,
        frozenset(stems),
        frozenset(names),
        numbers,
        vector,
        tuple(content.items()),
        trigrams,
        surface=surface,
    )


def _items(
    reports: list[Report], vectors: Vectors, slant_types: tuple[str, ...] = ()
) -> list[_Item]:
    found: list[_Item] = []
    for index, report in enumerate(reports):
        claims = {claim.sentence_id: claim for claim in report.claims}
        last = max(len(report.sentences) - 1, 1)
        for sentence in report.sentences:
            if sentence.kind not in FACT_KINDS:
                continue
            # The evidence is the source's own words; the fact is shown in neutral ones.
            item = _features(index, sentence.id, sentence.text, sentence.speaker, vectors)
            claim = claims.get(sentence.id)
            item.text = claim.text if claim is not None else sentence.text
            item.position = sentence.id / last
            item.kind = sentence.kind
            item.slant = sum(1 for c in sentence.cues if c.type in slant_types and not c.quoted)
            flagged = sum(1 for e in claim.edits if e.rule == "flag") if claim else item.slant
            item.left = item.slant if claim is None or claim.self_check != "passed" else flagged
            found.append(item)
    return found


# --- pair scores ----------------------------------------------------------------------------


FEATURES = (
    "meaning", "words", "names", "same_number", "other_numbers", "same_speaker", "other_speaker",
    "aligned", "covered", "contained", "quotation", "position", "lead", "context",
)  # fmt: skip


def _shared(sets: list[frozenset], weight: dict | None = None) -> np.ndarray:
    """``out[a, b]`` = the summed weight (1 each by default) of the keys both sets hold.

    Built from each key's postings, so the cost follows the pairs that share a key, not
    n x vocabulary: the sentences of one event share few words beyond the common ones."""
    n = len(sets)
    out = np.zeros((n, n), dtype=np.float32)
    postings: dict[Any, list[int]] = {}
    for i, keys in enumerate(sets):
        for key in keys:
            postings.setdefault(key, []).append(i)
    for key, where in postings.items():
        if len(where) > 1:
            index = np.array(where)
            out[np.ix_(index, index)] += 1.0 if weight is None else weight[key]
    return out


def _matrices(items: list[_Item]) -> dict[str, np.ndarray]:
    """Every feature for every pair of items, as n x n matrices."""
    n = len(items)
    stems = [item.stems for item in items]
    frequency = Counter(stem for keys in stems for stem in keys)
    idf = {stem: math.log((n + 1) / (count + 1)) + 1.0 for stem, count in frequency.items()}
    mass = np.array([sum(idf[s] for s in keys) for keys in stems], dtype=np.float32)
    norms = np.sqrt([sum(idf[s] ** 2 for s in keys) for keys in stems]).astype(np.float32)
    norms[norms == 0] = 1.0
    overlap = _shared(stems, {s: w * w for s, w in idf.items()}) / np.outer(norms, norms)
    containment = _shared(stems, idf) / np.maximum(mass, 1e-9)[:, None]
    contained = np.maximum(containment, containment.T)
    shared_names = _shared([item.names for item in items])
    vecs = np.stack([item.vector for item in items]) if items else np.zeros((0, 1))
    meaning = vecs @ vecs.T
    same_number = _shared([item.numbers for item in items]) > 0
    with_numbers = np.array([bool(item.numbers) for item in items])
    other_numbers = np.outer(with_numbers, with_numbers) & ~same_number
    keys = [_speaker_key(item.speaker) for item in items]
    codes = {key: i for i, key in enumerate(sorted({k for k in keys if k}))}
    speaker = np.array([codes[k] if k else -1 for k in keys])
    known = speaker >= 0
    both = np.outer(known, known)
    same_speaker = both & (speaker[:, None] == speaker[None, :])
    aligned, covered = _soft_alignment(items)
    quotation = np.minimum(_shared([item.trigrams for item in items]), 6.0) / 6.0
    position = np.array([item.position for item in items], dtype=np.float32)
    context = _context_vectors(items, vecs)
    return {
        "lead": np.minimum(position[:, None], position[None, :]),
        "context": (context @ context.T).astype(np.float32),
        "aligned": aligned,
        "covered": covered,
        "contained": contained.astype(np.float32),
        "quotation": quotation.astype(np.float32),
        "position": np.abs(position[:, None] - position[None, :]),
        "meaning": meaning.astype(np.float32),
        "words": overlap.astype(np.float32),
        "names": np.minimum(shared_names, 3.0).astype(np.float32),
        "same_number": same_number.astype(np.float32),
        "other_numbers": other_numbers.astype(np.float32),
        "same_speaker": same_speaker.astype(np.float32),
        "other_speaker": (both & ~same_speaker).astype(np.float32),
    }


def _context_vectors(items: list[_Item], vecs: np.ndarray) -> np.ndarray:
    """Each sentence's vector plus half the mean of its compared neighbours' (up to
    ``_CONTEXT_SPAN`` sentences either side in its source), renormalised: a fact told over
    several sentences, or a sentence whose subject its neighbour names, reads alike."""
    out = vecs.astype(np.float32, copy=True)
    by_source: dict[int, list[int]] = {}
    for i, item in enumerate(items):
        by_source.setdefault(item.source, []).append(i)
    for members in by_source.values():
        members.sort(key=lambda i: items[i].sentence_id)
        for x, i in enumerate(members):
            near = [
                j
                for j in members[max(0, x - _CONTEXT_SPAN) : x + _CONTEXT_SPAN + 1]
                if j != i and abs(items[j].sentence_id - items[i].sentence_id) <= _CONTEXT_SPAN
            ]
            if near:
                out[i] = vecs[i] + _CONTEXT_WEIGHT * vecs[near].mean(axis=0)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-9)


def _soft_alignment(items: list[_Item]) -> tuple[np.ndarray, np.ndarray]:
    """Word mover's style matching: each content word of one sentence finds its closest
    word in the other (cosine of their vectors); the SIF-weighted mean over the words.
    ``aligned`` is the lower of the two directions, ``covered`` the higher (a short
    sentence wholly told inside a long one)."""
    vectors = load_vectors()
    vocabulary: dict[str, int] = {}
    for item in items:
        for word, _weight in item.content:
            vocabulary.setdefault(word, len(vocabulary))
    n = len(items)
    if not vocabulary:
        zero = np.zeros((n, n), dtype=np.float32)
        return zero, zero
    table = np.stack([vectors.vectors[vectors.index[w]] for w in vocabulary])
    table /= np.maximum(np.linalg.norm(table, axis=1, keepdims=True), 1e-9)
    similar = table @ table.T
    best = np.full((n, len(vocabulary)), -1.0, dtype=np.float32)
    columns: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    for i, item in enumerate(items):
        mine = np.array([vocabulary[w] for w, _ in item.content], dtype=np.intp)
        mass = np.array([w for _, w in item.content], dtype=np.float32)
        columns.append(mine)
        weights.append(mass / mass.sum() if len(mass) else mass)
        if len(mine):
            best[i] = similar[:, mine].max(axis=1)
    # one_way[a, b]: how well b's words match a's (a's few words, against every b).
    one_way = np.zeros((n, n), dtype=np.float32)
    for a in range(n):
        if len(columns[a]):
            one_way[a] = best[:, columns[a]] @ weights[a]
    return np.minimum(one_way, one_way.T), np.maximum(one_way, one_way.T)


def probabilities(matrices: dict[str, np.ndarray], settings: Settings) -> np.ndarray:
    """The logistic model over the feature matrices: P(two sentences share a fact)."""
    logit = np.full_like(matrices["meaning"], settings.bias)
    for name in FEATURES:
        logit += settings.weights.get(name, 0.0) * matrices[name]
    return 1.0 / (1.0 + np.exp(-logit))


#: How a feature is named where a link's signed contributions are listed.
_LABELS = {
    "meaning": "meaning", "words": "rare shared words", "names": "shared names",
    "same_number": "same number", "other_numbers": "numbers differ",
    "same_speaker": "same speaker", "other_speaker": "other speaker",
    "aligned": "word match", "covered": "word match (one way)", "contained": "words contained",
    "quotation": "shared quotation", "position": "apart in sources", "lead": "late in source",
    "context": "meaning with neighbours",
}  # fmt: skip
#: At most this many signed contributions are named in a link's reason.
_SHOWN_TERMS = 4


def contributions(
    m: dict[str, np.ndarray], i: int, j: int, settings: Settings
) -> list[tuple[str, float]]:
    """The pair's signed terms of the model (weight x feature), largest first: with the bias
    they add up to the logit whose logistic is the link's probability."""
    terms = [
        (name, settings.weights.get(name, 0.0) * float(m[name][i, j]))
        for name in FEATURES
        if settings.weights.get(name, 0.0)
    ]
    return sorted((t for t in terms if abs(t[1]) >= 0.005), key=lambda t: -abs(t[1]))


def _reason(a: _Item, b: _Item, m: dict[str, np.ndarray], i: int, j: int, p: float,
            settings: Settings | None = None) -> str:  # fmt: skip
    parts: list[str] = []
    if m["same_speaker"][i, j]:
        parts.append(f"same speaker, {a.speaker}")
    elif m["other_speaker"][i, j]:
        parts.append(f"different speakers ({a.speaker} / {b.speaker})")
    shared = sorted(a.surface[stem] for stem in a.stems & b.stems)
    if shared:
        shown = ", ".join(shared[:4]) + (", …" if len(shared) > 4 else "")
        noun = "content word" if len(shared) == 1 else "content words"
        parts.append(f"{len(shared)} shared {noun} ({shown})")
    names = sorted(a.surface[stem] for stem in a.names & b.names)
    if names:
        parts.append("shared names: " + ", ".join(names[:3]))
    same = sorted(a.numbers & b.numbers)
    if same:
        parts.append("same numbers: " + ", ".join(same[:3]))
    elif m["other_numbers"][i, j]:
        parts.append(
            f"numbers differ: {', '.join(sorted(a.numbers)[:3])} vs "
            f"{', '.join(sorted(b.numbers)[:3])}"
        )
    parts.append(f"similar meaning {float(m['meaning'][i, j]):.2f}")
    if settings is not None:
        terms = contributions(m, i, j, settings)
        shown = ", ".join(f"{_LABELS.get(n, n)} {v:+.2f}" for n, v in terms[:_SHOWN_TERMS])
        rest = sum(v for _n, v in terms[_SHOWN_TERMS:])
        if len(terms) > _SHOWN_TERMS:
            shown += f", others {rest:+.2f}"
        parts.append(f"evidence {shown}; base {settings.bias:+.2f}")
    parts.append(f"probability {p:.2f}")
    return "; ".join(parts)


# --- grouping -------------------------------------------------------------------------------


def mutual_best(sources: np.ndarray, p: np.ndarray) -> np.ndarray:
    """``out[a, b]``: sentences a and b of two different sources are each other's best
    match in the other's source (the highest probability in their rows of that source;
    ties go to the earlier sentence)."""
    n = len(sources)
    out = np.zeros((n, n), dtype=bool)
    members = {int(s): np.nonzero(sources == s)[0] for s in np.unique(sources)}
    for x, rows in members.items():
        for y, cols in members.items():
            if x >= y:
                continue
            block = p[np.ix_(rows, cols)]
            best_col = block.argmax(axis=1)
            best_row = block.argmax(axis=0)
            mine = np.nonzero(best_row[best_col] == np.arange(len(rows)))[0]
            out[rows[mine], cols[best_col[mine]]] = True
    return out | out.T


def rescued(sources: np.ndarray, p: np.ndarray, settings: Settings) -> np.ndarray:
    """The pairs below ``threshold`` that are links all the same: mutual best matches
    (:func:`mutual_best`) from ``rescue`` on, between two sources that share at least
    ``rescue_links`` links at ``threshold``."""
    out = mutual_best(sources, p) & (p >= settings.rescue) & (p < settings.threshold)
    if not out.any():
        return out
    linked = (p >= settings.threshold) & (sources[:, None] != sources[None, :])
    for x in np.unique(sources):
        for y in np.unique(sources):
            rows, cols = sources == x, sources == y
            if x < y and linked[np.ix_(rows, cols)].sum() < settings.rescue_links:
                out[np.ix_(rows, cols)] = False
                out[np.ix_(cols, rows)] = False
    return out


def group(
    items: list[_Item], p: np.ndarray, settings: Settings, rescue: np.ndarray | None = None
) -> list[list[int]]:
    """Facts as lists of item indices: a global, best-first cover of the links by groups
    in which every two sentences of different sources are linked.

    Links are the cross-source pairs whose probability reaches ``threshold``, and the
    pairs of ``rescue`` (from :func:`rescued` when not given: mutual best matches between
    two sources that tell one event). The strongest link not yet in a fact starts one; the
    sentences linked to *every* member of another source join it, most similar first,
    while the fact has no sentence of their source yet; a second sentence of a source
    that already tells the fact joins only at ``second_fact`` (the fact told over two
    sentences). So a fact never implies a link that was not found, and a sentence that
    reports two facts is in both."""
    n = len(items)
    sources = np.array([item.source for item in items])
    cross = sources[:, None] != sources[None, :]
    if rescue is None:
        rescue = rescued(sources, p, settings)
    linked = cross & ((p >= settings.threshold) | rescue)
    place = np.array([item.sentence_id for item in items])
    beside = ~cross & (np.abs(place[:, None] - place[None, :]) == 1)
    # Each sentence's best probability with each source's sentences.
    best = np.zeros((n, int(sources.max()) + 1 if n else 1))
    for src in np.unique(sources):
        best[:, src] = p[:, sources == src].max(axis=1)
    ii, jj = np.nonzero(np.triu(linked, k=1))
    order = np.argsort(-p[ii, jj], kind="stable")
    covered = np.zeros((n, n), dtype=bool)
    groups: list[list[int]] = []
    for k in order:
        a, b = int(ii[k]), int(jj[k])
        if covered[a, b]:
            continue
        fact = [a, b]
        near = np.nonzero(linked[a] | linked[b] | beside[a] | beside[b])[0]
        near = near[(near != a) & (near != b)]
        candidates = near[np.argsort(-p[np.ix_(near, fact)].mean(axis=1), kind="stable")]
        for c in map(int, candidates):
            others = [m for m in fact if sources[m] != sources[c]]
            if (
                len(others) < len(fact)
                and any(beside[c, m] for m in fact)
                and all(
                    p[c, m] >= settings.adjacent and p[c, m] >= best[c, sources[m]] for m in others
                )
                and not all(covered[c, m] for m in others)
            ):
                fact.append(c)  # the fact told over a run: next to its source's sentence in it
                continue
            if not all(linked[c, m] for m in others) or all(covered[c, m] for m in others):
                continue  # not linked to every member, or adds no link not told already
            if len(others) < len(fact) and not all(p[c, m] >= settings.second_fact for m in others):
                continue  # its source already tells this fact
            fact.append(c)
        index = np.array(fact)
        covered[np.ix_(index, index)] = True
        groups.append(fact)
    groups = _merge(groups, sources, p, settings.merge)
    told = {i for fact in groups for i in fact}
    groups += [[i] for i in range(n) if i not in told and items[i].kind not in LINKED_ONLY]
    # A group wholly inside another (both sentences also in a larger fact) says nothing new.
    containing: dict[int, list[int]] = {}
    for g, group_ in enumerate(groups):
        for i in group_:
            containing.setdefault(i, []).append(g)
    sets = [frozenset(g) for g in groups]
    groups = [
        group_
        for k, group_ in enumerate(groups)
        if not any(o != k and sets[k] < sets[o] for o in containing[group_[0]])
    ]
    for group_ in groups:
        group_.sort(key=lambda i: (items[i].source, items[i].sentence_id))
    groups.sort(key=lambda g: (items[g[0]].source, items[g[0]].sentence_id, len(g)))
    return groups


def _merge(groups: list[list[int]], sources: np.ndarray, p: np.ndarray, bar: float):
    """Join facts that share a sentence when their other sentences come from different
    sources and the links the join adds average at least ``bar``: best join first, each
    checked again against the facts as joined so far (one pass over the candidates)."""

    def added(mine: list[int], theirs: list[int]) -> float | None:
        only_mine = [i for i in mine if i not in theirs]
        only_theirs = [j for j in theirs if j not in mine]
        if {int(sources[i]) for i in only_mine} & {int(sources[j]) for j in only_theirs}:
            return None  # a source would tell the fact twice
        values = [float(p[i, j]) for i in only_mine for j in only_theirs]
        return sum(values) / len(values) if values else 1.0

    holding: dict[int, list[int]] = {}
    for g, fact in enumerate(groups):
        for i in fact:
            holding.setdefault(i, []).append(g)
    candidates: set[tuple[int, int]] = set()
    for shared in holding.values():
        for x in range(len(shared)):
            for y in range(x + 1, len(shared)):
                candidates.add((shared[x], shared[y]))
    ranked = []
    for g, h in candidates:
        value = added(groups[g], groups[h])
        if value is not None and value >= bar:
            ranked.append((-value, g, h))
    ranked.sort()
    parent = list(range(len(groups)))
    current = {g: list(fact) for g, fact in enumerate(groups)}

    def find(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for _, g, h in ranked:
        a, b = find(g), find(h)
        if a == b:
            continue
        value = added(current[a], current[b])
        if value is None or value < bar:
            continue
        current[a] += [j for j in current.pop(b) if j not in current[a]]
        parent[b] = a
    return [current[g] for g in sorted(current)]


def _fact(fid: int, group_: list[int], items: list[_Item], p: np.ndarray,
          m: dict[str, np.ndarray], elsewhere: np.ndarray,
          settings: Settings | None = None, rescue: np.ndarray | None = None) -> Fact:  # fmt: skip
    sources = {items[i].source for i in group_}
    members = [Member(items[i].source, items[i].sentence_id) for i in group_]
    links: list[Link] = []
    for x, i in enumerate(group_):
        for y in range(x + 1, len(group_)):
            j = group_[y]
            if items[i].source != items[j].source:
                score = float(p[i, j])
                reason = _reason(items[i], items[j], m, i, j, score, settings)
                if settings is not None and rescue is not None and rescue[i, j]:
                    reason += (
                        f"; below the threshold {settings.threshold:g}, linked as each "
                        "other's best match in their sources"
                    )
                elif settings is not None and score < settings.threshold:
                    for k in (i, j):
                        run = [
                            items[n].sentence_id
                            for n in group_
                            if items[n].source == items[k].source
                            and abs(items[n].sentence_id - items[k].sentence_id) == 1
                        ]
                        if run:
                            reason += (
                                f"; below the threshold {settings.threshold:g}, joined as the "
                                f"sentence next to its source's sentence {run[0]} in this fact "
                                "(the fact told over both), this being its best match"
                            )
                            break
                links.append(Link(x, y, round(score, 4), reason))
    if len(sources) > 1:
        score = sum(link.score for link in links) / max(len(links), 1)
        kind = "shared"
        centrality = [
            sum(float(p[i, j]) for j in group_ if items[j].source != items[i].source)
            for i in group_
        ]
        # A headline words the fact last: a sentence of the body first; of those, the one
        # whose neutral wording keeps the fewest loaded words, then the source that used
        # the fewest (a restatement of a slanted sentence keeps its frame), then the most
        # central.
        # Of the members linked at the threshold, not those joined below it as a
        # neighbour of a member (they lean on the fact, they do not word it).
        bar = settings.threshold if settings is not None else 0.0
        strong = [
            x
            for x, i in enumerate(group_)
            if any(
                float(p[i, j]) >= bar or (rescue is not None and rescue[i, j])
                for j in group_
                if items[j].source != items[i].source
            )
        ] or list(range(len(group_)))
        best = max(
            strong,
            key=lambda x: (
                items[group_[x]].kind not in LINKED_ONLY,
                -items[group_[x]].left,
                -items[group_[x]].slant,
                centrality[x],
                -len(items[group_[x]].text),
            ),
        )
    else:
        score = 1.0 - float(elsewhere[group_[0]])
        kind = "unique"
        best = 0
        strong = [0]
    speakers = Counter(items[group_[x]].speaker for x in strong if items[group_[x]].speaker)
    conflicts: list[str] = []
    for link in links:
        i, j = group_[link.a], group_[link.b]
        if m["other_numbers"][i, j]:
            conflicts.append(
                f"{', '.join(sorted(items[i].numbers))} vs {', '.join(sorted(items[j].numbers))}"
            )
    return Fact(
        id=fid,
        members=members,
        kind=kind,
        speaker=speakers.most_common(1)[0][0] if speakers else None,
        text=mended(items[group_[best]].text),  # shown alone: with the marks it lacks
        score=round(score, 4),
        links=links,
        conflicts=conflicts,
        neutral=items[group_[best]].kind not in LINKED_ONLY,
    )


def _profile(index: int, report: Report, facts: list[Fact], slant_types: tuple[str, ...]):
    counts = report.counts
    judged = counts["claim"] + counts["opinion"] + counts["mixed"]
    mine = [f for f in facts if any(member.source == index for member in f.members)]
    loaded: Counter[tuple[str, str]] = Counter()
    for sentence in report.sentences:
        for cue in sentence.cues:
            if cue.type in slant_types and not cue.quoted:
                loaded[(cue.text.lower(), cue.type)] += 1
    return Profile(
        source=index,
        name=report.source.name,
        sentences=counts["sentences"],
        claims=counts["claim"],
        opinions=counts["opinion"],
        mixed=counts["mixed"],
        mixed_share=round(counts["mixed"] / judged, 4) if judged else 0.0,
        facts_shared=sum(1 for f in mine if f.kind == "shared"),
        facts_unique=sum(1 for f in mine if f.kind == "unique"),
        slant=[
            {"word": word, "count": count, "type": kind}
            for (word, kind), count in sorted(loaded.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
    )


def compare(reports: list[Report], *, settings: Settings | None = None) -> Comparison:
    """Group the claims of 2-6 analysed reports into facts (see the module's text)."""
    if not 2 <= len(reports) <= MAX_SOURCES:
        raise ValueError(f"compare takes 2 to {MAX_SOURCES} sources, not {len(reports)}")
    settings = settings or default_settings()
    items = _items(reports, load_vectors(), settings.slant_types)
    warnings: list[str] = []
    seen: dict[str, int] = {}
    for index, report in enumerate(reports):
        if "perspective" not in report.stages:
            warnings.append(f"source {index} ({report.source.name}) has no claims analysis")
        digest = report.source.sha256
        if digest and digest in seen:
            first = seen[digest]
            warnings.append(
                f"source {index} ({report.source.name}) is the same text as source {first} "
                f"({reports[first].source.name}): every sentence links to itself"
            )
        elif digest:
            seen[digest] = index
    if items:
        m = _matrices(items)
        p = probabilities(m, settings)
        sources = np.array([item.source for item in items])
        rescue = rescued(sources, p, settings)
        groups = group(items, p, settings, rescue)
        elsewhere = np.where(sources[:, None] != sources[None, :], p, 0.0).max(axis=1)
    else:
        m, p, groups, elsewhere = {}, np.zeros((0, 0)), [], np.zeros(0)
        rescue = np.zeros((0, 0), dtype=bool)
    facts = [
        _fact(fid, g, items, p, m, elsewhere, settings, rescue) for fid, g in enumerate(groups)
    ]
    # shared facts first, then unique ones, numbered in that order: the ids a reader sees
    # in each list run on without gaps
    facts = [f for f in facts if f.kind == "shared"] + [f for f in facts if f.kind != "shared"]
    for fid, fact in enumerate(facts):
        fact.id = fid
    profiles = [
        _profile(index, report, facts, settings.slant_types) for index, report in enumerate(reports)
    ]
    return Comparison(reports=list(reports), facts=facts, profiles=profiles, warnings=warnings)


def pair_features(reports: list[Report]) -> tuple[list[tuple[int, int]], dict[str, np.ndarray]]:
    """(source, sentence_id) of every compared sentence and the feature matrices (lab use)."""
    items = _items(reports, load_vectors())
    return [(i.source, i.sentence_id) for i in items], _matrices(items) if items else {}


__all__ = [
    "SCHEMA",
    "Comparison",
    "Fact",
    "Link",
    "Member",
    "Profile",
    "Settings",
    "compare",
    "default_settings",
    "load_vectors",
]
