"""Attribution: who speaks in a sentence, how sure unspin is, and why.

A sentence is *attributed* when its words are reported as someone else's:

* a reporting verb with its subject, before or after the quotation: "X said",
  "said X", ``“…,” X said.``, ``“…,” said Ms Hale, a spokeswoman.``, "X told reporters",
  "X was quoted as saying", "X declined to comment";
* "according to X";
* a quotation whose speaker is known on evidence: the same quotation began in an
  earlier sentence, or the sentence comes directly after the one that introduced the
  quotation run, or the quotation's attribution follows its end ("… three sentences …,”
  said X.").

Speakers are noun phrases naming a person or an organisation: a proper name with its
title, or a role or group ("the mayor", "police", "a spokesman for X", "researchers at
X"), never a clause fragment: a phrase whose head is neither a name nor a speaker noun
of ``summarize/data/speakers.toml`` is not taken. Pronouns ("he", "she", "they") take
the nearest compatible speaker of the same or the previous sentence or of the quotation
run; gender comes from titles and first names (``summarize/data/names.txt``, completed by
the census names of ``given_names.txt``). When the evidence is not there the speaker
stays empty: a missing speaker costs less than a wrong one. Each speaker carries a
confidence and a reason.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from summarize.perspective.lexicon import Lexicon, Match
from summarize.text.clauses import FINITE as _FINITE  # tags of a finite verb
from summarize.text.clauses import object_then_verb, takes_a_thing
from summarize.text.quotes import continues, inside
from summarize.text.words import MONTHS, WORD, words  # noqa: F401 - re-exported for now

__all__ = [
    "CERTAIN",
    "Found",
    "SpeakerState",
    "find",
    "is_given_name",
    "is_quote_only",
    "reads_as_verb",
    "strip_title",
    "surname",
    "words",
]

#: A speaker at or above this confidence may be named in a restatement ("X said: …").
CERTAIN = 0.8

_BREAK_GAP = re.compile(r"[,;:—–()\"“”]|(?<!\S)-(?!\S)")
_BREAK_GAP2 = re.compile(r"[,;:—–()\"“”«»]|(?<!\S)-(?!\S)")
_END_GAP = re.compile(r"[,;:.!?—–()\"“”«»]")
_WORD_CHAR = re.compile(r"\w")


# --- word lists ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lists:
    verbs: frozenset[str]  # every inflected form of a reporting verb
    lemma: dict[str, str]
    ambiguous: frozenset[str]  # forms that may be nouns: checked with the tagger
    refusal: frozenset[str]
    refusal_objects: frozenset[str]
    not_after_call: frozenset[str]
    deny_deeds: frozenset[str]
    phrasal: dict[str, frozenset[str]]  # verb form -> particles
    between: frozenset[str]
    #: Adjectives of readiness between "was" and "to" before a reporting verb
    #: ("X was quick to point out"): the subject of "was" speaks.
    eager: frozenset[str]
    #: Verbs before "to" that keep the subject speaking ("continues to insist").
    before_to: frozenset[str]
    causing: frozenset[str]
    postnominal: frozenset[str]
    #: Sentence adverbs set off by commas between a subject and its verb ("however").
    asides: frozenset[str]
    titles: frozenset[str]
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    person_heads: frozenset[str]
    group_heads: frozenset[str]
    documents: frozenset[str]
    channels: frozenset[str]
    source_modifiers: tuple[tuple[str, ...], ...]
    not_names: frozenset[str]
    #: Words also used as given names, a name only right before a surname.
    given_also: frozenset[str]
    names: dict[str, str]  # first name -> "m" | "f"
    cue_words: frozenset[str]  # every word that may start a report
    #: Verbs that report through their object ("issued a statement"): form -> lemma,
    #: and the objects that make them reports.
    acts: dict[str, str] = field(default_factory=dict)
    act_objects: frozenset[str] = frozenset()
    #: Speech-act verbs whose past is their base form ("set"): read by the tagger.
    bare_past_acts: frozenset[str] = frozenset()
    #: Adverbs that make a speech act a habit, not a report ("rarely issues statements").
    habitual: frozenset[str] = frozenset()
    #: Reporting verbs that also share things ("posted a photo"): reports only with words.
    needs_content: frozenset[str] = frozenset()
    #: Reporting verbs that also watch or keep ("observed the launch"): words only without
    #: an object right after them.
    watching: frozenset[str] = frozenset()
    media: frozenset[str] = frozenset()
    #: Results a company or a team posts ("posted a record profit"): no words.
    figures: frozenset[str] = frozenset()
    #: Verbs that decide, not say, before "to" and a verb ("agreed to raise charges").
    acts_before_to: frozenset[str] = frozenset()
    #: Participles that make a role with a title ("sporting director", "acting chairman").
    role_participles: frozenset[str] = frozenset()
    #: Past frames before "to know" that report a question ("wanted to know").
    to_know: frozenset[str] = frozenset()
    affiliations: frozenset[str] = frozenset()
    #: Reporting verbs whose passive names the speaker after "by" ("was announced by").
    passive: frozenset[str] = frozenset()
    #: Nouns after "by" that name a means, not an agent ("said by phone").
    by_means: frozenset[str] = frozenset()
    #: Reporting verbs whose "-ing" after "is"/"was" is work, not words ("is writing a book").
    not_progressive: frozenset[str] = frozenset()
    #: Verbs that report a document's findings ("the survey found"): not for people.
    document_verbs: frozenset[str] = frozenset()
    findings_verbs: frozenset[str] = frozenset()  # "Researchers found that …"
    findings_objects: frozenset[str] = frozenset()  # "… found no clear difference"
    view_nouns: frozenset[str] = frozenset()  # "X's argument is that …"
    #: Heads of descriptions that stand for a person just named ("the Ohio Republican").
    descriptions: frozenset[str] = frozenset()
    #: Of those, nationalities ("the American"): they tell one person from another.
    nationalities: frozenset[str] = frozenset()
    #: Adjectives between an article and a document's owner ("a new Pentagon report").
    document_adjectives: frozenset[str] = frozenset()
    #: Participles between a document and its author ("figures released by …").
    document_authored: frozenset[str] = frozenset()
    #: Last words of a document's name ("the Army Field Manual"), never a person's.
    named_documents: frozenset[str] = frozenset()
    #: Last words of an event's name ("the European Indoor Championships"), never a person's.
    named_events: frozenset[str] = frozenset()
    #: Last words of a firm's name ("Delta Airlines", "Acme Holdings"), never a person's.
    firm_endings: frozenset[str] = frozenset()
    #: Words of a department named after an office ("Minister of Foreign Affairs X").
    department_words: frozenset[str] = frozenset()
    #: Roles many people hold for someone else ("aide", "staffer"): no office of one person.
    staff: frozenset[str] = frozenset()
    #: Verbs of saying that also take a thing won or taken ("claimed the title").
    take_things: frozenset[str] = frozenset()
    #: Group nouns that may stand for any organisation just named ("the group").
    generic_groups: frozenset[str] = frozenset()
    #: ... and those that fit an organisation whose name is no group noun ("Acme").
    business_groups: frozenset[str] = frozenset()
    #: Words that may stand before an office in a description of someone just named.
    office_modifiers: frozenset[str] = frozenset()
    #: Document nouns by kind ("article" -> "publication"): one stands for another.
    document_kind: dict[str, str] = field(default_factory=dict)
    #: Reporting verbs that may close a sentence after their subject ("…, Reuters reports").
    closing: frozenset[str] = frozenset()
    #: Reporting verbs whose object is the one spoken to ("told Etheridge"): never inverted.
    addressee: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    #: Verbs whose object's qualities are the speaker's view ("praised the generous
    #: response"): every form.
    object_views: frozenset[str] = frozenset()
    #: Verbs of regard whose "as" names the holders' view ("known as", "dismissed … as"):
    #: every form.
    regard_as: frozenset[str] = frozenset()
    expectation: frozenset[str] = frozenset()
    #: Verbs that report a view, not words ("believe", "fear"): the explanation says "view".
    belief: frozenset[str] = frozenset()
    #: Reporting verbs that answer with a deed as well as words ("responded with goals").
    act_with: frozenset[str] = frozenset()
    act_with_words: frozenset[str] = frozenset()

    # Unions of the lists that the rules read again and again, made once (a union of two
    # lists of hundreds of words, made on every call, was a tenth of attribution's time).

    @cached_property
    def heads(self) -> frozenset[str]:
        """The words that end a phrase naming a person or a group."""
        return self.person_heads | self.group_heads

    @cached_property
    def heads_or_documents(self) -> frozenset[str]:
        return self.heads | self.documents

    @cached_property
    def people_or_documents(self) -> frozenset[str]:
        return self.person_heads | self.documents

    @cached_property
    def all_groups(self) -> frozenset[str]:
        """Group heads, generic and business groups."""
        return self.group_heads | self.generic_groups | self.business_groups

    @cached_property
    def plain_groups(self) -> frozenset[str]:
        return self.generic_groups | self.business_groups

    @cached_property
    def not_names_or_given(self) -> frozenset[str]:
        return self.not_names | self.given_also

    @cached_property
    def honorifics(self) -> frozenset[str]:
        return self.male_titles | self.female_titles | {"dr", "dr.", "prof", "prof."}

    @cached_property
    def event_or_firm_endings(self) -> frozenset[str]:
        return self.named_events | self.firm_endings


def _forms(lemma: str, irregular: dict[str, list[str]]) -> list[str]:
    if lemma in irregular:
        return irregular[lemma]
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    elif re.search(r"[^aeiou][aeiou][bdgmnpt]$", lemma) and lemma not in {
        "comment",
        "question",
        "counter",
        "signal",
        "visit",
        "post",
    }:
        past, ing = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if re.search(r"(?:s|x|z|ch|sh)$", lemma):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    forms = [third, past, past, ing]
    if lemma == "signal":
        forms += ["signalled", "signalling"]
    return forms


@lru_cache(maxsize=1)
def lists() -> _Lists:
    data = tomllib.loads(
        resources.files("summarize.data").joinpath("speakers.toml").read_text(encoding="utf-8")
    )
    verbs = data["verbs"]
    irregular = verbs.get("irregular", {})

    def every_form(bases: list[str]) -> frozenset[str]:
        """Each verb of ``bases`` with all its forms."""
        return frozenset(form for base in bases for form in [base, *_forms(base, irregular)])

    lemma: dict[str, str] = {}
    ambiguous: set[str] = set(verbs.get("ambiguous_past", []))
    for base in verbs["reporting"]:
        forms = _forms(base, irregular)
        for form in [base, *forms]:
            lemma.setdefault(form, base)
        ambiguous.update({base, forms[0]})
    ambiguous -= {"says", "say"}  # "says" is a verb; "say" is checked by its context
    single = frozenset(lemma)
    phrasal: dict[str, set[str]] = {}
    for phrase in verbs.get("phrasal", []):
        base, particle = phrase.split(" ", 1)
        for form in [base, *_forms(base, irregular)]:
            phrasal.setdefault(form, set()).add(particle)
            lemma.setdefault(form, base)
    refusal = set()
    for base in verbs.get("refusal", []):
        refusal.update([base, *_forms(base, irregular)])
    titles = data["titles"]
    names: dict[str, str] = {}
    for file in ("given_names.txt", "names.txt"):  # the hand-written list wins
        text = resources.files("summarize.data").joinpath(file).read_text(encoding="utf-8")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) == 2 and not line.startswith("#"):
                names[parts[0]] = parts[1]
    heads = data["heads"]
    document_verbs: set[str] = set()
    for base in verbs.get("document", []):
        document_verbs.update([base, *_forms(base, irregular)])
    acts: dict[str, str] = {}
    for base in data.get("acts", {}).get("verbs", []):
        for form in [base, *_forms(base, irregular)]:
            acts.setdefault(form, base)
    return _Lists(
        verbs=single,
        lemma=lemma,
        ambiguous=frozenset(ambiguous),
        refusal=frozenset(refusal),
        refusal_objects=frozenset(verbs.get("refusal_objects", [])),
        not_after_call=frozenset(verbs.get("not_after_call", [])),
        deny_deeds=frozenset(verbs.get("deny_deeds", [])),
        phrasal={k: frozenset(v) for k, v in phrasal.items()},
        between=frozenset(data["between"]["words"]),
        eager=frozenset(data["between"].get("eager_to", [])),
        before_to=every_form(data["between"].get("before_to", [])),
        causing=frozenset(
            form
            for base in data["between"].get("causing", [])
            for form in _forms(base, irregular)  # "prompted", "prompts", "prompting"
        ),
        asides=frozenset(data["between"].get("asides", [])),
        titles=frozenset(titles["male"] + titles["female"] + titles["other"]),
        male_titles=frozenset(titles["male"]),
        postnominal=frozenset(titles.get("postnominal", [])),
        female_titles=frozenset(titles["female"]),
        person_heads=frozenset(heads["person"]),
        group_heads=frozenset(heads["group"]),
        named_documents=frozenset(heads.get("named_documents", [])),
        named_events=frozenset(heads.get("named_events", [])),
        firm_endings=frozenset(heads.get("firm_endings", [])),
        department_words=frozenset(heads.get("department_words", [])),
        staff=frozenset(heads.get("staff", [])),
        take_things=frozenset(verbs.get("take_things", [])),
        documents=frozenset(heads["document"]),
        channels=frozenset(data.get("channels", {}).get("words", [])),
        source_modifiers=tuple(
            tuple(m.split()) for m in data.get("sources", {}).get("modifiers", [])
        ),
        not_names=frozenset(data["not_names"]["words"]),
        given_also=frozenset(data["not_names"].get("given_also", [])),
        names=names,
        cue_words=frozenset(lemma)
        | frozenset(refusal)
        | frozenset(phrasal)
        | frozenset(acts)
        | frozenset(document_verbs),
        acts=acts,
        act_objects=frozenset(data.get("acts", {}).get("objects", [])),
        bare_past_acts=frozenset(
            base
            for base in data.get("acts", {}).get("verbs", [])
            if _forms(base, irregular)[1] == base
        ),
        habitual=frozenset(data.get("acts", {}).get("habitual", [])),
        needs_content=frozenset(verbs.get("needs_content", [])),
        watching=frozenset(verbs.get("watching", [])),
        media=frozenset(verbs.get("media", [])),
        figures=frozenset(verbs.get("figures", [])),
        acts_before_to=frozenset(verbs.get("acts_before_to", [])),
        to_know=frozenset(verbs.get("to_know", [])),
        descriptions=frozenset([*heads.get("description", []), *heads.get("nationality", [])]),
        nationalities=frozenset(heads.get("nationality", [])),
        office_modifiers=frozenset(heads.get("office_modifiers", [])),
        role_participles=frozenset(heads.get("role_participles", [])),
        generic_groups=frozenset(heads.get("generic_groups", [])),
        document_adjectives=frozenset(data.get("document_kinds", {}).get("adjectives", [])),
        document_authored=frozenset(data.get("document_kinds", {}).get("authored", [])),
        business_groups=frozenset(heads.get("business_groups", [])),
        affiliations=frozenset(heads.get("affiliation", [])),
        document_verbs=frozenset(document_verbs),
        findings_verbs=every_form(verbs.get("findings", [])),
        findings_objects=frozenset(verbs.get("findings_objects", [])),
        view_nouns=frozenset(verbs.get("view_nouns", [])),
        passive=frozenset(verbs.get("passive", [])),
        by_means=frozenset(verbs.get("by_means", [])),
        not_progressive=frozenset(verbs.get("not_progressive", [])),
        closing=frozenset(verbs.get("closing", [])),
        addressee=frozenset(verbs.get("addressee", [])),
        targets=frozenset(verbs.get("targets", [])),
        object_views=every_form(verbs.get("object_views", [])),
        regard_as=every_form(verbs.get("regard_as", [])),
        expectation=frozenset(verbs.get("expectation", [])),
        belief=frozenset(verbs.get("belief", [])),
        act_with=frozenset(verbs.get("act_with", [])),
        act_with_words=frozenset(verbs.get("act_with_words", [])),
        document_kind={
            noun: kind
            for kind, nouns in data.get("document_kinds", {}).items()
            if kind not in ("adjectives", "authored")  # words about documents, not kinds
            for noun in nouns
        },
    )


# --- the state carried from sentence to sentence ------------------------------------------


@dataclass
class SpeakerState:
    """What carries from one sentence to the next within an article."""

    #: Words the article capitalises mid-sentence: names, not sentence-initial capitals.
    proper: frozenset[str] = frozenset()
    #: The speaker of the quotation run under way, and the paragraph it was last heard in.
    current: str | None = None
    current_paragraph: int = -1
    #: The previous sentence's speaker (given on evidence of its own) and the people it named.
    previous: str | None = None
    previous_people: tuple[str, ...] = ()
    #: The person named first in the previous sentence when the sentence opens with their
    #: name, its subject ("Fox, however, isn't worried that Trump …"): "he" prefers them.
    previous_subject: str | None = None
    #: The previous sentence opened with a capitalised word that may name someone other
    #: than the run's speaker ("Tait himself appeared unaffected."): "he" may be them.
    stranger: str = ""
    #: The people named in the sentence before that.
    earlier_people: tuple[str, ...] = ()
    #: The people named or heard in the last :data:`RECENT` sentences, one tuple per
    #: sentence, oldest first: "she" may reach back to the one woman among them.
    recent: tuple[tuple[str, ...], ...] = ()
    #: The people heard (speakers) in those sentences: a rival for "he" named further back.
    recent_speakers: tuple[tuple[str, ...], ...] = ()
    #: The previous sentence's subject when it is a group or an organisation ("Union leaders").
    previous_group: str | None = None
    #: ``previous_group`` is only a capitalised subject that tells no person ("GM, whose
    #: brands …, is due to …"): weaker evidence, which an antecedent in the sentence beats.
    previous_named: bool = False
    #: ``previous_group`` is what the previous sentence's "it" stood for ("It expected …"):
    #: good for a pronoun, too weak for a description ("the bank").
    previous_it: bool = False
    #: The previous sentence introduced a quotation ("X said:"): its speaker.
    introduced: str | None = None
    #: The paragraph so far is a transcript's line ("Christie: I don't know …"): its speaker.
    transcript: str | None = None
    #: The person who opened the previous sentence as its subject when it had no speaker
    #: and a run of quotations was going on ("But Dechy is fuming that …").
    previous_opener: str | None = None
    #: The one person the previous sentence named, when it opened the sentence as its
    #: subject ("Roddick was left frustrated …"): what "the American" next may stand for.
    previous_lead: str | None = None
    #: Documents the last :data:`DOCUMENT_REACH` sentences with a speaker named outside
    #: quotations, one tuple of (kind, speaker) per sentence, oldest first: "the article
    #: said" speaks for the one who published "the story".
    documents: tuple[tuple[tuple[str, str], ...], ...] = ()
    #: The previous sentence ended inside a quotation that runs on into the next paragraph.
    open_quote: bool = False
    #: What the last :data:`MEMORY` sentences taught about people: one record per sentence
    #: of (surname -> full name, name -> gender, role -> name) additions. A window, not the
    #: whole article, so that a run of sentences analysed from a fresh state (a worker's)
    #: reaches the same state as the whole text's after MEMORY sentences.
    memory: tuple = ()
    #: Full names seen in that window, by surname, with the gender their titles or first
    #: names tell (rebuilt from ``memory`` for each sentence).
    people: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    #: Roles seen before a name ("governor" -> "Sarah Palin"), "" when two people share one.
    roles: dict[str, str] = field(default_factory=dict)
    taught: tuple = ([], [], [])
    stale: bool = True
    paragraph: int = -1
    #: The whole text and its quotations, for a quotation attributed at its end.
    text: str = ""
    quotes: list[tuple[int, int]] = field(default_factory=list)

    #: What the next sentence's attribution reads from the state (``proper``, ``text``
    #: and ``quotes`` aside, which are the article's and never change).
    _CARRIED = (
        "current",
        "current_paragraph",
        "previous",
        "previous_people",
        "previous_subject",
        "stranger",
        "earlier_people",
        "recent",
        "recent_speakers",
        "previous_group",
        "previous_named",
        "previous_it",
        "introduced",
        "transcript",
        "previous_opener",
        "previous_lead",
        "documents",
        "open_quote",
        "memory",
        "paragraph",
    )

    def snapshot(self) -> tuple:
        """The carried state, to hand to another process or to restore later."""
        return tuple(getattr(self, name) for name in self._CARRIED)

    def restore(self, snapshot: tuple) -> None:
        for name, value in zip(self._CARRIED, snapshot, strict=True):
            setattr(self, name, value)
        self.stale = True
        _recall(self)


#: Sentences whose names, genders and roles attribution remembers.
MEMORY = 24


def _recall(state: SpeakerState) -> None:
    """Rebuild the people, genders and roles of ``state`` from its memory (only when a
    record left the window or the state was restored: otherwise they are up to date)."""
    if not state.stale:
        state.taught = ([], [], [])
        return
    state.stale = False
    state.people, state.genders, state.roles = {}, {}, {}
    state.taught = ([], [], [])
    for record in state.memory:
        for kind, pairs in enumerate(record):
            for key, value in pairs:
                _learn(state, kind, key, value)
    state.taught = ([], [], [])


def _learn(state: SpeakerState, kind: int, key: str, value: str) -> None:
    if kind == 0:
        state.people.setdefault(key, value)  # the first full name given for a surname
    elif kind == 1:
        if value != "u" or key not in state.genders:
            state.genders[key] = value
    else:
        known = state.roles.get(key)
        if known and value != known and _one_person(known, value):
            known = value = max(known, value, key=len)  # "President Ardan", "… Kemal Ardan"
        state.roles[key] = value if known in (None, value) else ""  # two people: unknown


def _one_person(a: str, b: str) -> bool:
    """The shorter name is the end of the longer one (a surname and the full name)."""
    short, long = sorted((a.split(), b.split()), key=len)
    return len(short) < len(long) and long[-len(short) :] == short


def _teach(state: SpeakerState, kind: int, key: str, value: str) -> None:
    """This sentence tells that ``key`` is ``value`` (0 surname -> name, 1 name -> gender,
    2 role -> name)."""
    state.taught[kind].append((key, value))
    _learn(state, kind, key, value)


def _remember(state: SpeakerState) -> None:
    """Add what this sentence taught (whatever was known before, so that the record
    depends on the sentence, not on the state) and forget the oldest sentence's."""
    record = tuple(tuple(pairs) for pairs in state.taught)
    if state.memory or any(record):
        if len(state.memory) >= MEMORY and any(state.memory[0]):
            state.stale = True  # a record leaves the window: rebuild before the next sentence
        memory = (*state.memory, record)[-MEMORY:]
        # Sentences that taught nothing before the first that did are no record: without
        # them, a state begun afresh anywhere (a worker's run) equals the one carried from
        # the article's start as soon as the same sentences are in the window.
        while memory and not any(memory[0]):
            memory = memory[1:]
        state.memory = memory


@dataclass
class Found:
    speaker: str | None = None
    verb: str | None = None
    verb_span: tuple[int, int] | None = None
    inherited: bool = False
    #: How the speaker was found, for the reasons shown to the reader.
    how: str = ""
    quote_only: bool = False
    quotes: list[tuple[int, int]] = field(default_factory=list)
    #: 0-1: how sure the speaker is (0 when there is none); see :data:`CERTAIN`.
    confidence: float = 0.0
    #: How the speaker was found: "named", "after", "according", "pronoun", "run",
    #: "introduced", "end", "paraphrase", "" (none).
    method: str = ""

    @property
    def reason(self) -> str:
        return self.how

    @property
    def certain(self) -> bool:
        return bool(self.speaker) and self.confidence >= CERTAIN


def is_quote_only(text: str, start: int, quotes: list[tuple[int, int]]) -> bool:
    """True when every letter of the sentence lies inside a quotation."""
    if not quotes:
        return False
    position = 0
    for s, e in sorted(quotes):
        if any(map(str.isalnum, text[position : max(position, s - start)])):
            return False
        position = max(position, e - start)
    return not any(map(str.isalnum, text[position:]))


# --- one sentence ----------------------------------------------------------------------------


def _names_a_thing(sentence: _Sentence, quote: tuple[int, int]) -> bool:
    """Whether a quotation is a name or slogan before the noun it describes ("wearing “Make
    America Great Again” hats", "the “Buy British” campaign"): words nobody here says."""
    after = next((i for i, (s, _e, _w) in enumerate(sentence.tokens) if s >= quote[1]), None)
    if after is None or sentence.text[quote[1] : sentence.tokens[after][0]].strip():
        return False
    tag = sentence.tags()[after]
    return tag in ("NN", "NNS") and sentence.tokens[after][2][:1].islower()


#: Small words a title leaves in lower case ("Gone with the Wind").
_TITLE_SMALL = frozenset(
    ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]
)


def _a_title(sentence: _Sentence, quote: tuple[int, int]) -> bool:
    """Whether a quotation is a title or a name in capitals ("“Black Mirror” -- the first
    episode, especially -- was incredibly prescient"): two to six words, each capitalised
    but the small ones, no mark of a sentence inside, and words after it. Nobody's words,
    so it continues no one's run of quotations."""
    inner = sentence.text[max(quote[0], 0) : quote[1]].strip(" \"'“”‘’")
    parts = inner.split()
    if not 2 <= len(parts) <= 6 or any(mark in inner for mark in ",.;!?"):
        return False
    if not _WORD_CHAR.search(sentence.text[quote[1] :]):
        return False
    return all(
        part[:1].isupper() or part[:1].isdigit() or (k and part in _TITLE_SMALL)
        for k, part in enumerate(parts)
    )


_Token = tuple[int, int, str]  # (start, end, word), offsets within the sentence


@dataclass
class _Sentence:
    text: str
    start: int
    quotes: list[tuple[int, int]]  # relative to the sentence
    tokens: list[_Token]  # all words
    outside: list[int]  # indexes of words outside quotations
    _tags: list[str] | None = None

    def tags(self) -> list[str]:
        if self._tags is None:
            from summarize.text.tagging import tags

            self._tags = tags([w for _s, _e, w in self.tokens])
        return self._tags

    def gap(self, i: int, j: int) -> str:
        """The characters between word i's end and word j's start."""
        return self.text[self.tokens[i][1] : self.tokens[j][0]]

    def in_quote(self, i: int) -> bool:
        if not self.quotes:
            return False
        s, e, _w = self.tokens[i]
        return inside(self.quotes, s, e)


def find(
    text: str,
    start: int,
    quotes: list[tuple[int, int]],
    matches: list[Match],
    state: SpeakerState,
    lexicon: Lexicon | None = None,
    paragraph: int | None = None,
) -> Found:
    """Attribution of one sentence (``start`` is its offset in the document, ``quotes``
    its quotations in document offsets, ``paragraph`` its paragraph's number)."""
    del matches, lexicon  # the word lists are attribution's own
    found = Found(quotes=quotes)
    found.quote_only = is_quote_only(text, start, quotes)
    if paragraph is None:
        paragraph = state.paragraph if state.paragraph >= 0 else 0
    new_paragraph = paragraph != state.paragraph
    _recall(state)
    rel = [(s - start, e - start) for s, e in quotes]
    tokens = words(text)
    sentence = _Sentence(
        text,
        start,
        rel,
        tokens,
        [i for i, (s, e, _w) in enumerate(tokens) if not inside(rel, s, e)]
        if rel
        else list(range(len(tokens))),
    )
    block = (
        state.introduced
        and new_paragraph
        and not quotes
        and not _BULLET.match(text)
        and state.text[max(0, start - 40) : start].rstrip().endswith(":")  # not after a list
    )
    if block:  # "… on Twitter, saying:", then a paragraph of the words
        how = f"the paragraph that {state.introduced} introduced with a colon: their words"
        _set(found, state.introduced, None, None, how, 0.75, "transcript")
    elif state.transcript and not new_paragraph:  # "Christie: I don't know …. We've …"
        how = f"the paragraph goes on with {state.transcript}'s words, which open it"
        _set(found, state.transcript, None, None, how, 0.7, "introduced")
    elif quotes or not _transcript_line(sentence, found, state):
        _own(sentence, found, state)  # (a block's or a transcript line's words are all theirs)
    if found.speaker is None and quotes and found.method != "unresolved":
        _carried(sentence, found, state, new_paragraph)
    listed = state.introduced and _BULLET.match(text)  # "They give reasons:", then "- …"
    if listed and found.speaker is None and found.method != "unresolved":
        how = f"an item of the list that {state.introduced} introduced with a colon"
        _set(found, state.introduced, None, None, how, 0.75, "introduced")
    if found.speaker and found.speaker.lower().split()[0] in ("the", "this", "that", "a", "an"):
        owner = _document_owner_known(found.speaker, sentence, state)
        if owner:  # "…, a report says. The NAO praised …", then "according to the report"
            found.speaker, found.how = owner
    _update(state, found, sentence, paragraph, new_paragraph)
    _remember(state)
    return found


#: An item of a list: a dash or a bullet, then a space.
_BULLET = re.compile(r"\s*[-•*–·]\s+\S")


def _set(found: Found, speaker: str, verb: str | None, span, how: str, conf: float, method: str):
    if verb and reports_a_view(verb):
        how = how.replace(" the words of ", " the view of ", 1)
    found.speaker, found.verb, found.verb_span = speaker, verb, span
    found.how, found.confidence, found.method = how, conf, method
    found.inherited = method in ("pronoun", "run", "introduced")


def reports_a_view(verb: str) -> bool:
    """Whether the reporting verb ``verb`` (any form) reports a view rather than words:
    "believes", "feared", "expect" (``belief`` in speakers.toml)."""
    L = lists()
    return L.lemma.get(verb.lower()) in L.belief


def _own(sentence: _Sentence, found: Found, state: SpeakerState) -> None:
    """A speaker named in the sentence itself (or a pronoun standing for one)."""
    if _verbs(sentence, found, state):
        if found.speaker is None:  # "X is expected to testify, according to Y": Y's report
            _according_to(sentence, found, state)
        return
    if _colon_introduction(sentence, found, state):
        return
    channel = _channel(sentence, state)
    resolved = _resolve(*channel[::2], sentence, state, "before") if channel else None
    if channel and resolved:
        opener = channel[1]
        name, how, confidence, method = resolved
        how = f"‘{opener}’ introduces the words of {name}, the subject of the sentence"
        _set(found, name, None, None, how, min(confidence, 0.85), method)
        return
    if _words_of(sentence, found, state) or _name_colon(sentence, found, state):
        return
    if _view_is_that(sentence, found, state):
        return
    if _polled_answer(sentence, found, state) or _wanted_to_know(sentence, found, state):
        return
    if _asked_opening(sentence, found, state):
        return
    _according_to(sentence, found, state)


def _according_to(sentence: _Sentence, found: Found, state: SpeakerState) -> None:
    """ "according to X": X, a person, a body or a document (its owner when one is named)."""
    tokens, start, outside = sentence.tokens, sentence.start, sentence.outside
    for k, i in enumerate(outside[:-2]):
        if tokens[i][2].lower() == "according" and tokens[outside[k + 1]][2].lower() == "to":
            if outside[k + 1] != i + 1:
                continue
            phrase = _np_after(sentence, i + 2, documents=True, participle=True)
            by = _document_by(sentence, i + 2)
            if by is not None:
                phrase = _np_after(sentence, by + 1, participle=True) or phrase
            owned = _POSSESSED_DOCUMENT.match(phrase or "")
            if owned and owned.group(2).lower() in lists().documents:
                phrase = owned.group(1)  # "according to the city's own figures": the city
            apposed = _apposed_name(sentence, phrase) if phrase else None
            if apposed:  # "according to the panel's top Democrat, Sen. Dianne Feinstein"
                phrase = apposed
            role = _role(phrase, state) if phrase else None
            if role:  # "according to the minister", named earlier with that role
                span = (start + tokens[i][0], start + tokens[i + 1][1])
                how = (
                    f"‘according to’ names the source, ‘{phrase}’: {role}, "
                    "named earlier with that role"
                )
                _set(found, role, "according to", span, how, 0.8, "role")
                return
            if phrase:
                name = _canonical(re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", phrase), state)
                if re.match(r"(?:the|The)\s+[A-Z]", phrase) and _is_person(name):
                    # "according to the Times": a capitalised name after "the" is a
                    # publication or a body, never "he" or "she" later
                    _teach(state, 1, name, "o")
                span = (start + tokens[i][0], start + tokens[i + 1][1])
                how = f"‘according to’ names the source, {name}"
                _set(found, name, "according to", span, how, 0.9, "according")
                return


def _apposed_name(sentence: _Sentence, phrase: str) -> str | None:
    """The person named right after ``phrase`` (a role) and a comma, outside quotations:
    "the panel's top Democrat, Sen. Dianne Feinstein of California" -> the senator."""
    at = sentence.text.find(phrase)
    if at < 0 or phrase.split()[-1].lower() not in lists().person_heads:
        return None  # a name, a body or a document, not a person's role ("According to
        # the Times, Mary Cheney …": the next name is the main clause's subject)
    match = _NAME_SET_OFF.match(sentence.text, at + len(phrase))
    if not match or (sentence.quotes and inside(sentence.quotes, *match.span(1))):
        return None
    name = strip_title(match.group(1)) or ""
    return match.group(1) if name and _is_person(name) else None


_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "it", "us", "me"])
#: "the city's own figures", "Apple's latest annual report": a document and its owner.
_POSSESSED_DOCUMENT = re.compile(r"^(.+?)['’]s\s+(?:[a-z]+\s+){0,3}?([a-z]+)$")
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_WORDS_OF = re.compile(r"\s*In\s+the\s+words\s+of\s+", re.I)
_IN_OWN_WORDS = re.compile(
    r"\s*In\s+(?P<who>(?:his|her|their|its)|[^,;:“”\"()]{1,60}?['’]s?)\s+(?:own\s+)?words\s*,",
    re.I,
)


def _view_is_that(sentence: _Sentence, found: Found, state: SpeakerState) -> bool:
    """ "MacGregor's argument is that …", "Her view was that …", "The ministry's position
    is that …": what follows "that" is the holder's view (speakers.toml view_nouns); the
    holder is the name before "'s", or whom the pronoun names (resolved as "she said" is)."""
    text, tokens = sentence.text, sentence.tokens
    if not tokens or sentence.in_quote(0):
        return False
    opener = _VIEW_IS_THAT.match(text)
    if not opener or opener.group("noun").lower() not in lists().view_nouns:
        return False
    who = opener.group("who").strip()
    if who.lower() in _POSSESSIVE_PRONOUNS:
        resolved = _pronoun(_POSSESSIVE_PRONOUNS[who.lower()], who, "view", sentence, state)
    else:
        first = next((k for k, t in enumerate(tokens) if t[0] >= opener.start("who")), None)
        last = next((k for k, t in enumerate(tokens) if t[1] >= opener.end("who")), None)
        if first is None or last is None or not who.endswith(("'s", "’s", "s'", "s’")):
            return False
        name = re.sub(r"['’]s?$", "", who)
        named_before = first == last and name[:1].isupper() and name in state.text[: sentence.start]
        if not name or not (named_before or _valid_np(sentence, first, last + 1, state)):
            return False  # (a first word's capital is a name's when the text named it before)
        resolved = _resolve(name, "view", sentence, state, "before")
    if not resolved:
        return False
    name, how, confidence, method = resolved
    phrase = " ".join(opener.group().split())
    how = f"‘{phrase}’ gives the view of {name}" + (f" ({how})" if method == "pronoun" else "")
    span = (sentence.start + opener.start("noun"), sentence.start + opener.end())  # to "that"
    _set(found, name, opener.group("noun"), span, how, min(confidence, 0.8), method)
    return True


