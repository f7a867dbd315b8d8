"""Loaded words in context: the table's judging words, and the lexicon's, where they judge.

A word is flagged as loaded when it is in the author's own voice (the caller passes only
those words), the opinion-word table's ``loaded`` score (learned from the words news
experts marked as biased) is at or above the model's cut, and its context lets it judge:

* part of speech: adjectives and adverbs judge (``evaluative``), nouns label
  (``loaded_label``), verbs colour an action (``loaded_verb``); other parts never;
* names: a capitalised word inside the sentence, or one next to another capitalised
  word (a multiword name such as a court or a country), is a name, not a judgement;
* terms: a noun directly before or after another common noun is part of a compound
  term (a tax system, a bowler's style), not a label;
* idioms and news vocabulary (``summarize/data/voice.toml``): fixed phrases whose words
  only look judging, and the ordinary words of a match report in a sentence about sport.

The same context rules also veto lexicon matches of a single word that the sentence
uses as a name, a term, an idiom or another part of speech ("claims" as a noun is not
the verb, "lies in" is not a lie).
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from summarize.perspective.lexicon import Match, normalise_term
from summarize.perspective.wordtable import VoiceWord
from summarize.report import Cue
from summarize.text.clauses import relative_verb

EXPLANATIONS = {
    "evaluative": "‘{w}’ judges rather than describes: words like it are far more common "
    "where writers give their own view than in plain reports.",
    "loaded_label": "‘{w}’ labels what it names with a judgement; a plain report would use "
    "a neutral name for it.",
    "loaded_verb": "‘{w}’ colours the action with the writer's attitude; a plain report "
    "would use a neutral verb.",
    "loaded_speech_verb": "‘{w}’ tells how someone spoke or what they meant, in the "
    "writer's words; a plain report would say ‘said’.",
}
#: Lexicon categories whose matches the context may veto.
CONTEXT_CATEGORIES = ("loaded_label", "loaded_verb", "truth_verdict", "evaluative", "puffery")
CONTEXT_CATEGORIES += ("emotion", "verdict_idiom", "reporting_verb")
#: Cue types whose single-word lexicon matches need a part of speech.
NEEDS_VERB = ("loaded_verb",)
NEEDS_NOUN = ("loaded_label",)
_SCORE = re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b")
#: Words that open a clause whose verb may stand alone as a participle ("once admitted").
_SUBORDINATORS = frozenset(
    ["once", "when", "whenever", "if", "unless", "until", "though", "although", "whether"]
)
_TAG_TYPE = {"J": "evaluative", "R": "evaluative", "N": "loaded_label", "V": "loaded_verb"}
_NOT_JUDGING_TAGS = {"NNP", "NNPS", "CD", "FW", "SYM"}
#: Words after which the next word is a verb's base form ("to scotch", "will deny").
_INFINITIVE_MARKS = frozenset(
    ["to", "will", "would", "can", "could", "may", "might", "must", "should", "shall"]
)

#: A noun before a name is a calling ("the cartoonist Charb", "crooner Tony Christie"), not
#: a label, when the table scores it this low for judging; "mastermind" (0.79), "hero",
#: "tyrant" score above it. Read on every such noun of BBC and BASIL (stop 36).
CALLING_JUDGING = 0.7

#: A dateline's dash or a colon between two words (the gap before a word): the word opens
#: the text after it.
_OPENS = re.compile(r"(?:—|–|--|(?:^|\s)-|:)\s*$")


@dataclass(frozen=True)
class Context:
    idioms: frozenset[str]
    longest: int
    sport: frozenset[str]
    sport_context: frozenset[str]
    sport_weak: frozenset[str] = frozenset()
    #: Judging adjectives that are also plain nouns ("an offensive"): see ``noun_sense``.
    noun_senses: frozenset[str] = frozenset()
    #: The first word of each idiom, with the most words an idiom opened by it has.
    first_words: dict[str, int] = field(default_factory=dict)


@lru_cache(maxsize=1)
def context() -> Context:
    text = (resources.files("summarize") / "data" / "voice.toml").read_text("utf-8")
    data = tomllib.loads(text)
    idioms = frozenset(normalise_term(t) for t in data["idioms"]["terms"])
    first_words: dict[str, int] = {}
    for idiom in idioms:
        first, size = idiom.split(" ")[0], len(idiom.split(" "))
        first_words[first] = max(first_words.get(first, 0), size)
    return Context(
        idioms=idioms,
        longest=max(len(t.split()) for t in idioms),
        first_words=first_words,
        sport=frozenset(normalise_term(t) for t in data["sport"]["terms"]),
        sport_context=frozenset(normalise_term(t) for t in data["sport"]["context"]),
        sport_weak=frozenset(normalise_term(t) for t in data["sport"].get("weak_context", [])),
        noun_senses=frozenset(normalise_term(t) for t in data["noun_senses"]["terms"]),
    )


class Sentence:
    """One sentence's words, tagged on first need (most sentences never need it)."""

    def __init__(self, text: str, start: int, tokens: Sequence[tuple[int, int, str]]) -> None:
        self.text, self.start, self.tokens = text, start, list(tokens)
        self._tags: list[str] | None = None
        self._index = {s: i for i, (s, _e, _w) in enumerate(self.tokens)}
        self._idiom: set[int] | None = None
        self._sport: bool | None = None
        #: Starts of the words a lexicon lists as loaded labels (set by :func:`fitting`).
        self.labels: frozenset[int] = frozenset()

    def index(self, start: int) -> int | None:
        return self._index.get(start)

    def tag(self, i: int) -> str:
        if self._tags is None:
            from summarize.text.tagging import tags

            self._tags = tags([w for _s, _e, w in self.tokens])
        return self._tags[i]

    def relative_verb(self, i: int) -> bool:
        """:func:`clauses.relative_verb` on this sentence."""
        self.tag(i)  # tags the sentence once
        assert self._tags is not None
        return relative_verb([w.lower() for _s, _e, w in self.tokens], self._tags, i)

    def in_idiom(self, i: int) -> bool:
        if self._idiom is None:
            ctx = context()
            self._idiom = set()
            folded = [normalise_term(w) for _s, _e, w in self.tokens]
            for a, word in enumerate(folded):
                # only where an idiom can start (a word with a space in it can join others)
                longest = ctx.longest if " " in word else ctx.first_words.get(word, 0)
                for n in range(2, longest + 1):
                    if a + n > len(folded):
                        break
                    if " ".join(folded[a : a + n]) in ctx.idioms:
                        self._idiom.update(range(a, a + n))
        return i in self._idiom

    def sporting(self) -> bool:
        if self._sport is None:
            ctx = context()
            words = {normalise_term(w) for _s, _e, w in self.tokens}
            self._sport = (
                bool(_SCORE.search(self.text))
                or bool(words & ctx.sport_context)
                or len(words & ctx.sport_weak) >= 2  # "won the title", not "a stunning victory"
            )
        return self._sport

    def literal(self, i: int) -> bool:
        """The words after a verb make it its ordinary phrase ("boiled their tap water",
        "admitted to hospital"): ``literal_before`` in ``data/neutral.toml``, the list the
        restatement reads too, so a word it leaves as plain is no cue either. A verb of
        saying with a thing as its object ("claimed the doubles") is its ordinary sense
        too, as attribution reads it (``take_things``, :mod:`summarize.text.clauses`)."""
        from summarize.perspective.neutral import literal_forms, ordinary_tail

        if self._takes_a_thing(i):
            return True
        tails = literal_forms().get(self.tokens[i][2].lower())
        if not tails:
            return False  # (asked first: most words have none, and need no tagging)
        following = " ".join(w.lower() for _s, _e, w in self.tokens[i + 1 : i + 6])
        if not ordinary_tail(tails, following):
            return False
        return not (i > 0 and self.tag(i - 1) in ("PRP$", "POS", "DT"))  # "the boil": a noun

    def _takes_a_thing(self, i: int) -> bool:
        from summarize.perspective.attribution import lists
        from summarize.text.clauses import takes_a_thing

        said = lists()
        if said.lemma.get(self.tokens[i][2].lower()) not in said.take_things:
            return False  # (asked first: most words are no such verb, and need no tagging)
        self.tag(i)  # tags the sentence once
        assert self._tags is not None
        return takes_a_thing(self.text, self.tokens, self._tags, i, base=self.start)

    def is_name(self, i: int) -> bool:
        """A capitalised word inside the sentence, or next to another capitalised word."""
        word = self.tokens[i][2]
        if not word[:1].isupper() or "-" in word:
            return False  # "US-led": a compound on a name is not itself a name
        following = i + 1 < len(self.tokens) and self.tokens[i + 1][2][:1].isupper()
        gap = self.text[self.tokens[i - 1][1] - self.start : self.tokens[i][0] - self.start]
        if following and describes_a_title(word, self.tokens[i + 1][2], None if i == 0 else gap):
            return False  # "Beloved President Ardan", "(Agency) — Embattled Senator Hale": a
            # word of the writer's before a title, capitalised only as the first word
        if i > 0:
            return True
        # the first word: a name when the next is capitalised and the tagger agrees
        return following and self.tag(i).startswith("NNP")

    def before_a_name(self, i: int) -> bool:
        """A lower-case noun right before a capitalised name: a title or a calling ("the
        cartoonist Charb"; not "a pity Tandy …" nor "plundering Microsoft Outlook")."""
        following = i + 1
        return (
            self.tokens[i][2].islower()
            and not self.tokens[i][2].endswith("ing")
            and not (i > 0 and self.tokens[i - 1][2].lower() in ("a", "an"))
            and following < len(self.tokens)
            and not self.text[
                self.tokens[i][1] - self.start : self.tokens[following][0] - self.start
            ].strip()
            and self.is_name(following)
        )

    def in_compound(self, i: int) -> bool:
        """A noun next to another common noun: part of a term ("tax system"). Not after a
        name: "<Name> <label>" labels whoever is named."""
        before = self.tokens[i - 1][2] if i > 0 else ""
        if (
            before[:1].isupper()
            and not before.endswith(("'s", "’s"))  # "Wes Craven's horror movie": an owner
            and self.is_name(i - 1)
        ):
            return False
        for j in (i - 1, i + 1):
            if 0 <= j < len(self.tokens):
                gap = self.text[
                    min(self.tokens[i][1], self.tokens[j][1]) - self.start : max(
                        self.tokens[i][0], self.tokens[j][0]
                    )
                    - self.start
                ]
                if gap.strip():
                    continue  # a comma or other mark between them
                neighbour = self.tokens[j][2]
                if neighbour.endswith(("'s", "’s", "s'", "s’")):
                    continue  # a possessive ("the minister's aides"), not a compound
                if self.tokens[j][0] in self.labels and j > 0 and self.is_name(j - 1):
                    continue  # "<Name> regime hardliners": a label on a name, not a term
                if neighbour.islower() and self.tag(j) in ("NN", "NNS"):
                    return True
        return False

    def verb_after_subject(self, i: int) -> bool:
        """A word in -s the tagger reads as a plural noun, used as a verb: after a noun or
        a name and before a determiner, pronoun or "that" ("the senator claims the ...")."""
        if i == 0 or i + 1 >= len(self.tokens) or not self.tokens[i][2].endswith("s"):
            return False
        before, after = self.tag(i - 1), self.tag(i + 1)
        if (
            i >= 2
            and self.tokens[i - 2][2].lower() in _INFINITIVE_MARKS
            and (i < 3 or self.tokens[i - 3][2].lower() != "according")
        ):
            return False  # "moved to scotch claims that …": the object of the verb before it
        if before not in ("NN", "NNP") or not (
            after in ("DT", "PRP", "PRP$") or self.tokens[i + 1][2].lower() == "that"
        ):
            return False
        # not "rejects government claims that …", "in the face of industry claims that …"
        return not self.heads_an_object(i)

    def heads_an_object(self, i: int) -> bool:
        """:func:`summarize.text.tagging.heads_an_object` on this sentence."""
        from summarize.text.tagging import heads_an_object

        self.tag(i)  # tags the sentence once
        assert self._tags is not None
        tokens = self.tokens
        gaps = [
            self.text[e - self.start : s - self.start]
            for (_a, e, _w), (s, _b, _x) in itertools.pairwise(tokens)
        ] + [""]
        return heads_an_object([w for _s, _e, w in tokens], self._tags, i, gaps)

    def passive_clause(self, i: int) -> bool:
        """A verb of saying as a participle right after "once", "when", "if" … ("once
        admitted, students are …", "when pressed"): a passive clause, where the verb has
        its other sense (admitted to a college, pressed for an answer), no one's words."""
        from summarize.perspective.neutral import reports_words

        word = self.tokens[i][2].lower()
        return (
            i > 0
            and word.endswith("ed")
            and self.tokens[i - 1][2].lower() in _SUBORDINATORS
            and reports_words(word)
        )

    def noun_sense(self, i: int) -> bool:
        """The word is one of the judging adjectives that are also plain nouns, used as the
        noun: after a determiner, a possessive or an adjective ("a new offensive", "its
        offensive this week", "Israel's offensive"), with no noun or adjective after it
        ("an offensive weapon" is the adjective)."""
        if i == 0 or normalise_term(self.tokens[i][2]) not in context().noun_senses:
            return False
        before = self.tokens[i - 1][2]
        if self.tag(i - 1) not in ("DT", "PRP$", "JJ", "CD", "POS", "NNP", "NNPS") and not (
            before[:1].isupper() and before.endswith(("'s", "’s"))  # "Israel's offensive"
        ):
            return False
        # "an offensive and cruel remark", "an offensive weapon": the adjective
        return i + 1 == len(self.tokens) or not self.tag(i + 1).startswith(("NN", "JJ", "CC"))

    def plain(self, i: int) -> bool:
        """True when context makes the word plain wording whatever its score."""
        if self.in_idiom(i) or self.is_name(i) or self.literal(i) or self.passive_clause(i):
            return True
        if self.noun_sense(i):
            return True
        word = normalise_term(self.tokens[i][2])
        return word in context().sport and self.sporting()


