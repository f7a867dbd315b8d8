"""The report: the one contract between the engine, the pipe and the TUI.

Everything unspin finds about an article lives in a :class:`Report`. Its JSON
form (:meth:`Report.to_dict`) is public: scripts pipe it into ``jq`` and the
TUI reads it back with :meth:`Report.from_dict`. Fields may be added freely;
renaming or dropping one needs a new ``SCHEMA``.

Offsets (``start``/``end`` of sentences, cues and edits) are character offsets
into the *normalised* source text, so ``text == normalised[start:end]``. For a
clean UTF-8 text file the normalised text is the file itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA = "unspin.report/1"


class Kind(StrEnum):
    """A sentence's kind: the one list of kinds. Members are strings (``Kind.CLAIM ==
    "claim"``), so the JSON form is unchanged. ``other`` is anything the perspective
    stage has not classified (or cannot: a dateline, a byline, a lone symbol)."""

    TITLE = "title"
    CLAIM = "claim"
    OPINION = "opinion"
    MIXED = "mixed"
    OTHER = "other"


#: The kinds in their order in ``counts``.
KINDS = tuple(k.value for k in Kind)

#: The letter that carries each kind without colour (monochrome terminals, colour-blind
#: readers): the pipe's and the reading room's.
KIND_MARK = {Kind.CLAIM: "C", Kind.OPINION: "O", Kind.MIXED: "M", Kind.TITLE: "T", Kind.OTHER: "·"}


@dataclass
class Source:
    """Where the text came from and what it was."""

    name: str
    chars: int
    sha256: str
    format: str = "text"  # text | markdown | html
    encoding: str = "utf-8"
    url: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Cue:
    """A piece of wording that tells something about the author's voice."""

    start: int
    end: int
    text: str
    type: str
    explanation: str
    #: > 0 pushes towards opinion, < 0 towards a plain claim.
    weight: float = 0.0
    #: True when the cue sits inside a quotation or attributed speech.
    quoted: bool = False


@dataclass(slots=True)
class Edit:
    """One change made while restating a sentence in neutral words."""

    start: int
    end: int
    original: str
    replacement: str
    reason: str
    rule: str = ""
    #: The edit as a person reads it: "removed ‘falsely’ (the author's verdict on truth)",
    #: "‘regime’ → ‘government’ (a loaded label)", "kept ‘rioters’ (…)". A flag (rule
    #: "flag") changes nothing: ``replacement == original``, the word is only marked.
    note: str = ""


@dataclass(slots=True)
class Attribution:
    """Who speaks in a sentence, and in which words."""

    speaker: str | None = None
    verb: str | None = None
    #: [start, end] offsets of quoted spans (the quotation marks included).
    quotes: list[list[int]] = field(default_factory=list)
    #: True when the speaker was carried over from an earlier sentence.
    inherited: bool = False
    #: How the speaker was found, in words ("‘stressed’ reports Sergey Rybakov's words").
    reason: str = ""
    #: 0-1: how sure the speaker is (None without a speaker); 0.8 and up counts as certain.
    confidence: float | None = None


@dataclass(slots=True)
class Sentence:
    id: int
    start: int
    end: int
    text: str
    paragraph: int
    kind: str = Kind.OTHER.value
    speaker: str | None = None
    confidence: float | None = None
    cues: list[Cue] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    attribution: Attribution | None = None
    #: 0-1: how sure ``speaker`` is (None without a speaker); 0.8 and up counts as certain.
    speaker_confidence: float | None = None
    #: How ``speaker`` was found, in words (None without a speaker).
    speaker_reason: str | None = None


@dataclass
class Summary:
    algorithm: str
    sentence_ids: list[int] = field(default_factory=list)
    #: Score of each selected sentence, parallel to ``sentence_ids``.
    scores: list[float] = field(default_factory=list)
    #: Rank of each selected sentence (1 = best), parallel to ``sentence_ids``.
    ranks: list[int] = field(default_factory=list)
    #: How the length was asked for: "5" or "20%".
    length: str = ""
    #: Which implementation computed it: "sumy" or "fast".
    engine: str = "sumy"
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    sentence_id: int
    text: str
    speaker: str | None = None
    edits: list[Edit] = field(default_factory=list)
    #: "passed": the restatement kept every name, number, date, negation and hedge and
    #: reads as a sentence; "failed": ``text`` is the original wording, its loaded words
    #: flagged in ``edits``, and ``problems`` says why.
    self_check: str = "passed"
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Opinion:
    sentence_id: int
    text: str
    cues: list[Cue] = field(default_factory=list)