#: "X's argument is that", "Her view was that": a holder, a noun of a view, "be", "that".
_VIEW_IS_THAT = re.compile(
    r"\s*(?:(?:But|And|Yet|So)\s+)?(?P<who>his|her|their|its|[^,;:“”\"()]{1,60}?['’]s?)\s+"
    r"(?:own\s+|main\s+|central\s+|chief\s+)?(?P<noun>[a-z]+)\s+"
    r"(?:is|was|has\s+been|had\s+been|remains|remained)\s+that\b",
    re.I,
)


def _words_of(sentence: _Sentence, found: Found, state: SpeakerState) -> bool:
    """ "In the words of X, …", "In X's words, …", "In her own words, …": a verbless
    attribution; the speaker is X, or whom the pronoun names (resolved as "she said" is)."""
    text, tokens = sentence.text, sentence.tokens
    if not tokens or sentence.in_quote(0):
        return False
    opener = _WORDS_OF.match(text)
    if opener:
        first = next((k for k, t in enumerate(tokens) if t[0] >= opener.end()), None)
        phrase = _np_after(sentence, first) if first is not None else None
        if not phrase or "," not in text[text.find(phrase) + len(phrase) :][:2]:
            return False
        resolved = _resolve(phrase, "words", sentence, state, "before")
    else:
        opener = _IN_OWN_WORDS.match(text)
        if not opener:
            return False
        who = opener.group("who")
        if who.lower() in _POSSESSIVE_PRONOUNS:
            pronoun = _POSSESSIVE_PRONOUNS[who.lower()]
            resolved = _pronoun(pronoun, who, "words", sentence, state)
        else:
            last = next(
                (k for k, t in enumerate(tokens) if t[1] >= opener.start("who") + len(who)), None
            )
            if last is None or not all(_cap(tokens[k][2]) for k in range(1, last + 1)):
                return False  # "In other words," "In plain words,": no one's
            name = re.sub(r"['’]s?$", "", who.strip())
            if not name or not _valid_np(sentence, 1, last + 1, state):
                return False
            resolved = _resolve(name, "words", sentence, state, "before")
    if not resolved:
        return False
    name, how, confidence, method = resolved
    phrase = " ".join(opener.group().split()).rstrip(",")
    how = f"‘{phrase}’ names the speaker, {name}" + (f" ({how})" if method == "pronoun" else "")
    _set(found, name, None, None, how, min(confidence, 0.85), method)
    return True


#: Up to four capitalised words (a name, maybe with its title), then a colon.
_NAME_COLON = r"\s*((?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-]+)\s*:"


#: A list item or a line that gives a role, then a name, then a colon: "- Blackburn boss
#: Mark Hughes: “…”" (the name's own words follow, as after "Hale:").
_ROLE_NAME_COLON = re.compile(
    r"\s*(?:[-–•*]\s+)?((?:[\w’'.-]+\s+){1,5}[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+)\s*:\s*"
)


def _name_colon(sentence: _Sentence, found: Found, state: SpeakerState) -> bool:
    """ "Hale: “We will appeal.”": a name alone, a colon, then a quotation (the headline and
    transcript style). Only a person's name (a first name and surname, or a surname the
    article has given with a first name), never a word such as "Warning:"."""
    text = sentence.text
    if not sentence.quotes:
        return False
    head = text[: sentence.quotes[0][0]]
    match = re.fullmatch(_NAME_COLON + r"\s*", head) or _ROLE_NAME_COLON.fullmatch(head)
    if not match:
        return False
    chunk = match.group(1)
    name = strip_title(chunk) or chunk
    known = len(name.split()) == 1  # a surname the article has given in full
    if known:
        name = state.people.get(name, "")
    if not name or not _is_person(name) or not (known or name.split()[0] in lists().names):
        return False  # "Greenway Foods:", "Budget Day:": no first name tells a person
    how = f"‘{chunk}:’ introduces the quotation: the words of {name}"
    _set(found, name, None, None, how, 0.8, "named")
    return True


#: A transcript's line: a name, a colon, then the words in sentence case ("Christie: I
#: don't know that …"), not a title in title case ("Bridget Jones: The Edge of Reason").
_TRANSCRIPT_LINE = re.compile(_NAME_COLON + r"\s+(?=\S)")


def _transcript_line(sentence: _Sentence, found: Found, state: SpeakerState) -> bool:
    """ "Christie: I don't know that he wants that.": a transcript's line without quotation
    marks, the speaker's name and a colon. Only a person the article has already named in
    full, with a first name (a headline's "Reid: Mosque should be built elsewhere" comes
    before any name, and "Joshua Reynolds: The Creation of Celebrity" is a title: its words
    are capitalised); the rest of the paragraph goes on with the same speaker."""
    match = _TRANSCRIPT_LINE.match(sentence.text)
    if not match:
        return False
    after = [w for _s, _e, w in sentence.tokens if _s >= match.end()][:4]
    if len(after) < 3 or sum(1 for w in after if _cap(w) and w != "I") > 1:
        return False
    chunk = match.group(1)
    name = strip_title(chunk) or chunk
    if len(name.split()) == 1:  # a surname given in full before: "Mayor Dana Whitfield"
        given = re.compile(rf"\b([A-Z][\w’'-]+)\s+{re.escape(name)}\b").findall(
            state.text, 0, sentence.start
        )  # the text before the sentence, read in place (no copy of it)
        known = {f"{g} {name}" for g in given if g in lists().names}
        name = state.people.get(name) or (known.pop() if len(known) == 1 else "")
    elif not re.compile(rf"\b{re.escape(name)}\b").search(state.text, 0, sentence.start):
        return False  # named here for the first time: a title, a heading, a work
    if not name or not _is_person(name):
        return False
    how = f"‘{chunk}:’ opens a line of a transcript: the words of {name}"
    _set(found, name, None, None, how, 0.75, "transcript")
    return True


def _colon_introduction(sentence: _Sentence, found: Found, state: SpeakerState) -> bool:
    """ "He continued: “…”", "Maria Lund shrugged: “…”": a subject and its verb introduce
    the quotation after a colon; or an answer's owner does ("His response: “…”")."""
    tokens = sentence.tokens
    if not sentence.quotes or sentence.quotes[0][0] <= 0:
        return False
    head = sentence.text[: sentence.quotes[0][0]]
    if not re.search(r":\s*$", head) or not tokens:
        return False
    if _answer_owner(head, sentence, found, state):
        return True
    before = [k for k, t in enumerate(tokens) if t[1] <= len(head.rstrip().rstrip(":"))]
    if len(before) < 2 or len(before) > 7 or _BREAK_GAP2.search(head.rstrip().rstrip(":")):
        return False
    last = before[-1]
    word = tokens[last][2]
    phrase = None
    if sentence.tags()[last] in ("VBD", "VBZ") and word[:1].islower():
        phrase = _valid_np(sentence, 0, last, state)  # "He continued: “…”"
    if not phrase:
        return False
    resolved = _resolve(phrase, word, sentence, state, "before")
    if not resolved:
        return False
    name, how, confidence, method = resolved
    how = f"{how}; ‘{' '.join(head.split())}’ introduces the quotation"
    _set(found, name, None, None, how, min(confidence, 0.8), method)
    return True


#: "His response:", "Trump's reply was:": an answer's owner, then a colon.
_ANSWER_HEAD = re.compile(
    r"\s*(?:And\s+|But\s+)?(?!The\s)(?P<owner>[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*['’]s?)"
    r"\s+(?:(?:first|only|immediate|curt|terse|blunt)\s+)?"
    r"(?P<noun>response|reply|answer|retort|reaction|verdict)(?:\s+(?:was|is))?\s*:\s*$"
)


def _answer_owner(head: str, sentence: _Sentence, found: Found, state: SpeakerState) -> bool:
    """ "His response: “Well, I have people …”": the answer's owner speaks. "His" is
    resolved as "he" would be for "He replied:", so the one who put the question just
    before ("Vieira asked Trump, “…?”") is not taken for the one answering."""
    match = _ANSWER_HEAD.fullmatch(head)
    if not match:
        return False
    owner, noun = match.group("owner"), match.group("noun")
    verb = "replied" if noun in ("response", "reply", "answer", "retort") else "said"
    if owner.lower() in _POSSESSIVE_PRONOUNS:
        pronoun = _POSSESSIVE_PRONOUNS[owner.lower()]
        resolved = _pronoun(pronoun, owner, verb, sentence, state)
        if not resolved:
            return False
        name, how, confidence, method = resolved
    else:
        chunk = re.sub(r"['’]s?$", "", owner)
        name = _canonical(chunk, state)
        if not name or (not _is_person(name) and _gender(name, state) not in ("o", "p")):
            return False
        how, confidence, method = f"the {noun} is {name}'s", 0.85, "named"
    how = f"{how}; ‘{' '.join(head.split())}’ introduces the quotation"
    _set(found, name, None, None, how, min(confidence, 0.8), method)
    return True


def _channel(sentence: _Sentence, state: SpeakerState) -> tuple[str, str, str] | None:
    """ "In a (written) statement on Friday, X defended …": the subject X speaks
    (phrase, opener, verb); None when the sentence does not open so or X is no noun phrase."""
    L = lists()
    tokens = sentence.tokens
    if len(tokens) < 5 or tokens[0][2].lower() != "in" or sentence.in_quote(0):
        return None
    comma = next(
        (
            k
            for k in range(1, min(len(tokens) - 2, 14))
            if _BREAK_GAP2.search(sentence.gap(k, k + 1))
        ),
        None,
    )
    if comma is None or "," not in sentence.gap(comma, comma + 1):
        return None
    opening = [t[2].lower() for t in tokens[1 : min(comma + 1, 5)]]
    if not opening or opening[0] not in ("a", "an", "the", "his", "her", "their", "its", "a"):
        return None
    tags = sentence.tags()

    def heads_opener(k: int) -> bool:  # "statement on Friday", not "the speech hall"
        if tokens[k][2].lower() not in L.channels:
            return False
        following = tokens[k + 1][2].lower()
        return k == comma or following in _TIME_WORDS or tags[k + 1] in ("IN", "TO", "VBN")

    if not any(heads_opener(k) for k in range(2, min(comma + 1, 5))):
        return None
    first = comma + 1
    verb = next(
        (
            k
            for k in range(first + 1, min(len(tokens), first + 10))
            if (tags[k].startswith(("VB", "MD")) and tokens[k][2].lower() not in L.between)
            or _BREAK_GAP2.search(sentence.gap(k - 1, k))
        ),
        None,
    )
    if verb is None or _BREAK_GAP2.search(sentence.gap(verb - 1, verb)) or sentence.in_quote(verb):
        return None
    end = verb
    while end > first + 1 and tokens[end - 1][2].lower() in L.between:
        end -= 1
    if any(sentence.in_quote(k) for k in range(first, end)):
        return None
    phrase = _valid_np(sentence, first, end, state)
    if not phrase:
        return None
    opener = " ".join(sentence.text[: tokens[comma][1]].split())
    return phrase, opener, tokens[verb][2]


def _document_by(sentence: _Sentence, k: int, covers: bool = False) -> int | None:
    """ "a new analysis by Fix the Court": the index of "by" after a document's name that
    starts at word ``k``, whose author is then the source; None when there is none. With
    ``covers``, "by" may come further on, past a phrase of what the document covers or of
    when it was published ("a survey of 280 schemes by …", "a survey published on the eve
    of the conference by …"): no clause, no quotation, no verb but an authoring one."""
    L = lists()
    tokens, tags = sentence.tokens, sentence.tags() if covers else ()
    seen_document = False
    for q in range(k, min(len(tokens) - 1, k + (14 if covers else 6))):
        word = tokens[q][2].lower()
        if q > k and _BREAK_GAP2.search(sentence.gap(q - 1, q)):
            return None
        if word in ("by", "from") and seen_document:
            return q
        if word in L.documents:
            seen_document = True
        elif seen_document and word in L.document_authored and tokens[q + 1][2] == "by":
            continue  # "figures released by the city finance office"
        elif covers and seen_document:
            if word in _CLAUSE or sentence.in_quote(q):
                return None
            if tags[q].startswith(("VB", "MD")) and word not in L.document_authored:
                return None
        elif not (word in _DETERMINERS or _modifier(sentence, q)):
            return None
    return None


def _document_owner(sentence: _Sentence, i: int, j: int, state: SpeakerState) -> str | None:
    """ "the special counsel's filing said", "BuzzFeed's report claimed that": a document at
    word ``j``, subject of the verb at word ``i``, speaks for its owner, named before it with
    a possessive; the verb must report words (say, or "that", a quotation or the sentence's
    end after it: not "the statement adds more confusion")."""
    tokens = sentence.tokens
    L = lists()
    noun = tokens[j][2].lower() if j >= 1 else ""
    if not (noun in L.documents or noun in L.document_kind):
        return None
    if any(tokens[q][2].lower() in _BE for q in range(j + 1, i)):
        return None  # "the Michigan data is closely observed": the document is no speaker
    after = sentence.text[tokens[i][1] :]
    if L.lemma.get(tokens[i][2].lower()) != "say" and not re.match(
        r"\s*(?:that\b|[:,]?\s*[“\"]|[.!?]?\s*$)", after
    ):
        return None
    named = _modifier_owner(sentence, j, state)
    if named:
        return named  # "the NAACP resolution said", "a new Pentagon report found that"
    k = j - 1
    while k >= 0 and not tokens[k][2].endswith(("’s", "'s")) and j - k <= 3:
        if not _modifier(sentence, k) or _BREAK_GAP2.search(sentence.gap(k, k + 1)):
            return None  # "the special counsel's new filing"; not "X's plan for a report"
        k -= 1
    if k < 0 or not tokens[k][2].endswith(("’s", "'s")):
        return None
    owner = _np_before(sentence, k, state)
    return re.sub(r"['’]s$", "", owner) if owner else None


def _modifier_owner(sentence: _Sentence, j: int, state: SpeakerState) -> str | None:
    """ "the NAACP resolution", "a new Pentagon report", "the Senate Intelligence Committee
    report": the name that stands right before the document noun at word ``j``, after an
    article (and adjectives of ``document_adjectives`` in speakers.toml): its owner."""
    L = lists()
    tokens = sentence.tokens
    k = j - 1
    while (
        k >= 0
        and j - k <= 5
        and (_cap(tokens[k][2]) or tokens[k][2].isupper())
        and tokens[k][2].lower() not in L.not_names
        and not sentence.in_quote(k)
        and not _BREAK_GAP2.search(sentence.gap(k, k + 1))
    ):
        k -= 1
    first = k + 1
    if first == j or k < 0:
        return None
    while k >= 0 and tokens[k][2].lower() in L.document_adjectives:
        k -= 1
    if k < 0 or tokens[k][2].lower() not in ("the", "a", "an", "this", "that"):
        return None
    if k > 0 and _cap(tokens[k - 1][2]) and not _BREAK_GAP2.search(sentence.gap(k - 1, k)):
        return None  # "Oxfam's Paying the Price report": a title, not an owner
    if any(re.search(r"-[a-z]", tokens[q][2]) for q in range(first, j)):
        return None  # "the Nokia-sponsored research": not the owner's name
    owner = _valid_np(sentence, first, j, state)
    return owner if owner and owner.lower() not in _SUBJECT_PRONOUNS else None


def i_has_comma_subject(sentence: _Sentence, i: int) -> bool:
    """The verb at word ``i`` closes the sentence after ", <a short phrase>": "…, police said",
    "…, its editor, Ben Smith, said" (a name in apposition between commas)."""
    commas = 0
    for k in range(i - 1, max(-1, i - 10), -1):
        if sentence.in_quote(k):
            return False
        if "," in sentence.gap(k, k + 1):
            if k + 1 == i:
                continue  # "Ben Smith, said": the apposition's closing comma
            commas += 1
            if "," not in sentence.gap(i - 1, i) or commas == 2:
                return k + 1 < i and (commas == 2 or "," not in sentence.gap(i - 1, i))
        elif sentence.tokens[k][2].lower() in lists().between:
            continue  # "…, the state press has said"
        elif (word := sentence.tokens[k][2].lower()) in lists().cue_words or word in _CLAUSE_WORDS:
            return False  # "…, X said after Y disputed": a clause, not a subject
    return False


def _verbs(sentence: _Sentence, found: Found, state: SpeakerState) -> bool:
    """The first reporting verb outside quotations, with its subject. True when the
    sentence has one (found or not: a verb whose speaker is unknown still tells that
    someone else speaks, so no earlier speaker is carried over)."""
    L = lists()
    tokens, text, start = sentence.tokens, sentence.text, sentence.start
    order = list(sentence.outside)
    if (
        tokens
        and tokens[0][2].lower() in _SUBORDINATORS | {"because", "since"}
        and not sentence.in_quote(0)  # "“While I planned …,” X said": the quotation's own
    ):
        comma = next(
            (k for k in order if k + 1 < len(tokens) and "," in sentence.gap(k, k + 1)), None
        )
        if comma is None:  # "While X pointed to Y -- an aside -- Z responded": the last dash
            dashes = [
                k
                for k in order
                if k + 1 < len(tokens) and any(d in sentence.gap(k, k + 1) for d in _DASH_MARKS)
            ]
            comma = dashes[-1] if dashes else None
        if comma is not None:  # "When the government announced it, Blair said": the main clause
            order = [k for k in order if k > comma]
    closing_verbs = [i for i in order[-12:] if tokens[i][2].lower() in L.verbs and i > 2]
    for last in reversed(closing_verbs if "," in text else []):
        closing = len(tokens) - last <= 3 or (
            tokens[last + 1][2].lower() in _TRAILING  # "…, X said after the meeting"
            and not sentence.in_quote(last + 1)
            and not _BREAK_GAP2.search(sentence.gap(last, last + 1))
        )
        inverted = (
            1 < len(tokens) - last <= 6
            and not tokens[last][2].lower().endswith("ing")  # "…, citing two employees"
            and "," in sentence.gap(last - 1, last)
            and not sentence.in_quote(last - 1)
            and not sentence.in_quote(last + 1)
            and _np_after(sentence, last + 1) is not None
        )  # "Blair lied when …, say the Tories."
        if (closing and i_has_comma_subject(sentence, last)) or inverted:
            order.remove(last)
            order.insert(0, last)  # "Cohen said he lied …, prosecutors said."
            break
    cues = L.cue_words
    unresolved = False
    fallback: tuple[int, tuple[str, str, float, str]] | None = None
    for i in order:
        word = tokens[i][2]
        if word not in cues and word.lower() not in cues:
            continue
        lower = word.lower()
        refusal = False
        act = None
        if lower in L.refusal:
            refusal = (
                i + 2 < len(tokens)
                and tokens[i + 1][2].lower() == "to"
                and tokens[i + 2][2].lower() in L.refusal_objects
            )
            if not refusal:
                continue
        elif lower in L.phrasal and i + 1 < len(tokens):
            if tokens[i + 1][2].lower() not in L.phrasal[lower] and lower not in L.verbs:
                continue
            if lower not in L.verbs and _modified_noun(sentence, i):
                continue  # "sticking points to membership", "would point to": no report
            if lower not in L.verbs and any(
                tokens[k][2].lower() in L.verbs and tokens[k - 1][2].lower() == "and"
                for k in order
                if k > i + 1 and not sentence.in_quote(k)
            ):
                continue  # "X pointed to A and said B": the verb of saying reports the words
        elif lower in L.acts and lower not in L.verbs:
            past = (
                lower != L.acts[lower]
                or (  # "set": its past is its base form
                    lower in L.bare_past_acts and sentence.tags()[i] in ("VBD", "VBN")
                )
                or (i > 0 and tokens[i - 1][2].lower() in ("they", "we"))  # "They give reasons"
            )
            act = _act_object(sentence, i) if past else None
            if i and tokens[i - 1][2].lower() in L.habitual:
                continue  # "rarely issues statements": a habit, not a report
            if act is None or any(
                tokens[k][2].lower() in _SUBORDINATORS
                and not any("," in sentence.gap(q, q + 1) for q in range(k, i))
                for k in order
                if k < i
            ):  # "issued a ban", "when he made remarks", "release call": not a report
                continue  # (but "after X did Y, the office took the step of releasing …")
            k = i - 1
            while k >= 0 and tokens[k][2].lower() in L.between:
                k -= 1
            if (
                k >= 0
                and tokens[k][2].lower() in _RELATIVE
                and any(
                    sentence.tags()[q] in _FINITE and not sentence.in_quote(q)
                    for q in range(act + 1, len(tokens))
                )
            ):
                continue  # "Parents who raised questions … were cut off": not the report
        elif lower in L.document_verbs and lower not in L.verbs:
            pass  # "the survey found": only with a document as its subject (below)
        elif lower not in L.verbs:
            continue
        if word[:1].isupper() and i > 0:
            continue  # "the Post", "Tell": a name, not a verb
        if _modal_before(sentence, i):
            continue  # "they should ask", "critics must admit": advice or a guess, not a report
        if L.lemma.get(lower) in L.needs_content and _shares_media(sentence, i):
            continue  # "posted a photo": sharing, not saying
        if L.lemma.get(lower) in L.watching and _watches(sentence, i):
            continue  # "observed the launch": watching, not saying
        if L.lemma.get(lower) in L.acts_before_to and _decides(sentence, i):
            continue  # "agreed (unanimously) to raise charges": a decision, not words
        if _bare_relative(sentence, i):
            continue  # "Residents who objected were stonewalled": who they are, no report
        if _conceded(sentence, i):
            continue  # "whatever the opposition claims": the author brushes it aside
        withheld = next(  # the object, after "him" or "a" (but not "that")
            (
                t[2].lower()
                for t in tokens[i + 1 : i + 4]
                if t[2].lower() not in ("a", "an", "the") and t[2].lower() not in _OBJECT_PRONOUNS
            ),
            "",
        )
        if L.lemma.get(lower) == "deny" and withheld in L.deny_deeds:
            continue  # "was denied bail", "denying entry to": withheld, not denied in words
        if (
            L.lemma.get(lower) == "boast"
            and i + 1 < len(tokens)
            and tokens[i + 1][2].lower() not in ("that", "of", "about")
            and not sentence.in_quote(i + 1)
            and not _END_GAP.search(sentence.gap(i, i + 1))
        ):
            continue  # "The city boasts two universities": it has them, it says nothing
        if L.lemma.get(lower) == "call":
            if i + 1 >= len(tokens) or _END_GAP.search(sentence.gap(i, i + 1)):
                continue  # "abandoning calls, she says": a noun, or a call with no object
            objects = [
                t[2].lower() for t in tokens[i + 1 : i + 4] if t[2].lower() not in _DETERMINERS
            ]
            urges = objects[:1] == ["on"] and any(
                t[2].lower() == "to" for t in tokens[i + 2 : i + 9]
            )  # "called on the minister to resign": a demand
            quoted_name = (
                bool(objects)
                and objects[0] in _OBJECT_PRONOUNS
                and i + 2 < len(tokens)
                and sentence.in_quote(i + 2)
            )  # "calling them “out of touch”": what he called them, in his words
            named = (
                bool(objects)
                and objects[0] in _OBJECT_PRONOUNS
                and i + 3 < len(tokens)
                and tokens[i + 2][2].lower() in ("a", "an")
                and sentence.tags()[i + 3].startswith(("NN", "JJ"))
            )  # "had called him a racist": the name the speaker gave him
            if (
                not urges
                and not quoted_name
                and not named
                and (not objects or objects[0] in L.not_after_call or len(tokens) - i <= 3)
            ):
                continue  # "called the police", "called for": not a verb of saying
            named = next(
                (t[2] for t in tokens[i + 1 : i + 4] if t[2].lower() not in _DETERMINERS), ""
            )
            if _cap(named) and not urges:
                continue  # "a group called the St. Louis Tea Party": naming, not saying
        passive = _passive_by(sentence, i, state)
        if passive:
            name, how = passive
            _set(found, name, word, (start + tokens[i][0], start + tokens[i][1]), how, 0.9, "named")
            return True
        if _passive_without_be(sentence, i):
            continue  # "Mayor blasted by residents": its subject is the target, not the speaker
        if lower in L.document_verbs and lower not in L.verbs:
            if _finding_as_object(sentence, i):
                continue  # "The emails were found on his laptop": what was found, not who
            document = _document_subject(sentence, i)
            j = i - 1
            while j >= 0 and tokens[j][2].lower() in L.between:
                j -= 1
            owner = _document_owner(sentence, i, j, state) if document is None else None
            if owner:
                name = _canonical(owner, state)
                how = f"‘{word}’ reports the findings of {name}, whose document is its subject"
                span = (start + tokens[i][0], start + tokens[i][1])
                _set(found, name, word, span, how, 0.85, "named")
                return True
            if document is None and not _gives_findings(sentence, i):
                continue  # "police found a body": not a report
            if document is None:  # "Researchers at X found that …": the subject's findings
                subject = _subject(sentence, i, state)
                if subject is None:
                    continue
                name, how, confidence, method = subject
                if name.split()[-1].lower() in L.documents:
                    continue  # "Figures showed that …": a document no one is named to own
                how = how.replace("the words of", "the findings of")
                span = (start + tokens[i][0], start + tokens[i][1])
                _set(found, name, word, span, how, confidence, method)
                return True
            how = f"‘{word}’ reports the findings of {document}, named as its subject"
            _set(
                found,
                document,
                word,
                (start + tokens[i][0], start + tokens[i][1]),
                how,
                0.85,
                "named",
            )
            return True
        if (
            not refusal
            and not _is_verb(sentence, i)
            and not (lower.endswith("ing") and _quoted_frame(sentence, i))
        ):
            continue  # (but "the paper quoted Mr X warning that …": the one quoted speaks)
        if _in_subordinate_clause(sentence, i):
            continue  # "But after Democrats had called for …, the office took …": not the report
        previous = tokens[i - 1][2].lower() if i else ""
        if (not _WORD_CHAR.search(text[: tokens[i][0]]) or previous in _SUBORDINATORS) and (
            lower.endswith("ed") or lower in ("told", "written")
        ):
            continue  # "Asked about it, X said" / "When asked, X said": no subject here
        subject = _subject(sentence, i, state)
        if subject is None and lower in L.document_verbs:
            document = _document_subject(sentence, i)  # "…, a survey suggests."
            if document:
                how = f"‘{word}’ reports the findings of {document}, named as its subject"
                subject = document, how, 0.85, "named"
        if subject is None and lower in L.verbs and fallback is None:
            document = _document_after(sentence, i) or (
                _document_subject(sentence, i) if _reports_content(sentence, i) else None
            )
            if document:  # "The report said …", "…, said the report": nobody owns it
                how = (
                    f"‘{word}’ reports the words of {document}, a document whose authors "
                    "the text does not name"
                )
                fallback = i, (document, how, 0.7, "named")  # unless a later verb names one
                continue
        if subject is None:
            k = i - 1
            while k >= 0 and tokens[k][2].lower() in L.between:
                k -= 1
            if lower.endswith("ing") or (k >= 0 and tokens[k][2].lower() in _RELATIVE):
                continue  # "a professor who has written …, said": the main verb comes later
            unresolved = True  # a later verb may still name its speaker ("…, she says")
            continue
        if fallback is not None and not _INVERTED_GAP.search(sentence.gap(i - 1, i)):
            break  # "The report said the G8 … had agreed": the document's words, not the G8's
        name, how, confidence, method = subject
        verb_end = tokens[i][1]
        if refusal:
            verb_end = tokens[i + 2][1]
        elif act is not None:
            verb_end = tokens[act][1]  # "issued a statement"
        _set(
            found,
            name,
            text[tokens[i][0] : verb_end],
            (start + tokens[i][0], start + verb_end),
            how,
            confidence,
            method,
        )
        return True
    if fallback is not None:
        i, (name, how, confidence, method) = fallback
        span = (start + tokens[i][0], start + tokens[i][1])
        _set(found, name, tokens[i][2], span, how, confidence, method)
        return True
    if unresolved:
        found.verb = None
        found.method = "unresolved"
    return unresolved


#: The opening of a sentence whose subject is a capitalised name and whose verb reports
#: ("The National Audit Office (NAO) praised …", "Market analyst Datamonitor said …").
_NAMED_OPENING = re.compile(
    r"\s*(?:The\s+)?((?:[A-Z][\w&’'.\-]*)(?:\s+(?:of|for|and|on|in|the|[A-Z][\w&’'.\-]*)){0,7})"
    r"\s+(?:\([A-Z][\w&]+\)\s+)?(?:(?:has|have|had|also|then)\s+)?([a-z]+)\b"
)


def _document_owner_known(
    document: str, sentence: _Sentence, state: SpeakerState
) -> tuple[str, str] | None:
    """Whose a document is, when the text tells it without a verb between them: "…, a
    report says. The National Audit Office praised …" (a new document whose findings the
    next sentence gives to an organisation named as its subject: its author, remembered
    for "the report" later), or "the report" after that."""
    L = lists()
    words_ = document.lower().split()
    noun, key = words_[-1], f"document:{words_[-1]}"
    if noun not in L.documents:
        return None
    if words_[0] not in ("a", "an"):
        owner = state.roles.get(key)
        if not owner:
            return None
        return owner, f"‘{document}’ is the {noun} of {owner}, named earlier in the text"
    end = sentence.start + len(sentence.text)
    match = _NAMED_OPENING.match(state.text, end)
    if not match:
        return None
    name, verb = match.group(1).rstrip("."), match.group(2)
    if verb not in L.cue_words or not _cap(name.split()[-1]) or _is_person(name):
        return None
    if name.split()[0].lower() in L.not_names or name.split()[0] in L.names:
        return None
    _teach(state, 2, key, name)
    how = (
        f"‘{document}’ is {name}'s: the next sentence gives its findings to {name}, named as "
        "its subject"
    )
    return name, how


#: The gap before a verb of saying that opens an inverted attribution ("…,” said X").
_INVERTED_GAP = re.compile(r"[,\"”’]\s*$")


def _reports_content(sentence: _Sentence, i: int) -> bool:
    """The verb at ``i`` is followed by what was said, not by an object: "added that …",
    "said: …", a quotation, or any verb but "add" ("The report added another jolt")."""
    if lists().lemma.get(sentence.tokens[i][2].lower()) != "add":
        return True
    if i + 1 >= len(sentence.tokens):
        return True
    gap = sentence.gap(i, i + 1)
    return ":" in gap or sentence.in_quote(i + 1) or sentence.tokens[i + 1][2].lower() == "that"


def _gives_findings(sentence: _Sentence, i: int) -> bool:
    """A verb of findings ("found", "showed") with someone as its subject reports a
    finding when a clause of content follows it ("Researchers at X found that …") or
    when it closes the sentence after its content ("Bees sleep more, the team found.");
    not with an object ("police found a body")."""
    tokens = sentence.tokens
    if sentence.in_quote(i) or tokens[i][2].lower() not in lists().findings_verbs:
        return False  # "showed that he is a contender", "on the ITV1 show": no finding
    k = i - 1
    while k >= 0 and not sentence.in_quote(k):
        word = tokens[k][2].lower()
        if word in _MODAL | {"to", "not", "never", "did", "does", "do"}:
            return False  # "the governor may (soon) find that …": a finding to come
        if word not in lists().between and not word.endswith("ly") and word != "soon":
            break
        k -= 1
    if any(
        tokens[k][2].lower() in lists().verbs and not sentence.in_quote(k)
        for k in range(max(i + 1, len(tokens) - 4), len(tokens))
    ):
        return False  # "X found that …, Hillary Clinton revealed": the closing verb reports
    after = [t[2].lower() for t in tokens[i + 1 : i + 5]]
    if after and after[0] in ("no", "a", "an", "little", "some", "any", "clear", "strong"):
        for k, word in enumerate(after[1:], 1):  # "found no clear difference", "found a link"
            if word in lists().findings_objects:
                return not any(sentence.in_quote(i + q) for q in range(1, k + 2))
            if not sentence.tags()[i + 1 + k].startswith(("JJ", "RB")):
                break
    if i + 1 < len(tokens):
        return (
            tokens[i + 1][2].lower() == "that"
            and not sentence.in_quote(i + 1)
            and not (
                i + 2 < len(tokens)
                and sentence.tags()[i + 2].startswith(("JJ", "RB"))
                # "found that moderate drinkers …": an adjective on the clause's subject
                and not (i + 3 < len(tokens) and sentence.tags()[i + 3].startswith("NN"))
            )
        )  # not "found that hard to believe"
    return any("," in sentence.gap(k, k + 1) for k in range(i - 1) if not sentence.in_quote(k))


def _in_subordinate_clause(sentence: _Sentence, i: int) -> bool:
    """The verb at ``i`` sits in a clause that a subordinator opens inside the sentence
    ("But on Friday, after Democrats had called for …, the office released …"): no comma
    between the subordinator and the verb, and a comma after the verb closes the clause
    before the main one ("as X said, …" attributes the main clause: not one of these). A
    subordinator opening the sentence is handled by the caller."""
    tokens = sentence.tokens
    for k in range(i - 1, 0, -1):
        if sentence.in_quote(k) or re.search(r"[,;:—–()]", sentence.gap(k, k + 1)):
            return False
        if tokens[k][2].lower() in (_SUBORDINATORS - {"as"}) | {"because", "since"}:
            if not re.search(r"[,;:—–(]", sentence.gap(k - 1, k)):
                return False  # "X said … when he left": only a clause set off before its verb
            comma = next(
                (
                    m
                    for m in range(i, len(tokens) - 1)
                    if "," in sentence.gap(m, m + 1) and not sentence.in_quote(m)
                ),
                None,
            )  # "while the reporter asks, “Hi”": the quotation is the verb's own
            return comma is not None and not sentence.in_quote(comma + 1)
    return False


#: Modals that make a verb of saying advice, duty or a guess ("they should ask", "he might
#: argue"), not a report; "could not say", "would not comment" are refusals, so a negation
#: in between keeps the report.
_ADVICE_MODALS = frozenset(["should", "must", "ought", "shall", "might", "may", "could"])


#: Dashes that close a clause or an aside ("--" as typed, en and em dashes).
_DASH_MARKS = ("--", "—", "–")
#: Tags of a word that makes the next one a noun or a guess, not a verb of saying.
_NOT_BEFORE_PHRASAL = frozenset(["JJ", "JJR", "JJS", "CD", "DT", "VBG", "MD", "PRP$", "POS"])


def _modified_noun(sentence: _Sentence, i: int) -> bool:
    """The word at ``i`` (a phrasal verb's form, such as "points") follows a modifier
    ("sticking points", "three points", "the points"), an "-ing" word or a modal ("would
    point to"): a noun or a guess, not someone saying."""
    if i == 0:
        return False
    before = sentence.tokens[i - 1][2].lower()
    return before.endswith("ing") or sentence.tags()[i - 1] in _NOT_BEFORE_PHRASAL