def table_cues(
    sentence: Sentence,
    voice: Sequence[VoiceWord],
    covered: Sequence[tuple[int, int]],
    cut: float,
    gate: float = 0.0,
    label_cut: float | None = None,
    speech: Sequence[tuple[int, int]] = (),
) -> list[Cue]:
    """Loaded-word cues for the table's loaded words (score >= ``cut``, judging score >=
    ``gate``) of the author's voice. A verb of saying (``speech``, the lexicon's
    reporting verbs) that the table scores as loaded is the writer's characterisation of
    what was said ("threatened", "boasted"): a ``loaded_speech_verb``, a type of its
    own, so the kind model weighs it apart from the verbs of other actions."""
    cues = []
    for word in voice:
        if word.loaded < cut or word.judging < gate or not word.judges:
            continue
        if any(a <= word.start and word.end <= b for a, b in covered):
            continue
        i = sentence.index(word.start)
        if i is None or sentence.plain(i):
            continue
        tag = sentence.tag(i)
        if tag.startswith("NNP") and i > 0 and not sentence.is_name(i):
            from summarize.text.tagging import tags

            tag = tags([word.text.lower()])[0]  # "(Reuters) - Embattled Senator Hale"
        if tag.startswith("JJ") and sentence.relative_verb(i):
            tag = "VBD"  # "the insurrections that upended Republicans": the clause's verb
        kind = _TAG_TYPE.get(tag[:1])
        if kind is None or tag in _NOT_JUDGING_TAGS:
            continue
        if kind == "loaded_verb" and i > 0 and sentence.tag(i - 1) in ("DT", "PRP$"):
            kind = "loaded_label"  # no verb follows "the" or "his": "the spin bowler"
        if any(a <= word.start and word.end <= b for a, b in speech):
            if kind != "loaded_verb" and not sentence.verb_after_subject(i):
                continue  # "the threat", "his claims": a noun, not a verb of saying
            kind = "loaded_speech_verb"
        if kind == "loaded_label" and (
            sentence.in_compound(i) or (label_cut is not None and word.loaded < label_cut)
        ):
            continue
        if kind == "loaded_label" and word.judging < CALLING_JUDGING and sentence.before_a_name(i):
            continue  # "the cartoonist Charb", "linesman Andy Davis": a calling, as a title
            # (but "the mastermind Karl Brandt", "the tyrant X": judging words, labels still)
        if kind == "loaded_verb" and tag in ("VBN", "VBG") and word.text.lower().endswith("ing"):
            kind = "evaluative"  # "a damning report": a participle used as an adjective
        elif (
            kind == "loaded_label"
            and tag in ("VBN", "VBD")
            and word.text.lower().endswith("ed")
            and i + 1 < len(sentence.tokens)
            and sentence.tokens[i + 1][2][:1].islower()  # (not "a disheartened Roddick")
            and sentence.tag(i + 1).startswith(("NN", "JJ"))
        ):
            kind = "evaluative"  # "a bloated budget": a past participle before its noun
        cues.append(
            Cue(
                start=word.start,
                end=word.end,
                text=word.text,
                type=kind,
                explanation=EXPLANATIONS[kind].format(w=word.text)
                + f" (loaded-word score {word.loaded:.2f})",
                weight=1.0,
            )
        )
    return cues