@dataclass
class Digest:
    """What happened, without the author, beside the author's view in brief.

    ``claim_ids`` are the sentence ids of the claims and mixed sentences chosen when
    the summary algorithm ranks only their neutral restatements (those that passed
    their self-check with no loaded word left); ``opinion_ids`` are the top-ranked
    opinion and mixed sentences ("the author's view in brief"). Both in text order;
    ``claim_ranks``/``opinion_ranks`` (1 = best) run parallel to them.
    """

    algorithm: str
    length: str = ""
    claim_ids: list[int] = field(default_factory=list)
    opinion_ids: list[int] = field(default_factory=list)
    claim_ranks: list[int] = field(default_factory=list)
    opinion_ranks: list[int] = field(default_factory=list)
    #: Neutral text of each digest claim, parallel to ``claim_ids``.
    claim_texts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Report:
    source: Source
    sentences: list[Sentence]
    summary: Summary | None = None
    claims: list[Claim] = field(default_factory=list)
    opinions: list[Opinion] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    generator: dict[str, str] = field(default_factory=dict)
    #: The stages that ran: "segment", "summary", "perspective". Without "perspective",
    #: every kind is title/other and claims/opinions are empty because nobody looked.
    stages: list[str] = field(default_factory=list)
    schema: str = SCHEMA
    #: The neutral digest (``analyze`` and ``summary --neutral``); None when not made.
    digest: Digest | None = None

    @property
    def counts(self) -> dict[str, int]:
        counts = {kind: 0 for kind in KINDS}
        for sentence in self.sentences:
            counts[sentence.kind] = counts.get(sentence.kind, 0) + 1
        return {
            "sentences": len(self.sentences),
            "paragraphs": len({s.paragraph for s in self.sentences}),
            **counts,
            "claims": len(self.claims),
            "opinions": len(self.opinions),
        }

    def sentence(self, sentence_id: int) -> Sentence:
        return self.sentences[sentence_id]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: ``schema`` first, then everything else."""
        return {
            key: list(value) if isinstance(value, Iterator) else value
            for key, value in self.json_items()
        }

    def json_items(self, *, objects: bool = False) -> list[tuple[str, Any]]:
        """The JSON form's (key, value) pairs in order, each long list as an iterator that
        makes one plain item at a time: a writer can stream a book-length report without
        holding its whole plain copy (:func:`summarize.render.json_chunks`).
        ``objects=True``: the long lists' items are the report's own objects (dataclasses),
        for an encoder that writes those itself."""
        each = _same if objects else _plain
        return [
            ("schema", self.schema),
            ("generator", dict(self.generator)),
            ("stages", list(self.stages)),
            ("source", _plain(self.source)),
            ("counts", self.counts),
            ("sentences", map(each, self.sentences)),
            ("summary", _plain(self.summary) if self.summary else None),
            ("claims", map(each, self.claims)),
            ("opinions", map(each, self.opinions)),
            ("warnings", list(self.warnings)),
            *([("digest", _plain(self.digest))] if self.digest is not None else []),
        ]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """Read a report back from its JSON form (unknown fields are ignored)."""
        schema = data.get("schema", "")
        if not str(schema).startswith("unspin.report/"):
            raise ValueError(f"not an unspin report (schema {schema!r})")
        if schema != SCHEMA:
            raise ValueError(f"unsupported report schema {schema!r}; this unspin reads {SCHEMA!r}")
        summary = data.get("summary")
        digest = data.get("digest")
        return cls(
            digest=_build(Digest, digest) if digest else None,
            schema=schema,
            generator=dict(data.get("generator") or {}),
            source=_build(Source, data["source"]),
            sentences=[_sentence(s) for s in data.get("sentences", [])],
            summary=_build(Summary, summary) if summary else None,
            claims=[
                _build(Claim, {**c, "edits": [_build(Edit, e) for e in c.get("edits", [])]})
                for c in data.get("claims", [])
            ],
            opinions=[
                _build(Opinion, {**o, "cues": [_build(Cue, q) for q in o.get("cues", [])]})
                for o in data.get("opinions", [])
            ],
            warnings=list(data.get("warnings", [])),
            stages=list(data.get("stages", [])),
        )


#: Types whose values are their own JSON form.
_SCALARS = frozenset({str, int, float, bool, type(None)})
#: Each dataclass's field names, in order (looked up once per class, not per object).
_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _same(value: Any) -> Any:
    return value


def _plain(value: Any) -> Any:
    """A dataclass tree as plain dicts and lists: what ``dataclasses.asdict`` gives,
    without its deep copies (2.5 times faster; seconds on a book-length report)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list or kind is tuple:
        return [item if type(item) in _SCALARS else _plain(item) for item in value]
    names = _FIELDS.get(kind, ())
    if names == ():
        names = _FIELDS[kind] = (
            tuple(kind.__dataclass_fields__) if hasattr(kind, "__dataclass_fields__") else None
        )
    if names is not None:
        plain = {}
        for name in names:
            item = getattr(value, name)
            plain[name] = item if type(item) in _SCALARS else _plain(item)
        return plain
    if kind is dict:
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, str):  # a Kind: its plain string
        return str(value)
    return value


#: :func:`_plain` for other modules (the JSON writer's fallback).
plain = _plain


def _build(kind: type, data: dict[str, Any]) -> Any:
    names = kind.__dataclass_fields__.keys()
    return kind(**{k: v for k, v in data.items() if k in names})


def _sentence(data: dict[str, Any]) -> Sentence:
    attribution = data.get("attribution")
    return _build(
        Sentence,
        {
            **data,
            "cues": [_build(Cue, c) for c in data.get("cues", [])],
            "attribution": _build(Attribution, attribution) if attribution else None,
        },
    )