def _modal_before(sentence: _Sentence, i: int) -> bool:
    """The verb at ``i`` follows one of :data:`_ADVICE_MODALS` (adverbs and "to" between,
    no negation): "They should ask soon", "Critics ought to admit", "he might argue"."""
    tokens = sentence.tokens
    k = i - 1
    while k >= 0 and (
        tokens[k][2].lower() in ("to", "also", "now", "really", "simply", "just", "at", "least")
        or (tokens[k][2].lower().endswith("ly") and sentence.tags()[k] == "RB")
    ):
        k -= 1
    if k < 0 or sentence.in_quote(k) or _BREAK_GAP.search(sentence.gap(k, i)):
        return False
    return tokens[k][2] in _ADVICE_MODALS  # lower case: "Theresa May said" is a name


def _decides(sentence: _Sentence, i: int) -> bool:
    """The verb at ``i`` takes "to", maybe after an adverb or a time: "agreed to pay",
    "agreed on Friday to the deal": a decision, not words."""
    tokens, tags = sentence.tokens, sentence.tags()
    k = i + 1
    if (
        k + 1 < len(tokens)
        and tokens[k][2].lower() in ("on", "last", "this", "earlier", "late")
        and tokens[k + 1][2].lower() in _TIME_WORDS
    ):
        k += 2  # "agreed on Friday to suspend payments", "agreed last week to end"
    elif k < len(tokens) and tags[k] == "RB":
        k += 1  # "agreed unanimously to introduce"
    # "agreed to end the strike" (the tagger may read "end" as a noun), "agreed to the deal"
    return k + 1 < len(tokens) and tokens[k][2].lower() == "to"


def _watches(sentence: _Sentence, i: int) -> bool:
    """ "observed the launch", "observing a minute's silence": the verb at ``i`` (``watching``
    in speakers.toml) has an object right after it, so it watches or keeps something; "observed
    that …", "observed how …", "…, she observed.", "observed: “…”" and the inverted "…,
    observed Jack Boorman" or "Observes Mr Hadi:" report words."""
    tokens = sentence.tokens
    if i + 1 >= len(tokens) or sentence.gap(i, i + 1).strip() or sentence.in_quote(i + 1):
        return False
    if i == 0 or sentence.gap(i - 1, i).strip():
        return False  # first, or after a comma or a closing quotation mark: inverted
    if tokens[i + 1][2].lower() in ("that", "how", "what", "why", "whether", "to"):
        return False
    return sentence.tags()[i + 1] not in ("WRB", "WP", "IN")


def _shares_media(sentence: _Sentence, i: int) -> bool:
    """ "posted a photo of the flat", "tweeted a video": the verb at ``i`` shares a picture,
    a video or a link (``media`` in speakers.toml), not words ("posted that …", "tweeted
    his own recollection:", "posted a statement" report); or "posted a record profit": a
    result (``figures``)."""
    L = lists()
    tokens = sentence.tokens
    if i + 1 >= len(tokens) or sentence.gap(i, i + 1).strip() or sentence.in_quote(i + 1):
        return False
    shared = L.media | L.figures  # ("posted record losses", "posted other photos")
    for k in range(i + 1, min(len(tokens), i + 8)):
        if k > i + 1 and re.search(r"[,;:.\"“”]", sentence.gap(k - 1, k)):
            return False  # (but "a $676m (£352m) loss" is one phrase)
        if sentence.tags()[k].startswith("NN"):
            if tokens[k][2].lower() in shared:
                return True
            if not sentence.tags()[k + 1 : k + 2] or not sentence.tags()[k + 1].startswith("NN"):
                return False  # the object's head is another noun
    return False


def _passive_by(sentence: _Sentence, i: int, state: SpeakerState) -> tuple[str, str] | None:
    """ "The awards were announced by actors Selma Blair and Dennis Quaid": a reporting verb
    in the passive, its speaker after "by" (the sentence's main verb: a form of "be" before
    it, so not "the resolution, first reported by the Star, was …")."""
    L = lists()
    tokens = sentence.tokens
    lower = tokens[i][2].lower()
    lemma = L.lemma.get(lower) or L.acts.get(lower)
    if lemma not in L.passive or lower == lemma or lower.endswith("ing") or lower == lemma + "s":
        return None  # a past participle only: "was announced by", "were told by"
    k = i + 1
    while k < len(tokens) and tokens[k][2].lower() in L.between | {"repeatedly", "widely"}:
        k += 1
    if k < len(tokens) and tokens[k][2].lower() in ("in", "on", "at", "last", "this"):
        by = next(  # "reported in January 2017 by a California newspaper": a time between
            (q for q in range(k + 1, min(len(tokens), k + 5)) if tokens[q][2].lower() == "by"),
            None,
        )
        clear = by is not None and not any(
            _BREAK_GAP2.search(sentence.gap(q, q + 1)) or sentence.tags()[q].startswith("VB")
            for q in range(k, by)
        )
        k = by if clear else k
    if k + 1 >= len(tokens) or tokens[k][2].lower() != "by" or sentence.in_quote(k):
        return None
    b = i - 1
    while b >= 0 and (tokens[b][2].lower() in L.between or tokens[b][2].lower().endswith("ly")):
        if tokens[b][2].lower() in _BE:
            break
        b -= 1
    if b < 0 or tokens[b][2].lower() not in _BE | {"been"} or sentence.in_quote(b):
        return None
    phrase = _np_after(sentence, k + 1)
    if not phrase:
        return None
    place = re.match(r"^(.*?[A-Z][\w.’'-]*)\s+(?:in|at|on)\s+[A-Z]", phrase)
    if place:
        phrase = place.group(1)  # "Dennis Quaid in Los Angeles": the people, not the place
    name = _canonical(phrase, state)
    return name, f"named after ‘{tokens[i][2]} by’: the words are {name}'s"


def _passive_without_be(sentence: _Sentence, i: int) -> bool:
    """ "Mayor blasted by residents over fees", "the plan, criticised by unions, …": a past
    participle with its agent after "by" and no "be" (a headline's or a modifier's passive),
    so the noun before it is what the words are about, not who said them. "He said by
    phone" is a means, not an agent (``by_means`` in speakers.toml)."""
    L = lists()
    tokens = sentence.tokens
    lower = tokens[i][2].lower()
    lemma = L.lemma.get(lower) or L.acts.get(lower)
    if lemma is None or lower == lemma or lower.endswith("ing") or lower == lemma + "s":
        return False
    k = i + 1
    while k < len(tokens) and tokens[k][2].lower() in L.between:
        k += 1
    if k + 1 >= len(tokens) or tokens[k][2].lower() != "by" or sentence.in_quote(k):
        return False
    if "," in sentence.gap(i, k):
        return False  # "she said, by contrast, …"
    after = next(
        (t[2].lower() for t in tokens[k + 1 : k + 4] if t[2].lower() not in _DETERMINERS), ""
    )
    return after not in L.by_means and not after.endswith("ing")  # "replied by saying"


def _document_subject(sentence: _Sentence, i: int) -> str | None:
    """ "…, a survey suggests" / "the study found that": a document heading the subject
    right before the verb (a document's findings are reported, not a person's words)."""
    L = lists()
    tokens = sentence.tokens
    j = i - 1
    while j >= 0 and tokens[j][2].lower() in L.between:
        j -= 1
    aside = _before_participle_aside(sentence, j, i)
    if j < 1 or sentence.in_quote(j) or tokens[aside][2].lower() not in L.documents:
        return None
    if aside == j and (_BREAK_GAP2.search(sentence.gap(j, i)) if j + 1 <= i else False):
        return None
    j = aside
    first = j - 1
    while first > 0 and tokens[first][2].lower() in L.document_adjectives:
        first -= 1  # "a new book says", "the latest survey shows"
    if tokens[first][2].lower() not in _DETERMINERS or _BREAK_GAP2.search(sentence.gap(first, j)):
        return None  # "a survey", "the poll", "its study"; not "government data show"
    if tokens[first][2].lower() in ("no", "any", "every", "each", "some", "many", "several"):
        return None
    if first > 0 and tokens[first - 1][2].lower() in _NP_PREP | {"by", "under", "about"}:
        return None  # "The firm named in a lawsuit denied …": the document is no subject
    return _slice(sentence, first, j + 1)


def _before_participle_aside(sentence: _Sentence, j: int, i: int) -> int:
    """The document before a participle's aside that ends at word ``j``, right before the
    verb at word ``i`` ("The report, published on Monday, said": the word "report"); ``j``
    itself when there is no such aside."""
    if j < 2 or "," not in sentence.gap(j, i) or sentence.in_quote(j):
        return j
    opening = next((c for c in range(j, max(0, j - 10), -1) if "," in sentence.gap(c - 1, c)), None)
    if (
        opening is None
        or opening < 2
        or sentence.tags()[opening] != "VBN"
        or sentence.tokens[opening - 1][2].lower() not in lists().documents
        or any(sentence.in_quote(q) for q in range(opening - 1, j + 1))
        or any(sentence.tokens[q][2].lower() == "by" for q in range(opening, j + 1))
    ):
        return j  # "The report, published by the NAO on Monday, found": the NAO's (elsewhere)
    return opening - 1


def _document_after(sentence: _Sentence, i: int) -> str | None:
    """ "…, said the report.", "…, says a study": a document right after a verb of saying
    that follows a comma or a quotation (the inverted order)."""
    if i < 1 or not _INVERTED_GAP.search(sentence.gap(i - 1, i)):
        return None
    phrase = _np_after(sentence, i + 1, documents=True)
    if not phrase or phrase.split()[-1].lower() not in lists().documents:
        return None
    return phrase


def _act_object(sentence: _Sentence, i: int) -> int | None:
    """The word of a speech act's object after the verb at ``i`` ("issued an official
    warning", "sent a formal request"): within four words, none of them a preposition,
    a clause word or a quotation, and no punctuation between."""
    L = lists()
    tokens = sentence.tokens
    for k in range(i + 1, min(len(tokens), i + 5)):
        if sentence.in_quote(k) or _BREAK_GAP2.search(sentence.gap(k - 1, k)):
            return None
        lower = tokens[k][2].lower()
        if lower in L.act_objects:
            return k
        if lower in _NP_PREP or lower in _RELATIVE or lower in _BE or lower == "and":
            return None
    return None


_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "his",
        "her",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "such",
        "our",
        "my",
        "your",
        "any",
        "no",
        "every",
        "each",
        "some",
        "several",
        "many",
    ]
)
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "am"])
_MODAL = frozenset(
    [
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "shall",
        "to",
        "did",
        "do",
        "does",
        "didn't",
        "don't",
        "doesn't",
        "won't",
        "wouldn't",
    ]
)
_SUBJECT_PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "o", "i": "1", "we": "1", "you": "1"}


_PARTICIPLES = frozenset(["written", "spoken", "shot"])
_TIME_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "week",
        "month",
        "year",
        "night",
        "morning",
        "afternoon",
        "evening",
        "weekend",
        "day",
    ]
)
_RELATIVE = frozenset(["who", "which", "that", "whom"])
_SUBORDINATORS = frozenset(
    [
        "when",
        "if",
        "after",
        "before",
        "as",
        "once",
        "unless",
        "until",
        "while",
        "though",
        "although",
    ]
)


#: Words of a clause, not of a closing verb's subject ("…, X said after Y disputed").
_CLAUSE_WORDS = frozenset(["after", "before", "when", "while", "as", "if", "because", "since"])
#: What may follow a closing "…, X said": a time or a circumstance, not an object.
_TRAILING = frozenset(["after", "before", "when", "as", "while", "on", "in", "at", "during"])


#: Adverbs that may stand between a form of "be" and a passive participle.
_PASSIVE_ADVERBS = frozenset(
    ["also", "still", "now", "already", "often", "never", "not", "again", "even", "once",
     "long", "since", "further", "first", "last", "then", "being"]
)  # fmt: skip


#: Prepositions after which a verb of praise or blame is a passive with no "be" (a
#: headline's, or a participle after its noun): "Arnold congratulated on Oscar win",
#: "Labour accused of broken pledge", "the groups ultimately blamed for the assault". Not
#: "as": "which Mr Bez described as …", "a rate of progress she described as …" front the
#: object.
_JUDGED_FOR = frozenset(["for", "on", "over", "after", "of", "amid"])
#: Before the verb, words that make it active with its object fronted ("whom Beck accused
#: of launching …", "which hardliners accused of …") or name its subject ("he accused of").
_FRONTED = frozenset(["which", "whom", "who", "that", "what"])
_SUBJECTS = frozenset(["he", "she", "they", "we", "i", "you", "it"])


def _judged_passive(sentence: _Sentence, i: int) -> bool:
    """A past form of a verb whose object is the one judged (``targets``), right before one
    of :data:`_JUDGED_FOR` with no object between: the judged one is its subject."""
    tokens = sentence.tokens
    lower = tokens[i][2].lower()
    L = lists()
    return (
        L.lemma.get(lower) in L.targets
        and lower.endswith("ed")
        and i + 1 < len(tokens)
        and not sentence.gap(i, i + 1).strip()
        and tokens[i + 1][2].lower() in _JUDGED_FOR
        and not (i + 2 < len(tokens) and tokens[i + 2][2].lower() in _WEEKDAYS)  # "on Monday"
        and not (i > 0 and tokens[i - 1][2].lower() in _SUBJECTS)
        and not any(tokens[k][2].lower() in _FRONTED for k in range(max(0, i - 4), i))
    )


def _is_verb(sentence: _Sentence, i: int) -> bool:
    """A reporting word used as a verb, not as a noun ("the claim", "a report")."""
    L = lists()
    tokens = sentence.tokens
    lower = tokens[i][2].lower()
    before = tokens[i - 1][2].lower() if i > 0 else ""
    if i > 0 and (sentence.in_quote(i - 1) or _BREAK_GAP.search(sentence.gap(i - 1, i))):
        before = "" if not lower.endswith("ing") else ","
    if (before in _DETERMINERS and (lower in L.ambiguous or before != "her")) or before.endswith(
        ("’s", "'s")
    ):
        return False  # "the claim", "his remarks" ("a spokesman for her said" is a verb)
    if i > 0 and before.endswith("s") and re.fullmatch(r"['’]\s+", sentence.gap(i - 1, i)):
        return False  # "a new doctors' report": a plural's possessive, then a noun
    k = i - 1
    while k > 0 and (
        (tokens[k][2].lower().endswith("ly") and sentence.tags()[k] == "RB")
        or tokens[k][2].lower() in _PASSIVE_ADVERBS
    ):
        k -= 1  # "was strongly criticised", "are also accused": the auxiliary before them
    if (before in _BE or (k < i - 1 and tokens[k][2].lower() in _BE)) and not lower.endswith("ing"):
        # "was quoted", "is added": a passive or an adjective ("was told" is spoken to)
        return False
    if lower.endswith("ing") and i + 1 < len(tokens) and tokens[i + 1][2].lower() in ("to", "up"):
        return False  # "adding to honours", "adding up"
    if lower in _PARTICIPLES and before not in ("has", "have", "had", "having"):
        return False  # "written, directed and starring": not a report
    if _judged_passive(sentence, i) and before not in ("has", "have", "had", "having"):
        return False  # "Arnold congratulated on Oscar win": the one judged, not a speaker
    if (
        L.lemma.get(lower) == "add"
        and i + 1 < len(tokens)
        and not sentence.gap(i, i + 1).strip()
        and not sentence.in_quote(i + 1)
        and (
            tokens[i + 1][2].lower() in ("a", "an", "another", "their", "more", "new")
            or (
                sentence.tags()[i + 1] == "NNS"
                and tokens[i + 1][2].islower()
                and not object_then_verb(sentence.text, tokens, sentence.tags(), i + 1)
            )
        )
    ):
        return False  # "will also add a label", "added another jolt", "both added tries
        # to the tally": a deed, not words (but "added officials were told" reports)
    if (
        L.lemma.get(lower) == "add"
        and i + 1 < len(tokens)
        and tokens[i + 1][2][:1].isdigit()
        and not sentence.gap(i, i + 1).strip()
        and not sentence.in_quote(i + 1)
        and not object_then_verb(sentence.text, tokens, sentence.tags(), i + 1)
    ):
        return False  # "Daiwa added 5.3% to 740 yen", "added 144 for the third wicket": a
        # rise or a score (but "he added 20 people were hurt" reports)
    if (
        L.lemma.get(lower) in L.take_things
        and (lower.endswith("ing") or not re.search(r"[,\"”]", sentence.gap(i - 1, i)))
        and takes_a_thing(sentence.text, tokens, sentence.tags(), i, quoted=sentence.in_quote)
    ):
        return False  # "claiming the doubles", "claimed his first title", "claimed the
        # lives of": a thing won or taken (but "claimed the vote was rigged" reports, and
        # so does "…, claimed the union": its speaker after it)
    if L.lemma.get(lower) in L.expectation and not _expects_something(sentence, i):
        return False  # "is also expected to announce", "can expect to pay": no view
    if lower.endswith("ing"):
        # "saying" reports after a comma ("…, saying") or in "quoted as saying"
        return (
            before in ("as", ",")
            or before in _BE
            or (lower == "saying" and _quoted_frame(sentence, i) is not None)
            or _means_of(sentence, i)  # "took the step of releasing a statement"
        )
    if (
        L.lemma.get(lower) in L.act_with
        and i + 1 < len(tokens)
        and tokens[i + 1][2].lower() == "with"
        and not sentence.quotes  # "“We will,” he replied with a smile": words
        and not any(
            t[2].lower() in L.act_objects or t[2].lower() in L.act_with_words
            for t in tokens[i + 2 : i + 6]
        )
    ):
        return False  # "responded with impressive performances": a deed, not words
    if lower not in L.ambiguous:
        return True
    if lower == L.lemma.get(lower, "") and before == "to":
        # "is to blame", "wants to criticise": an infinitive, not a report; but "went on
        # to criticise", "was quick to criticise" report
        return _to_frame(sentence, i) is not None
    if lower == L.lemma.get(lower, ""):  # a base form: after a modal, they/we/I
        k = i - 1
        while (
            k > 0
            and sentence.tags()[k] == "RB"
            and tokens[k][2].islower()
            and tokens[k][2] not in ("not", "n't", "never")
            and not sentence.gap(k - 1, k).strip()
            and not sentence.gap(k, k + 1).strip()
        ):
            k -= 1  # "hardliners unacceptably demand", "the Tories also claim"
        before = tokens[k][2].lower() if k >= 0 else ""
        return (
            before in _MODAL
            or before in ("they", "we", "i", "you")
            or (before == "them" and k > 0 and tokens[k - 1][2].lower() == "of")
            or (before.endswith("s") and before in L.group_heads)
            or (k >= 0 and sentence.tags()[k] in ("NNS", "NNPS") and not sentence.in_quote(k))
            # "Economists, including Jonas Eld, warn": the plural before the named members
            or _INCLUDING_ASIDE.search(sentence.text[: tokens[i][0]]) is not None
        )
    tag = sentence.tags()[i]
    if (
        lower.endswith("s")
        and i >= 2
        and tokens[i - 2][2].lower() in ("to", *_MODAL)
        and (i < 3 or tokens[i - 3][2].lower() not in _TO_PREPOSITION)
        and tokens[i - 1][2].islower()
        and before not in _BE
        and not sentence.gap(i - 2, i - 1).strip()
        and not sentence.gap(i - 1, i).strip()
    ):
        return False  # "moved to scotch claims that …": the object of the verb before it
    if before in _SUBJECT_PRONOUNS:
        return True  # "he claims": the tagger reads a noun
    following = sentence.tags()[i + 1] if i + 1 < len(tokens) else "."
    if i + 2 < len(tokens) and tokens[i + 2][2].lower() == "that" and lower.endswith("s"):
        return False  # "government reports show that": the next word is the verb
    if (
        i + 1 < len(tokens)
        and lower.endswith("s")
        and tokens[i + 1][2].lower() in L.document_verbs
        and not sentence.gap(i, i + 1).strip()
    ):
        return False  # "the company reports show", "police reports suggest": a noun
    if (
        lower.endswith("s")
        and (before in L.person_heads or before in L.group_heads)
        and not following.startswith(("VB", "MD"))
    ):
        return True  # "the mayor demands an apology" (not "government reports show")
    if i + 1 < len(tokens):
        after = tokens[i + 1][2].lower()
        if after in ("that",) or '"' in sentence.gap(i, i + 1) or "“" in sentence.gap(i, i + 1):
            return True
    if lower.endswith("s") and _closing_report(sentence, i):
        return True  # "…, Reuters reports.": a name, then the verb that closes the clause
    if lower.endswith("s") and _name_then_clause(sentence, i):
        return True  # "Claude Eerdekens claims the champion tested positive"
    return tag.startswith("VB")


#: Words that may open a clause of content right after a name's verb of saying.
_CLAUSE_SUBJECT_OPENERS = frozenset(
    ["the", "a", "an", "his", "her", "its", "their", "he", "she", "it", "they", "this", "there"]
)


def _expects_something(sentence: _Sentence, i: int) -> bool:
    """A verb of expectation at ``i`` that reports a view: followed by an object or a
    clause, not by "to", and after no modal or form of "be" (adverbs between skipped)."""
    tokens = sentence.tokens
    if i + 1 < len(tokens) and tokens[i + 1][2].lower() in ("to", "for"):
        return False
    k = i - 1
    while k >= 0 and sentence.tags()[k] == "RB":
        k -= 1  # "is also expected"
    before = tokens[k][2].lower() if k >= 0 else ""
    progressive = tokens[i][2].lower().endswith("ing")  # "Deloitte is forecasting growth"
    return before not in _MODAL and (progressive or before not in _BE)


def _name_then_clause(sentence: _Sentence, i: int) -> bool:
    """ "Eerdekens claims the champion tested positive": an -s form right after a name (a
    capitalised word inside the sentence), then a clause with a finite verb of its own
    (not "Federer claims the title": no clause follows)."""
    tokens, tags = sentence.tokens, sentence.tags()
    if i < 1 or i + 2 >= len(tokens) or sentence.in_quote(i - 1):
        return False
    if (
        not _cap(tokens[i - 1][2])
        or not tags[i - 1].startswith("NNP")
        or sentence.gap(i - 1, i).strip()
    ):
        return False
    if tokens[i + 1][2].lower() not in _CLAUSE_SUBJECT_OPENERS or sentence.gap(i, i + 1).strip():
        return False
    for k in range(i + 2, min(len(tokens), i + 10)):
        if _BREAK_GAP2.search(sentence.gap(k - 1, k)):
            return False
        if k + 1 < len(tokens) and tokens[k + 1][2].lower() == "by":
            return False  # "the title won by Nadal": a participle, no clause of its own
        if tags[k] in ("VBD", "VBZ", "VBP", "MD"):
            return True
        if tags[k] == "VBN" and tags[k - 1].startswith(("NN", "PRP")):
            return True  # "the champion tested positive": a past read as a participle
    return False


def _bare_relative(sentence: _Sentence, i: int) -> bool:
    """The verb at ``i`` makes a relative clause of its own, with nothing said after it,
    and the main verb follows at once ("Residents who objected were stonewalled", "Those
    who complained have been ignored"): a description of people, not a report."""
    tokens = sentence.tokens
    if i < 1 or tokens[i - 1][2].lower() not in ("who", "that") or sentence.in_quote(i):
        return False
    k = i + 1
    while k < len(tokens) and sentence.tags()[k] == "RB" and tokens[k][2].islower():
        k += 1  # "who objected strongly were …"
    if k >= len(tokens) or sentence.gap(k - 1, k).strip() or sentence.in_quote(k):
        return False
    return tokens[k][2].lower() in _BE | {"have", "has", "had"} or (
        sentence.tags()[k] in _FINITE and tokens[k][2].islower()
    )


def _means_of(sentence: _Sentence, i: int) -> bool:
    """ "X took the unusual step of releasing a statement", "X responded by issuing a
    warning": the act (a verb of ``acts`` in -ing, its object the next words) is the way the
    clause's subject spoke; not a "by …ing" that opens the sentence ("By making an opening
    statement, she waived …": that clause's subject follows it)."""
    tokens = sentence.tokens
    if i < 3 or sentence.in_quote(i - 1):
        return False
    before = tokens[i - 1][2].lower()
    if before == "of":
        return any(tokens[k][2].lower() in ("step", "steps") for k in range(max(0, i - 4), i - 1))
    return before == "by" and i - 1 > 0 and not _BREAK_GAP2.search(sentence.gap(i - 2, i - 1))


def _closing_report(sentence: _Sentence, i: int) -> bool:
    """An -s form that closes its clause after a short name set off by a comma ("…, the
    Washington Post reports." "…, Reuters notes, and …"): a verb, not a plural noun, when
    it is one that reports without an object (not "… Rosemount brands, for …")."""
    tokens = sentence.tokens
    if lists().lemma.get(tokens[i][2].lower()) not in lists().closing:
        return False
    if i + 1 < len(tokens) and sentence.gap(i, i + 1).strip()[:1] not in (",", ";"):
        return False
    if i == 0 or not _cap(tokens[i - 1][2]) or sentence.in_quote(i - 1):
        return False
    k = i - 1
    while k > 0 and i - k < 6 and not sentence.gap(k - 1, k).strip():
        k -= 1  # back over the name: "the BBC's Jonathan Beale"
    return k > 0 and sentence.gap(k - 1, k).strip()[-1:] in (",", "”", '"')


_GO_ON = frozenset(["went", "goes", "go", "going", "gone"])


def _to_frame(sentence: _Sentence, i: int) -> int | None:
    """The word before the subject's frame when the verb at ``i`` follows "to" in "X went on
    to say" or "X was quick (eager, at pains) to say": where to look back for the subject
    (the auxiliary, which the subject search skips); None for any other infinitive."""
    tokens = sentence.tokens
    low = [tokens[k][2].lower() for k in range(max(0, i - 4), i)]
    if len(low) < 3 or low[-1] != "to" or any(sentence.in_quote(k) for k in range(i - 3, i)):
        return None
    if low[-2] == "on" and low[-3] in _GO_ON:
        return i - 4
    if low[-2] in lists().before_to:
        return i - 3  # "The board continues to believe", "is continuing to insist"
    eager = lists().eager
    if low[-2] in eager and (low[-3] in _BE | {"be"} or low[-3] in lists().between):
        return i - 3
    if len(low) == 4 and low[-3:-1] == ["at", "pains"] and "at pains" in eager and low[0] in _BE:
        return i - 4
    return _caused(sentence, i)