def lexicon_match_fits(sentence: Sentence, start: int, end: int, category: str) -> bool:
    """False when a single-word lexicon match is, in this sentence, a name, a term, an
    idiom or the wrong part of speech for its cue type."""
    i = sentence.index(start)
    if i is None:
        return True
    token = sentence.tokens[i]
    possessive = token[2].endswith(("'s", "’s")) and token[1] - 2 == end  # "Wes Craven's"
    if token[1] != end and not possessive:
        return not sentence.in_idiom(i)  # a phrase: its own context, unless in an idiom
    if sentence.plain(i):
        return False
    if category in NEEDS_VERB:
        if sentence.tag(i) == "VBZ" and sentence.heads_an_object(i):
            return False  # "rejects government claims that …": the object's noun
        return sentence.tag(i).startswith("V") or sentence.verb_after_subject(i)
    if category in NEEDS_NOUN:
        # a label is a noun or a compound adjective ("far-left"), never a verb ("spin the
        # ball"), and not a word of a noun compound ("a tax regime")
        tag = sentence.tag(i)
        if "-" in sentence.tokens[i][2]:
            return True  # a compound adjective ("US-led", "far-left") is no verb
        return not tag.startswith("V") and not (tag.startswith("N") and sentence.in_compound(i))
    return True