#: Tags of the words of a simple noun phrase: determiners, adjectives, nouns, numbers.
_NOUN_PHRASE_TAGS = frozenset(
    ["DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "POS"]
)


def _caused(sentence: _Sentence, i: int) -> int | None:
    """ "The remarks prompted Vieira to ask …", "which led the minister to announce …": the
    last word of the one caused to speak, a noun phrase of one to four words between the
    causing verb (``between.causing``) and "to"; None otherwise."""
    tokens = sentence.tokens
    causing = lists().causing
    for k in range(i - 3, max(-1, i - 7), -1):
        if tokens[k][2].lower() in causing and not sentence.in_quote(k):
            between = range(k + 1, i - 1)
            if any(
                sentence.in_quote(q) or _BREAK_GAP2.search(sentence.gap(q - 1, q)) for q in between
            ):
                return None
            tags = sentence.tags()
            if not all(tags[q] in _NOUN_PHRASE_TAGS for q in between):
                return None  # "prompting unions representing 4.5m workers to threaten …"
            return i - 2
    return None


def reads_as_verb(text: str, word: str) -> bool:
    """``word`` (its first occurrence in ``text``) is read as a reporting verb."""
    tokens = words(text)
    index = next((k for k, t in enumerate(tokens) if t[2] == word), None)
    if index is None or word.lower() not in lists().lemma:
        return False
    sentence = _Sentence(text, 0, [], tokens, list(range(len(tokens))))
    if lists().lemma[word.lower()] == "call":
        following = [t[2].lower() for t in tokens[index + 1 : index + 4]]
        following = [w for w in following if w not in _DETERMINERS]
        if not following or following[0] in lists().not_after_call or len(tokens) - index <= 3:
            return False
    return _is_verb(sentence, index)


def _pronoun_document(sentence: _Sentence, j: int, verb: str, state: SpeakerState):
    """ "…, his report said" / "Their letter added": a document (``heads.document``) after
    a possessive pronoun that opens the clause, right before the verb: its owner is the
    one the pronoun refers to, resolved as 'he', 'she', 'they' or 'it' would be."""
    tokens = sentence.tokens
    if j < 1 or sentence.in_quote(j) or tokens[j][2].lower() not in lists().documents:
        return None
    possessive = tokens[j - 1][2]
    pronoun = _POSSESSIVE_PRONOUNS.get(possessive.lower())
    if pronoun is None or sentence.in_quote(j - 1):
        return None
    if j >= 2 and not (_BREAK_GAP2.search(sentence.gap(j - 2, j - 1)) or sentence.in_quote(j - 2)):
        return None  # "Mr Kok said his report …": the pronoun must open the clause
    resolved = _pronoun(pronoun, possessive, verb, sentence, state)
    if resolved is None:
        return None
    name, how, confidence, method = resolved
    document = tokens[j][2]
    how = f"‘{verb}’ reports the words of {name}, whose {document} is its subject ({how})"
    return name, how, min(confidence, 0.8), method


def _quoted_frame(sentence: _Sentence, i: int) -> tuple[int, int | None] | None:
    """'saying' (or another reporting verb in -ing) at ``i`` after a form of 'quote' (or a
    passive 'reported') within eight words, outside quotations and with no punctuation
    between: (the index of 'quoted', the end of its object when one stands between them
    before 'as': "the agency quoted an official as saying", or a name right before it: "the
    paper quoted Mr Clarke telling activists"), or (the index of 'quoted', None) for the
    passive "X was quoted in the Herald (as) saying", "X has been quoted as telling"."""
    tokens = sentence.tokens
    for k in range(i - 1, max(-1, i - 9), -1):
        if sentence.in_quote(k) or _BREAK_GAP2.search(sentence.gap(k, k + 1)):
            return None
        word = tokens[k][2].lower()
        if word not in ("quoted", "quotes", "quoting", "reported"):
            continue
        if k >= 1 and tokens[k - 1][2].lower() in _BE | {"been"}:
            if k + 1 < i and tokens[k + 1][2].lower() not in ("in", "by", "on", "as"):
                return None  # "was quoted a price": not a report of words
            return k, None  # "X was quoted as saying", "X is reported as saying"
        if word == "reported":
            return None  # only the passive frames a quotation ("the paper reported, saying")
        if k + 2 < i and tokens[i - 1][2].lower() == "as":
            return k, i - 1
        if word == "quoted" and k + 1 < i and _cap(tokens[k + 1][2]):
            return k, i  # "the Standard quoted Mr Clarke telling activists that …"
        return None
    return None


_HAVE = frozenset(["has", "have", "had"])
#: Words that open a subordinate clause: its "was saying" is not the sentence's report.
_PROGRESSIVE_SUBORDINATE = (
    _RELATIVE
    | _SUBORDINATORS
    | {
        "what",
        "why",
        "how",
        "whether",
        "because",
        "since",
    }
)


#: Auxiliaries and modals: capitalised before a verb of saying they are a name ("May said",
#: "Will added"), since a sentence does not open with one before its reporting verb.
_AUXILIARY = frozenset(
    [
        *("may", "will", "would", "could", "might", "should", "must", "can", "shall"),
        *("did", "does", "do", "has", "have", "had", "was", "were", "is", "are"),
    ]
)


#: Words that make "to" a preposition ("according to company reports"), not an infinitive.
_TO_PREPOSITION = frozenset(
    [
        *("according", "due", "thanks", "owing", "next", "addition", "compared", "prior"),
        *("similar", "close", "contrary", "relative", "opposed", "regard", "respect"),
        *("response", "reference"),
    ]
)


#: Words before a title that make it another office, or one held no longer: "Vice
#: President Mike Pence", "former President Obama" are not "the president" of a later
#: sentence.
_OTHER_OFFICE = frozenset(
    ["vice", "deputy", "assistant", "lieutenant", "associate", "under", "shadow", "former", "ex"]
)


def _finding_as_object(sentence: _Sentence, i: int) -> bool:
    """The verb of finding at word ``i`` has what was found as its subject: a passive
    ("were found on the laptop", "was (later) shown") or a participle after its noun
    ("the emails found on his computer are …"), with no "that" of a finding after it."""
    tokens = sentence.tokens
    k = i - 1
    while k >= 0 and tokens[k][2].endswith("ly") and sentence.tags()[k] == "RB":
        k -= 1
    if k >= 0 and tokens[k][2].lower() in _BE and not sentence.in_quote(k):
        return True
    after = [t[2].lower() for t in tokens[i + 1 : i + 9]]
    return (
        k == i - 1
        and k >= 0
        and sentence.tags()[k] in ("NN", "NNS")
        and sentence.tags()[i] in ("VBN", "VBD")
        and bool(after)
        and sentence.tags()[i + 1] == "IN"
        and after[0] != "that"
        and "that" not in after
        and not _BREAK_GAP.search(sentence.gap(k, i))
    )


def _progressive(sentence: _Sentence, i: int) -> bool:
    """ "Doctors are (now) warning that …", "she has been saying": a reporting verb's -ing
    form after a form of "be" in the same clause, so a finite verb with a subject before it
    (not "being accused", nor "a warning", nor "…, saying")."""
    L = lists()
    tokens = sentence.tokens
    if L.lemma.get(tokens[i][2].lower()) in L.not_progressive:
        return False  # "is writing a book", "was advising the campaign": work, not words
    k = i - 1
    while k >= 0 and tokens[k][2].endswith("ly") and sentence.tags()[k] == "RB":
        k -= 1
    if k < 0 or sentence.in_quote(k) or _BREAK_GAP.search(sentence.gap(k, i)):
        return False
    if tokens[k][2].lower() == "been" and k > 0 and tokens[k - 1][2].lower() in _HAVE:
        k -= 1
    elif tokens[k][2].lower() not in _BE - {"being", "be"}:
        return False
    # the clause of the subject: back to a comma or the start of the sentence
    b = k - 1
    while b >= 0 and "," not in sentence.gap(b, b + 1) and not sentence.in_quote(b):
        if tokens[b][2].lower() in _PROGRESSIVE_SUBORDINATE:
            return False  # "why he was saying", "claims that TBWA was blaming him"
        b -= 1
    return True


def _subject(sentence: _Sentence, i: int, state: SpeakerState):
    """The speaker of the reporting verb at word ``i``: (name, how, confidence, method). A
    phrasal verb is named whole in the reason ("‘pointed to’ reports …")."""
    found = _subject_of(sentence, i, state)
    tokens = sentence.tokens
    if found is None or i + 1 >= len(tokens):
        return found
    verb, particle = tokens[i][2], tokens[i + 1][2]
    if particle.lower() not in lists().phrasal.get(verb.lower(), ()):
        return found
    name, how, *rest = found
    return (name, how.replace(f"‘{verb}’", f"‘{verb} {particle}’", 1), *rest)


def _subject_of(sentence: _Sentence, i: int, state: SpeakerState):
    """:func:`_subject`, its reason naming the verb's first word only."""
    L = lists()
    tokens, text = sentence.tokens, sentence.text
    verb = tokens[i][2]
    lower = verb.lower()
    # "X was quoted as saying"
    j = i - 1
    quoted = _quoted_frame(sentence, i) if lower.endswith("ing") else None
    if quoted is not None and quoted[1] is not None:
        phrase = _valid_np(sentence, quoted[0] + 1, quoted[1], state)
        resolved = _resolve(phrase, verb, sentence, state, "object") if phrase else None
        if resolved is None:
            return None
        name, how, confidence, method = resolved
        if method == "named":  # "Reuters quoted a central bank official as saying"
            frame = "as " if tokens[i - 1][2].lower() == "as" else ""
            how = f"‘quoted … {frame}{verb}’ reports the words of {name}, the one quoted"
        return name, how, min(confidence, 0.9), method
    if quoted is not None:
        j = quoted[0] - 1  # "X was quoted in the Herald saying": X, the subject of 'was'
    elif (
        lower == "saying"
        and j >= 1
        and tokens[j][2].lower() == "as"
        and tokens[j - 1][2].lower() == "quoted"
    ):
        j -= 2
    elif _to_frame(sentence, i) is not None:
        j = _to_frame(sentence, i)  # "X went on to say", "X was quick to point out"
    elif lower.endswith("ing") and _progressive(sentence, i):
        pass  # "Doctors are warning that …": the subject of 'are', found below
    elif lower.endswith("ing"):
        if (j >= 0 and "," in sentence.gap(j, i)) or _means_of(sentence, i):
            main = _main_subject(sentence, i, state)
            if main:
                return (
                    main,
                    f"‘{verb}’ reports the words of {main}, the subject of the sentence",
                    0.8,
                    "named",
                )
        return None
    aside = (  # "Outside economists, however, said": the adverb and its commas
        j >= 1
        and tokens[j][2].lower() in L.asides
        and "," in sentence.gap(j, j + 1)
        and "," in sentence.gap(j - 1, j)
        and not sentence.in_quote(j)
    )
    if aside:
        j -= 1
    else:  # "Her lawsuit, filed in the US District Court, said": the document
        j = _before_participle_aside(sentence, j, i)
    # skip adverbs and auxiliaries between subject and verb ("Theresa May said": a
    # capitalised "May" inside the sentence is a name, not the auxiliary)
    while (
        j >= 0
        and not sentence.in_quote(j)
        and (
            (
                tokens[j][2].lower() in L.between
                and not (
                    tokens[j][2][:1].isupper() and (j > 0 or tokens[j][2].lower() in _AUXILIARY)
                )
            )
            or (tokens[j][2].endswith("ly") and j > 0 and sentence.tags()[j] == "RB")
        )
    ):
        if _BREAK_GAP.search(sentence.gap(j, j + 1)):
            break
        j -= 1
    named = _name_then_role(sentence, i, state)
    if named:  # "“…,” John Houlihan, editor of X told BBC News."
        where = "after the quotation" if sentence.quotes else "at the start"
        return _resolve_noted(named, verb, sentence, state, f"named {where}, then a role")
    while (
        j >= 2
        and tokens[j][2].lower() in _TIME_WORDS
        and tokens[j - 1][2].lower() in ("on", "last", "this", "late", "early", "earlier", "that")
        and not re.search(r"[,;:()\"“”]", sentence.gap(j - 2, j) + sentence.gap(j, j + 1))
    ):
        j -= 2  # "President Trump on Saturday said"
    if (
        j >= 1
        and j + 1 == i
        and _weekday_then_verb(tokens, j)
        and not sentence.gap(j, i).strip()
        and tokens[j - 1][2].lower() not in _TIME_PREPOSITIONS
        and not sentence.in_quote(j)
    ):
        j -= 1  # "Treasury Secretary John Snow Tuesday said": the day, with no "on"
    if j >= 1 and tokens[j][2].lower() in ("and", "but") and not sentence.in_quote(j):
        if "," not in sentence.gap(j - 1, j) and any(
            tokens[k][2].lower() in _CLAUSE_WORDS and not sentence.in_quote(k) for k in range(1, j)
        ):  # "… after the man approached him and asked …": that clause's subject ("…, and
            return None  # said" after a comma goes back to the main clause)
        main = _main_subject(sentence, j, state)  # "Gowdy went on to call it …, and said"
        if main:
            how = f"‘{verb}’ reports the words of {main}, the subject of the sentence"
            return main, how, 0.8, "named"
        return None
    if (
        j >= 2
        and tokens[j][2].lower() == "them"
        and tokens[j - 1][2].lower() == "of"
        and not sentence.in_quote(j)
        and j <= 4
    ):  # "Half of them argue", "Only 42% of them say": the group "they" would be
        resolved = _pronoun("they", "of them", verb, sentence, state)
        return resolved
    if j >= 1 and tokens[j][2].lower() == "who" and "," in sentence.gap(j - 1, j):
        phrase = _np_before(sentence, j - 1, state)  # "…, Professor Chris Woodhead, who has said"
        if phrase:
            return _resolve(phrase, verb, sentence, state, "before")
        phrase = _object_before_who(sentence, j - 1, state) if _says_content(sentence, i) else None
        if phrase:  # "criticised by Tom Hardy, who said": 'who' is the one just named
            return _resolve_noted(phrase, verb, sentence, state, "named just before ‘who’")
        return None
    parenthesis = False
    if j >= 1 and re.fullmatch(r"[.%]?\s*\)\s*", sentence.gap(j, j + 1)):
        for k in range(j, max(0, j - 4), -1):  # "Rep. Adam Schiff (D-Calif.) revealed"
            if "(" in sentence.gap(k - 1, k):
                if re.fullmatch(r"\s*\(\s*", sentence.gap(k - 1, k)):
                    j, parenthesis = k - 1, True  # "The … Authority (QCA) has told"
                break
    gap = sentence.gap(j, j + 1) if j >= 0 else text[: tokens[i][0]]
    if parenthesis or aside:
        gap = " "
    after_quote = bool(sentence.quotes) and j >= 0 and sentence.in_quote(j)
    quoted = _quoted_subject(sentence, j) if after_quote else None
    if quoted:  # "But “birthers” have demanded …"
        return _resolve(quoted, verb, sentence, state, "before")
    if j >= 0 and not after_quote and not parenthesis and "," in gap:
        upto_text = text[: tokens[j + 1][0]] if j + 1 < len(tokens) else text
        members = _included_members(sentence, upto_text, state)
        if members:  # "Critics, including X and Y, said"
            return _resolve_noted(members, verb, sentence, state, "named among the group")
    if j >= 0 and not after_quote and not parenthesis:
        chained = _apposition(sentence, j, state)
        if chained:
            return _resolve(chained, verb, sentence, state, "before")
    if j >= 0 and not after_quote and not _BREAK_GAP2.search(gap.replace("’", "")):
        phrase = _np_before(sentence, j, state)
        if phrase:
            return _resolve(phrase, verb, sentence, state, "before")
        owned = _pronoun_document(sentence, j, verb, state)
        if owned:  # "…, his report said": the document of the one 'his' refers to
            return owned
        owner = _document_owner(sentence, i, j, state)
        if owner:  # "the special counsel’s filing said": the owner as named, not resolved
            resolved = _resolve(owner, verb, sentence, state, "before", roles=False)
            if resolved is None or resolved[3] != "named":
                return resolved
            name, _how, confidence, method = resolved
            document = sentence.tokens[j][2]
            return (
                name,
                f"‘{verb}’ reports the words of {name}, whose {document} is its subject",
                confidence,
                method,
            )
        # "X, a spokeswoman for Y, said" / "X, who ..., said"
        aside = _before_aside(sentence, j, state) or _unclosed_aside(sentence, j, state)
        if aside:
            return _resolve(aside, verb, sentence, state, "before")
        given = _document_given(sentence, j, state)
        if given:
            name, how = given
            return name, how, 0.75, "named"
        for find, note in (
            (_document_from, "in the words of its document"),
            (_modified_subject, "its description runs up to the verb"),
            (_relative_subject, "named before ‘who’"),
            (_which_antecedent, "named before ‘which’"),
            (_share_of_group, "a share of the group speaks for it"),
        ):
            phrase = find(sentence, j, state)
            if phrase:
                return _resolve_noted(phrase, verb, sentence, state, note)
        inverted = _inverted_without_comma(sentence, i) if j >= 1 else None
        if inverted:  # "… important for providers said Lindsay Schroth, an analyst …"
            return _resolve(inverted, verb, sentence, state, "after")
        return None
    if j >= 0 and not after_quote and ("," in gap or _DASH.search(gap)):
        aside = _before_aside(sentence, j, state)
        if aside:
            return _resolve(aside, verb, sentence, state, "before")
        document = _document_from(sentence, j, state)  # "A statement by a spokesman for X, Y,"
        if document:
            return _resolve_noted(document, verb, sentence, state, "in the words of its document")
    if j >= 0 and "," in gap and not _DASH.search(gap):
        stray = _stray_comma_subject(sentence, j, state)
        if stray:
            return _resolve_noted(stray, verb, sentence, state, "a stray comma before the verb")
    if lists().lemma.get(verb.lower()) in lists().addressee:
        return None  # "then tells Etheridge, “…”": the one told listens, never speaks
    if lists().lemma.get(verb.lower()) in lists().targets:
        return None  # "…, accused some schools of …": the one accused, never the speaker
    # Inverted: "“…,” said X" / "…, said the minister" / "“…,” X said."
    if j >= 0 and (after_quote or re.search(r"[,\"”’]\s*$", gap)):
        phrase = _np_after(sentence, i + 1)
        if phrase:
            return _resolve(phrase, verb, sentence, state, "after")
    if j < 0 and sentence.quotes and sentence.quotes[0][0] < tokens[i][0]:
        phrase = _np_after(sentence, i + 1)
        if phrase:
            return _resolve(phrase, verb, sentence, state, "after")
    return None


def _inverted_without_comma(sentence: _Sentence, i: int) -> str | None:
    """ "… turn to Windows said Dominic Hirsch, managing director of X.": the comma before an
    inverted verb left out; only a person's full name (a known given name) that closes the
    sentence, alone or with a role after a comma."""
    tokens = sentence.tokens
    if i + 2 >= len(tokens) or sentence.in_quote(i + 1):
        return None
    phrase = _np_after(sentence, i + 1)
    name = strip_title(phrase or "") or ""
    at = sentence.text.find(phrase, tokens[i + 1][0]) if phrase else -1
    closes = at >= 0 and _CLOSING_ROLE.fullmatch(sentence.text[at + len(phrase) :])
    if closes and len(name.split()) >= 2 and name.split()[0] in lists().names:
        return phrase
    return None


#: What may follow an inverted speaker's name to the sentence's end: a role set off by a
#: comma ("…, managing director of Retail Banking Research.") or nothing.
_CLOSING_ROLE = re.compile(r"\s*(?:,\s*[^,;:“”\"()]{1,90})?[.!?]?[\"”’]?\s*")


_NAME_THEN_ROLE_GAP = re.compile(
    r"\s*,?\s*((?:[A-Z][\w.’'\-]*\s+){1,3}[A-Z][\w’'\-]+),\s+[^,;:“”\"()—–]{1,80}?\s*$"
)


def _name_then_role(sentence: _Sentence, i: int, state: SpeakerState) -> str | None:
    """ "“…,” John Houlihan, editor of X told BBC News.": a quotation, a person's name and
    a role (its closing comma left out) right before the verb: the name speaks."""
    tokens = sentence.tokens
    before = [e for _s, e in sentence.quotes if e <= tokens[i][0]]
    start = max(before) if before else 0
    if not before and (sentence.quotes and sentence.quotes[0][0] < tokens[i][0]):
        return None
    match = _NAME_THEN_ROLE_GAP.fullmatch(sentence.text[start : tokens[i][0]])
    if not match:
        return None
    if not before:  # "Howard Archer, economist at X said": the role must be one of the lists
        L = lists()
        role = sentence.text[start : tokens[i][0]][match.end(1) :].lstrip(" ,").split()
        if role and role[0].lower() in ("a", "an", "the"):
            role = role[1:]
        if (
            not role
            or not role[0].islower()
            or (role[0] not in L.person_heads and role[0] not in L.titles)
        ):
            return None
    chunk = match.group(1)
    name = strip_title(chunk)
    if not name or not _is_person(name):
        return None
    known = name.split()[0] in lists().names or name != chunk or name in state.genders
    return chunk if known or name in state.people.values() else None


def _resolve_noted(
    phrase: str, verb: str, sentence: _Sentence, state: SpeakerState, note: str
) -> tuple[str, str, float, str] | None:
    """:func:`_resolve` of a subject found before the verb, its reason followed by how the
    phrase was found (None: a pronoun or description that names nobody)."""
    resolved = _resolve(phrase, verb, sentence, state, "before")
    if resolved is None:
        return None
    name, how, confidence, method = resolved
    return name, f"{how} ({note})", confidence, method


def _resolve(
    phrase: str,
    verb: str,
    sentence: _Sentence,
    state: SpeakerState,
    where: str,
    roles: bool = True,
):
    lower = phrase.lower()
    if lower in _SUBJECT_PRONOUNS:
        return _pronoun(lower, phrase, verb, sentence, state)
    role = _role(phrase, state)
    if role:
        how = f"‘{phrase}’ is {role}, named earlier with that role"
        return role, how, 0.8, "role"
    described = _described(phrase, state, sentence)
    if described:
        if not described[0]:
            return None  # "the Ohio Republican" after someone else spoke: unknown
        return described[0], described[1], 0.75, "role"
    group = _group_described(phrase, state, sentence)
    if group:
        return group[0], group[1], 0.75, "role"
    named = _named_role(phrase, state, sentence.start) if roles else None
    if named:
        name = _canonical(named[0], state)
        return name, f"‘{phrase}’ is {name}, {named[1]}", 0.75, "role"
    office = _office_described(phrase, state)
    if office:
        return office[0], office[1], 0.7, "role"
    name = _canonical(phrase, state)
    if where == "after":
        how = f"named after the verb: ‘{verb} {phrase}’"
    else:
        how = f"‘{verb}’ reports the words of {name}, named as its subject"
    return name, how, 0.95, "named"


def _name_before_pronoun(sentence: _Sentence, lower: str) -> bool:
    """A capitalised word other than the sentence's first stands before the pronoun, outside
    quotations: an antecedent in the sentence itself ("Even carmaker Porsche may join, although
    it insists …"), so "it" is not the previous sentence's subject."""
    tokens = sentence.tokens
    for k in sentence.outside:
        word = tokens[k][2]
        if word.lower() == lower:
            return False
        if k > 0 and _cap(word) and not _starts_sentence(sentence, k) and word != "I":
            return True
    return False


#: Prepositions that open a phrase set off by a comma before a sentence's subject.
_OPENING_PREPOSITIONS = frozenset(
    ["in", "after", "before", "despite", "during", "following", "with", "on", "at", "for",
     "since", "amid", "unlike", "like", "as", "under", "besides"]
)  # fmt: skip


def _name_subject(sentence: _Sentence, state: SpeakerState) -> str | None:
    """The sentence's subject when it is a capitalised name that tells no person, for an
    "it" in the next sentence: "GM, whose brands include …, is due to …", "French regulator
    AMF has filed …", "In addition to the penalty, Monsanto also agreed …". The name opens
    the sentence or follows an opening phrase set off by a comma; a finite verb follows it,
    after adverbs or after one aside set off by commas."""
    tokens = sentence.tokens
    if not tokens or sentence.in_quote(0):
        return None
    L = lists()
    begin = 0
    if tokens[0][2].lower() in _OPENING_PREPOSITIONS:  # "In addition to the penalty, …"
        begin = next((k for k in range(1, min(len(tokens), 9)) if "," in sentence.gap(k - 1, k)), 0)
        if not begin:
            return None
    opener = tokens[begin][2]
    if opener.lower() == "the" and begin + 1 < len(tokens):
        opener = tokens[begin + 1][2]  # "The SEC unveiled …", "The ODPM attributed …"
    if not _cap(opener) or opener.lower() in L.not_names or opener in L.names:
        return None  # "But …", "The report …", "John …": no organisation's name (no tagging)
    tags = sentence.tags()
    run = begin  # "French stock market regulator AMF": role words, then the name
    while run < len(tokens) and (_cap(tokens[run][2]) or tags[run] in ("JJ", "NN")):
        if run > begin and _BREAK_GAP2.search(sentence.gap(run - 1, run)):
            break
        run += 1
    first = begin if _cap(tokens[begin][2]) else run
    if run == begin or run >= len(tokens) or not _cap(tokens[run - 1][2]) or first == run:
        return None
    k = run
    if "," in sentence.gap(run - 1, run):  # one aside: "GM, whose brands include …,"
        k = next(
            (
                q
                for q in range(run + 1, min(len(tokens), run + 16))
                if "," in sentence.gap(q - 1, q)
            ),
            None,
        )
        if k is None:
            return None
    elif _BREAK_GAP2.search(sentence.gap(run - 1, run)):
        return None
    while k < len(tokens) and tags[k] == "RB":
        k += 1
    if k >= len(tokens) or tags[k] not in ("VBD", "VBZ", "MD"):
        return None
    if tokens[k][2].lower() in ("were", "are", "have"):
        return None  # a plural subject is no "it"
    if any(tokens[q][2].endswith(("'s", "’s")) for q in range(begin, run)):
        return None  # "Delta's new SimpliFares were …": a thing owned, not the owner
    return _unpersoned_name(_slice(sentence, begin, run), sentence, begin, state)


def _unpersoned_name(
    phrase: str, sentence: _Sentence, begin: int, state: SpeakerState
) -> str | None:
    """The subject ``phrase`` as the organisation an "it" in the next sentence may stand for:
    capitalised (its last word a name), no given name, title or earlier mention telling a
    person ("GM", "regulator AMF" -> "AMF", "Monsanto"); else None."""
    L = lists()
    name = strip_title(phrase) or phrase
    words_ = name.split()
    if not words_ or not _cap(words_[-1]) or sentence.in_quote(begin):
        return None
    if words_[0] in L.names or _gender(name, state) in ("m", "f") or name in state.people:
        return None
    if any(v == name for v in state.people.values()) or words_[0].lower() in L.not_names:
        return None
    return name


def _pronoun(lower: str, word: str, verb: str, sentence: _Sentence, state: SpeakerState):
    L = lists()
    kind = _SUBJECT_PRONOUNS[lower]
    if kind == "1" or re.search(
        rf"\b(?:or|and)\s+{word}\b|\b{word}\s+(?:or|and)\s+(?:he|she)\b", sentence.text
    ):
        return None  # "he or she": anyone, not a person named before
    here = _named_before_clause(lower, word, verb, sentence, state)
    if here:
        how = f"‘{word}’ refers to {here}, named earlier in the same sentence, before its clause"
        return here, how, 0.8, "pronoun"
    antecedent = _relative_antecedent(kind, word, verb, sentence, state)
    if antecedent:
        main, relative = antecedent
        how = (
            f"‘{word}’ after ‘{relative}’ refers to {main}, the subject of the sentence: "
            "the relative clause gives that subject's view"
        )
        return main, how, 0.75, "pronoun"
    candidates: list[tuple[str, str]] = []
    if state.previous:
        candidates.append((state.previous, "the speaker of the previous sentence"))
    for person in state.previous_people:
        candidates.append((person, "named in the previous sentence"))
    for person in state.earlier_people:
        if _gender(person, state) == kind:
            candidates.append((person, "named two sentences before"))
    named_here = kind == "o" and _name_before_pronoun(sentence, lower)
    if state.previous_group and kind in ("p", "o") and not (named_here and state.previous_named):
        # before the run's speaker: "Officials from the ministry met on Monday. They said …"
        candidates.append((state.previous_group, "the subject of the previous sentence"))
    if state.current and not state.stranger:  # after anyone named since
        candidates.append((state.current, "the speaker of the quotation run"))
    asker = _asker(verb, sentence, state)
    if asker:  # "Lauer asked Trump, “…?” He replied: …": the one asked answers, not Lauer
        candidates = [(name, where) for name, where in candidates if name != asker]
    named_after = _named_after_verb(word, verb, sentence)
    # "he insisted he still trusted Mr Blair": whom the clause names after its verb, its
    # subject pronoun is not
    candidates = [(n, where) for n, where in candidates if not _named_there(n, named_after)]
    fits = []
    for name, where in candidates:
        g = _gender(name, state)
        evidence = (
            name in state.genders
            or name in (state.previous, state.current)
            # the one person just named, a person by a title or role ("secretary general X")
            or (
                state.previous_people == (name,)
                and any(v == name and k in L.titles for k, v in state.roles.items())
            )
        )
        if kind in ("m", "f") and (g == kind or (g == "u" and _is_person(name) and evidence)):
            fits.append((name, where, g == kind))
        elif (kind == "p" and g == "p") or (
            kind == "o" and g in ("o", "p") and (not _is_person(name) or name in state.genders)
        ):  # a name known as an organisation ("according to the Times … It said")
            fits.append((name, where, True))
    unsure = state.previous or (state.previous_group if kind == "o" else None)
    if (
        not fits
        and kind == "o"
        and unsure
        and not state.previous
        and not named_here
        and _gender(unsure, state) == "u"
    ):
        # "GM … is due to reveal earnings. It said …": the subject before, an organisation
        how = (
            f"‘{word}’ refers to {unsure}, the subject of the previous sentence "
            "(‘it’ names no person: an organisation)"
        )
        return unsure, how, 0.65, "pronoun"
    if not fits and kind == "o" and state.previous and _gender(state.previous, state) == "u":
        first = state.previous.split()[0]
        if first not in L.names and not any(
            v == state.previous for k, v in state.roles.items() if k in L.titles
        ):  # "Greenway Foods said … It added": a name no first name or title tells a person
            how = (
                f"‘{word}’ refers to {state.previous}, the speaker of the previous sentence "
                "(‘it’ names no person: an organisation)"
            )
            return state.previous, how, 0.7, "pronoun"
    if not fits:
        found = _recent_pronoun(kind, word, state, asker)
        return None if found and _named_there(found[0], named_after) else found
    if state.previous and fits[0][0] == state.previous:
        name, where, sure_gender = fits[0]  # "…,” she says: the speaker just heard
        desc = {"m": "the last man", "f": "the last woman"}.get(kind, "the group")
        how = f"‘{word}’ refers to {name}, {desc} named ({where})"
        return name, how, 0.85 if sure_gender else 0.8, "pronoun"
    distinct = {n for n, _w, _s in fits}
    pool = {n for n, _w, _s in fits if n in state.previous_people} or {
        n for n, _w, _s in fits if n in state.earlier_people and n != state.current
    }
    if kind in ("m", "f") and len(pool) > 1:
        sure = [f for f in fits if f[2]]
        if len({n for n, _w, _s in sure}) != 1:
            subject = state.previous_subject
            if subject in pool and not state.previous and any(n == subject for n, _w, _s in sure):
                how = (
                    f"‘{word}’ refers to {subject}, who opened the previous sentence as its "
                    "subject (others of that gender were named after)"
                )
                return subject, how, 0.7, "pronoun"
            return None  # two people it could be: leave it
        fits = sure
    name, where, sure_gender = fits[0]
    if (
        kind in ("m", "f")
        and not sure_gender
        and name in state.previous_people
        and any(
            p != name and _gender(p, state) in (kind, "u") and p != state.previous
            for p in state.previous_people
        )
    ):
        return None  # "Florian Hamm - Borussia Dortmund's investor": no gender tells which
    if kind in ("m", "f") and where == "named two sentences before":
        nearer = [
            p for p in state.previous_people if p != name and _gender(p, state) in (kind, "u")
        ]
        if nearer or (
            state.stranger
            and re.compile(rf"\b[A-Z][\w’'-]+\s+{re.escape(state.stranger)}\b").search(
                state.text, 0, sentence.start
            )
        ):
            return None  # "… Dale Pike. Pike himself seemed …. he said": Pike is nearer
        heard = {p for names in state.recent_speakers for p in names if _gender(p, state) == kind}
        if name not in heard and heard - {name}:
            return None  # "X said … The 22-year-old beat Y. … he said": X may be meant too
        spoke = state.recent_speakers[-2] if len(state.recent_speakers) >= 2 else ()
        if any(p != name and _gender(p, state) == kind for p in spoke):
            return (
                None  # "… about Y's remarks,” X said. The international …. he said": X spoke there
            )
    subject = state.previous_subject
    if (
        kind in ("m", "f")
        and subject
        and subject not in distinct
        and not state.previous
        and _gender(subject, state) == "u"
    ):
        return None  # "Fox, however, doubts that Donald Trump …": 'he' may be either
    confidence = 0.85 if (sure_gender and len(distinct) == 1) else 0.75
    desc = {"m": "the last man", "f": "the last woman"}.get(kind, "the group")
    how = f"‘{word}’ refers to {name}, {desc} named ({where})"
    return name, how, confidence, "pronoun"


def _named_after_verb(word: str, verb: str, sentence: _Sentence) -> frozenset[str]:
    """The names outside quotations after ``verb``, which follows the subject pronoun
    ``word``, up to the clause's end ("he insisted he still trusted Mr Blair" -> {"Blair"}):
    someone the pronoun cannot be. A name is its last word, with the word before it when
    that is not a title ("June Carter Cash" -> "Carter Cash")."""
    outside = sentence.outside
    words = [sentence.tokens[i][2] for i in outside]
    try:
        at = words.index(word)
        at = words.index(verb, at + 1)
    except ValueError:
        return frozenset()
    titles = lists().titles
    named: set[str] = set()
    run: list[str] = []  # the capitalised words in a row, and the word before them
    before = ""
    for k in range(at + 1, len(words) + 1):
        stop = k == len(words) or re.search(r"[,;:—–]|--", sentence.gap(outside[k - 1], outside[k]))
        w = "" if k == len(words) else words[k]
        if run and (stop or not w[:1].isupper()):
            if before.lower() not in ("a", "an", "new", "old", "another"):  # "a new Gordon Brown"
                first = run[-2].lower().rstrip(".") if len(run) > 1 else ""
                named.add(run[-1] if not first or first in titles else " ".join(run[-2:]))
            run = []
        if stop or w.lower() in _OTHER_CLAUSE:
            break  # "…, and then only after Frank told reporters he'd spoken with Patrick"
        if w[:1].isupper():
            if not run:
                before = words[k - 1]
            run.append(w)
    return frozenset(named)


#: Words that open another clause, with a subject of its own, after the pronoun's clause.
_OTHER_CLAUSE = frozenset(
    ["after", "before", "because", "since", "while", "when", "although", "though", "but", "and"]
)


def _named_there(name: str, named: frozenset[str]) -> bool:
    """``name`` is among the names :func:`_named_after_verb` found: by its last name alone
    or after a title ("Mr Blair"), or by its last two words ("Tony Blair")."""
    parts = name.split()
    return bool(parts) and (parts[-1] in named or " ".join(parts[-2:]) in named)


def _asker(verb: str, sentence: _Sentence, state: SpeakerState) -> str | None:
    """The previous sentence's speaker when it ended with a question and ``verb`` answers
    one ("replied", "responded"; see ``act_with`` in speakers.toml): whoever answers, it is
    not the one who asked."""
    if not state.previous or lists().lemma.get(verb.lower()) not in lists().act_with:
        return None
    before = state.text[max(0, sentence.start - 40) : sentence.start]  # not the whole text
    before = before.rstrip().rstrip("\"”’'").rstrip()
    return state.previous if before.endswith("?") else None


#: Words that open a clause inside a sentence: "he" after one may be a person named before it.
_CLAUSE_OPENERS = frozenset(["because", "since", "that", "when", "after", "before", "while", "as"])
#: ... and a relative clause: "X has submitted evidence which he claims proves …".
_PRONOUN_CLAUSE_OPENERS = _CLAUSE_OPENERS | {"which", "who", "whom"}


def _named_before_clause(
    lower: str, word: str, verb: str, sentence: _Sentence, state: SpeakerState
) -> str | None:
    """ "The statement by Mr. Carr was unusual because he had never …": 'he' or 'she' in a
    clause that opens after the one person of that gender named earlier in the sentence
    (outside quotations). Not "After meeting Obama, he said": there the name is in the
    opening clause and the pronoun is the main clause's subject."""
    kind = _SUBJECT_PRONOUNS[lower]
    if kind not in ("m", "f"):
        return None
    text = sentence.text
    if word not in text or verb not in text:
        return None  # (the search below needs both)
    at = re.search(rf"\b{re.escape(word)}\b(?=(?:\s+[\w’']+){{0,3}}\s+{re.escape(verb)}\b)", text)
    if not at or not _WORD_CHAR.search(text[: at.start()]):
        return None
    before = [
        k
        for k, (s, e, _w) in enumerate(sentence.tokens)
        if e <= at.start() and not sentence.in_quote(k)
    ]
    opener = max(
        (k for k in before if sentence.tokens[k][2].lower() in _PRONOUN_CLAUSE_OPENERS),
        default=None,
    )
    if opener is None:
        return None
    found = set()
    for run in _CAPITAL_RUN.finditer(text[: sentence.tokens[opener][0]]):
        if sentence.quotes and inside(sentence.quotes, run.start(), run.end()):
            continue
        chunk = run.group().rstrip(".")
        name = strip_title(chunk) or ""
        if len(name.split()) == 1:
            name = state.people.get(name, name if name != chunk else "")
        if not name or not _is_person(name):
            continue
        gender = _gender(name, state)
        if gender == "u" and name != chunk:
            title = chunk.split()[0].lower()
            lists_ = lists()
            gender = (
                "m"
                if title in lists_.male_titles
                else "f"
                if title in lists_.female_titles
                else "u"
            )
        if gender == kind:
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _relative_antecedent(
    kind: str, word: str, verb: str, sentence: _Sentence, state: SpeakerState
) -> tuple[str, str] | None:
    """ "Apple uses AAC, which it says helps thwart piracy", "Critics attacked the plan,
    which they argue will raise bills": 'it' or 'they' right after a relative word is
    not the thing the relative clause describes (that is "which") but the subject of the
    sentence, when it agrees: 'it' an organisation, 'they' a group."""
    if kind not in ("o", "p"):
        return None
    tokens = sentence.tokens
    at = next(
        (
            k
            for k in range(1, len(tokens))
            if tokens[k][2] == word
            and tokens[k - 1][2].lower() in _RELATIVE
            and k + 1 < len(tokens)
            and tokens[k + 1][2] == verb
            and not sentence.in_quote(k)
            # "a candidate that they believe in": what they believe in, no view reported
            and (k + 2 >= len(tokens) or tokens[k + 2][2].lower() not in _NP_PREP)
        ),
        None,
    )
    if at is None or at < 3:
        return None
    if any(
        tokens[k][2].lower() in _OTHER_CLAUSE and not sentence.in_quote(k) for k in range(at - 1)
    ):
        return None  # "… while Apple uses AAC, which it says …": that clause's subject
    main = _main_subject(sentence, at - 1, state)
    if not main or main.lower() in _SUBJECT_PRONOUNS or main.lower() in _DETERMINERS:
        return None
    gender = _gender(main, state)
    if kind == "o" and (gender != "o" or _is_person(main)):
        return None
    if kind == "p" and gender != "p" and " and " not in main:
        return None
    return main, tokens[at - 1][2].lower()


#: Words that open a clause of their own before a relative clause: its subject, not the
#: sentence's, may be the one the relative clause's pronoun means.
_OTHER_CLAUSE = _PRONOUN_CLAUSE_OPENERS | {"whereas", "although", "though", "if", "unless", "whose"}


#: Sentences back that "he" or "she" may reach for the one man or woman named in them.
RECENT = 6


def _recent_pronoun(kind: str, word: str, state: SpeakerState, asker: str | None = None):
    """'he'/'she' with nobody fitting in the last two sentences: the one person of that
    gender (known from a title or a first name) named or heard in the last :data:`RECENT`
    sentences, when there is exactly one (besides ``asker``, who put the question that
    "he replied" answers)."""
    spoke = state.previous and state.previous != asker and _is_person(state.previous)
    if kind not in ("m", "f") or spoke:
        return None  # someone else just spoke: "he" may mean them, whatever their name tells
    if state.stranger:
        return None  # the sentence before opened with a name: "he" may be that one
    seen = [
        p for sentence in state.recent for p in sentence if _gender(p, state) == kind and p != asker
    ]
    if len(set(seen)) != 1:
        return None
    name = seen[-1]
    if state.recent and any(
        _gender(p, state) == "u" and _is_person(p) and p != name for p in state.recent[-1]
    ):  # "… Mr. Sellers responded … That did not satisfy Justice Scalia. “…,” he said":
        return None  # a person named in the sentence before, whose name tells no gender
    heard = {p for sentence in state.recent_speakers for p in sentence}
    if name not in heard and any(
        _gender(p, state) == "u" and _is_person(p) for p in heard
    ):  # "… advisor Jared Kushner. … Trump sent a letter …, he wrote": Trump spoke before
        return None

    desc = "the only man" if kind == "m" else "the only woman"
    how = f"‘{word}’ refers to {name}, {desc} named in the last {RECENT} sentences"
    if asker:
        how += f" besides {asker}, who put the question"
    return name, how, 0.7, "pronoun"


# --- noun phrases ----------------------------------------------------------------------------

#: Words that open a clause: a speaker phrase never holds one.
_CLAUSE = frozenset(
    ["that", "which", "who", "whom", "whose", "where", "when", "what", "while", "because", "if"]
)
_LINKERS = frozenset(
    ["of", "de", "da", "del", "van", "von", "der", "bin", "al", "la", "le", "du", "dos"]
)
_NP_PREP = frozenset(["for", "at", "of", "in", "from", "with", "to", "on"])


#: A name that opens with a lower-case particle: "diGenova", "deBlasio", "al-Assad", "eBay".
_PARTICLE_CAP = re.compile(r"(?:[a-z]{1,3}[A-Z]|(?:al|el|bin|ibn|ben)-[A-Z])")


def is_capitalised(word: str) -> bool:
    """``word`` is written as a name: a capital first, or a lower-case particle and then a
    capital ("diGenova", "al-Assad")."""
    return word[:1].isupper() or bool(_PARTICLE_CAP.match(word))


_cap = is_capitalised


#: Words of quantity that may stand between a preposition and its object ("to all MPs").
_QUANTIFIERS = frozenset(["all", "both", "each", "every", "most", "many", "some", "several"])


def _np_before(sentence: _Sentence, j: int, state: SpeakerState) -> str | None:
    """The speaker noun phrase ending at word ``j``, or None (a fragment is never taken)."""
    tokens = sentence.tokens
    if (
        j > 1
        and tokens[j][2] in lists().postnominal
        and not _BREAK_GAP2.search(sentence.gap(j - 1, j))
        and (
            (_cap(tokens[j - 2][2]) and tokens[j - 2][2] in lists().names)
            or tokens[j - 1][2] in state.people
        )
    ):
        j -= 1  # "Andrew Tyrie MP demanded": the name before the letters
    k = j
    while k >= 0 and j - k < 10:
        if k < j and _BREAK_GAP2.search(sentence.gap(k, k + 1).replace("’", "")):
            break
        if sentence.in_quote(k):
            break
        k -= 1
    run = list(range(k + 1, j + 1))
    if not run:
        return None
    link = next((q for q in run[1:] if tokens[q][2].lower() in ("of", "for")), None)
    holder = _office_holder(sentence, run[0], link, j) if link is not None else None
    if holder:
        return holder  # "Minister of Foreign Affairs Lev Strakhov said"
    # Narrow to the longest suffix that is a valid speaker phrase.
    for first in run:
        phrase = _valid_np(sentence, first, j + 1, state)
        if phrase and _object_of_participle(sentence, first, run[0]):
            return None  # "Lawyers representing the families said": not the families
        if phrase:
            before = first - 1  # "… to all councillors warned": the object of "to"
            while before > run[0] and tokens[before][2].lower() in _QUANTIFIERS:
                before -= 1
            if before >= run[0] and tokens[before][2].lower() in _OBJECT_BEFORE:
                # "the defeat at Newcastle and manager Jose Mourinho said": a new clause's
                # subject after "and", not a pair of names under "at"
                for k in range(j, first, -1):
                    if tokens[k][2].lower() == "and" and k < j:
                        after = _valid_np(sentence, k + 1, j + 1, state)
                        if after and _cap(tokens[j][2]):
                            return after
                        break
                titled = _titled_name(sentence, first, j, state)
                if titled and tokens[first - 1][2].lower() == "of":
                    return titled  # "chairman of the House committee Rep. Adam Schiff said"
                named = _name_after_noun(sentence, first, j, state)
                if named:
                    return named
                opened = _subject_after_opening(sentence, first, j, state)
                if opened:
                    return opened
                return _honorific_after_place(sentence, first, j, state)
                # else "the experts on the panel disagreed": an object, not the subject
            return phrase
    return None


def _object_of_participle(sentence: _Sentence, first: int, begin: int) -> bool:
    """The phrase at word ``first`` is the object of a participle that describes a noun
    before it ("Lawyers representing [the families]", "a lawyer representing [Mr Wass]")."""
    if first - 2 < begin:
        return False
    tokens = sentence.tokens
    verb, noun = tokens[first - 1][2], tokens[first - 2][2]
    if not verb.endswith("ing") or not verb.islower():
        return False  # (no tagging for the usual case)
    tags = sentence.tags()
    return (
        tags[first - 1] == "VBG"
        and verb != "including"  # "newspapers including El Watan reported": those named
        and tags[first - 2] in ("NN", "NNS")
        and noun.isalpha()
        # not "the world's leading …", "Mr. Trump's adoring fans"
        and (noun.islower() or (first == 2 and noun[1:].islower()))
        and not sentence.gap(first - 2, first - 1).strip()
        # its object opens with a determiner or a name: not "chief operating [officer …]"
        and (tokens[first][2].lower() in _DETERMINERS or _cap(tokens[first][2]))
    )


def _quoted_subject(sentence: _Sentence, j: int) -> str | None:
    """ "But “birthers” have demanded …": a group's name in scare quotes as the subject,
    one or two words, the last a plural in lower case, after one conjunction or determiner
    that opens the sentence; None for any other quotation."""
    tokens, quotes = sentence.tokens, sentence.quotes
    span = next(((s, e) for s, e in quotes if s <= tokens[j][0] < e), None)
    if span is None or tokens[j][1] + 1 < span[1]:
        return None  # the quotation goes on past the word: not a name in quotes
    inner = [k for k in range(len(tokens)) if span[0] <= tokens[k][0] < span[1]]
    if not 1 <= len(inner) <= 2 or not re.fullmatch(r"[a-z]+s", tokens[j][2]):
        return None
    before = [tokens[k][2].lower() for k in range(inner[0])]
    if len(before) != 1 or before[0] not in _LEADING_WORDS:
        return None  # not "“More jobs” said the banner": a quotation that opens it
    return _slice(sentence, inner[0], j + 1)


#: What may stand before a quoted subject: "But “birthers” …", "The “refuseniks” …".
_LEADING_WORDS = frozenset(["but", "and", "yet", "so", "the", "some", "many", "most", "other"])


def _subject_after_opening(
    sentence: _Sentence, first: int, j: int, state: SpeakerState
) -> str | None:
    """ "In a monthly report anti-virus firm Sophos said": the sentence opens with a
    preposition and its object with no comma after it; the subject is the phrase that
    starts right after the object's noun."""
    if first != 1 or sentence.tokens[0][2].lower() not in _OPENING_PREPOSITIONS:
        return None
    k = _after_opening_object(sentence, j)
    return _valid_np(sentence, k, j + 1, state) if k else None


def _after_opening_object(sentence: _Sentence, j: int) -> int | None:
    """The word after an opening preposition's object ("In [a report] anti-virus firm",
    "During [his speech] Mr Allard"): the first capitalised word, adjective or article
    right after a common noun, up to word ``j``."""
    tokens, tags = sentence.tokens, sentence.tags()
    for k in range(2, j + 1):
        noun = tags[k - 1] in ("NN", "NNS") or tags[k - 2] in ("DT", "PRP$")  # "the match"
        if noun and tokens[k - 1][2].islower() and (_cap(tokens[k][2]) or tags[k] in ("JJ", "DT")):
            return k
    return None


def _honorific_after_place(
    sentence: _Sentence, first: int, j: int, state: SpeakerState
) -> str | None:
    """ "Speaking in Harrogate Mr Kennedy said": a capitalised run after a preposition that
    an honorific (Mr, Mrs, Dr, Sir …) splits, its comma left out: the honorific opens the
    subject, the words before it are the preposition's object."""
    L = lists()
    tokens = sentence.tokens
    honorifics = L.honorifics
    if not _cap(tokens[first][2]) and tokens[first][2].lower() != "the":
        return None
    for k in range(first + 1, j):
        word = tokens[k][2]
        if _BREAK_GAP2.search(sentence.gap(k - 1, k)):
            return None
        if _cap(word) and word.lower() in honorifics:
            return _valid_np(sentence, k, j + 1, state)
        if not _cap(word) and word.lower() not in ("the", "of", "and"):
            return None  # "to paint Mr Sullivan": a verb's object, not a place before a name
    return None


#: Prepositions whose object a following ", who said" describes: "criticised by X, who said".
_BEFORE_WHO = frozenset(["by", "from", "with", "to", "among", "including", "against"])


_CONTENT_OPENERS = frozenset(["that", "it", "he", "she", "they", "there", "we", "i", "this"])


def _says_content(sentence: _Sentence, i: int) -> bool:
    """The reporting verb at ``i`` gives words, not an object: "said", "told", "added", or
    any verb followed by a quotation, "that" or a clause's subject ("warned it would");
    not "wrote the musical", "announced his attendance", "is noted for"."""
    tokens = sentence.tokens
    k = i - 1
    while k >= 0 and tokens[k][2].lower() != "who":
        if tokens[k][2].lower() in _BE:
            return False  # "who is usually noted for": a passive
        k -= 1
    if lists().lemma.get(tokens[i][2].lower()) in ("say", "tell", "add"):
        return True
    if i + 1 >= len(tokens):
        return False
    gap = sentence.gap(i, i + 1)
    return bool(re.search(r"[:\"“‘]", gap)) or tokens[i + 1][2].lower() in _CONTENT_OPENERS


def _object_before_who(sentence: _Sentence, j: int, state: SpeakerState) -> str | None:
    """The object of a preposition ending at word ``j``, just before ", who": "criticism
    from Senator Tom Hardy, who said", "signed by the governor, who said". Only a proper
    name or a role or group head, never "of" ("the wife of X, who": either of them)."""
    L = lists()
    tokens = sentence.tokens
    for first in range(j, max(-1, j - 6), -1):
        if first < j and _BREAK_GAP2.search(sentence.gap(first, first + 1).replace("’", "")):
            return None
        if sentence.in_quote(first) or first == 0:
            return None
        if tokens[first - 1][2].lower() not in _BEFORE_WHO:
            continue
        phrase = _valid_np(sentence, first, j + 1, state)
        if not phrase:
            return None
        head = tokens[j][2].lower()
        if _cap(tokens[j][2]) or head in L.person_heads or head in L.group_heads:
            return phrase
        return None
    return None


def _name_after_noun(sentence: _Sentence, first: int, j: int, state: SpeakerState) -> str | None:
    """A person's full name ending at word ``j`` right after a common noun or a possessive
    that closes the phrase before it: "Director of television Jana Bennett said", "In the
    Cosmopolitan interview Mr Howard said", "Responding to the claims Tory Party
    co-chairman Liam Fox said", "War on Want's John Hilary said". Not when the name and its
    roles follow a preposition or an article ("a spokesman for Tory chairman Liam Fox
    said", "the wife of Tom Hale said"): there the name is an object."""
    L = lists()
    tokens, tags = sentence.tokens, sentence.tags()
    if j + 1 < len(tokens) and _BREAK_GAP2.search(sentence.gap(j, j + 1)):
        return None  # "paint Mr Sullivan, who has admitted …": not the verb's own subject
    k = j
    while k >= first and _cap(tokens[k][2]) and not tokens[k][2].endswith(("'s", "’s")):
        k -= 1
    name_first = k + 1
    if j - name_first < 1:
        return None
    phrase = _valid_np(sentence, name_first, j + 1, state)
    name = strip_title(phrase or "")
    if not phrase or not name or not _is_person(name):
        return None
    titled = name != phrase  # "Mr Howard"
    told = titled or (len(name.split()) >= 2 and name.split()[0] in L.names)
    if not told and name not in state.people.values():
        return None  # a first name, a title or an earlier mention must tell a person
    q = name_first - 1
    while (
        q >= first
        and (
            _cap(tokens[q][2])
            or tokens[q][2].lower() in L.titles
            or tokens[q][2].lower() in L.person_heads
        )
        and not tokens[q][2].endswith(("'s", "’s"))
    ):
        q -= 1  # "Tory Party co-chairman": the name's own roles
    if q < first:
        return None
    word = tokens[q][2]
    if word.endswith(("'s", "’s")) and _cap(word):
        return phrase  # "War on Want's John Hilary"
    if (
        word[:1].islower()
        and tags[q] in ("NN", "NNS")
        and word.lower() not in _OBJECT_BEFORE
        and word.lower() not in _DETERMINERS
        and word.lower() not in L.titles
        and word.lower() not in L.person_heads
        and word.lower() not in L.group_heads
    ):
        return phrase  # "… the claims Tory Party co-chairman Liam Fox"
    return None


def _titled_name(sentence: _Sentence, first: int, j: int, state: SpeakerState) -> str | None:
    """The capitalised title and the person's name that end words ``first..j`` ("… Rep.
    Adam Schiff"), or None."""
    L = lists()
    tokens = sentence.tokens
    for k in range(first, j):
        word = tokens[k][2]
        if _cap(word) and word.lower() in L.titles and word.lower() not in L.not_names:
            phrase = _valid_np(sentence, k, j + 1, state)
            if phrase and _is_person(strip_title(phrase) or "") and strip_title(phrase) != phrase:
                return phrase
            return None
    return None


#: Words that open a clause conceding any claim at all ("whatever the opposition
#: claims"): its verb reports no words, the author dismisses them.
_CONCESSIVE = frozenset(["whatever", "whoever", "however"])


def _conceded(sentence: _Sentence, i: int) -> bool:
    """The verb at word ``i`` closes a concessive clause a few words after "whatever"
    (or "no matter what"), with no break between."""
    tokens = sentence.tokens
    for k in range(i - 1, max(-1, i - 6), -1):
        if sentence.in_quote(k) or _BREAK_GAP2.search(sentence.gap(k, k + 1)):
            return False
        word = tokens[k][2].lower()
        if word in _CONCESSIVE and (
            word != "however" or (k + 1 < i and sentence.tags()[k + 1] in ("JJ", "RB"))
        ):
            return True  # ("however much critics complain", not "However, critics say")
        before = [t[2].lower() for t in tokens[max(0, k - 2) : k]]
        if word == "what" and before == ["no", "matter"]:
            return True
    return False


def _office_holder(sentence: _Sentence, begin: int, link: int, j: int) -> str | None:
    """The person who holds a capitalised office named with "of" or "for" at word
    ``link``: "Minister of Agriculture Lev Strakhov", "Chancellor of the Exchequer Gordon
    Brown", "Secretary of State for Health Jeremy Hunt", "Minister of Finance Mary T.
    Smith" (words ``begin..j``). The office's words before ``link`` are capitalised and end
    with a title; after it come the department's words (``department_words``, joined by
    "and", "for", "of", "the"), then the name as the text writes it. When no department
    word is known, the name is the last two words, or runs from a known given name.
    None unless a department word or more stays before the name."""
    L = lists()
    tokens = sentence.tokens
    words = [t[2] for t in tokens]
    if link <= begin or link >= j:
        return None
    office = words[begin:link]
    if not all(_cap(w) for w in office) or office[-1].lower().split("-")[-1] not in L.titles:
        return None  # (not "Capt. Ronald S. Johnson of the … Highway Patrol": a name; but
        # "Vice-Minister of …" is an office)
    k = link + 1
    while k < j and (
        words[k].lower() in L.department_words
        or (words[k].lower() in ("and", "for", "of", "the") and _cap(words[k + 1]))
    ):
        k += 1
    if k == link + 1 or (k > link + 1 and not _cap(words[k - 1])):
        # no department word known: the capitalised words after it, the name at their end
        after = link + 1 + (words[link + 1].lower() == "the")
        tail = words[after : j + 1]
        if len(tail) < 3 or not all(_cap(w) and w.lower() not in L.not_names for w in tail):
            return None
        given = next((q for q, w in enumerate(tail[:-1]) if w in L.names and q > 0), None)
        k = after + (given if given is not None else len(tail) - 2)
    elif j + 1 - k > 2 and words[k] not in L.names:
        # department words the list does not know may remain ("… of the National Aerospace
        # Administration Pel Grodno"): the name runs from a given name, or is the last two
        rest = words[k : j + 1]
        given = next((q for q, w in enumerate(rest[:-1]) if w in L.names and q > 0), None)
        k += given if given is not None else len(rest) - 2
    name = words[k : j + 1]
    if (
        not name
        or len(name) > 4
        or not all(_cap(w) and w.lower() not in L.not_names for w in name)
        or any(w.lower() in L.titles or w.lower() in L.group_heads for w in name)
    ):
        return None
    return _slice(sentence, k, j + 1)


_OBJECT_BEFORE = frozenset(
    [
        "of",
        "on",
        "in",
        "at",
        "for",
        "with",
        "by",
        "from",
        "to",
        "about",
        "against",
        "over",
        "under",
        "into",
        "than",
        "between",
        "among",
        "across",
        "through",
        "throughout",
        "within",
        "without",
        "toward",
        "towards",
        "like",
    ]
)


def _np_after(
    sentence: _Sentence, i: int, documents: bool = False, participle: bool = False
) -> str | None:
    """The speaker noun phrase starting at word ``i`` ("said Ms Hale, a spokeswoman").
    With ``participle`` (after "according to", where no verb of its own can follow) a
    participle after the phrase closes it: "a study published on Monday in …"."""
    tokens = sentence.tokens
    if i >= len(tokens) or sentence.in_quote(i):
        return None
    end = i
    while end < len(tokens) and end - i < 12:
        if end > i:
            gap = sentence.gap(end - 1, end).replace("’", "")
            previous = tokens[end - 1][2]
            initial = gap.strip() == "." and (
                len(previous) == 1 or previous.lower() + "." in lists().titles
            )
            if _END_GAP.search(gap) and not initial:
                break
        if sentence.in_quote(end):
            break
        end += 1
    # "said the chairman of the Commons education committee, Labour MP Barry Sheerman.":
    # a role, then the person's name closing the sentence
    if end < len(tokens) and sentence.gap(end - 1, end).strip() == "," and end - i >= 2:
        named = _np_after(sentence, end, documents)
        if (
            named
            and _cap(named.split()[-1])
            and _is_person(strip_title(named) or "")
            and tokens[-1][2] == named.split()[-1]
            and not _cap(tokens[end - 1][2])
        ):
            return named
    for last in range(end, i, -1):
        phrase = _valid_np(sentence, i, last, None, documents=documents)
        following = [t[2].lower() for t in tokens[last : last + 6]]
        if (
            not phrase
            and last == i + 1
            and source_modifier(following, 0)
            and tokens[i][2].lower() in lists().group_heads
        ):
            phrase = tokens[i][2]  # "according to people familiar with how …"
        if (
            phrase
            and last < len(tokens)
            and not _END_GAP.search(sentence.gap(last - 1, last).replace("’", ""))
            and tokens[last][2].lower() not in _NP_PREP
            and tokens[last][2].lower() != "as"  # "said Smith as he left", "by Jobs as"
            and tokens[last][2].lower() not in _AFTER_NAME  # "said Williams afterwards"
            and not (  # "said Simon Bysshe who filmed the event": the name, then its clause
                tokens[last][2].lower() in ("who", "whose")
                and _cap(tokens[last - 1][2])
                and (
                    _is_person(strip_title(phrase) or "")
                    or tokens[last - 1][2].lower() in lists().person_heads  # "one Democrat who"
                )
            )
        ):
            if source_modifier(following, 0):
                return phrase  # "people familiar with how it was drafted": the people
            if participle and (
                sentence.tags()[last] == "VBN" or following[0] in lists().document_authored
            ):
                return phrase  # "according to a report by the city auditor released …"
            if sentence.tags()[last] == "VBN" and (
                following[1:2] == ["by"]
                or (following[2:3] == ["by"] and sentence.tags()[last + 1] == "RB")
            ):  # "said one analyst quoted by the news agency", "… published jointly by"
                return phrase  # a passive aside closes the phrase
            return None  # the phrase runs into a clause: "alleges Wal-Mart deceived customers"
        if phrase:
            if (
                not _cap(tokens[last - 1][2])
                and last < len(tokens)
                and sentence.gap(last - 1, last).strip() == ","  # "the legislator, Carl Seel"
            ):
                named = _np_after(sentence, last, documents)
                if named and _cap(named.split()[-1]):
                    if _is_person(strip_title(named) or ""):
                        return named
                    if tokens[last - 1][2].lower() in lists().group_heads:
                        return named  # "the employers' organisation, the CBI"
            return phrase
    return None


#: Words of time or occasion after an inverted speaker's name: "said Williams afterwards",
#: "said Smith last week", "said Jol after the draw" (the trailing words of a closing report).
_AFTER_NAME = _TRAILING | frozenset(
    ["afterwards", "afterward", "later", "earlier", "yesterday", "today", "tonight",
     "recently", "last", "this", "again", "following"]
)  # fmt: skip

#: Prepositions of extent that follow a group and say where its members are ("farmers
#: across the country", "leaders around the world", "doctors throughout Europe").
_SPREAD = frozenset(["across", "around", "throughout"])


def _spread_over(
    sentence: _Sentence,
    first: int,
    end: int,
    lowers: list[str],
    state: SpeakerState | None,
    documents: bool,
) -> str | None:
    """ "Farmers across the country": a plural group or an organisation's word, then one
    of :data:`_SPREAD` and a plain noun phrase (no verb, no clause): the whole phrase.
    None when the phrase has no such preposition."""
    p = next((q for q, w in enumerate(lowers) if w in _SPREAD), None)
    if p is None or p == 0 or p == len(lowers) - 1:
        return None
    tags = sentence.tags()
    head = first + p - 1
    if not (tags[head] == "NNS" or lowers[p - 1] in lists().group_heads):
        return None
    if not _valid_np(sentence, first, first + p, state, documents):
        return None
    right = range(first + p + 1, end)
    if any(
        _BREAK_GAP2.search(sentence.gap(k - 1, k))
        or lowers[k - first] in _CLAUSE
        or tags[k].startswith(("VB", "MD", "PRP"))
        for k in right
    ) or not tags[end - 1].startswith("NN"):
        return ""
    return _slice(sentence, first, end)


def _valid_np(
    sentence: _Sentence, first: int, end: int, state: SpeakerState | None, documents: bool = False
) -> str | None:
    """``words[first:end]`` when they name a person or an organisation, else None."""
    L = lists()
    tokens = sentence.tokens
    words_ = [tokens[k][2] for k in range(first, end)]
    if not words_:
        return None
    lowers = [w.lower() for w in words_]
    if lowers[0] in _TIME_WORDS:
        return None  # "(Last) month the chairman of X": a time, then the subject
    if any(w in _CLAUSE for w in lowers) or lowers[-1] in _LINKERS_AND_OR:
        return None  # "the week that the company": a clause, not a phrase
    if any(_dashed(sentence.gap(k, k + 1)) for k in range(first, end - 1)):
        return None  # "WASHINGTON -- The Treasury": a dateline or an aside, not one phrase
    if any(
        lowers[q] in ("the", "a", "an")
        and not words_[q - 1][:1].isupper()
        and _article_opens_clause(sentence, first + q)
        for q in range(1, len(words_))
    ):
        return None  # "(Earlier) this week the Tories", "figures the newspaper (obtained)"
    if len(words_) == 1 and lowers[0] in _SUBJECT_PRONOUNS:
        return words_[0]
    proper = state.proper if state else frozenset()

    # A sentence-initial capital is a name only when the article capitalises it elsewhere
    # or the tagger reads a proper noun.
    def is_name_word(k: int) -> bool:
        w = tokens[k][2]
        if len(w) > 1 and w.isupper() and w.isalpha():
            return True  # an acronym: IT, BBC, QCA
        if not _cap(w):
            return False
        if w.lower() in L.given_also and _given_before_surname(k):
            return True  # "April Jones said", "Labour MP June Smith said"
        if w.lower() in L.not_names:
            return False
        if tokens[k][0] == 0 or _starts_sentence(sentence, k):
            if w.lower() in L.person_heads or w.lower() in L.group_heads:
                return w in proper or w.isupper()
            return w in proper or w.isupper() or sentence.tags()[k].startswith("NNP")
        return True

    def _given_before_surname(k: int) -> bool:
        """``words[k]`` opens the phrase at the start of the sentence, or follows a word of
        the phrase, and a capitalised surname follows it directly."""
        after = tokens[k + 1][2] if k + 1 < end else ""
        if not _cap(after) or after.lower() in L.not_names_or_given:
            return False
        if _BREAK_GAP2.search(sentence.gap(k, k + 1)):
            return False
        return k > first or tokens[k][0] == 0 or _starts_sentence(sentence, k)

    head = lowers[-1].replace("’s", "").replace("'s", "")
    source = _source_np(sentence, first, end, lowers, state, documents)
    if source is not None:
        return source or None
    # "Farmers across the country", "Doctors around the world": a group, then where it is.
    spread = _spread_over(sentence, first, end, lowers, state, documents)
    if spread is not None:
        return spread or None
    # The phrase may continue with "for X" / "at X" / "in X": "a spokesman for the ministry".
    for p, w in enumerate(lowers):
        if w in _NP_PREP and 0 < p < len(lowers) - 1:
            left = _valid_np(sentence, first, first + p, state, documents)
            # "unions at the Italian carmaker", "a leading expert on the Cuban economy": a
            # role or a group, then a plain noun phrase of where or what it is
            plain_member = (
                lowers[p - 1] in L.heads
                and lowers[p + 1] in _DETERMINERS
                and sentence.tags()[first + len(words_) - 1] in ("NN", "NNS")
            )
            right_ok = any(is_name_word(first + q) for q in range(p + 1, len(words_))) or (
                lowers[-1] in L.group_heads
                # "a spokesman for the special counsel": a role of a role
                or (lowers[-1] in L.person_heads and lowers[p + 1] in ("the", "a", "an"))
                or plain_member
            )
            if lowers[-1] in _DETERMINERS and lowers[-1] not in ("her", "him", "them"):
                return None  # "filed a": the phrase stops before its noun
            if left and p == len(words_) - 2 and lowers[-1] in ("her", "him", "them"):
                return _slice(sentence, first, end)  # "a spokesman for her"
            if (
                left
                and w not in ("of", "for", "at", "from")
                and (
                    _is_person(strip_title(left) or "")
                    or not all(
                        is_name_word(first + q) or lowers[q] in _DETERMINERS
                        for q in range(p + 1, len(words_))
                    )
                )
            ):
                return None  # "Trump in an interview": a person is not "in" anything
            if (
                left
                and right_ok
                and all(
                    is_name_word(first + q)
                    or lowers[q] in _LINKERS_DETERMINERS_AND
                    or lowers[q] in L.group_heads
                    or lowers[q] in L.person_heads
                    or (
                        (q < len(words_) - 1 or plain_member)
                        and lowers[q] not in _CLAUSE
                        and (
                            not sentence.tags()[first + q].startswith(("VB", "MD"))
                            or _modifier(sentence, first + q, lowers[q - 1])  # "a leading"
                        )
                    )
                    for q in range(p + 1, len(words_))
                )
            ):
                return _slice(sentence, first, end)
            return None
    if lowers[0] in _leading_not_names():
        return None
    if lowers[0] in L.given_also and not _given_before_surname(first):
        return None  # "In April Jones said": the month, not a given name
    # Every word must be a name word, a title, a determiner, a number, an adjective-like
    # modifier or a noun; the last one must name someone.
    names = [is_name_word(first + q) for q in range(len(words_))]
    if names[-1] or (len(words_) >= 2 and lowers[-1].rstrip(".") in L.titles and names[-2]):
        # a proper-name chunk, maybe after a role: "Deputy Foreign Minister Sergey Rybakov",
        # "White House press secretary Jen Psaki", "Andre Carson and Emanuel Cleaver"
        # the trailing name, then titles and roles before it
        k = len(words_)
        while k > 0 and (
            names[k - 1]
            or lowers[k - 1] in L.titles
            or (lowers[k - 1] in _LINKERS_AND and k > 1 and names[k - 2])
            # "president and chief executive Alan Pike": two titles of one person
            or (lowers[k - 1] == "and" and k > 1 and lowers[k - 2] in L.titles and not names[k])
        ):
            k -= 1
        if not any(names[k:]) or lowers[k] in _LINKERS_AND:
            return None
        for q in range(k):
            if not (
                names[q]
                or lowers[q] in _DETERMINERS
                or lowers[q] in L.titles
                or lowers[q] in L.person_heads
                or lowers[q] in L.group_heads
                or lowers[q].endswith(("’s", "'s"))
                or _modifier(sentence, first + q, lowers[q - 1] if q else "")
                or (
                    (q == 0 or lowers[q - 1] in _DETERMINERS)
                    and _participle_of_role(sentence, first + q, lowers[q + 1 :])
                )
            ):
                return None
        return _slice(sentence, first, end)
    plural = _plural_after_singular(sentence, first, end, lowers)
    if plural is not None:  # "a move critics called a betrayal": the critics called it
        return _valid_np(sentence, plural, end, state, documents)
    heads = L.heads_or_documents if documents else L.heads
    if head not in heads and not (_AGE.fullmatch(head) and lowers[0] == "the"):
        return None  # (“the 42-year-old” is a person)
    for q, w in enumerate(lowers[:-1]):
        if not (
            w in _DETERMINERS
            or names[q]
            or w in L.titles
            or w in heads
            or w.endswith(("’s", "'s"))
            or w.isdigit()
            or w in ("two", "three", "four", "five", "other", "and", "local", "former", "senior")
            or _modifier(sentence, first + q, lowers[q - 1] if q else "")
        ):
            return None
        if (
            w == "and"
            and q > 0
            and sentence.tags()[first + q - 1] in ("JJ", "VBN", "VBD", "RB")
            and lowers[q + 1] in _DETERMINERS
        ):
            return None  # "criticised as flawed and the opposition": "and" joins clauses
        if (
            w == "and"
            and q > 0
            and not names[q - 1]
            and lowers[q - 1] not in heads
            and lowers[q + 1] in _DETERMINERS
        ):
            return None  # "talks have taken place and the defender": not two speakers
        if (
            q > 0
            and w.endswith("ed")
            and sentence.tags()[first + q] in ("JJ", "VBN", "VBD")
            and sentence.tags()[first + q - 1] in ("NN", "NNS")
            and words_[q - 1].islower()
        ):
            return None  # "a promised immigration vote enraged liberals": a verb, a clause
    if len(words_) == 1 and head.endswith("s") is False and head in L.person_heads:
        return None  # "spokesman said": a bare singular role needs its article
    return _slice(sentence, first, end)


def _article_opens_clause(sentence: _Sentence, k: int) -> bool:
    """The article at word ``k`` starts a new phrase rather than continuing one: no
    preposition, "and" or possessive before it and no comma between ("the chairman of the
    board", "Smith and the mayor", "the city's new mayor" and "X, the mayor" continue),
    or a dash stands before it."""
    gap = sentence.gap(k - 1, k)
    if _dashed(gap):
        return True
    if gap.strip():
        return False
    before = sentence.tokens[k - 1][2].lower()
    return not (
        before in _NP_PREP
        or before in _SPREAD
        or sentence.tags()[k - 1] in ("IN", "TO")
        or before in _LINKERS
        or before in ("and", "&", "or", "by", "as")
        or before.endswith(("’s", "'s", "s’", "s'"))
    )


def source_modifier(lowers: list[str], p: int) -> int:
    """The length of the unnamed source's modifier ("familiar with") at ``lowers[p]``, or 0."""
    for modifier in lists().source_modifiers:
        if tuple(lowers[p : p + len(modifier)]) == modifier:
            return len(modifier)
    return 0


def _source_np(
    sentence: _Sentence,
    first: int,
    end: int,
    lowers: list[str],
    state: SpeakerState | None,
    documents: bool,
) -> str | None:
    """An unnamed source: "people familiar with the talks", "a source close to the minister".
    None: not such a phrase; "": such a phrase, but not a noun phrase (it holds a clause)."""
    L = lists()
    for p in range(1, len(lowers) - 1):
        size = source_modifier(lowers, p)
        if not size:
            continue
        left = _valid_np(sentence, first, first + p, state, documents)
        head = lowers[p - 1]
        if not (left or (p == 1 and head in L.group_heads)):  # "people familiar with …"
            return ""
        if head not in L.heads:
            return ""
        rest = range(first + p + size, end)
        tags = sentence.tags()
        if (
            not rest
            or lowers[-1] in _DETERMINERS | _NP_PREP
            or any(
                lowers[q - first] in _CLAUSE | _RELATIVE | _SUBORDINATORS
                or lowers[q - first] in _SECOND_PREP  # "people involved in the scene around …"
                or tags[q].startswith(("VB", "MD", "W"))
                or sentence.in_quote(q)
                for q in rest
            )
        ):
            return ""
        return _slice(sentence, first, end)
    return None


#: Prepositions that open a second phrase after an unnamed source's ("people involved in
#: the scene around the compound"): the source is then too long to stand as a speaker.
_SECOND_PREP = (
    _OBJECT_BEFORE
    | frozenset(["near", "outside", "inside", "around", "after", "before", "during", "behind"])
) - _NP_PREP


def _slice(sentence: _Sentence, first: int, end: int) -> str:
    return " ".join(sentence.text[sentence.tokens[first][0] : sentence.tokens[end - 1][1]].split())


def _modifier(sentence: _Sentence, k: int, before: str = "") -> bool:
    """An adjective or noun modifier, by the tagger ("senior officials", "health experts");
    a participle only after a determiner, maybe with one adjective between, and before a
    noun ("the elected officials", "a leading economist", "a visiting professor", "the
    maritime tracking firm"; not "seen many firms")."""
    tag = sentence.tags()[k]
    if tag in ("VBN", "VBG"):
        role = sentence.tokens[k][2].lower() in lists().role_participles
        tokens, tags = sentence.tokens, sentence.tags()
        after_adjective = (
            k >= 2
            and tags[k - 1] == "JJ"
            and tokens[k - 2][2].lower() in _DETERMINERS
            and k + 1 < len(tokens)
            and tags[k + 1].startswith("NN")
            and not sentence.gap(k - 1, k).strip()
        )  # "the maritime tracking firm", "a leading shipping group"
        return before in _DETERMINERS or before.isdigit() or role or after_adjective
    return tag.startswith(("JJ", "NN", "CD"))


#: "a few critics", "a number of critics": "a" before a plural that is still one phrase.
_A_BEFORE_PLURAL = frozenset(["few", "number", "couple", "lot", "group", "handful", "host"])


def _plural_after_singular(
    sentence: _Sentence, first: int, end: int, lowers: list[str]
) -> int | None:
    """Where a bare plural starts after "a"/"an" and a singular noun: "a move critics
    (called …)", "a result opponents (described …)" are a noun, then a relative clause
    with no "that" whose subject is the plural; None for one phrase ("a few critics")."""
    tags = sentence.tags()
    if not 3 <= len(lowers) <= 5 or lowers[0] not in ("a", "an") or tags[end - 1] != "NNS":
        return None
    if any(w in _A_BEFORE_PLURAL for w in lowers[1:]):
        return None
    if not all(tags[first + q].startswith(("JJ", "NN")) for q in range(1, len(lowers))):
        return None  # "a strong dollar but many market observers": two phrases, not one
    singular = [q for q in range(1, len(lowers) - 1) if tags[first + q] == "NN"]
    return first + singular[-1] + 1 if singular else None


def _participle_of_role(sentence: _Sentence, k: int, after: list[str]) -> bool:
    """A participle before a role in a name's description: "retired teacher Ellen Marsh",
    "elected councillor Tom Hill" (the role follows it, up to the name)."""
    L = lists()
    tags = sentence.tags()
    roles = [w in L.titles or w in L.person_heads for w in after]
    return (
        tags[k] in ("VBN", "VBD")
        and any(roles)
        and all(
            role or tags[k + 1 + q].startswith("NN")
            for q, role in enumerate(roles[: roles.index(True)])
        )
    )


def _starts_sentence(sentence: _Sentence, k: int) -> bool:
    before = sentence.text[: sentence.tokens[k][0]]
    return not _WORD_CHAR.search(before) or bool(_OPENING_MARK_LAST.search(before))


#: An opening quotation mark or a colon, then only spaces, at the end of a text.
_OPENING_MARK_LAST = re.compile(r"[“\"‘:]\s*$")


_ASIDE = re.compile(
    r",\s+(?:(?:who|whose|which|the|a|an|his|her|its|their|[a-z]+\s+(?:of|at|for|in)\b)"
    r"[^,;:“”\"]*|[A-Z]-[A-Z][\w.]*|\d+)\s*,\s*$"
)


#: A dash, spaced or not: "Lord Bingham - a senior law lord - said" (BBC style), "— … —".
_DASH = re.compile(r"—|–|--|(?<!\S)-(?!\S)")


def _dashed(gap: str) -> bool:
    """A dash between two words (``_DASH``, or the horizontal bar some outlets use)."""
    return bool(_DASH.search(gap)) or "―" in gap


_DASH_ASIDE = re.compile(r"\s*(?:—|–|--|\s-)\s+[^;:“”\"—–()]{1,150}?\s*(?:—|–|--|\s-)\s*$")
_NAMED_ASIDE = re.compile(r",\s+((?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]+),\s*$")
#: "… for the special counsel" / "… of the health commissioner": a phrase that ends with a
#: role after "for" or "of"; a name in apposition after it is that role's.
_OBJECT_ROLE = re.compile(r"\b(?:for|of)\s+(?:the|a|an)\s+(?:[a-z][\w’'\-]*\s+){0,2}([a-z]+)\s*$")


def _apposed_to_object(before: str) -> bool:
    """The text before a name in apposition ends with a role after "for"/"of" (a spokesman
    for the special counsel, NAME): the name goes with that role, not with the subject."""
    m = _OBJECT_ROLE.search(before)
    return bool(m) and m.group(1) in lists().person_heads and m.group(1) not in lists().group_heads


#: "Several conservatives, including Glenn Beck and Bill O’Reilly, have criticized …",
#: "Others, including former deputy governor Jonas Eld, warn …": a plural group, then the
#: members it names (up to three lower-case words of role before the first name).
_INCLUDING_ASIDE = re.compile(
    r"\b([A-Za-z]+s),\s+including\s+((?:[a-z][\w’'\-]*\s+){0,3}"
    r"(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]+"
    r"(?:\s+and\s+(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]+)?),\s*$"
)


def _included_members(sentence: _Sentence, upto_text: str, state: SpeakerState) -> str | None:
    """The members a group subject names ("Several conservatives, including Glenn Beck
    and Bill O’Reilly, have criticized"): the named ones are who is reported; both when
    they make one phrase, else the first. None unless each named phrase is a person's
    name (with its role) or an organisation's."""
    m = _INCLUDING_ASIDE.search(upto_text)
    if not m or (m.group(1)[:1].isupper() and m.start(1) > 0):
        return None  # "Sports Clubs, including …": a name, not a group
    inner = [k for k, (s, e, _w) in enumerate(sentence.tokens) if m.start(2) <= s and e <= m.end(2)]
    if not inner:
        return None
    joined = next((k for k in inner if sentence.tokens[k][2] == "and"), None)
    first = _valid_np(sentence, inner[0], joined if joined is not None else inner[-1] + 1, state)
    if not first or _gender(strip_title(first) or first, state) not in ("m", "f", "u", "o"):
        return None
    if joined is None:
        return first
    second = _valid_np(sentence, joined + 1, inner[-1] + 1, state)
    if second and _is_person(strip_title(second) or "") and _is_person(strip_title(first) or ""):
        return f"{first} and {second}"
    return first


def _before_aside(sentence: _Sentence, j: int, state: SpeakerState) -> str | None:
    """ "X, a spokeswoman for Y, said" / "X, who …, said": the subject before the aside."""
    text = sentence.text
    upto = sentence.tokens[j][1] if j >= 0 else 0
    upto_text = text[: sentence.tokens[j + 1][0]] if j + 1 < len(sentence.tokens) else text
    named = _NAMED_ASIDE.search(upto_text)
    if named and _apposed_to_object(text[: named.start()]):
        named = None  # "a spokesman for the special counsel, Robert Mueller,": the counsel
    if named:  # "His opponent, Maria Lund, said": the name in apposition
        inner = [
            k
            for k, (s, e, _w) in enumerate(sentence.tokens)
            if named.start(1) <= s and e <= named.end(1)
        ]
        if inner:
            phrase = _valid_np(sentence, inner[0], inner[-1] + 1, state)
            if phrase and _is_person(strip_title(phrase) or ""):
                return phrase
    m = _ASIDE.search(upto_text) or _DASH_ASIDE.search(upto_text)
    if not m:
        return None
    end = m.start()
    idx = [k for k, (s, e, _w) in enumerate(sentence.tokens) if e <= end]
    if not idx:
        return None
    del upto
    return _np_before(sentence, idx[-1], state)


def _unclosed_aside(sentence: _Sentence, j: int, state: SpeakerState) -> str | None:
    """ "JF Sullivan, spokesman for e-mail firm Sendmail said", "Andrew Burke, chief of
    BT's new Entertainment unit told": a person's full name, then their role set off by a
    comma whose closing comma is left out before the verb after word ``j``. The role holds
    a role noun (``heads.person``) and no verb or clause word."""
    tokens = sentence.tokens
    comma = max(
        (k for k in range(max(1, j - 12), j + 1) if "," in sentence.gap(k - 1, k)), default=None
    )  # the last comma before the verb: the role's opening one
    if comma is None:
        return None
    if any(
        sentence.in_quote(q) or _BREAK_GAP2.search(sentence.gap(q - 1, q))
        for q in range(comma + 1, j + 1)
    ):
        return None
    if not any(tokens[q][2] in lists().person_heads for q in range(comma, j + 1)):
        return None
    tags = sentence.tags()
    if any(tags[q] in _FINITE or tokens[q][2].lower() in _CLAUSE for q in range(comma, j + 1)):
        return None
    name = _np_before(sentence, comma - 1, state)
    person = strip_title(name or "") or ""
    if not name or len(person.split()) < 2 or not _is_person(person):
        return None  # a full name only: not "London, the capital …"
    return name


_CHUNK_BREAK = re.compile(r",|—|–|--|\(|\)|(?<!\S)-(?!\S)")
_LEADING = frozenset(
    [
        "in",
        "on",
        "at",
        "after",
        "before",
        "during",
        "under",
        "since",
        "for",
        "following",
        "with",
        "from",
        "by",
        "as",
    ]
)


def _dateline(sentence: _Sentence, k: int) -> bool:
    """Word ``k`` ends a dateline: "WASHINGTON —", "KANSAS CITY, Mo. —"."""
    before = sentence.text[: sentence.tokens[k][1]]
    gap = sentence.gap(k, k + 1) if k + 1 < len(sentence.tokens) else ""
    return bool(re.search(r"[—–―]|--", gap)) and bool(
        re.fullmatch(r"\s*[A-Z][A-Z .'\-]+(?:,\s*[A-Z][\w.]*)?\.?", before)
    )


#: Conjunctions that may open a sentence before its subject ("But Ian Shepherdson, …").
_OPENING_CONJUNCTIONS = frozenset(["but", "and", "yet", "so", "or"])


def _apposition(sentence: _Sentence, j: int, state: SpeakerState) -> str | None:
    """A subject given with its appositions, from the sentence's start or a quotation's
    end up to word ``j``: "The committee’s ranking member, Elijah E. Cummings, Democrat
    of Maryland, said" -> the person among them (else the first phrase)."""
    tokens = sentence.tokens
    start = 0
    for k in range(j, -1, -1):
        if sentence.in_quote(k):
            start = k + 1
            break
    if start == 0 and re.search(r"[“\"‘]", sentence.text[: tokens[0][0]]):
        return None
    if start and not re.search(r"[,”\"’]\s*$", sentence.gap(start - 1, start)):
        return None
    if start > j:
        return None
    verb_gap = sentence.text[tokens[j][1] : tokens[j + 1][0]] if j + 1 < len(tokens) else ""
    if "," not in verb_gap and j + 1 < len(tokens):
        following = sentence.text[tokens[j][1] :]
        if not re.match(r"\s*,", following):
            # "X, Y said": Y is the subject, X is not in apposition
            last_break = max(
                (k for k in range(start, j) if _CHUNK_BREAK.search(sentence.gap(k, k + 1))),
                default=None,
            )
            if last_break is not None and not _dateline(sentence, last_break):
                return None
    dateline = next(
        (k + 1 for k in range(start, min(j, start + 6)) if _dateline(sentence, k)), None
    )
    if dateline is not None:
        start = dateline
    chunks, first = [], start
    for k in range(start, j):
        if _CHUNK_BREAK.search(sentence.gap(k, k + 1)):
            chunks.append((first, k + 1))
            first = k + 1
    chunks.append((first, j + 1))
    if len(chunks) < 2:
        return None
    if sentence.tokens[chunks[0][0]][2].lower() in _LEADING and len(chunks) > 2:
        chunks = chunks[1:]  # "In a letter to X, Rep. Trey Gowdy, the chairman, said"
    a, b = chunks[0]
    if b - a > 1 and sentence.tokens[a][2].lower() in _OPENING_CONJUNCTIONS:
        chunks[0] = (a + 1, b)  # "But Ian Shepherdson, chief economist at X, said"
    head = _valid_np(sentence, chunks[0][0], chunks[0][1], state)
    a, b = chunks[0]
    if not head and sentence.tokens[a][2].lower() in _LEADING | _TIME_WORDS:
        # "At the time Lord Woolf, the Lord Chief Justice, had said": an opening phrase
        # with no comma of its own, then the subject
        for first in range(a + 1, min(b, a + 5)):
            head = _valid_np(sentence, first, b, state)
            if head and _is_person(strip_title(head) or ""):
                chunks[0] = (first, b)
                break
            head = None
    if not head:
        return None
    if (
        " and " in _slice(sentence, *chunks[-1])
        and all(
            _is_person(strip_title(_valid_np(sentence, a, b, state) or "") or "")
            for a, b in chunks[:-1]
        )
        and all(
            _is_person(strip_title(part) or "")
            for part in _slice(sentence, *chunks[-1]).split(" and ")
        )
    ):
        return _slice(sentence, chunks[0][0], chunks[-1][1])  # "John Lewis, Andre Carson and …"
    places = {
        n
        for n in range(len(chunks) - 1)
        if chunks[n + 1][1] - chunks[n + 1][0] == 1
        and re.fullmatch(r"[A-Z][A-Za-z]{1,4}\.?", _slice(sentence, *chunks[n + 1]))
        and sentence.gap(chunks[n + 1][0], chunks[n + 1][1]).startswith(".")
        and sentence.gap(chunks[n][1] - 1, chunks[n][1]).strip() == ","
    }  # "South Bend, Ind., Mayor Pete Buttigieg": a town and its state's abbreviation
    places |= {n + 1 for n in places}
    for n, (a, b) in enumerate(chunks):
        phrase = _valid_np(sentence, a, b, state)
        if n not in places and phrase and _is_person(strip_title(phrase) or ""):
            return phrase
        if n not in places and phrase and _titled_of_place(phrase):
            return phrase  # "One Democrat, Representative Stephen F. Lynch of Massachusetts,"
    if 0 not in places and len(chunks) > 1 and _described_body(head):
        named = _valid_np(sentence, *chunks[1], state)
        words_ = (named or "").removeprefix("the ").split()
        if words_ and all(_cap(w) or w in _LINKERS | {"the", "and", "&"} for w in words_):
            return named  # "A green group, Friends of the Earth, said": the name
    return None if 0 in places else head


def _described_body(phrase: str) -> bool:
    """ "a green group", "the campaign group", "one watchdog": an organisation described, not
    named (its name may follow in apposition)."""
    words_ = phrase.split()
    L = lists()
    head = words_[-1].lower()
    return (
        len(words_) >= 2
        and words_[0].lower() in ("a", "an", "the", "one")
        and not any(_cap(w) for w in words_[1:])
        and (head in L.generic_groups or head in L.business_groups or head in L.group_heads)
    )


def _titled_of_place(phrase: str) -> bool:
    """ "Representative Stephen F. Lynch of Massachusetts": a titled person's name (or a first
    name and surname) and where they are from."""
    before = phrase.split(" of ")[0]
    if before == phrase:
        return False
    name = strip_title(before) or ""
    titled = name != before.removeprefix("the ").removeprefix("The ")
    return (
        len(name.split()) >= 2 and _is_person(name) and (titled or name.split()[0] in lists().names)
    )


def _clause_start(sentence: _Sentence, j: int) -> int:
    """Where the clause that ends at word ``j`` begins: after a dateline ("WASHINGTON —"),
    an opening "But"/"And", or a short opening phrase closed by a comma ("Earlier Friday,")."""
    tokens = sentence.tokens
    begin = 0
    for k in range(min(j, 6)):
        if _dateline(sentence, k):
            begin = k + 1
            break
    for k in range(begin, min(j, begin + 5)):
        if "," in sentence.gap(k, k + 1) and (
            tokens[begin][2].lower() in _LEADING | _TIME_WORDS
            or tokens[begin][2].lower() in lists().between
        ):
            begin = k + 1  # "Earlier Friday, the …", "On Tuesday, …"
            break
    if begin < j and tokens[begin][2].lower() in ("and", "but", "yet", "so"):
        begin += 1
    return begin


def _document_given(sentence: _Sentence, j: int, state: SpeakerState) -> tuple[str, str] | None:
    """ "X issued a statement on Monday. … the statement said": "the <document>" as the
    subject up to word ``j`` speaks for the previous sentence's speaker when that sentence
    named the same document (read in the text just before this sentence)."""
    L = lists()
    tokens = sentence.tokens
    noun = tokens[j][2].lower()
    if (
        j < 1
        or tokens[j - 1][2].lower() != "the"
        or not (noun in L.documents or noun in L.act_objects or noun in L.document_kind)
        or not state.text
    ):
        return None
    if j >= 2 and not _BREAK_GAP2.search(sentence.gap(j - 2, j - 1)):
        return None  # "… of the statement said": the document is not the subject
    if not state.previous:
        return _document_of_kind(noun, state)
    before = state.text[max(0, sentence.start - 400) : sentence.start]
    before = re.split(r"[.!?][”\"’]?\s+(?=[“\"‘]?[A-Z])", before.rstrip())[-1]
    if not re.search(rf"\b{re.escape(noun)}\b", before, re.IGNORECASE):
        return _document_of_kind(noun, state)
    how = f"‘the {noun}’ is the one {state.previous} gave, named in the sentence before"
    if state.previous.lower().split()[-1] == noun:
        how = f"‘the {noun}’ is {state.previous}, the speaker of the sentence before"
    return state.previous, how


#: Sentences back that "the article said" may reach for who gave a document of its kind.
DOCUMENT_REACH = 3


def _document_of_kind(noun: str, state: SpeakerState) -> tuple[str, str] | None:
    """ "BuzzFeed published the story … The article said": "the <document>" speaks for the
    one speaker of the last :data:`DOCUMENT_REACH` sentences whose sentence named a
    document of its kind (``document_kinds`` in speakers.toml); None when there are two."""
    kind = lists().document_kind.get(noun)
    if kind is None:
        return None
    givers = {speaker for sentence in state.documents for k, speaker in sentence if k == kind}
    if len(givers) != 1:
        return None  # nobody, or two who each gave one: whose it is is not known
    giver = givers.pop()
    return giver, f"‘the {noun}’ is the {kind} {giver} gave, named just before"


def _document_from(sentence: _Sentence, j: int, state: SpeakerState) -> str | None:
    """ "A statement from the band's record company Sonar said": a document from (or by)
    someone, the subject up to word ``j``: its author speaks."""
    L = lists()
    tokens = sentence.tokens
    begin = _clause_start(sentence, j)
    apposed = re.search(  # "… by a spokesman for the special counsel, Robert S. Mueller III,"
        r",\s*(?:" + _APPOSED_NAME + r")\s*,\s*$", sentence.text[: tokens[j][1] + 1]
    )
    if apposed and j > begin:
        inner = max(
            (k for k in range(begin, j + 1) if tokens[k][1] <= apposed.start()), default=begin
        )
        name = re.sub(r"\s+(?:Jr\.?|Sr\.?|II|III|IV)$", "", apposed.group().strip(" ,"))
        if inner > begin and _is_person(strip_title(name) or ""):
            j = inner  # the name in apposition belongs to the last noun, not to the subject
    if j - begin > 14 or tokens[begin][2].lower() not in _DETERMINERS:
        return None
    authored = _document_authored_aside(sentence, begin, j, state)
    if authored:
        return authored
    later = _document_by_later(sentence, begin, j, state)
    if later:
        return later
    for q in range(begin + 1, min(j - 1, begin + 4)):
        if tokens[q][2].lower() in L.documents and tokens[q + 1][2].lower() in ("from", "by"):
            if any(sentence.in_quote(k) for k in range(begin, j + 1)) or any(
                _BREAK_GAP2.search(sentence.gap(k, k + 1)) for k in range(begin, j)
            ):
                return None
            for end in range(j + 1, q + 2, -1):  # "a letter from the mayor to residents"
                if end <= j and tokens[end][2].lower() not in _DOCUMENT_PP:
                    continue
                phrase = _valid_np(sentence, q + 2, end, state)
                if phrase:
                    return phrase
            return None
    return None


#: Prepositions that open what a document is about or to whom it went, after its author:
#: "a letter from the mayor to residents", "a release from X about the meeting".
_DOCUMENT_PP = frozenset(["to", "about", "on", "over", "regarding", "concerning"])


def _stray_comma_subject(sentence: _Sentence, j: int, state: SpeakerState) -> str | None:
    """ "The men's solicitor Matthew Knight, said …", "“…,” shop owner Hayriye Evren, told
    AP": a comma the writer left between a subject and its verb. The words from the
    clause's start (or the quotation's end) to word ``j`` are one phrase with no other
    punctuation, naming a person by a given name or a title."""
    L = lists()
    tokens = sentence.tokens
    closed = [e for _s, e in sentence.quotes if e <= tokens[j][0]]
    if closed:
        begin = next((k for k, t in enumerate(tokens) if t[0] >= max(closed)), j + 1)
    else:
        begin = _clause_start(sentence, j)
    if begin > j or any(_BREAK_GAP2.search(sentence.gap(k, k + 1)) for k in range(begin, j)):
        return None
    phrase = _valid_np(sentence, begin, j + 1, state)
    name = strip_title(phrase or "") or ""
    if not phrase or not _is_person(name) or len(name.split()) < 2:
        return None
    if name.split()[0] not in L.names and name == phrase:
        return None  # neither a given name nor a title tells a person
    return phrase


def _document_by_later(sentence: _Sentence, begin: int, j: int, state: SpeakerState) -> str | None:
    """ "A survey of 280 schemes by Incomes Data Services said", "A survey published on the
    eve of the conference by PricewaterhouseCoopers said": a document whose author comes
    after "by" a few words on (:func:`_document_by` with ``covers``), up to the verb after
    word ``j``."""
    by = _document_by(sentence, begin, covers=True)
    if by is None or by + 1 > j or sentence.tokens[by][2].lower() != "by":
        return None
    tokens = sentence.tokens
    end = j + 1
    for q in range(by + 2, j):  # "by the council in March found": the author, not the date
        after = tokens[q + 1][2].lower()
        if tokens[q][2].lower() in ("in", "on", "last", "this") and (
            after in _TIME_WORDS or after in _MONTHS or after.isdigit()
        ):
            end = q
            break
    return _valid_np(sentence, by + 1, end, state)


#: Month names, for a date after an author ("published by the council in March").
_MONTHS = frozenset(MONTHS)


def _document_authored_aside(
    sentence: _Sentence, begin: int, j: int, state: SpeakerState
) -> str | None:
    """ "The report, published by the National Audit Office on Monday, found": a document
    right after its determiner, then an aside set off by commas that names who wrote it
    ("published by", "led by": ``document_kinds.authored``), closed right before the verb
    after word ``j``: the author speaks."""
    L = lists()
    tokens = sentence.tokens
    q = next(
        (k for k in range(begin + 1, min(j, begin + 4)) if tokens[k][2].lower() in L.documents),
        None,
    )
    if q is None or q + 3 > j or sentence.gap(q, q + 1).strip() != ",":
        return None
    by = q + 2
    if tokens[by][2].lower() in ("out", "up"):
        by += 1  # "The research, carried out by …", "a report drawn up by …"
    if tokens[q + 1][2].lower() not in L.document_authored or tokens[by][2].lower() != "by":
        return None
    if by + 1 > j or any(sentence.in_quote(k) for k in range(begin, j + 1)):
        return None
    if any(_BREAK_GAP2.search(sentence.gap(k, k + 1)) for k in range(q + 1, j)):
        return None  # the aside is one phrase, its only commas those around it
    return _valid_np(sentence, by + 1, j + 1, state) or _np_after(sentence, by + 1)


def _modified_subject(sentence: _Sentence, j: int, state: SpeakerState) -> str | None:
    """ "The committee investigating the attacks asked", "One person familiar with X's
    testimony to Y said": a subject noun phrase at the clause's start, then a description
    that opens with a participle or an unnamed source's "familiar with" and holds no finite
    verb, no clause word, no quotation and no punctuation up to the verb after word ``j``."""
    tokens = sentence.tokens
    begin = _clause_start(sentence, j)
    opener = max(
        (k for k in range(begin, j) if tokens[k][2].lower() in _SUBORDINATORS | _CLAUSE_WORDS),
        default=None,
    )
    if opener is not None and not sentence.in_quote(opener):
        begin = opener + 1  # "… since black members of Congress preparing to vote … accused"
    if j - begin > 22 or j <= begin:
        return None
    tags = sentence.tags()
    for k in range(begin, j + 1):
        if sentence.in_quote(k) or (k > begin and _BREAK_GAP2.search(sentence.gap(k - 1, k))):
            return None
    if tokens[j][2].lower() in ("and", "but", "or", "nor"):
        return None  # "the council met but agreed": the subject of another verb
    for end in range(min(j, begin + 10), begin, -1):
        lowers = [t[2].lower() for t in tokens[end : j + 1]]
        opens = (
            tags[end] == "VBG"
            or (tags[end] == "VBN" and end + 1 <= j and lowers[1] == "by")  # "led by"
            or source_modifier(lowers, 0)
            or (lowers[0] in _NP_PREP and end < j)  # "the minister at the centre of the row"
        )
        if not opens or tokens[end][2][:1].isupper():
            continue
        if any(w in _CLAUSE or w in _RELATIVE for w in lowers) or any(
            tags[k] in _FINITE for k in range(end + 1, j + 1)
        ):
            return None
        phrase = _valid_np(sentence, begin, end, state)
        if lowers[0] in _NP_PREP and phrase and any(w in _NP_PREP for w in phrase.split()):
            continue  # "the minister at the centre" before "of the row": the shorter phrase
        if not phrase or phrase.lower() in _SUBJECT_PRONOUNS:
            continue
        head = phrase.split()[-1].lower()
        person = strip_title(phrase) or ""
        if head in lists().heads or (len(person.split()) >= 2 and _is_person(person)):
            return phrase  # not "War" of "War on Want's John Hilary said"
    return None


def _relative_subject(sentence: _Sentence, j: int, state: SpeakerState) -> str | None:
    """ "senior members of Congress who said", "political figures who might agree with the
    comments swiftly said": the noun phrase before "who", when no punctuation or quotation
    stands between it and the verb after word ``j`` (whether the verb is the relative
    clause's or the main clause's, the speaker is the same)."""
    tokens = sentence.tokens
    for k in range(j, max(0, j - 12), -1):
        if sentence.in_quote(k) or (k < j and _BREAK_GAP2.search(sentence.gap(k, k + 1))):
            return None
        if tokens[k][2].lower() == "who":
            if _BREAK_GAP2.search(sentence.gap(k - 1, k)) or sentence.in_quote(k - 1):
                return None  # "X, who …, said": an aside, read elsewhere
            first = next(  # the longest phrase that names someone, even after "by"
                (
                    f
                    for f in range(max(0, k - 10), k)
                    if not any(
                        sentence.in_quote(q) or _BREAK_GAP2.search(sentence.gap(q, q + 1))
                        for q in range(f, k - 1)
                    )
                    and _valid_np(sentence, f, k, state)
                ),
                None,
            )
            phrase = _valid_np(sentence, first, k, state) if first is not None else None
            if not phrase or phrase.lower() in _SUBJECT_PRONOUNS:
                return None
            if first > 0 and _BREAK_GAP2.search(sentence.gap(first - 1, first)):
                return None  # "Dmitry Bam, a professor … who has written": an aside's clause
            clause = k < j - 1 and any(
                tokens[q][2].lower() not in lists().between for q in range(k + 1, j + 1)
            )
            if clause and first > _clause_start(sentence, k - 1) + 1:
                return None  # "… who might agree … said": only the clause's own subject
            return phrase
    return None


def _which_antecedent(sentence: _Sentence, j: int, state: SpeakerState) -> str | None:
    """ "… came from the Low Pay Commission, which said …": "which" right before the verb
    stands for the organisation, group or document named just before it (with or without
    a comma); never a thing ("the measures, which said" is no report)."""
    tokens = sentence.tokens
    L = lists()
    if j < 2 or tokens[j][2].lower() != "which" or sentence.in_quote(j - 1):
        return None
    gap = sentence.gap(j - 1, j).strip()
    if gap not in ("", ",", "-", "--", "–", "—"):  # "The IAAF - which said …"
        return None
    for first in range(max(0, j - 8), j):
        if any(
            sentence.in_quote(q) or _BREAK_GAP2.search(sentence.gap(q, q + 1))
            for q in range(first, j - 1)
        ):
            continue
        phrase = _valid_np(sentence, first, j, state, documents=True)
        if not phrase:
            continue
        owner = re.match(r"(?:\w+\s+){0,3}?(\w+)\s+(?:for|from|by|at)\s+(.+)$", phrase)
        if owner and (owner.group(1).lower() in L.people_or_documents):
            phrase = owner.group(2)  # "an adviser for Labour, which", "a survey from the BBA"
            if _cap(phrase.split()[-1]) and owner.group(1).lower() in L.documents:
                return phrase  # "new data from property website Rightmove which suggested"
        words_ = phrase.split()
        head = words_[-1].lower()
        verb = next(
            (q for q in range(j + 1, len(tokens)) if tokens[q][2].lower() not in L.between), j
        )
        if head in L.documents and L.lemma.get(tokens[verb][2].lower()) == "tell":
            return None  # "a children's book which tells the story of …": a narrative
        named = _cap(words_[-1]) and not _is_person(strip_title(phrase) or "")
        if not named and first > 1 and sentence.gap(first - 1, first).strip() == ",":
            # "Anglo-American, the international mining company, which estimates": the name
            apposed = next(
                (
                    _valid_np(sentence, f, first, state)
                    for f in range(max(0, first - 6), first)
                    if _valid_np(sentence, f, first, state)
                ),
                None,
            )
            body = head in L.all_groups
            if body and apposed and _cap(apposed.split()[-1]):
                return apposed
        if named or head in L.all_groups or head in L.documents:
            return phrase
        return None
    return None


#: Determiners that open a group after its share ("half of the firms", "half those questioned").
_GROUP_DETERMINERS = frozenset(["the", "those", "these", "its", "their"])
#: Plural nouns of people without an -s.
_IRREGULAR_PLURALS = frozenset(["people", "men", "women", "children"])

#: Words that give a share of a group ("three-quarters of respondents", "most of them").
_SHARES = frozenset(
    ["half", "third", "thirds", "quarter", "quarters", "three-quarters", "two-thirds",
     "majority", "minority", "most", "many", "some", "few", "all", "%", "percent",
     "cent", "fifth", "fifths", "tenth", "tenths", "number", "handful", "dozens",
     "hundreds", "thousands", "scores", "several", "couple", "more",
     "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"]
)  # fmt: skip
#: What a polled group was ("those questioned", "the firms surveyed").
_POLLED = frozenset(["questioned", "surveyed", "polled", "asked", "interviewed", "sampled"])


def _share_of(lowers: list[str], j: int) -> tuple[int, list[str]] | None:
    """Where a share of a group ends before word ``j``: the index of its "of" (or of a "half"
    that stands for "half of": "half those pupils polled") and the words of the quantity."""
    of = next((k for k in range(j, max(0, j - 9), -1) if lowers[k] == "of"), None)
    if of is not None and of >= 1:
        return of, lowers[max(0, of - 2) : of]
    half = next(
        (
            k
            for k in range(j - 1, max(-1, j - 6), -1)
            if lowers[k] in ("half", "all", "both") and lowers[k + 1] in _GROUP_DETERMINERS
        ),
        None,
    )
    return (half, [lowers[half]]) if half is not None else None


def _share_of_group(sentence: _Sentence, j: int, state: SpeakerState) -> str | None:
    """ "Just under three-quarters of respondents (73%) said", "Barely 5% of those
    questioned said", "Half of the firms surveyed said": a share of a group, then the verb;
    the group speaks (the words up to word ``j``, after "of")."""
    tokens = sentence.tokens
    lowers = [t[2].lower() for t in tokens]
    found = _share_of(lowers, j)
    if found is None or found[0] == j or sentence.in_quote(found[0]):
        return None
    of, quantity = found
    share = quantity[-1] in _SHARES or quantity[-1].rstrip("%").replace(".", "").isdigit()
    share = share or (len(quantity) == 2 and quantity[0] == "in")  # "one in five of"
    if not share or any(_BREAK_GAP2.search(sentence.gap(k, k + 1)) for k in range(of - 1, j)):
        return None
    polled_at = next(  # "the shops surveyed by the traders said": the group is polled
        (k for k in range(of + 2, j) if lowers[k] in _POLLED and lowers[k + 1] in ("by", "for")),
        None,
    )
    if polled_at is not None:
        j = polled_at
    group = lowers[of + 1 : j + 1]
    if any(w[:1].isdigit() for w in group[:-1]):
        return None
    if any(w in ("and", "or", "&") for w in group[:-1]):
        # "a number of legal academics and court observers": people on both sides; not
        # "the last quarter of 2004 and analysts", two clauses
        parts = " ".join(group).replace(" & ", " and ").replace(" or ", " and ").split(" and ")
        if len(parts) != 2 or not all(_people_plural(part.split()) for part in parts):
            return None
        return _slice(sentence, of + 1, j + 1)
    first = of + 1
    if group[0] == "all" and len(group) > 1:  # "two-thirds of all firms polled"
        group, first = group[1:], first + 1
    if group[0] in _GROUP_DETERMINERS:
        group = group[1:]
    if not group:
        return None
    polled = group[-1] in _POLLED
    if polled:  # "those questioned", "the firms surveyed"
        if len(group) == 1 and lowers[first] == "those":
            return _slice(sentence, first, j + 1)
        group = group[:-1]
    head = group[-1] if group else ""
    plural_person = head.endswith("s") and head[:-1] in lists().person_heads  # participants
    if len(group) > 3 or not (head.endswith("s") or head in _IRREGULAR_PLURALS):
        return None
    known = head in lists().group_heads | {"respondents", "those"} or plural_person
    if not known and not polled:  # any plural polled: "the shops surveyed"
        return None
    return _slice(sentence, first, j + 1)


def _people_plural(group: list[str]) -> bool:
    """ "legal academics", "court observers": up to three words ending with a plural noun
    of people or of groups (``heads`` in speakers.toml)."""
    if not group or len(group) > 3:
        return False
    head = group[-1]
    L = lists()
    return head in _IRREGULAR_PLURALS or (
        head.endswith("s") and (head in L.group_heads or head[:-1] in L.person_heads)
    )


def _put_question(sentence: _Sentence | str) -> bool:
    """A short question put to the one being interviewed, the quotation that answers it next
    ("Governor Pence?", "And Mr. Gingrich?"): at most eight words, ending with "?"."""
    text = (sentence if isinstance(sentence, str) else sentence.text).strip()
    return text.endswith("?") and 0 < len(text.split()) <= 8 and not re.search(r"[“”\"]", text)


def _asked_opening(sentence: _Sentence, found: Found, state: SpeakerState) -> bool:
    """ "Asked about the delay, the minister laughed", "Asked for his thoughts on each
    candidate, Mr. Trump played along": a sentence that opens with "Asked" reports the answer
    of the main clause's subject, whatever its verb."""
    tokens = sentence.tokens
    if len(tokens) < 4 or tokens[0][2] != "Asked" or sentence.in_quote(0):
        return False
    comma = next(
        (k for k in range(1, min(len(tokens) - 1, 25)) if "," in sentence.gap(k, k + 1)), None
    )
    if comma is None:
        return False
    tags = sentence.tags()
    verb = next(  # the tagger reads many a past tense as a participle ("Ms Hale obliged")
        (v for v in range(comma + 2, min(len(tokens), comma + 9)) if tags[v] in (*_FINITE, "VBN")),
        None,
    )
    if verb is None or sentence.in_quote(verb):
        return False
    phrase = _valid_np(sentence, comma + 1, verb, state)
    if phrase is None and verb == comma + 2:
        phrase = tokens[comma + 1][2] if tokens[comma + 1][2].lower() in _SUBJECT_PRONOUNS else None
    resolved = _resolve(phrase, tokens[verb][2], sentence, state, "before") if phrase else None
    if not resolved:
        return False
    name, how, confidence, method = resolved
    how = f"‘Asked …’ opens the sentence: {name}, its subject, answers" + (
        f" ({how})" if method != "named" else ""
    )
    _set(found, name, None, None, how, min(confidence, 0.75), method)
    return True


#: Words that open an indirect question ("wanted to know why …").
_ASKED = frozenset(["why", "whether", "if", "what", "who", "how", "when", "where", "which"])


def _wanted_to_know(sentence: _Sentence, found: Found, state: SpeakerState) -> bool:
    """ "MPs wanted to know why the report was late", "He was keen to know if …": a question
    put, reported through its frame; the subject of the frame asks."""
    tokens = sentence.tokens
    lowers = [t[2].lower() for t in tokens]
    for k in sentence.outside:
        if lowers[k] != "know" or k < 3 or lowers[k - 1] != "to" or sentence.in_quote(k - 2):
            continue
        frame = lowers[k - 2]
        asks = k + 1 < len(tokens) and lowers[k + 1] in _ASKED
        if frame not in lists().to_know or not asks:
            continue  # "wanted to know more about the club": a wish, not a question
        if frame.endswith("ed"):  # "wanted", "demanded": the frame is the verb
            subject = _subject(sentence, k - 2, state)
        elif lowers[k - 3] in ("was", "were"):  # "was keen to know"
            subject = _subject(sentence, k, state)
        else:
            continue
        if subject is None:
            return False
        name, how, confidence, method = subject
        span = (sentence.start + tokens[k - 2][0], sentence.start + tokens[k][1])
        verb = sentence.text[tokens[k - 2][0] : tokens[k][1]]
        how = how.replace(f"‘{tokens[k - 2][2]}’", f"‘{verb}’").replace(
            f"‘{tokens[k][2]}’", f"‘{verb}’"
        )
        _set(found, name, verb, span, how, min(confidence, 0.8), method)
        return True
    return False


#: Words before a share that leave it the subject ("Nearly two-thirds of", "And 4% of").
_APPROXIMATE = frozenset(
    ["nearly", "almost", "about", "around", "roughly", "some", "just", "over", "under",
     "more", "less", "fewer", "than", "barely", "only", "and", "but", "while", "a", "an",
     "the", "however", "overall", "total", "fully", "exactly", "precisely", "up"]
)  # fmt: skip


def _polled_answer(sentence: _Sentence, found: Found, state: SpeakerState) -> bool:
    """ "Nearly two-thirds of all firms polled for the survey have no plans to …", "12% of
    those surveyed found themselves unable to swap": a share of a polled group as the
    subject reports the group's answers, whatever its verb (only a group named as polled,
    or respondents: "half of all firms have no plans" is the author's own statement)."""
    tokens = sentence.tokens
    for k in sentence.outside[:14]:
        lower = tokens[k][2].lower()
        if lower not in _POLLED and lower != "respondents":
            continue
        tags = sentence.tags()
        group = _share_of_group(sentence, k, state)
        of = (_share_of([t[2].lower() for t in tokens], k) or (0, []))[0]
        begin = next((q for q in range(of, 0, -1) if "," in sentence.gap(q - 1, q)), 0)
        lead = [tokens[q][2].lower() for q in range(begin, of)]
        if not group or not all(
            w in _SHARES or w in _APPROXIMATE or w in _DETERMINERS or w[:1].isdigit() for w in lead
        ):
            continue  # "Citizens in a majority of nations surveyed": not the share's subject
        verb = next((v for v in range(k + 1, min(len(tokens), k + 9)) if tags[v] in _FINITE), None)
        if verb is None or sentence.in_quote(verb) or _BREAK_GAP2.search(sentence.gap(k, verb)):
            return False
        how = f"a share of {group} is the subject: the answers of those polled"
        _set(found, group, None, None, how, 0.75, "named")
        return True
    return False


_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


#: Words that make a weekday an adverbial of its own ("on Tuesday", "by Friday").
_TIME_PREPOSITIONS = frozenset(["on", "by", "until", "till", "since", "from", "before", "after"])


def _weekday_then_verb(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """A weekday at ``k`` with a lower-case word after it: the time of the verb, written
    without "on" as American wire copy does ("Sen. Bob Hale Tuesday offered …")."""
    return (
        tokens[k][2].lower() in _WEEKDAYS and k + 1 < len(tokens) and tokens[k + 1][2][:1].islower()
    )


def _main_subject(sentence: _Sentence, i: int, state: SpeakerState) -> str | None:
    """The subject of the clause a participle hangs on ("X did Y, saying …")."""
    tokens = sentence.tokens
    begin = 0
    for k in range(min(i - 1, 6)):  # not the comma before the participle itself
        if _dateline(sentence, k):
            begin = k + 1  # "WASHINGTON — Senator X met Y and said"
            break
        if "," in sentence.gap(k, k + 1):
            begin = k + 1  # "Last week, X did Y, saying"
            first = 1 if tokens[0][2].lower() in ("and", "but", "so", "yet") and k > 0 else 0
            named = _valid_np(sentence, first, begin, state) if _cap(tokens[first][2]) else None
            if named and _PARTY_TAG.match(sentence.text, sentence.tokens[k][1]):
                return _canonical(named, state)  # "Yet Pelosi, D-Calif., downplayed …, saying"
            person = bool(named) and _is_person(strip_title(named or "") or "")
            # "Clinton, in turn, affirmed …, saying": the name, then an aside; a person's
            # may be long ("Rahm Emanuel, the mayor of Chicago and …, joined …")
            reach = min(begin + 14, i - 1) if person else min(begin + 3, i)
            aside = next((q for q in range(begin, reach) if "," in sentence.gap(q, q + 1)), None)
            if aside is not None and named and (tokens[begin][2].islower() or person):
                return _canonical(named, state)  # "Senator John McCain, Republican of …,"
            if tokens[begin][2].lower() in _CLAUSE_WORDS and not sentence.in_quote(begin):
                # "On Friday, after Democrats had called for it, the office took …": a
                # second opening clause, set off by its own comma
                begin = next(
                    (q + 1 for q in range(begin + 2, min(begin + 14, i - 1))
                     if "," in sentence.gap(q, q + 1)),
                    begin,
                )  # fmt: skip
            break
    if begin < len(tokens) and tokens[begin][2].lower() in ("and", "but", "so", "yet"):
        begin += 1  # "And Trump himself lashed out, saying"
    if begin == 0 and tokens and tokens[0][2].lower() in _OPENING_PREPOSITIONS:
        begin = _after_opening_object(sentence, min(i, 8)) or 0  # "During his speech Mr X …"
    if begin and begin < i and tokens[begin][2].lower() in ("who", "whose"):
        named = _valid_np(sentence, 0, begin, state)  # "X, who led the effort, did Y, saying"
        if named and _is_person(strip_title(named) or ""):
            return _canonical(named, state)
    if (
        begin
        and begin < i
        and tokens[begin][2].lower() in ("a", "an")
        and _cap(tokens[begin - 1][2])
    ):
        named = _valid_np(sentence, 0, begin, state)
        if named and _is_person(strip_title(named) or ""):
            return _canonical(named, state)  # "Etheridge, a Democrat, …": the name, not its role
    if (
        begin < i
        and tokens[begin][2].lower() in _SUBJECT_PRONOUNS
        and tokens[begin + 1][2].islower()
    ):
        resolved = _pronoun(
            tokens[begin][2].lower(), tokens[begin][2], tokens[i][2], sentence, state
        )
        return resolved[0] if resolved else None
    best = None
    for end in range(begin + 1, min(i, begin + 10)):
        if sentence.in_quote(end - 1) or sentence.in_quote(end):
            break
        bracket = re.search(r"[()\[\]]", sentence.gap(end - 1, end))
        phrase = _valid_np(sentence, begin, end, state)
        if (
            phrase
            and phrase.lower() not in _SUBJECT_PRONOUNS
            # "Sen. Ted Cruz (R-Texas) …", "Sen. Bob Hale Tuesday offered …" (a weekday, no "on")
            and (bracket or tokens[end][2][:1].islower() or _weekday_then_verb(tokens, end))
            # "Policy makers …": one capitalised word before a noun is not the subject
            and not (end - begin == 1 and sentence.tags()[end].startswith("NN"))
            # "Bombastic conservative [talk show host Glenn Beck]": a role goes on with it
            and not _role_goes_on(sentence, end, i)
        ):
            best = phrase
        if bracket:
            break  # "the Council (SGC) caused …": not into the brackets
    if best is None:
        return None
    role = _role(best, state)
    if role:
        return role
    described = _described(best, state, sentence)
    if described:
        return described[0] or None
    return _canonical(best, state)


def _role_goes_on(sentence: _Sentence, end: int, i: int) -> bool:
    """A role noun (``heads.person``) follows word ``end`` among nouns and adjectives in
    lower case, before word ``i``: the subject goes on ("Bombastic conservative [talk show
    host] Glenn Beck"), not "Senator Ann Hale [met] the governor"."""
    tags = sentence.tags()
    for q in range(end, min(end + 3, i)):
        word = sentence.tokens[q][2]
        if not word.islower() or tags[q] not in ("NN", "NNS", "JJ", "VB"):  # "talk" VB
            return False
        if word in lists().person_heads:
            return True
    return False


# --- names -------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def strip_title(name: str) -> str | None:
    """``name`` without its titles and roles: "Deputy Foreign Minister Sergey Rybakov" ->
    "Sergey Rybakov"; an organisation keeps its name ("the White House" -> "White
    House"); a role keeps its article ("the minister")."""
    L = lists()
    tokens = [t for t in re.split(r"\s+", name.strip(" ,;:")) if t]
    if not tokens:
        return None
    last = tokens[-1].lower()
    named = _name_after_place(tokens) or _name_after_role(tokens) or _name_before_role(tokens)
    if named:
        return named
    if (
        not _cap(tokens[-1])
        or last in L.group_heads
        or any(t.lower() in _NP_PREP | _SPREAD for t in tokens)
    ):
        # a role or group ("the minister", "police"), an organisation, "a spokesman for X"
        if _cap(tokens[-1]) or (last in L.group_heads and any(_cap(t) for t in tokens[1:])):
            while len(tokens) > 1 and tokens[0].lower() == "the":
                tokens.pop(0)
        return " ".join(tokens)
    # a person: the trailing run of name words, after the titles and roles
    k = len(tokens)
    while k > 0:
        t = tokens[k - 1]
        lower = t.lower()
        if (
            _cap(t)
            and lower not in L.titles
            and lower not in L.person_heads
            and lower not in _DETERMINERS
        ) or (
            lower in _LINKERS | {"and", "&"} and k < len(tokens) and k > 1 and _cap(tokens[k - 2])
        ):
            k -= 1
        else:
            break
    person = tokens[k:]
    while person and person[0].lower() in _LINKERS | {"and"}:
        person.pop(0)
    if not person:
        person = tokens[-1:]
    if (
        len(person) == 1
        and 0 < k == len(tokens) - 1
        and _cap(tokens[k - 1])
        and tokens[k - 1].lower() in L.titles
        and _names_a_body(tokens[k - 1], person[0])
    ):
        person = tokens[k - 1 :]  # "General Motors", "the Federal Reserve": a name, whole
    result = " ".join(person)
    return result if len(result) <= 80 else None


def _names_a_body(title: str, word: str) -> bool:
    """Whether a title word and one capitalised word after it name an organisation, not a
    titled person: the title is also an adjective ("General", "Federal", "National",
    "Special") and the word is an English word ("Motors", "Electric", "Reserve", "Grid",
    "Branch"). "President Bush", "Judge Wood" and "Chancellor Brown" have a title that is
    only a noun; "General Petraeus" a name no dictionary has."""
    from lemminflect import getAllLemmas

    return "ADJ" in getAllLemmas(title.lower()) and bool(getAllLemmas(word.lower()))


def _name_after_place(tokens: list[str]) -> str | None:
    """ "former U.S. attorney for the District of Columbia Joseph diGenova": a role whose
    preposition takes "the" and a proper name, then a person's name told by its given name
    (``names.txt``): the person. Not "a spokesman for Senator John Smith" (a title before
    the name: the name is the preposition's object, the spokesman speaks)."""
    L = lists()
    for p in range(len(tokens) - 2, 1, -1):
        if not all(_cap(t) for t in tokens[p:]):
            return None
        before = tokens[p - 1]
        if tokens[p] not in L.names or not _cap(before) or before.lower() in L.titles:
            continue
        if not _is_person(" ".join(tokens[p:])):
            return None  # "… for the San Francisco Police Department": an organisation
        if before in L.names or before.lower() in L.person_heads:
            continue
        for q in range(p - 2, 0, -1):  # back over the place's own name ("District of Columbia")
            if tokens[q].lower() == "the" and tokens[q - 1].lower() in _NP_PREP:
                return " ".join(tokens[p:])
            if not (_cap(tokens[q]) or tokens[q].lower() in ("of", "and", "for")):
                return None
        return None
    return None


#: A word's possessive ending: "the BBC's", "Total Film’s".
_POSSESSIVE = ("'s", "’s")
#: The linking words with "and" (and "or"), and with the determiners: made once, for the
#: noun-phrase rules that ask on every call.
_LINKERS_AND = _LINKERS | {"and", "&"}
_LINKERS_AND_OR = _LINKERS | {"and", "&", "or"}
_LINKERS_DETERMINERS_AND = _LINKERS | _DETERMINERS | {"and"}


@lru_cache(maxsize=1)
def _leading_not_names() -> frozenset[str]:
    """Words that cannot open a phrase naming someone (quantifiers aside: "many
    critics", "some officials")."""
    quantifiers = {"many", "some", "several", "few", "most", "all", "one"}
    return frozenset(lists().not_names - lists().given_also - _DETERMINERS - quantifiers)


#: Words that cannot stand inside a role written after a name ("Mary Jones and her lawyer").
_ROLE_GLUE = frozenset(_DETERMINERS | _NP_PREP | {"and", "or", "&"} | _POSSESSIVE_PRONOUNS.keys())


def _name_after_role(tokens: list[str]) -> str | None:
    """ "Bank of England deputy governor Rachel Lomax", "the BBC's correspondent in Jakarta,
    Rachel Harvey", "Lord of the Rings director Peter Jackson": a description ending in a
    role word, a comma or a possessive, directly before a person's name told by its given
    name (``names.txt``): the person, named as the article names them elsewhere. Not when
    the name is a preposition's object ("a lawyer for defendant John Smith", "a spokesman
    for John Smith": the lawyer, the spokesman speak)."""
    L = lists()
    p = len(tokens)
    while p > 0 and _cap(tokens[p - 1]) and not tokens[p - 1].endswith((",", *_POSSESSIVE)):
        p -= 1
    while p < len(tokens) - 1 and tokens[p] not in L.names:
        p += 1  # the name starts at its given name ("Bank Governor Rachel Lomax" aside)
    if p < 2 or len(tokens) - p < 2 or tokens[p] not in L.names:
        return None
    before = tokens[p - 1]
    role = before.lower() in L.person_heads and not _cap(before)
    if not (role or before.endswith((",", *_POSSESSIVE))):
        return None
    if not _is_person(" ".join(tokens[p:])):
        return None
    prepositions = [q for q in range(p - 1) if tokens[q].lower() in _NP_PREP]
    if prepositions and not any(_cap(t) for t in tokens[prepositions[-1] + 1 : p]):
        return None  # "a lawyer for defendant John Smith": the name is the object
    return " ".join(tokens[p:])


def _name_before_role(tokens: list[str]) -> str | None:
    """ "Dr Mark Tuffy games systems director at digital content firm THX": a person's name
    (told by its given name, after any titles), then their role in lower case and where
    they hold it, without the comma that should set them off: the person. Not "John Lewis
    staff" (no role of a person), "Tony Blair's official spokesman" (the spokesman speaks)."""
    L = lists()
    k = 0
    while k < len(tokens) and tokens[k].lower().rstrip(".") in L.titles:
        k += 1
    if k + 2 >= len(tokens) or tokens[k] not in L.names or not _cap(tokens[k + 1]):
        return None
    if tokens[k + 1].endswith((*_POSSESSIVE, "'", "’")):
        return None  # "Tony Blair's official spokesman": the spokesman speaks
    rest = tokens[k + 2 :]
    if _cap(rest[0]):
        return None  # the name goes on, or another name follows
    head = next((i for i, t in enumerate(rest) if t.lower() in L.person_heads), None)
    if head is None or head > 4 or rest[head].lower() in L.group_heads:
        return None  # "John Lewis staff": the staff of a firm
    if head + 1 >= len(rest) or rest[head + 1].lower() not in _NP_PREP:
        return None  # the role's own place must follow ("director at …"): not "James Hardie
        # chairwoman, Meredith Hellicar," (a firm, its role, then the name)
    if any(_cap(t) or t.lower() in _ROLE_GLUE for t in rest[:head]):
        return None  # "Mary Jones and her lawyer": two speakers
    return f"{tokens[k]} {tokens[k + 1]}"


def _canonical(phrase: str, state: SpeakerState, speaker: bool = True) -> str:
    """The speaker as the report names it: titles dropped; a surname alone becomes the
    full name the article gave earlier ("Ms Hale" -> "Jane Hale")."""
    L = lists()
    phrase = _TRAILING_PARTY.sub("", phrase)  # "Bob Menendez, D-NJ": the name, not the tag
    name = strip_title(phrase) or phrase
    person = re.match(r"^(.+?)\s+(?:of|at|from|with)\s+\S", name)
    if (
        person
        and _is_person(person.group(1))
        and (" " in person.group(1) or person.group(1) in state.people)
    ):  # "Cara Diemont of IT firm Dimension Data": the person (not "News of the World")
        name = strip_title(person.group(1)) or person.group(1)  # "Mr Hirsch from …": Hirsch
    tokens = name.split()
    first = phrase.split()[0].lower() if phrase.split() else ""
    if len(tokens) == 1 and tokens[0] in state.people:
        name = state.people[tokens[0]]
    elif len(tokens) == 1 and first in ("sir", "dame"):
        # "Sir John said" after "Sir John Bourn": a knight goes by the given name
        known = {full for full in state.people.values() if full.split()[0] == tokens[0]}
        if len(known) == 1:
            name = known.pop()
    elif len(tokens) >= 2 and all(_cap(t) for t in tokens):
        # "Mr Duncan Smith" after "Iain Duncan Smith", "Mr Baez Silva" after "Carlos Baez
        # Silva": a surname of two words is the one full name it ends
        known = {
            full
            for full in state.people.values()
            if full.endswith(" " + name) and len(full.split()) > len(tokens)
        }
        if len(known) == 1:
            name = known.pop()
    if _is_person(name):
        gender = "u"
        for t in phrase.lower().split():
            if t in L.male_titles:
                gender = "m"
            elif t in L.female_titles:
                gender = "f"
        if gender == "u":
            gender = L.names.get(name.split()[0], "u")
        if first:
            pass
        surname_ = name.split()[-1]
        if len(name.split()) >= 2 and (name.split()[0] in L.names or name != phrase.strip()):
            _teach(state, 0, surname_, name)
        words_ = phrase.split()
        for k, t in enumerate(words_):
            role = _ROLE_ALIASES.get(t.lower().rstrip("."), t.lower().rstrip("."))
            if role in name.lower().split() or not (role in L.titles or role in L.person_heads):
                continue
            if role in _DETERMINERS or role in ("former", "acting", "deputy", "vice", "senior"):
                continue
            # "Vice President Mike Pence" is "the vice president", not "the president"
            _teach(state, 2, _office_key([w.lower() for w in words_[:k]], role), name)
        if gender != "u" or speaker:
            _teach(state, 1, name, gender)  # a person on evidence: a speaker, a title
    return name


_ROLE_ALIASES = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "reps": "representative",
    "gen": "general",
    "pres": "president",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "prof": "professor",
}


def _role(phrase: str, state: SpeakerState) -> str | None:
    """ "the governor" -> the one person the article named with that role before."""
    tokens = phrase.split()
    if len(tokens) < 2 or tokens[0].lower() != "the":
        return None
    L = lists()
    head = tokens[-1].lower()
    bare = head.rstrip(".")
    if bare in L.group_heads or not (
        bare in L.person_heads or bare in L.titles or bare in _ROLE_ALIASES
    ):
        return None  # "the St. Louis Tea Party": a name, not a role ("the England coach" is)
    key = _office_key([t.lower() for t in tokens[1:-1]], _ROLE_ALIASES.get(head, head))
    name = state.roles.get(key)
    if name is None and key.startswith(("former ", "ex ")):
        # "the former vice president" after "former Vice President Dick Cheney", where the
        # title itself was capitalised and taught without "former"
        name = state.roles.get(key.split(" ", 1)[1])
    return name or None


def _office_key(before: list[str], role: str) -> str:
    """The office a role names with the words right before it that make it another one
    (``_OTHER_OFFICE``): "president", "vice president", "former vice president", "deputy
    prime minister" (from the first such word on)."""
    k = len(before)
    while k > 0 and before[k - 1].rstrip(".") in _OTHER_OFFICE:
        k -= 1
    other = next((j for j, w in enumerate(before) if w.rstrip(".") in _OTHER_OFFICE), None)
    if other is not None and other < k:
        k = other  # "Deputy Prime Minister": the deputy's office, not the prime minister's
    return " ".join([*(w.rstrip(".") for w in before[k:]), role])


#: A person's name as an apposition gives it: "Robert S. Mueller III", "Mr. Carr".
_APPOSED_NAME = (
    r"(?:[A-Z][\w’'\-]*\s+|[A-Z][a-z]{0,3}\.\s+){1,3}"
    r"[A-Z][\w’'\-]+(?:\s+(?:Jr\.?|Sr\.?|II|III|IV))?"
)
#: A name set off by a comma right after a phrase ("…, Sen. Dianne Feinstein of …").
_NAME_SET_OFF = re.compile(r"\s*,\s*(" + _APPOSED_NAME + r")\b")
#: "the spokesman, Nick Merrill" / "The lawyer for Mrs. Clinton, David Kendall,": a role,
#: then the name in apposition.
#: One character of a description in apposition: not punctuation, but the period of a
#: courtesy title or an initial may be inside ("the lawyer for Mrs. Clinton").
_DESCRIBED_CHAR = r"(?:\b[A-Z][a-z]{0,2}\.(?=\s)|[^,.;:“”\"()—–\n])"
_ROLE_THEN_NAME = re.compile(
    r"(?:^|(?<=[\s“\"(—–]))((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w.]*['’]s)"
    r"\s+"
    + _DESCRIBED_CHAR
    + r"{1,60}?),\s+("
    + _APPOSED_NAME
    + r")(?=[,.;:)]|\s+(?:said|says|told|wrote|added)\b)"
)
#: "Mr. Carr, the special counsel’s spokesman,": a name, then its role in apposition.
_NAME_THEN_ROLE = re.compile(
    r"("
    + _APPOSED_NAME
    + r"),\s+((?:the|a|an|his|her|its|their)\s+"
    + _DESCRIBED_CHAR
    + r"{1,60}?)(?=[,;:]|\.(?<!\b[A-Z]\.)(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.))"
)
_COMPLEMENT_DROP = frozenset(
    ["the", "a", "an", "of", "for", "at", "to", "in", "on", "mr", "mrs", "ms", "and"]
)


def _role_parts(description: str, nearest: bool = False) -> tuple[str, frozenset[str]] | None:
    """The role word of a description ("the special counsel's spokesman" -> spokesman,
    {special, counsel}): its last person noun before any "of/for/at" phrase (``nearest``:
    its last person noun, the one a name in apposition after it goes with: "a spokesman
    for the special counsel, Robert S. Mueller III"), and the other words (the complement
    that tells whose role it is)."""
    L = lists()
    words_ = [w.strip(".,").lower() for w in description.split()]
    words_ = [re.sub(r"['’]s$", "", w) for w in words_]
    cut = len(words_)
    if not nearest:
        cut = next((k for k, w in enumerate(words_) if k and w in _NP_PREP), cut)
    heads = [
        k for k in range(cut) if words_[k] in L.person_heads and words_[k] not in L.group_heads
    ]
    if not heads or (not nearest and heads[-1] != cut - 1):
        return None  # "the special counsel’s office": an office, not a person's role
    role = words_[heads[-1]]
    rest = frozenset(
        w
        for k, w in enumerate(words_)
        if k != heads[-1] and w not in _COMPLEMENT_DROP and len(w) > 1
    )
    return role, rest


def _full_name(text: str, surname: str) -> str:
    """The first full name in ``text`` that ends with ``surname`` ("Carr" -> "Peter Carr")."""
    pattern = rf"(?:[A-Z][\w’'\-]*\.?\s+){{1,3}}{re.escape(surname)}\b"
    for run in re.finditer(pattern, text):
        name = strip_title(run.group()) or ""
        if len(name.split()) >= 2 and _is_person(name):
            return name
    return surname


def _role_entries(text: str, role: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """The people ``text`` gives the role word ``role`` in apposition: ((full name,
    complement words, the description), ...). Only the places where the word occurs are
    read, so the cost is a search for one word."""
    found: list[tuple[str, frozenset[str], str]] = []
    for hit in re.finditer(rf"\b{re.escape(role)}\b", text, re.IGNORECASE):
        p = hit.start()
        lo = max(0, p - 140)
        window = text[lo : p + 160]
        for pattern, nearest in ((_ROLE_THEN_NAME, True), (_NAME_THEN_ROLE, False)):
            for m in pattern.finditer(window):
                described, name = (m.group(1), m.group(2)) if nearest else m.group(2, 1)
                where = m.start(1) if nearest else m.start(2)
                if not (lo + where <= p < lo + where + len(described)):
                    continue  # the role word is not in this description
                parts = _role_parts(described, nearest)
                if not parts or parts[0] != role:
                    continue
                person = strip_title(name) or ""
                if len(person.split()) == 1:
                    person = _full_name(text, person)
                bare = re.sub(
                    r"\s+(?:Jr\.?|Sr\.?|II|III|IV)$", "", person
                )  # "Robert S. Mueller III"
                if _is_person(bare) and len(bare.split()) >= 2:
                    found.append((person, parts[1], " ".join(described.split())))
    return tuple(dict.fromkeys(found))


#: A long text (many articles, a book) is read for roles in blocks of this many
#: characters: a sentence looks in its own block and the two beside it.
ROLE_BLOCK = 16_000
_role_cache: dict[tuple[int, int, int, str], tuple] = {}
#: The roles of this many (block, role word) pairs are kept.
_ROLE_CACHE_SIZE = 4096


def _roles_near(text: str, position: int, role: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """Who the text names with ``role`` in apposition near ``position``: anywhere in a short
    text, else in the blocks around it (each block read once for each role asked)."""
    if len(text) <= 3 * ROLE_BLOCK:
        spans = [(0, len(text), -1)]
    else:
        block = position // ROLE_BLOCK
        spans = [
            (b * ROLE_BLOCK, (b + 1) * ROLE_BLOCK, b)
            for b in (block - 1, block, block + 1)
            if b >= 0 and b * ROLE_BLOCK < len(text)
        ]
    entries: tuple[tuple[str, frozenset[str], str], ...] = ()
    for lo, hi, b in spans:
        key = (hash(text), len(text), b, role)  # (a str keeps its hash: no second pass)
        known = _role_cache.pop(key, None)
        if known is None:
            if len(_role_cache) >= _ROLE_CACHE_SIZE:
                # the least recently asked goes: a long text is read in order, so the
                # blocks behind the sentence are not asked again
                del _role_cache[next(iter(_role_cache))]
            known = _role_entries(text[lo:hi] if b >= 0 else text, role)
        _role_cache[key] = known  # (last: the most recently asked)
        entries += known
    return entries


def _named_role(phrase: str, state: SpeakerState, position: int = 0) -> tuple[str, str] | None:
    """ "the chairman of the House committee", "a lawyer for Mrs. Clinton": a role the
    article gives, in apposition somewhere in it, to one named person only ("the
    committee’s chairman, Representative Trey Gowdy"); their name and the reason."""
    words_ = phrase.split()
    if len(words_) < 2 or words_[0].lower() not in ("the", "a", "an") or not state.text:
        return None
    if _cap(words_[-1]) and not any(w.lower() in _NP_PREP for w in words_):
        return None  # "the St. Louis Tea Party": a name
    parts = _role_parts(phrase)
    if parts is None:
        return None
    role, complement = parts
    pronouns = {"her", "him", "his", "them", "their", "its", "it"}
    names: dict[str, str] = {}
    for name, known, described in _roles_near(state.text, position, role):
        if complement - pronouns and known and not (complement & known):
            continue  # "the chairman of the bank" is not "the committee's chairman"
        names.setdefault(name, described)
    if len(names) > 1 and complement - pronouns:
        # "the chairman of the House committee": of "the committee’s chairman, X" and "the
        # chairman of the Republican National Committee, Y", only X's description fits
        # (one's words hold the other's); Y's adds words the phrase lacks, and lacks its own.
        own = complement - pronouns
        fitting = {
            name: described
            for name, known, described in _roles_near(state.text, position, role)
            if name in names and known and (known <= own or own <= known)
        }
        if fitting:
            names = fitting
    if len(names) != 1:
        return None
    name, described = names.popitem()
    return name, f"the one person the article names in apposition ‘{described}’"


_AGE = re.compile(r"\d+-year-old")


def _outside_words(sentence: _Sentence | None, capitalised: bool = False) -> set[str]:
    """The sentence's words outside quotations, lower-cased (only those written with a
    capital when ``capitalised``): what a description's resolution checks against."""
    if sentence is None:
        return set()
    tokens = sentence.tokens
    return {tokens[k][2].lower() for k in sentence.outside if not capitalised or _cap(tokens[k][2])}


def _described(
    phrase: str, state: SpeakerState, sentence: _Sentence | None = None
) -> tuple[str, str] | None:
    """ "the Hollywood star", "the 42-year-old" (not "the South Carolina Republican"): a
    definite description of a person, taken as the speaker of the previous sentence when
    nobody else was named there. (name, reason); ("", "") for a description of somebody
    the evidence does not tell; None when the phrase is not such a description."""
    L = lists()
    tokens = phrase.split()
    if len(tokens) < 2 or tokens[0].lower() != "the":
        return None
    head = tokens[-1].lower()
    if head in L.affiliations:
        return "", ""  # "the South Carolina Republican": one of many, not told which
    aged = (
        any(_AGE.fullmatch(t) for t in tokens[1:-1])
        and tokens[-1][:1].isupper()
        and tokens[-1] not in L.names
        and not any(p.split()[-1] == tokens[-1] for p in state.people)
    )  # "the 76-year-old Pelosi" is a name the article gave before
    role_aged = (
        not aged
        and head not in L.descriptions
        and any(_AGE.fullmatch(t) for t in tokens[1:-1])
        and head in L.person_heads
    )  # "the 28-year-old host": an age makes a role the description of someone named
    if not (_AGE.fullmatch(head) or head in L.descriptions or aged or role_aged):
        return None  # "the former finance officer": a role, maybe someone else's
    # ("the 25-year-old Dubliner": an age makes the capitalised noun a person's description)
    if any(t.lower() in _NP_PREP or t.lower() in _RELATIVE for t in tokens[1:]):
        return None  # "the activist in the crowd": somebody new
    if head in L.nationalities and not _nationality_fits(state, sentence):
        return None  # "… past Mario Ancic. The Russian turned …": the other player (the
        # description stays the speaker, as it is)
    name, how = state.previous, "who spoke in the previous sentence"
    if not name and len(state.previous_people) == 1:
        # "Film star Liam Neeson has held a dinner party … The Ballymena-born actor said":
        # the one person the previous sentence named, nobody having spoken there, unless
        # the sentence's own pronouns tell another gender ("The comic said he …" after Kate)
        name, how = state.previous_people[0], "the one person the previous sentence named"
        own = _outside_words(sentence)
        told = {_gender(name, state)} & (
            ({"f"} if own & {"he", "him", "his"} else set())
            | ({"m"} if own & {"she", "her", "hers"} else set())
        )
        if told:
            return None if role_aged else ("", "")
    if not name or not _is_person(name) or any(p != name for p in state.previous_people):
        return None if role_aged else ("", "")  # of someone, but of whom is not known
    gender = "m" if head in L.male_titles else "f" if head in L.female_titles else ""
    if gender and _gender(name, state) not in (gender, "u"):
        return "", ""
    return name, f"‘{phrase}’ describes {name}, {how}"


def _nationality_fits(state: SpeakerState, sentence: _Sentence | None) -> bool:
    """A nationality ("the American") tells one person from another, and unspin does not
    know who is which: it stands for the one person only when that person spoke in the
    previous sentence or opened it as its subject, and the sentence itself names nobody
    (no run of two capitalised words outside its quotations)."""
    if sentence is not None:
        for run in _CAPITAL_RUN.finditer(sentence.text):
            if len(run.group().split()) >= 2 and not (
                sentence.quotes and inside(sentence.quotes, *run.span())
            ):
                return False  # "When Lleyton Hewitt shook his hand …, the Australian said"
    if state.previous:
        return state.previous_people in ((), (state.previous,))
    return len(state.previous_people) == 1 and state.previous_lead == state.previous_people[0]


def _unknown_organisation(name: str, state: SpeakerState) -> bool:
    """ "Greenway Foods": a name that no first name, title or role tells a person."""
    return (
        (len(name.split()) == 1 or name.isupper())  # "Unilever", not "Hannes Wittig"
        and _is_person(name)
        and _gender(name, state) == "u"
        and name not in lists().names
        and name not in state.people
        and name not in state.roles.values()
    )


def _group_described(
    phrase: str, state: SpeakerState, sentence: _Sentence | None = None
) -> tuple[str, str] | None:
    """ "The group said", "the committee said": the organisation the previous sentence
    had speak or named as its subject, when the noun fits it (``generic_groups`` in
    speakers.toml fit any organisation, ``business_groups`` one whose name is no group
    noun, "Acme"; another group noun only one whose name ends with it: "the committee"
    for "the House Oversight Committee")."""
    L = lists()
    tokens = phrase.split()
    if len(tokens) < 2 or len(tokens) > 4 or tokens[0].lower() != "the":
        return None
    noun = tokens[-1].lower()
    if noun not in L.group_heads or noun.endswith("s"):
        return None
    if len(tokens) > 2 and (
        noun not in L.plain_groups or not all(_describing_word(t) for t in tokens[1:-1])
    ):
        return None  # "the German exchange", "the Leuven-based brewery"; not "the Harbor Trust"
    candidates = {
        name
        for name in (state.previous, None if state.previous_it else state.previous_group)
        if name
        and _cap(name)
        # a described business is a name, not another description ("Wembley firm")
        and (len(tokens) == 2 or _cap(name.split()[-1]))
        and not name.lower().startswith("the ")
        and (_gender(name, state) == "o" or _unknown_organisation(name, state))
    }
    if len(candidates) != 1:
        return None  # nobody, or two organisations it could be
    name = candidates.pop()
    origins = [t.lower()[:4] for t in tokens[1:-1] if _cap(t)]
    named = {
        w[:4] for w in _outside_words(sentence, capitalised=True) - {t.lower() for t in tokens}
    }
    if any(o in named or name.lower().startswith(o) for o in origins):
        return None  # "Libya has withdrawn …, the Libyan central bank said": its own bank
    last = name.split()[-1].lower()
    if last == noun and name.lower() != phrase.lower():
        how = f"‘{phrase}’ is {name}, the {noun} named in the previous sentence"
    elif noun in L.generic_groups or (noun in L.business_groups and last not in L.group_heads):
        how = f"‘{phrase}’ refers to {name}, the organisation named in the previous sentence"
    else:
        return None  # "the committee" after "the Tea Party": another body
    return name, how


def _describing_word(word: str) -> bool:
    """A word that describes a business before its noun: lower-case ("online", "state-owned"),
    a place of origin in "-based" ("Leuven-based"), or a nationality ("German", "pan-European")."""
    lower = word.lower()
    if word.islower():
        return True
    return lower.endswith("-based") or bool(
        re.fullmatch(r"(?:pan-)?[a-z]+(?:an|ish|ese|ch|i)", lower)
    )


def _office_described(phrase: str, state: SpeakerState) -> tuple[str, str] | None:
    """ "The former Alaska governor said", "the presumptive Republican nominee": an office
    made particular by a proper name ("Alaska", "Republican"), said of the one person who
    spoke in the previous sentence, when the article gives the office to nobody else (an
    office alone, "the governor", may be anyone's: that is left to :func:`_role`)."""
    L = lists()
    tokens = phrase.split()
    if len(tokens) < 3 or tokens[0].lower() != "the":
        return None
    head = tokens[-1].lower().rstrip(".")
    head = _ROLE_ALIASES.get(head, head)
    if head in L.group_heads or head in L.affiliations or head not in L.person_heads:
        return None
    if head in L.staff:
        return None  # "the Democratic staffer", "the Republican aide": one of many, who
        # works for the one just heard rather than being them
    if _cap(tokens[-1]):
        return None  # "The Scottish Executive": a body's name, not an office
    middle = tokens[1:-1]
    if not any(_cap(t) for t in middle) or not all(
        _cap(t) or t.lower() in L.titles or t.lower() in L.office_modifiers for t in middle
    ):
        return None  # "the former governor", "the governor’s aide": not particular
    if head in state.roles:
        return None  # the article gave the office to someone else, or to two people
    name = state.previous
    if not name or not _is_person(name) or any(p != name for p in state.previous_people):
        return None
    if _gender(name, state) not in ("m", "f"):
        return None  # "Independent", "Vodafone": a title or first name must tell a person
    gender = "m" if head in L.male_titles else "f" if head in L.female_titles else ""
    if gender and _gender(name, state) != gender:
        return None
    return name, f"‘{phrase}’ describes {name}, who spoke in the previous sentence"


@lru_cache(maxsize=4096)
def _is_person(name: str) -> bool:
    L = lists()
    tokens = name.split()
    if not tokens or not all(_cap(t) or t.lower() in _LINKERS for t in tokens):
        return False
    last = tokens[-1].lower()
    if all(t.lower() in L.titles or t.lower() in L.person_heads for t in tokens):
        return False  # "Former Secretary": a title without its name
    if last in L.event_or_firm_endings and len(tokens) > 1:
        return False  # "Indoor Championships" (an event), "Delta Airlines" (a firm)
    if last in L.named_documents and len(tokens) > 1:
        return False  # "Army Field Manual", "Patriot Act" ("Bill" alone may be a name)
    return last not in L.group_heads and not tokens[-1].isupper() and len(tokens) <= 5


def _gender(name: str, state: SpeakerState) -> str:
    """m, f, u (a person, not known), p (a group), o (an organisation)."""
    L = lists()
    if name in state.genders:
        return state.genders[name]
    if _is_person(name):
        return L.names.get(name.split()[0], "u")
    words_ = name.split()
    cut = next((k for k, w in enumerate(words_) if k and w.lower() in _NP_PREP), len(words_))
    head = words_[cut - 1].lower()  # "prosecutors in New York": the head is before "in"
    if (head in L.male_titles or head in L.female_titles) and not any(
        w in L.names for w in words_[cut:]
    ):  # "an NHTCU spokeswoman" (not "spokeswoman for women Sandra Gidley": her name tells)
        return "m" if head in L.male_titles else "f"
    if (head.endswith("s") and head in L.heads) or head in {
        "police",
        "people",
    }:
        return "p"
    if head in _POLLED and len(words_) > 1:
        return "p"  # "those questioned", "firms polled"
    return "o"


# --- carried speakers ----------------------------------------------------------------------------


def _carried(sentence: _Sentence, found: Found, state: SpeakerState, new_paragraph: bool) -> None:
    """A quotation without a speaker of its own: continue one only on evidence."""
    quotes = sentence.quotes
    starts_inside = quotes[0][0] < 0  # the quotation began in an earlier sentence
    leads = not _WORD_CHAR.search(sentence.text[: max(quotes[0][0], 0)]) and not (
        not starts_inside and _a_title(sentence, quotes[0])
    )
    # 1. The quotation's attribution follows its end: "… sentences …,” said X."
    end = _attribution_at_end(sentence, state)
    if end:
        name, how = end
        _set(found, name, None, None, how, 0.9, "end")
        return
    # 2. The same quotation began in an earlier sentence.
    if starts_inside and state.current and not new_paragraph:
        how = f"the quotation continues {state.current}'s words from the sentence before"
        _set(found, state.current, None, None, how, 0.9, "run")
        return
    # 3. A quotation over several paragraphs: the previous paragraph ended inside it.
    if new_paragraph and leads and state.open_quote and state.current:
        how = f"the quotation runs on from the paragraph before, {state.current}'s words"
        _set(found, state.current, None, None, how, 0.85, "run")
        return
    # 4. The answer to a question put just before it ("Governor Pence? “Solid as a rock.”")
    head = sentence.text[: max(quotes[0][0], 0)].strip()
    answering = state.current or state.previous
    if answering and head and _put_question(head):
        how = f"the quotation answers the question before it, {answering}'s words"
        _set(found, answering, None, None, how, 0.7, "run")
        return
    # 5. Directly after its introduction ("X said:"), or inside the run of X's quotes.
    if state.introduced and leads:
        how = f"the quotation follows its introduction, {state.introduced}'s words"
        _set(found, state.introduced, None, None, how, 0.85, "introduced")
        return
    other = state.previous is None and _another_subject(state)
    if (found.quote_only or leads) and state.current and not new_paragraph and not other:
        how = f"inside the run of {state.current}'s quotations in this paragraph"
        _set(found, state.current, None, None, how, 0.8, "run")
        return
    if found.quote_only and state.current and new_paragraph:
        how = f"the quotation follows {state.current}'s quotations in the paragraph before"
        sure = state.previous == state.current  # the sentence before was theirs too
        _set(found, state.current, None, None, how, 0.8 if sure else 0.65, "run")
        return
    spoken = [q for q in quotes if not _names_a_thing(sentence, q)]
    quoted_words = sum(1 for s, e, _w in sentence.tokens if inside(spoken, s, e))
    if (
        state.current
        and state.previous == state.current
        and quoted_words >= 4
        and not _paraphrase_subject(sentence, state)
        and all(p == state.current for p in _people(sentence, state))  # nobody else named
        and not re.search(r":\s*$", sentence.text[: max(quotes[0][0], 0)])  # "His response: “…”"
    ):
        how = f"a quotation directly after {state.current}'s words"
        _set(found, state.current, None, None, how, 0.6, "run")
        return
    # 6. "Moscow seeks “…”": a named subject whose own words are quoted.
    para = _paraphrase_subject(sentence, state)
    if para:
        how = "the quoted words are given as the subject's"
        _set(found, para, None, None, how, 0.6, "paraphrase")


def _another_subject(state: SpeakerState) -> bool:
    """The sentence before, with no speaker, opened with someone else as its subject ("…
    Eerdekens said …. But Dechy is fuming that …. “How can you be happy …?”"): the run of
    the last speaker's quotations may have ended; whose the next quotation is, is not told."""
    subject = state.previous_subject or state.previous_opener
    return bool(subject) and subject != state.current and _is_person(subject)


_AFTER_END = re.compile(r"^\s*,?\s*")


#: A party and state tag after a name: ", D-Ill.," / ", R-S.C.,".
_PARTY_TAG = re.compile(r",\s*[A-Z]-[A-Z][A-Za-z.]*,")
_TRAILING_PARTY = re.compile(r",\s*[A-Z]-[A-Z][A-Za-z.]*,?\s*$")


def _attribution_at_end(sentence: _Sentence, state: SpeakerState):
    """A quotation that runs past this sentence and is attributed right after its end."""
    if not state.quotes or not state.text:
        return None
    start = sentence.start
    end = start + len(sentence.text)
    index = bisect_left(state.quotes, (end, end)) - 1  # the last quotation opened before the end
    if index < 0:
        return None
    s, e = state.quotes[index]
    if s >= end or e <= end:
        return None
    tail = state.text[e : e + 160]
    tail = _PARTY_TAG.sub("", tail.split("\n", 1)[0])  # "Dick Durbin, D-Ill., told"
    clause = tail
    for cut in re.finditer(r"[.!?]", tail):
        before = re.search(r"([\w.]+)\.$", tail[: cut.end()])
        if (
            cut.group() == "."
            and before
            and (len(before.group(1)) == 1 or before.group(1).lower() + "." in lists().titles)
        ):
            continue  # "Sen. Chris Murphy", "Robert S. Mueller": not the sentence's end
        clause = tail[: cut.end()]
        break
    if not clause.strip() or clause.lstrip()[:1] in '“"‘':
        return None
    probe = _Sentence(clause, 0, [], words(clause), [])
    probe.outside = list(range(len(probe.tokens)))
    L = lists()
    for i, (_s, _e, w) in enumerate(probe.tokens[:8]):
        if w.lower() in L.verbs and _is_verb(probe, i) and not w.lower().endswith("ing"):
            if i == 0:
                phrase = _np_after(probe, 1)
            else:
                phrase = _valid_np(probe, 0, i, state)
                if phrase and phrase.lower() in _SUBJECT_PRONOUNS:
                    resolved = _pronoun(phrase.lower(), phrase, w, probe, state)
                    if not resolved:
                        return None
                    name, how, _c, _m = resolved
                    return name, f"the quotation is attributed at its end: {how}"
            if phrase and i > 0:  # "the former Alaska governor said": who that is
                resolved = _resolve(phrase, w, probe, state, "before", roles=False)
                if not resolved:
                    return None
                name, how, _c, method = resolved
                if method != "named":
                    return name, f"the quotation is attributed at its end: {how}"
            if phrase:
                name = _canonical(phrase, state)
                return name, f"the quotation is attributed at its end: ‘{clause.strip()}’"
            return None
    return None


def _paraphrase_subject(sentence: _Sentence, state: SpeakerState) -> str | None:
    """``Moscow seeks “…”``: a named subject with its own verb before the quote."""
    tokens = sentence.tokens
    first = sentence.quotes[0][0]
    lead = [k for k, (s, e, w) in enumerate(tokens) if e <= first]
    begin = 0
    for k in lead[:6]:
        if k + 1 < len(tokens) and "," in sentence.gap(k, k + 1):
            begin = k + 1  # "On the eve of talks, Moscow is “…”"
            break
    lead = [k for k in lead if k >= begin]
    if not (2 <= len(lead) <= 4):
        return None
    head = tokens[begin][2]
    if head not in state.proper or head.lower() in lists().not_names:
        return None
    if not sentence.tags()[begin].startswith("NNP"):
        return None  # "German music in a ‘zombie’ state": an adjective, not a speaker
    inner = [w for s, e, w in tokens if sentence.quotes[0][0] <= s and e <= sentence.quotes[0][1]]
    if inner and len(inner) <= 3 and all(_cap(w) for w in inner):
        return None  # "Norway upholds ‘Napster’ ruling": a name in quotation marks, no words
    run = begin + 1
    while run < begin + len(lead) and _cap(tokens[run][2]):
        run += 1
    if run == begin + len(lead):
        return None
    return _canonical(" ".join(t[2] for t in tokens[begin:run]), state)


# --- the state ------------------------------------------------------------------------------------


def _carried_referent(
    sentence: _Sentence, found: Found, state: SpeakerState
) -> tuple[str, bool] | None:
    """The person a sentence that reports no words opens with "he" or "she" about ("He also
    received two nominations"), or the organisation of its "it" ("It expected 2005 to be a
    transitional year"): they stay the ones named for the next sentence. (name, whether it
    was "it")"""
    tokens = sentence.tokens
    if found.speaker or not tokens or sentence.in_quote(0):
        return None
    k = 1 if len(tokens) > 1 and tokens[0][2].lower() in ("but", "and", "yet", "so") else 0
    word = tokens[k][2]
    if word.lower() not in ("he", "she", "it") or sentence.in_quote(k):
        return None
    verb = tokens[k + 1][2] if k + 1 < len(tokens) else ""
    resolved = _pronoun(word.lower(), word, verb, sentence, state)
    return (resolved[0], word.lower() == "it") if resolved else None


def _introduces(sentence: _Sentence) -> bool:
    """A verb of saying outside the quotations introduces one with a colon or an opening
    quotation mark ("United's statement to the stock exchange said: “…”")."""
    L = lists()
    tokens = sentence.tokens
    for k in range(len(tokens) - 1):
        if sentence.in_quote(k) or tokens[k][2].lower() not in L.verbs:
            continue
        gap = sentence.gap(k, k + 1)
        if ":" in gap or (sentence.in_quote(k + 1) and any(m in gap for m in '“"‘')):
            return True
    return False


def _update(
    state: SpeakerState, found: Found, sentence: _Sentence, paragraph: int, new_paragraph: bool
) -> None:
    L = lists()
    has_quotes = bool(sentence.quotes)
    if new_paragraph and not has_quotes and found.speaker is None and not _put_question(sentence):
        state.current = None  # a paragraph without quotation or reporting verb ends the run
    if found.speaker and found.method not in ("paraphrase",):
        if has_quotes or found.method in ("named", "pronoun", "according", "transcript"):
            state.current = found.speaker
            state.current_paragraph = paragraph
    elif has_quotes and not found.speaker and (not new_paragraph or _introduces(sentence)):
        # someone unknown speaks (also when a new paragraph opens with "… said: “…”"):
        # nobody's run continues
        state.current = None
    if found.method != "paraphrase":
        state.previous = found.speaker if found.speaker else None
    # People the author names outside quotations, for "he"/"she" in the next sentence.
    referent = _carried_referent(sentence, found, state)
    carried = group = None
    if referent and referent[1]:
        group = referent[0]  # "It expected …. …, it said.": an organisation
    elif referent:
        carried = referent[0]
    people = _people(sentence, state)
    if _put_question(sentence) and found.speaker is None:
        people = []  # "Governor Christie? “Strong,” he said.": the one asked about is no 'he'
    if carried:  # "Conti received an Oscar. He also received … “…,” he says."
        people = [carried, *(p for p in people if p != carried)]
    tokens = sentence.tokens
    state.earlier_people = state.previous_people
    state.previous_people = tuple(dict.fromkeys(people))
    state.previous_subject = _opening_person(sentence, people, state) or carried
    in_run = bool(state.current and not found.speaker and not has_quotes)
    lead = (  # its subject, asked once for both uses below
        _opening_person(sentence, people, state, alone=True)
        if people and (in_run or len(people) == 1)
        else None
    )
    state.previous_opener = lead if in_run else None
    state.previous_lead = lead if len(people) == 1 else None
    first = tokens[0][2] if tokens and not sentence.in_quote(0) else ""
    state.stranger = (
        first
        if first
        and _cap(first)
        and first.lower() not in L.not_names
        and first in state.proper  # a name the article capitalises mid-sentence too
        and first not in state.people  # not the surname of someone named in full before
        and not (state.current and first in state.current.split())
        and found.speaker is None
        else ""
    )  # the word itself: "he" may be the one it names
    heard = (found.speaker,) if found.speaker and _is_person(found.speaker) else ()
    state.recent = (*state.recent, tuple(dict.fromkeys(heard + state.previous_people)))[-RECENT:]
    state.recent_speakers = (*state.recent_speakers, heard)[-RECENT:]
    state.previous_group = None
    if found.speaker and _gender(found.speaker, state) in ("p", "o"):
        state.previous_group = found.speaker
    elif tokens:
        begin = 0
        first_word = tokens[0][2].lower()
        if first_word in L.not_names and first_word not in ("the", "its", "their"):
            # "However, companies that decide …"
            begin = 1 if len(tokens) > 2 and "," in sentence.gap(0, 1) else len(tokens)
        for end in range(min(len(tokens) - 1, begin + 6), begin, -1):  # "Union leaders met …"
            if tokens[end][2][:1].islower() and tokens[end - 1][2].lower() in L.group_heads:
                if any(sentence.in_quote(k) for k in range(begin, end + 1)):
                    break
                if not (
                    sentence.tags()[end].startswith(("VB", "MD", "RB"))
                    or tokens[end][2].lower() in _RELATIVE  # "companies that decide …"
                ):
                    break  # "The company’s shares": the group is not the subject
                phrase = _valid_np(sentence, begin, end, state)
                # "Union leaders met …" ('they'), "The Riverside Trust published …" ('it')
                if phrase and _gender(phrase, state) in ("p", "o"):
                    # "The commission, an independent body including …": the name before
                    # its apposition
                    phrase = phrase.split(",")[0].strip() or phrase
                    state.previous_group = strip_title(phrase) or phrase
                break
        if state.previous_group is None and begin < len(tokens):
            # "Researchers at the University of Lund followed …": the group, its place after
            # it, then the clause's first finite verb
            cut = None  # "The commission, an independent body …, had been asked": up to ","
            for end in range(begin + 1, min(len(tokens), begin + 30)):
                if sentence.in_quote(end) or _BREAK_GAP.search(sentence.gap(end - 1, end)):
                    break
                if cut is None and "," in sentence.gap(end - 1, end):
                    cut = end
                if cut is None and end - begin >= 10:
                    break
                if sentence.tags()[end] in ("VBD", "VBZ", "VBP", "MD"):
                    phrase = (
                        _valid_np(sentence, begin, cut or end, state) if end > begin + 1 else None
                    )
                    head = tokens[begin][2].lower()
                    if phrase and head in L.group_heads and _gender(phrase, state) == "p":
                        state.previous_group = phrase
                    break
    state.previous_named = state.previous_it = False
    if state.previous_group is None and not found.speaker:
        state.previous_group = _name_subject(sentence, state)
        if state.previous_group is None and group:
            state.previous_group, state.previous_it = group, True
        state.previous_named = state.previous_group is not None
    kinds: tuple[tuple[str, str], ...] = ()
    if found.speaker and found.method not in ("paraphrase", "run", "end", ""):
        own = set(found.speaker.split())
        after = found.verb_span[1] - sentence.start if found.verb_span else 0
        given = []
        for k in sentence.outside:
            kind = L.document_kind.get(tokens[k][2].lower())
            if kind is None:
                continue
            others = [  # "X published a report, and the Courier ran its own story"
                t[2]
                for t in tokens[:k]
                if t[0] >= after
                and _cap(t[2])
                and t[2] not in own
                and t[2].lower() not in L.not_names
            ]
            position = sentence.start + tokens[k][0]
            span = found.verb_span
            here = (span and span[0] <= position < span[1]) or any(
                tokens[q][2].lower() == "in" for q in range(max(0, k - 3), k)
            )  # "published a report", "said in a statement"
            if not here and tokens[k - 1][2].lower() in ("the", "this", "that", "these"):
                continue  # "… despite claims that the measure …": one named before
            if others:
                given.append((kind, "?"))  # someone else's, maybe: whose is not known
            elif here:
                given.append((kind, found.speaker))
            # else "X said the report was late": a document X speaks of, not one X gave
        kinds = tuple(dict.fromkeys(given))
    state.documents = (*state.documents, kinds)[-DOCUMENT_REACH:]
    verb_end = found.verb_span[1] - sentence.start if found.verb_span else 0
    state.introduced = (
        found.speaker
        if found.speaker
        and (
            re.search(r":\s*[“\"‘]?\s*$", sentence.text.rstrip())
            or (found.method == "introduced" and _BULLET.match(sentence.text))
        )
        # not "X raised concerns, and the paper posted a message, saying:": another's
        and not _NEW_CLAUSE.search(sentence.text[verb_end:])
        else None
    )  # a list's items go on with its introduction's speaker
    goes_on = found.method == "introduced" and found.speaker == state.transcript
    state.transcript = (
        found.speaker if found.method == "transcript" or (goes_on and not new_paragraph) else None
    )
    last = sentence.quotes[-1] if sentence.quotes else None
    state.open_quote = bool(
        last and last[1] >= len(sentence.text) and continues(sentence.text, last)
    )
    state.paragraph = paragraph


#: A clause of its own after a comma or a semicolon: "…, and the paper posted …".
_NEW_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|whereas)\s|;\s)")


def _looked_up(chunk: str, state: SpeakerState) -> str | None:
    """A capitalised chunk as a person's name, titles dropped and a surname given in full
    earlier made whole (what :func:`_canonical` gives, without teaching the state)."""
    name = strip_title(chunk)
    if name and len(name.split()) == 1:
        return state.people.get(name, name)
    return name


#: An owner, a role in lower case and the person's name set off by commas at the start of
#: a sentence: "Kenteris's lawyer, Gregory Ioannidis, reacted …".
#: Up to three capitalised words, a role in lower case and a name: "US coach Patrick
#: McEnroe", "Spanish captain Jordi Arrese" (the role must be a person's: ``heads.person``).
_ROLE_LED_NAME = re.compile(
    r"\s*(?:[A-Z][\w.’'-]*\s+){1,3}(?:[a-z][\w-]*\s+)?(?P<role>[a-z]+)\s+(?P<name>[A-Z])"
)
_OWNER_ROLE_NAME = re.compile(
    r"\s*(?=[A-Z])(?:[\w.’'-]+\s+){0,3}?[\w.-]+['’]s?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s*"
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),"
)


def _opening_person(
    sentence: _Sentence, people: list[str], state: SpeakerState, alone: bool = False
) -> str | None:
    """The person whose name opens the sentence (outside quotations), its subject, when
    the name is followed by a verb or a comma ("Fox, however, isn't worried …", "Mr Hale
    met …", "US coach Patrick McEnroe wants …"); None otherwise ("On Friday, Hale …",
    "Hale's lawyer said …"). Without ``alone`` (a preference for "he"), also None when
    nobody else is named or another is the object ("Hale met Ross"); with it, the subject
    whoever else is named (a run of someone else's quotations ends there)."""
    text = sentence.text
    run = _CAPITAL_RUN.match(text, len(text) - len(text.lstrip()))
    owned = _OWNER_ROLE_NAME.match(text)
    if owned:  # "Kenteris's lawyer, Gregory Ioannidis, reacted …": the lawyer is the subject
        run = _CAPITAL_RUN.match(text, owned.start("name"))
    led = _ROLE_LED_NAME.match(text) if not owned else None
    if led and led.group("role") in lists().person_heads:  # "US coach Patrick McEnroe wants"
        run = _CAPITAL_RUN.match(text, led.start("name"))
    if not run or (sentence.quotes and inside(sentence.quotes, *run.span())):
        return None
    chunk = re.sub(r"['’]s?$", "", run.group().rstrip("."))
    words_ = chunk.split()
    L = lists()
    while words_ and words_[0].lower() in L.not_names:
        if (
            words_[0].lower() in L.given_also
            and len(words_) > 1
            and _cap(words_[1])
            and words_[1].lower() not in L.not_names_or_given
        ):
            break  # "April Jones met …": a given name opening the sentence
        words_ = words_[1:]  # "But Ian Shepherdson, …": the name after the conjunction
    chunk = " ".join(words_)
    name = _looked_up(chunk, state) if chunk else None
    if not name:
        return None
    known = name == (people[0] if people else None) or (
        len(chunk.split()) == 1 and name in state.people.values()  # "Kells", named in full
    )
    if not known and not (len(name.split()) >= 2 and _is_person(name)):
        return None  # not a person ("Finance", "The Harbor Trust")
    if not alone and not any(p != name for p in people):
        return None  # nobody else named: 'he' needs no preference (and no tagging here)
    k = next((k for k, t in enumerate(sentence.tokens) if t[0] >= run.end()), None)
    if k is None or k == 0:
        return None
    if not (
        "," in sentence.gap(k - 1, k)
        or _DASH.search(sentence.gap(k - 1, k))  # "Joshua Rifkin - a composer … - has …"
        or sentence.tags()[k].startswith(("VB", "MD"))
        or sentence.tokens[k][2].lower() in lists().between  # "Hale also met …"
    ):
        return None
    if alone:
        return name  # the subject, whoever else the sentence names
    # Everyone else must be named under a preposition or in a clause of its own ("… from
    # Mr Ross's remarks", "… worried that Ross will win"): "Hale met Ross" leaves "he" open.
    for other in _CAPITAL_RUN.finditer(text, run.end()):
        if sentence.quotes and inside(sentence.quotes, *other.span()):
            continue
        chunk = other.group().rstrip(".")
        if _looked_up(chunk, state) not in people:
            continue
        before = text[: other.start()].split()
        if not before or before[-1].lower() not in _OBJECT_BEFORE | _CLAUSE_OPENERS:
            return None
    return name