def fitting(text: str, start: int, matches: Sequence[Match]) -> list[Match]:
    """``matches`` of one sentence without those its context vetoes (see
    :func:`lexicon_match_fits`); what attribution and cues both read."""
    from summarize.text.words import words

    judged = [m for m in matches if m.category in CONTEXT_CATEGORIES]
    if not judged:
        return list(matches)
    sentence = Sentence(text, start, words(text, start))
    sentence.labels = frozenset(m.start for m in judged if m.category == "loaded_label")
    return [
        m
        for m in matches
        if m.category not in CONTEXT_CATEGORIES
        or lexicon_match_fits(sentence, m.start, m.end, m.category)
    ]


def describes_a_title(word: str, title: str, gap: str | None) -> bool:
    """``word`` opens the sentence (``gap`` None) or the text after a dateline's dash or a
    colon (``gap``, the text before it), and is an adjective (as the tagger reads it alone,
    in lower case) before a title of office ("Beloved President", "— Disgraced Senator"),
    not a title itself: capitalised only as a first word."""
    from summarize.perspective.attribution import lists
    from summarize.text.tagging import tags

    if gap is not None and not _OPENS.search(gap):
        return False
    titles = lists().titles
    lower = word.lower()
    if lower in titles or title.lower().rstrip(".") not in titles:
        return False
    return tags([lower])[0] in ("JJ", "VBN")