def is_given_name(word: str) -> bool:
    """``word`` is a common first name (``summarize/data/names.txt``)."""
    return word in lists().names


#: Runs of capitalised words (with the particles of names between them).
_CAPITAL_RUN = re.compile(
    r"(?<![\w’'])[A-Z][\w’'\-.]*(?:\s+(?:[A-Z][\w’'\-.]*|(?:of|de|da|del|van|von|der|bin|al|la|le|du|dos)(?=\s+[A-Z])))*"
)


_PLACE_BEFORE = frozenset(["in", "at", "near", "into", "across", "outside", "inside", "around"])


def _people(sentence: _Sentence, state: SpeakerState) -> list[str]:
    """The people the author names in a sentence, outside quotations, on evidence (a first
    name, a title or role before the name, or a speaker met before)."""
    L = lists()
    text = sentence.text
    people: list[str] = []
    long_words = [w for _s, _e, w in sentence.tokens if len(w) > 3]
    if (
        state.paragraph < 0  # the text's first sentence, without a full stop: a headline
        and not text.rstrip().endswith((".", "!", "?", "”", '"'))
        and len(long_words) >= 4
        and sum(_cap(w) for w in long_words) >= 0.8 * len(long_words)
    ):
        return people  # a headline in title case: its capitals tell no names
    for run in _CAPITAL_RUN.finditer(text):
        chunk = re.sub(r"['’]s?$", "", run.group().rstrip("."))  # "Mr Weller's": Weller
        words_ = chunk.split()
        if not words_:
            continue
        if len(words_) < 2 and words_[0] not in state.people:
            continue
        if sentence.quotes and inside(sentence.quotes, run.start(), run.end()):
            continue
        if words_[0].lower() in L.not_names:
            words_ = words_[1:]
            if not words_:
                continue
        elif (
            not _WORD_CHAR.search(text[: run.start()])
            and words_[0] not in state.proper
            and words_[0] not in L.names
            and words_[0].lower() not in L.titles
        ):
            words_ = words_[1:]  # a capital only because it starts the sentence
            if not words_:
                continue
        chunk = " ".join(words_)
        name = strip_title(chunk)
        if not name or not _is_person(name):
            continue
        before = text[: run.start()].split()
        if before and before[-1].lower() in _PLACE_BEFORE:
            continue  # "in Stanley Park": a place
        role_before = bool(before) and (
            before[-1].lower() in L.titles or before[-1].lower() in L.person_heads
        )
        evidence = (
            (len(name.split()) >= 2 and name.split()[0] in L.names)  # not "a Lyle aide"
            or name != chunk
            or name in state.genders
            or role_before
            or (
                name in state.people
                and not _modifies(sentence, run.start() + run.group().find(words_[0]), run.end())
            )
        )  # "Wenger has brought in …": a surname given in full before (not "a Romney aide")
        titled = name != chunk and before_title(chunk, name)
        if evidence and (len(name.split()) >= 2 or name in state.people or titled):
            name = _canonical(chunk, state, speaker=False)
            if role_before and before[-1].lower() in L.titles:
                office = _office_key([w.lower() for w in before[:-1]], before[-1].lower())
                _teach(state, 2, office, name)  # "manager Jose Mourinho"
            if len(name.split()) >= 2:
                _teach(state, 0, name.split()[-1], name)  # named with evidence
                people.append(name)
            elif titled:
                people.append(name)  # "Mr Okafor": a person by the title
    return people


def _modifies(sentence: _Sentence, start: int, end: int) -> bool:
    """The capitalised run from ``start`` to ``end`` (in the sentence) stands between an
    article and a common noun that it modifies ("a Romney campaign aide", "the Wenger
    era"), not as a participant ("Huckabee advocates …", whatever the tagger reads)."""
    before = sentence.text[:start].split()
    if not before or before[-1].lower() not in _DETERMINERS:
        return False
    for k, (s, _e, word) in enumerate(sentence.tokens):
        if s >= end:
            return (
                word[:1].islower()
                and sentence.tags()[k].startswith("NN")
                and not sentence.gap(k - 1, k).strip()
            )
    return False


def before_title(chunk: str, name: str) -> bool:
    """``chunk`` is ``name`` after a title or role of the word lists ("President Trump")."""
    L = lists()
    rest = chunk[: len(chunk) - len(name)].split() if chunk.endswith(name) else []
    return bool(rest) and rest[-1].lower() in L.titles


def surname(speaker: str) -> str:
    """How a restatement names a speaker again: the last name of a person."""
    tokens = speaker.split()
    if len(tokens) >= 2 and all(t[:1].isupper() for t in tokens):
        return tokens[-1]
    return speaker


# --- views inside a sentence -----------------------------------------------------------

#: A third party's view inside the sentence, whoever its main speaker is: a relative
#: clause of saying or believing ("reformers who say the program is too generous"), or a
#: noun of saying with its source ("despite claims from party members that the measure is
#: a ploy"; a source is required: "the claims that he made were false" is the author's).
_EMBEDDED = re.compile(
    r"(?i)\b(?:who|that)\s+(?:also\s+|still\s+|now\s+|have\s+|has\s+|had\s+)?"
    r"(?:believe[sd]?|think|thinks|thought|argue[sd]?|say|says|said|insist(?:s|ed)?|"
    r"claim(?:s|ed)?|contend(?:s|ed)?|maintain(?:s|ed)?|allege[sd]?|wonder(?:s|ed)?|"
    r"fear(?:s|ed)?|worry|worries|worried|doubt(?:s|ed)?|suspect(?:s|ed)?)\s+"
    r"(?:that\s+|whether\s+|if\s+)?"
    r"|\b(?:claims?|allegations?|assertions?|accusations?|suggestions?|complaints?|"
    r"arguments?)\s+(?:from|by)\s+[^,;.!?]{2,60}?\s+that\s+"
    # an allegation's content: "suspected of wrongly using company funds", "charged with
    # reckless driving", "accused Mr Blair and other ministers of telling lies" (the one
    # accused: up to eight words, no punctuation but a title's stop; not "convicted of": a
    # court's finding the author reports)
    r"|\b(?:accus(?:e|es|ed|ing)|suspected)\s+(?:[\w'’.\-]+\s+){0,8}?of\s+"
    r"|\bcharged\s+with\s+"
    # what a named holder's assertion holds: "Mr. Trump's unfounded assertions that a
    # so-called deep state …", "their argument that …" (not "my", "our", "your": the author's)
    r"|(?:['’]s|\b(?:his|her|their|its))\s+(?:[\w\-]+\s+)?(?:claims?|assertions?|"
    r"allegations?|accusations?|arguments?|contention|insistence|suggestions?|complaints?)"
    r"\s+that\s+(?!(?:was|were|is|are|has|have|had|would|will|could|can|may|might)\b)"
    # what an allegation, a rumour or speculation holds, with no source named: "examining
    # allegations that the firm burdens the state with an unfair share" (a subject that is a
    # pronoun is left out: "the allegations that he made were false" is the author's verdict)
    # what a named source's criticism, charge or warning holds: "criticism from fellow
    # Democrats that the president has caved" (review seed 5757), "warnings by economists
    # that the recovery will stall"
    r"|\b(?:criticisms?|complaints?|charges?|accusations?|warnings?|claims?|suggestions?)\s+"
    r"(?:from|by)\s+[^,;:.“”\"]{1,60}?\s+that\s+"
    r"|\b(?:allegations?|accusations?|rumou?rs?|speculation)\s+that\s+"
    r"(?=(?:the|a|an|his|her|its|their|some|many|this|these|(?-i:[A-Z][\w'’\-]*))\s)(?!(?-i:It|I)\s)"
    r"|\balleged(?:ly)?\s+to\s+have\s+"
    # a second verb of saying of the sentence's subject, coordinated or a participle: "…
    # attacked the pledges and said Mr Blair was very worried …", "…, saying it was right
    # to …", "…, warning him that they will …" (one object, then "that")
    r"|(?:,\s+|\band\s+)(?:said|saying)\s+(?:that\s+)?(?=(?:the|a|an|his|her|its|their|he|she|"
    r"it|they|there|this|these|(?-i:[A-Z][\w'’\-]*))\s)"
    r"|(?:,\s+|\band\s+)(?:warned|warning|argued|arguing|claimed|claiming|insisted|insisting|"
    r"added|adding|noted|noting|stressed|stressing|complained|complaining|told|telling)\s+"
    r"(?:(?:him|her|them|us|reporters|journalists|(?-i:[A-Z][\w'’\-]+))\s+)?"
    r"(?:that\s+|(?=(?:he|she|it|they|there)\s))"
    r"|\b(?:warning|telling|reminding|assuring)\s+(?:him|her|them|us|me|you)\s+that\s+"
    # what a holder calls something: "because of what he depicted as the administration's
    # overly cautious responses", "what critics call a giveaway"
    r"|\bwhat\s+(?:he|she|they|(?-i:[A-Z][\w'’\-]+)|[a-z]+s)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:called|calls?|described|describes?|depicted|depicts?|termed|terms?|dubbed|"
    r"characteri[sz]ed|characteri[sz]es?|labell?ed|sees?|saw|views?|viewed|regards?|"
    r"regarded)\s+(?:as\s+)?"
)
#: A word each :data:`_EMBEDDED` view holds (a quick test before the search).
_EMBEDDED_OPENERS = (
    *("who", "that", "accus", "suspected", "charged", "alleged", "what", "said", "saying"),
    *("warn", "argu", "claim", "insist", "added", "adding", "noted", "noting", "stress"),
    *("complain", "told", "telling"),
)
#: Where such a view ends: the clause's comma, semicolon or dash, or "amid" ("accused of
#: panic … amid chaotic scenes": the author's setting), else the sentence's end.
_CLAUSE_END = re.compile(r"[,;]|\s(?:—|–|--)\s|\s(?:amid|amidst)\s")


@lru_cache(maxsize=512)
def embedded_reports(text: str, start: int) -> tuple[tuple[int, int], ...]:
    """The spans of :data:`_EMBEDDED` views: from the words after the verb or "that" to the
    clause's end (asked by the cues and by the restatement: kept for the sentence)."""
    lower = text.lower()
    spans = _regarded_as(text, start) if " as " in lower else []
    if not any(w in lower for w in _EMBEDDED_OPENERS):
        return tuple(spans)  # every other view opens with one of them
    for match in _EMBEDDED.finditer(text):
        if re.match(r"(?i)(?:who|that)\s", match.group()) and re.search(
            r"(?i)\b(?:I|we|you)\s+$", text[: match.start()]
        ):
            continue  # "we who believe …": the author's own
        stop = _CLAUSE_END.search(text, match.end())
        end = stop.start() if stop else len(text)
        if end > match.end():
            spans.append((start + match.end(), start + end))
    return tuple(sorted(spans))


#: "as" that makes a comparison or a phrase of its own, or opens a clause ("seen by
#: tourists as they walk around"), not what a thing is seen as.
_NOT_REGARD_AS = re.compile(
    r"(?i)as\s+(?:well|soon|long|much|many|far|part|usual|of|if|though|a\s+result|such|"
    r"he|she|they|we|i|you|it|there)\b"
)
#: A modal's passive before a verb of regard: what a thing could or will be seen as is
#: the author's supposition ("Neither will the announcement be seen as good news").
_MODAL_BE = re.compile(
    r"(?i)\b(?:could|will|would|may|might|can|should|must|cannot|won't|wouldn't|couldn't)"
    r"(?:\s+[\w'’]+){0,3}?\s+be(?:\s+\w+ly)?\s+$"  # ("will the announcement be seen")
)
#: Where what a thing is seen as ends: a mark of the clause, a dash, or a new clause ("…
#: criticised as flawed and the opposition claimed …", "known as a lockup - is being …").
_REGARD_END = re.compile(
    r"[,;:]|\s(?:-|—|–|--)\s|\s(?:amid|amidst|because|while|whereas|but)\s"
    r"|\sand\s(?=(?:the|a|an|he|she|they|it|his|her|their|its|this|these)\s)"
)


@lru_cache(maxsize=1)
def _regard_pattern() -> re.Pattern[str]:
    """A verb of regard (``speakers.toml`` regard_as), up to eight words of its object with
    no mark of a clause's end, then "as"."""
    forms = "|".join(sorted(map(re.escape, lists().regard_as), key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{forms})\s+(?:[^\s,;:.!?“”\"]+\s+){{0,8}}?(?=as\s)")


def _regarded_as(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of what a thing is known, seen or dismissed as: from the word after "as"
    to the clause's end (:func:`embedded_reports`)."""
    spans = []
    for match in _regard_pattern().finditer(text):
        if _NOT_REGARD_AS.match(text, match.end()):
            continue
        if text[: match.end()].split()[-1].lower() in ("such", "so", "just", "same", "twice"):
            continue  # "such as", "just as": a comparison
        before = text[: match.start()]
        if re.search(r"(?i)\b(?:I|we)\s+(?:\w+\s+)?$", before):
            continue  # "I see it as …", "we have long regarded it as …": the author's own
        if _MODAL_BE.search(before):
            continue  # "could be dismissed as self-delusion": the author's supposition
        after = match.end() + 3  # past "as "
        stop = _REGARD_END.search(text, after)
        end = stop.start() if stop else len(text)
        if end > after:
            spans.append((start + after, start + end))
    return spans
