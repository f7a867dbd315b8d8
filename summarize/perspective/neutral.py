"""Neutral restatement: the sentence's claim without the author's judgement.

Every change is an :class:`~summarize.report.Edit` on the original sentence
(offsets into the source text), with its reason and a note a person reads
("removed ‘falsely’ (the author's verdict on truth)"). Quoted words are never
changed, except the author's own insertions in brackets and "(sic)".

The edits follow the detection: every cue in the author's voice whose type
carries an edit (:data:`EDITED`; a type this module does not know is treated
as a loaded word) is replaced, removed or, where neither keeps the sentence
whole, kept and flagged. Edits work on tagged words (:mod:`summarize.text.tagging`):

1. a word in its ordinary sense is left alone: a hedge or a negation, part of a
   name, a noun where the loaded word is a verb ("all claims"), an idiom
   ("admitted to hospital", "lies in", "made up of"; ``data/neutral.toml``), the
   conventional verbs of a sport report, "regime" as a system of rules;
2. a replacement fits its slot (inflected with lemminflect) and is never a
   label one side of a conflict uses for the other's ("rioters" is not restated
   "protesters": kept and flagged);
3. an adjective goes only where it is attributive ("a brutal war"), with its
   degree word ("most famous") and the conjunction that joined it; an adverb
   goes with the comma that set it off; a predicate ("was brutal") stays, flagged;
4. the special rules: an aside that only passes a verdict, a verdict wrapped
   around a report ("lied, claiming" -> "said"), insertions into quotations, a
   pronoun or an inherited speaker named;
5. articles and capitals are fixed (a/an, sentence start; a name keeps its case).

Then :func:`self_check` reads the result against the original. A restatement that
fails is not shown: the original wording comes back, loaded words flagged, with
the reasons in ``problems``. A question asked to make a point is never restated.
"""

from __future__ import annotations

import itertools
import re
import weakref
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from summarize.perspective.attribution import Found, embedded_reports, is_given_name, surname
from summarize.perspective.attribution import lists as attribution_lists
from summarize.perspective.lexicon import Lexicon
from summarize.report import Claim, Cue, Digest, Edit, Report, Sentence
from summarize.text.clauses import FINITE as _FINITE  # tags of a finite verb
from summarize.text.clauses import relative_verb
from summarize.text.quotes import inside
from summarize.text.tagging import tags
from summarize.text.words import MONTHS, WEEKDAYS, words

if TYPE_CHECKING:
    from summarize.fast.terms import TermMemo

#: The cue type of the word the restatement itself finds likely to be biased, from what
#: Wikipedia's neutrality editors take out (``data/neutral_learned.toml``).
LEARNED = "learned_bias"
#: The rule of a verb of saying that judges the speaker ("complained", "bragged"), found by
#: the restatement among the attribution's words (``data/neutral.toml``, ``plain_verbs``).
SPEECH_VERB = "speech_verb"
#: The rule of a word of news metaphor that the detection did not flag but the
#: restatement's own tables name with a plain word (``data/neutral.toml``: ``plain_verbs``,
#: ``plain_phrasal``, ``plain_nouns``): "chided" -> "criticised", "uproar" -> "controversy".
TABLE_WORD = "plain_table"
#: Cue types whose words the restatement changes (in the author's voice).
EDITED = {
    "loaded_label": "replace",
    "loaded_verb": "replace",
    "truth_verdict": "replace",
    "evaluative": "remove",
    "intensifier": "remove",
    "certainty": "remove",
    "emotion": "remove",
    "manner_adverb": "remove",
    "puffery": "remove",
    LEARNED: "replace",
    SPEECH_VERB: "replace",
    TABLE_WORD: "replace",
}
_WHY = {
    "loaded_label": "a loaded label; the neutral word names the same thing without the judgement",
    "loaded_verb": "a verb that colours the action; the plain verb reports it",
    "truth_verdict": "the author's verdict on truth; the report keeps what was said, not the "
    "ruling",
    "evaluative": "the author's judgement, not part of the reported fact",
    "intensifier": "an intensifier adds force, not information",
    "certainty": "the author vouching for the claim; the claim stands or falls without it",
    "emotion": "the author's feeling, not part of the reported fact",
    "manner_adverb": "a judgement of manner, not part of the reported fact",
    "puffery": "praise added by the writer, not part of the reported fact",
    LEARNED: "a word Wikipedia's neutrality editors take out; the fact stands without it",
    SPEECH_VERB: "a verb of saying that judges the speaker's manner or motive; the plain "
    "verb reports the same words",
    TABLE_WORD: "a word of news metaphor that colours the event; the plain word reports it",
}
#: Short reasons for the edit trail: "removed ‘falsely’ (the author's verdict on truth)".
_SHORT = {
    "loaded_label": "a loaded label",
    "loaded_verb": "a verb that colours the action",
    "truth_verdict": "the author's verdict on truth",
    "evaluative": "the author's judgement",
    "intensifier": "adds force, not information",
    "certainty": "the author vouching for the claim",
    "emotion": "the author's feeling",
    "manner_adverb": "the author's judgement of manner",
    "puffery": "praise added by the writer",
    LEARNED: "an editor's word of judgement",
    SPEECH_VERB: "judges how the speaker said it",
    TABLE_WORD: "a word that colours the event",
}
#: Cue types that mark a sentence but whose words stay: reports, hedges, structure.
_NOT_EDITED = {
    "hedge",
    "obligation",
    "prediction",
    "generalization",
    "argument",
    "verdict_idiom",
    "first_person",
    "rhetorical_question",
    "exclamation",
    "author_insertion",
    "sic",
    "scare_quote",
    "sentiment_word",
    "interpretation",
    "copular_verdict",
    "imperative",
    "attribution",
    "time_reference",
    "number",
    "quotation",
    "reporting_verb",
}
_GERUND_REPORT = re.compile(
    r"(?i)^[\s,]*(claiming|saying|alleging|insisting|asserting|arguing|declaring|stating|"
    r"suggesting|adding|stressing|contending|maintaining)\b"
)
_GERUND = re.compile(r"^\s*[“\"]?\s*([A-Za-z]+)(\([a-z]+\))?([a-z]*)")
_NAMING_ASIDE = re.compile(r"\W*the\s+(?:[\w-]+\s+){0,2}?[A-Z]")
_DASH_ASIDE = re.compile(r"\s*(?:—|–|\s-\s|--)\s*[^—–]*?(?=[.!?]?[\"”’)]*\s*$)")
_BRACKET_FIX = re.compile(
    r"[\(\[]([A-Za-z]{1,4})[\)\]](?=[A-Za-z])|(?<=[A-Za-z])[\(\[]([a-z]{1,4})[\)\]]"
)
#: What a bracket glued to a word may add to it as an ending ("condemn(ing)", "ha(s)",
#: "allow[ed]"); any other letters are a word of their own ("had[it] not").
_WORD_ENDINGS = frozenset(
    {"s", "es", "ed", "d", "ing", "ings", "ly", "er", "ers", "est", "ies", "ied", "n", "en"}
    | {"al", "ion", "ions", "ment", "y"}
)
_SUBJECT_PRONOUN = {"he", "she", "they"}
_VOWEL_SOUND = re.compile(
    r"^(?:[aiAI]|[eE](?!u|we)|[oO](?!ne\b|ne-|nce\b)|[uU](?!nanim|ni(?!n)|r[aeiou]|s[eu]|ti|ro|ku|top|biq|[A-Z])|"
    r"[hH]onou?r|[hH]our|[hH]eir|[AEFHILMNORSX](?=[A-Z0-9]|\b|-)|8|11)"
)  # (not "a utopia", "a European", "a one-off", whose first sound is a consonant)
_TRAILING_REPORT = re.compile(
    r"([,.]?)([”\"’])\s*,?\s*(adding|saying|continuing|noting|concluding)\s*:?\s*$", re.IGNORECASE
)


@dataclass
class Restatement:
    text: str
    edits: list[Edit]
    #: "passed", or "failed" (then ``text`` is the original and ``problems`` says why).
    self_check: str = "passed"
    problems: list[str] = field(default_factory=list)


#: The detection's cue type for a word the restatement's own tables found and edited.
_FOUND_TYPES = {"VB": "loaded_verb", "NN": "loaded_label", "RB": "intensifier", "JJ": "evaluative"}


def found_cues(restatement: Restatement | None, cues: list[Cue]) -> list[Cue]:
    """The author's words that the restatement's tables found and edited where the
    detection had no cue (a verb of saying that judges, "took a swipe at", "uproar",
    "sharply criticised", a word the learned bias table removes), as cues of the
    detection's types, so the report shows what the restatement took out. They come after
    the kind is decided and do not change it (weight 0: not a practice target either)."""
    if restatement is None:
        return []
    taken = [(c.start, c.end) for c in cues]
    found = []
    for edit in restatement.edits:
        if edit.rule not in (SPEECH_VERB, TABLE_WORD, LEARNED) or not edit.original.strip():
            continue
        if any(s < edit.end and edit.start < e for s, e in taken):
            continue
        text = edit.original.strip()
        start = edit.start + edit.original.index(text)
        if edit.rule == SPEECH_VERB:
            kind = "loaded_speech_verb"
        else:
            tag = tags([w for _s, _e, w in words(text, 0)])[0]
            kind = _FOUND_TYPES.get(tag[:2], "loaded_verb")
        found.append(
            Cue(
                start=start,
                end=start + len(text),
                text=text,
                type=kind,
                explanation=f"‘{text}’: {_WHY[edit.rule]}",
                weight=0.0,
            )
        )
    return found


_DASHES = ("-", "–", "—")
_OPENING_MARKS = ("", "“", '"', "‘")


class _Builder:
    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self.edits: list[Edit] = []

    def local(self, position: int) -> int:
        return position - self.start

    def taken(self, start: int, end: int) -> bool:
        for edit in self.edits:
            if start < edit.end and edit.start < end:
                return True
            if start == end == edit.start == edit.end:
                return True
        return False

    def add(
        self, start: int, end: int, replacement: str, reason: str, rule: str, note: str = ""
    ) -> bool:
        if self.taken(start, end):
            return False
        original = self.text[self.local(start) : self.local(end)]
        prefix = f"‘{original.strip()}’: "
        if reason.startswith(prefix):  # the edit shows the words already
            reason = reason[len(prefix) :]
        reason = reason[:1].upper() + reason[1:]
        self.edits.append(
            Edit(
                start=start,
                end=end,
                original=original,
                replacement=replacement,
                reason=reason,
                rule=rule,
                note=note,
            )
        )
        return True

    def flag(self, start: int, end: int, note: str) -> bool:
        """Mark the words without changing them (a loaded word kept)."""
        original = self.text[self.local(start) : self.local(end)]
        reason = note.split(": ", 1)[-1]
        return self.add(start, end, original, reason, "flag", note=note)

    def remove_words(
        self,
        start: int,
        end: int,
        reason: str,
        rule: str,
        note: str = "",
        parenthetical: bool = False,
    ) -> bool:
        """Remove [start, end) with the space that separates it from its neighbours; an
        adverb set off by commas (", predictably,") goes with both commas."""
        text, s, e = self.text, self.local(start), self.local(end)
        before, after = text[:s].rstrip(), text[e:].lstrip()
        if before[-1:] in _DASHES and after[:1] == before[-1:]:
            # "which she has - controversially - made": the dashes set off the word alone
            s = len(before) - 1
            e = len(text) - len(after) + 1
            while s > 0 and text[s - 1] == " ":
                s -= 1
            return self.add(self.start + s, self.start + e, "", reason, rule, note=note)
        if parenthetical and s > 2 and text[s - 2 : s] == ", " and e < len(text) and text[e] == ",":
            return self.add(self.start + s - 2, self.start + e + 1, "", reason, rule, note=note)
        if e > s and text[e - 1] == " ":
            pass  # "swift, " in "swift, negative": the span brings its own space
        elif text[s : s + 1] == ",":
            pass  # ", secretive" in "sweeping, secretive international": the comma goes
        elif text[e : e + 2] == ", " and text[e + 2 :].lower().startswith(text[s:e].lower() + " "):
            e += 2  # "very, very wide": the repeated word goes with its comma
        elif e < len(text) and text[e] == " ":
            e += 1
        elif s > 0 and text[s - 1] == " ":
            s -= 1
        # "word, removed, word" -> one comma; ", removed." -> "."
        if s > 1 and text[s - 1] == "," and e < len(text) and text[e] in ",.;:":
            s -= 1
        lead = text[:s].rstrip()
        if lead.endswith(",") and text[e : e + 1] in _DASHES and text[e - 1 : e] == " ":
            s, e = len(lead) - 1, e - 1  # "red, of course - the colour" -> "red - the colour"
        return self.add(self.start + s, self.start + e, "", reason, rule, note=note)

    def apply(self) -> str:
        out, position = [], 0
        for edit in sorted(self.edits, key=lambda x: (x.start, x.end)):
            s, e = self.local(edit.start), self.local(edit.end)
            out.append(self.text[position:s])
            out.append(edit.replacement)
            position = max(position, e)
        out.append(self.text[position:])
        return "".join(out)


def restate(
    text: str,
    start: int,
    cues: list[Cue],
    found: Found,
    lexicon: Lexicon,
    *,
    proper_words: frozenset[str] = frozenset(),
    flag_only: frozenset[int] = frozenset(),
    report: bool = False,
) -> Restatement:
    """The neutral restatement of one sentence, its edits, and the self-check's verdict.

    A restatement that fails :func:`self_check` is tried again with one of its word
    edits turned into a flag (the word kept and marked); when no such try passes, the
    original wording comes back with its loaded words flagged, and ``problems`` says
    why. ``flag_only``: starts of cues to flag rather than edit.
    """
    build = _Builder(text, start)
    quotes = found.quotes
    tagged = _Tagged(text, start)
    tagged.report = report
    # the restatement's own finders leave a third party's view alone, as the cues do
    # ("reformers who say the program is too generous")
    from summarize.perspective.cues import reported_span  # (cues reads this module)

    reported = reported_span(text, start, found)
    theirs = [*quotes, *embedded_reports(text, start), *([reported] if reported else [])]
    if not any(c.type == LEARNED for c in cues):
        learned = _learned_cue(text, start, cues, tagged, theirs, proper_words, found)
        cues = [*cues, learned] if learned is not None else cues
    if not any(c.type == SPEECH_VERB for c in cues):
        cues = [*cues, *_speech_verbs(text, start, cues, tagged, theirs)]
    if not any(c.type == TABLE_WORD for c in cues):
        cues = [*cues, *_table_cues(text, start, cues, tagged, theirs)]
    author_cues = [c for c in cues if not c.quoted]
    for cue in author_cues:
        if cue.type not in _NOT_EDITED:
            tagged.flagged.update(tagged.inside(cue.start, cue.end))
            if cue.type in EDITED:  # a detector's certain word, not a likely one
                tagged.certain.update(tagged.inside(cue.start, cue.end))

    question = next((c for c in author_cues if c.type == "rhetorical_question"), None)
    if question is not None:
        return _kept(
            text,
            start,
            author_cues,
            tagged,
            lexicon,
            ["a question asked to make a point states no fact that could be restated"],
        )
    _drop_verdict_aside(build, author_cues)
    _verdict_wrappers(build, author_cues, quotes, found)
    _insertions(build, cues, quotes)
    removed_tokens: set[int] = set()
    reported = _reported_part(text, start, found)
    if (
        found is not None
        and found.verb_span
        and reported == (found.verb_span[1], start + len(text))
    ):
        # "…, Oxfam says in a report, Paying the Price.": the verb and its speaker close a
        # clause set off by a comma; the reported words are before them
        before = text[: found.verb_span[0] - start]
        comma = before.rfind(",")
        after = text[found.verb_span[1] - start :].split()
        between = before[comma + 1 :]
        if (
            comma > 0
            # (not "Certainly, as the Examiner's Phillip Klein notes, it will …": an aside)
            and between.split()[:1] != ["as"]
            and (
                len(between.split()) <= 3
                # "…, the Scottish Environment Protection Agency is warning a committee of
                # MSPs.": the clause is the speaker's phrase and the verb, however long
                or (
                    len(between.split()) <= _CLOSING_WORDS
                    and _named_before(between, found.speaker or "")
                )
            )
            and after[:1] not in (["to"], ["that"])
        ):  # (not "…, Huckabee vowed to end …": what follows the verb is what was vowed)
            reported = (start, start + comma)
    if found is not None and found.verb_span and reported[1] > reported[0]:
        verb = text[found.verb_span[0] - start : found.verb_span[1] - start].split()
        if not verb or _lemma(verb[-1].lower(), "VERB") not in _SPEAKERS_WORDS:
            reported = (0, 0)  # "he blamed the shameless referee": an act, not reported words
        elif not opens_a_clause(text, found.verb_span[1] - start, verb[-1]):
            reported = (0, 0)  # "denied Gerrard with a last-ditch tackle": no words denied

    def within_reported(cue: Cue) -> bool:
        # a named speaker's reported words, closed by "…, X said.": the judgement is theirs
        return reported[1] > reported[0] and reported[0] <= cue.start and cue.end <= reported[1]

    for cue in author_cues:  # kept as the speaker's: no edit counts on them going
        if EDITED.get(cue.type) == "remove" and within_reported(cue):
            tagged.certain.difference_update(tagged.inside(cue.start, cue.end))

    for cue in sorted(author_cues, key=lambda c: (c.start, c.end)):
        policy = _policy(cue)
        if policy is None or build.taken(cue.start, cue.end):
            continue
        bracketed = any(
            b.start <= cue.start and cue.end <= b.end for b in cues if b.type == "author_insertion"
        )
        own_marks = (
            text[cue.start - start - 1 : cue.start - start] in _QUOTE_MARKS
            and text[cue.end - start : cue.end - start + 1] in _QUOTE_MARKS
            and cue.start > start
        )
        if not bracketed and (
            own_marks
            or inside(quotes, cue.start, cue.end)
            or _in_open_quote(text, cue.start - start)
        ):
            continue  # the speaker's words stay theirs; the author's [insertions] do not
        if cue.start in flag_only:
            if cue.type != LEARNED and not _plain_sense(cue, tagged):
                build.flag(
                    cue.start,
                    cue.end,
                    f"kept ‘{cue.text}’ and flagged it: "
                    f"{_SHORT.get(cue.type, 'the author’s wording')}; editing it broke the "
                    "sentence",
                )
            continue
        if (
            EDITED.get(cue.type) == "remove"
            or (cue.type == TABLE_WORD and cue.text.lower() in _data().force_adverbs)
        ) and within_reported(cue):
            continue  # "… remains a benevolent force, Rubio said": the speaker's words
        if cue.type in (LEARNED, SPEECH_VERB, TABLE_WORD) or (
            cue.type in ("loaded_label", "evaluative")
            and not lexicon.has(cue.type, cue.text)
            and not re.search(r"so[- ]called\s+$", text[: cue.start - start], re.IGNORECASE)
        ):
            # A likely word, not a certain one: edited where it goes cleanly, else left alone
            # (never flagged, which would take the claim out of the digest). So is a label
            # or judging word the word table scores but the lexicon does not list ("hit some
            # forehands", "spicy garlic sauce"), unless "so-called" doubts it.
            before = len(build.edits)
            _edit_cue(build, cue, policy, tagged, lexicon, removed_tokens)
            build.edits[before:] = [e for e in build.edits[before:] if e.rule != "flag"]
            continue
        _edit_cue(build, cue, policy, tagged, lexicon, removed_tokens)
    if _sporting(tagged):
        # (not in a speaker's words: "the stadium will be a magnificent asset, the mayor said")
        _sport_praise(build, text, start, cues, theirs, tagged, lexicon, removed_tokens)
    _coordination(build, tagged, removed_tokens)
    if any(e.rule != "flag" for e in build.edits) or _TRAILING_REPORT.search(text):
        # A sentence that is rewritten anyway names the speaker it leaves implicit, so the
        # restatement reads on its own; plain reporting is left exactly as written.
        _speaker(build, found, quotes, proper_words, tagged)
    _tidy(build)
    changed = any(e.original != e.replacement for e in build.edits)
    result = _joined(build) if changed else text
    edits = sorted(build.edits, key=lambda e: (e.start, e.end))
    for edit in edits:
        if not edit.note:
            edit.note = _note(edit)
    problems = self_check(text, result, edits, tagged, lexicon, found)
    if problems and not flag_only:
        word_edits = [
            e.start
            for e in edits
            if e.rule in EDITED or (e.rule not in _STRUCTURAL_RULES and e.rule != "flag")
        ]
        for position in word_edits[:_RETRIES]:
            retry = restate(
                text,
                start,
                cues,
                found,
                lexicon,
                proper_words=proper_words,
                flag_only=frozenset({position}),
                report=report,
            )
            if retry.self_check == "passed":
                return retry
    if problems:
        kept = [c for c in author_cues if c.type != LEARNED]
        return _kept(text, start, kept, tagged, lexicon, problems)
    return Restatement(text=result, edits=edits)


#: Edits made by the sentence-level rules (not one cue's word): never retried as flags.
_STRUCTURAL_RULES = {
    "verdict_aside",
    "verdict_report",
    "verdict_act",
    "unquote",
    "insertion",
    "sic",
    "unbracket",
    "pronoun",
    "speaker",
    "grammar",
}
_RETRIES = 4
#: The forms of "be" (an auxiliary, and a verb that joins a subject to what is said of it).
_BE_FORMS = ("is", "are", "was", "were", "be", "been", "being")
_AUXILIARIES = {
    *_BE_FORMS,
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "am",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "'s",
    "'ve",
    "'d",
}
#: Verbs whose object is the speaker's own words or thoughts ("…, Rubio said.").
_REPORTING = {"say", "tell", "believe", "think", "argue", "add", "write", "state", "note"}
#: Verbs whose clause gives a named speaker's words in the author's paraphrase ("had said
#: the cut would apply only in extraordinary circumstances", "vowed to defeat radical …"):
#: a judging modifier there is the speaker's, and stays.
_SPEAKERS_WORDS = _REPORTING | {
    "vow", "pledge", "promise", "warn", "insist", "claim", "predict", "explain", "suggest",
    "contend", "maintain", "allege", "acknowledge", "admit", "concede",
    # what is denied or protested is the speaker's proposition ("denied there had been a
    # deliberate sickout", "protested that the SEC was imposing an unfair burden")
    "deny", "protest", "complain",
}  # fmt: skip
# (not verbs whose object is mostly a noun phrase the author may colour: "call",
# "describe", "demand unilateral concessions", "announced sweeping cuts", "recalled the
# famous eulogy")


#: Verbs of saying whose words are reported only in a clause after them ("denied that",
#: "denied there had been", "complained they were …"): with a noun after them they are
#: acts ("denied Gerrard a goal", "protested the decision").
_CLAUSE_ONLY = frozenset(["deny", "protest", "complain"])
#: Words that open a reported clause right after such a verb.
_CLAUSE_OPENERS = frozenset(
    ["that", "there", "he", "she", "they", "it", "we", "i", "this", "his", "her", "their"]
)


def opens_a_clause(text: str, after: int, verb: str) -> bool:
    """The words after ``verb`` (ending at ``after`` in ``text``) are a reported clause,
    or the verb reports words whatever follows it: only "deny", "protest" and "complain"
    need the clause ("denied that …", "denied there had been …")."""
    if _lemma(verb.lower(), "VERB") not in _CLAUSE_ONLY:
        return True
    following = text[after:].split()[:1]
    return bool(following) and following[0].lower().strip(",") in _CLAUSE_OPENERS


def reports_words(word: str) -> bool:
    """``word`` is a form of a verb whose object is a speaker's words or thoughts
    (:data:`_SPEAKERS_WORDS`: "admitted", "insists", "claim")."""
    return _lemma(word, "VERB") in _SPEAKERS_WORDS


_COMPARATIVES = {"more", "less", "most", "least", "than", "ever", "better", "worse"}
_QUOTE_MARKS = {"'", "‘", "’", '"', "“", "”"}
_PARTICLES = {"up", "out", "off", "down", "away", "back", "over", "through"}
#: Verbs whose object is a clause ("they say they rant"): its subject starts no quotation.
_CLAUSE_VERBS = _REPORTING | {
    "claim",
    "insist",
    "suggest",
    "warn",
    "fear",
    "hope",
    "know",
    "feel",
    "agree",
    "admit",
    "complain",
    "find",
    "show",
    "mean",
    "expect",
    "suspect",
    "accept",
    "deny",
    "reckon",
}
#: "say" takes what was said, not a topic or a listener: "said about", "said to" fail.
#: Nor a place or a route: "arguments that raged between Labour and the Tories", "storms
#: raged across the north" are not "said between", "said across" (review seed 3333).
_NOT_AFTER_SAY = {
    *("about", "to", "on", "over", "for", "with", "under", "of", "repeatedly", "again"),
    *("between", "across", "through", "throughout", "around", "along", "among", "amongst"),
    *("inside", "outside", "within", "beyond", "behind", "towards", "toward", "into", "near"),
    # "claimed himself a Christian" (declared himself one): no "said himself"
    *("himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"),
    "as",  # "claiming it as voluntary": regarding it so, not saying
}


def _in_open_quote(text: str, position: int) -> bool:
    """Whether ``position`` lies inside a quotation the sentence does not show whole: one
    that opens before it and does not close (running on to the next paragraph), or one
    that closes after it and opened in an earlier sentence."""
    before, after = text[:position], text[position:]
    if before.count('"') % 2 == 1:
        return True
    if before.rfind("“") > before.rfind("”"):
        return True
    if before.count('"') == 0 and after.count('"') % 2 == 1:
        # the lone mark after the word closes a quotation opened earlier, unless it opens
        # one (': "all those words …', 'said "all'): the words before it are the author's
        return not _opens_quote(text, position + after.index('"'))
    # (any quotation before it is closed, by the test above: '… for “correcting the
    # story” and asked that their hysterical desire … has gone too far.”' closes one more)
    return after.find("”") != -1 and (after.find("“") == -1 or after.find("”") < after.find("“"))


def _opens_quote(text: str, i: int) -> bool:
    """Whether the straight quotation mark at ``i`` opens a quotation: a space before it,
    and a letter straight after it or a colon before the space ('said: " all'), and words
    after it. A mark right after a word or a comma ('win," he said') closes one."""
    left = text[:i].rstrip()
    right = text[i + 1 :]
    if len(re.findall(r"[A-Za-z]+", right)) < 2:
        return False  # '… meeting. "': it ends the sentence, closing a quotation
    if i > 0 and not text[i - 1].isspace():
        return False
    return right[:1].isalpha() or left[-1:] == ":"


def _joined(build: _Builder) -> str:
    result = build.apply()
    result = re.sub(r"[ \t]{2,}", " ", result)
    result = re.sub(r"\s+([,;:!?”’)]|\.(?!\.))", r"\1", result)
    result = re.sub(r"([(“‘])\s+", r"\1", result)
    result = re.sub(r",\s*([.;:!?])", r"\1", result)
    result = re.sub(r"^[\s,;:]+", "", result)
    return result.strip()


def _policy(cue: Cue) -> str | None:
    """What the restatement does with a cue: replace, remove, or nothing."""
    if cue.type in EDITED:
        return EDITED[cue.type]
    if cue.type in _NOT_EDITED:
        return None
    # A cue type this module does not know (a newer detector's): a word-level flag of the
    # author's wording, removed where grammar allows, otherwise kept and flagged.
    return "replace"


def _edit_cue(
    build: _Builder,
    cue: Cue,
    policy: str,
    tagged: _Tagged,
    lexicon: Lexicon,
    removed_tokens: set[int],
) -> None:
    short = _SHORT.get(cue.type, "the author's wording")
    # a verb with its preposition named in the table is one act ("lashed out at"), whatever
    # the verb alone could mean: checked before the word's plain senses
    phrasal = _phrasal(cue, tagged)
    if phrasal:
        end, plain = phrasal
        original = build.text[build.local(cue.start) : build.local(end)]
        build.add(
            cue.start,
            end,
            _match_case(cue.text, plain),
            f"‘{original}’: {_WHY.get(cue.type, cue.explanation)}",
            cue.type,
            note=f"‘{original}’ → ‘{_match_case(cue.text, plain)}’ ({short})",
        )
        return
    plain = _plain_sense(cue, tagged)
    if plain:
        return  # the word is used in its ordinary sense: nothing to edit or flag
    replacement = _replacement(lexicon, cue) if policy == "replace" else ""
    if cue.type == LEARNED:
        entry = _learned().words.get(normalise_word(cue.text))
        indexes = tagged.inside(cue.start, cue.end)
        tag = tagged.tag(indexes[0]) if len(indexes) == 1 else ""
        short = _learned_short(entry, tag)
        replacement = _learned_replacement(entry, tag)
    # a noun of news metaphor takes its plain noun before any verb the lexicon gives for
    # the word ("a familiar rant" is "a familiar remark", never "a familiar say")
    noun = _plain_noun(tagged, tagged.inside(cue.start, cue.end))
    if not replacement and not noun:
        replacement = _plain_verb(tagged, tagged.inside(cue.start, cue.end))
    replacement = noun or replacement
    if replacement and normalise_word(cue.text) in _data().legal_terms:
        build.flag(
            cue.start,
            cue.end,
            f"kept ‘{cue.text}’ and flagged it: {short}; it names a crime, and "
            f"‘{replacement}’ would drop what a court or a charge may have found",
        )
        return
    if replacement and normalise_word(replacement) in _data().contested:
        build.flag(
            cue.start,
            cue.end,
            f"kept ‘{cue.text}’ and flagged it: {short}, and its usual substitute "
            f"‘{replacement}’ takes the other side; no plain word says the same",
        )
        return
    if replacement and _duplicates_next(build.text, build.start, cue.end, replacement):
        replacement = ""
    indexes = tagged.inside(cue.start, cue.end)
    if replacement and indexes and not _in_office(tagged, indexes[0], cue.text):
        build.flag(
            cue.start,
            cue.end,
            f"kept ‘{cue.text}’ and flagged it: {short}; ‘{replacement}’ would say they hold "
            "office, and no word of government names them so",
        )
        return
    if replacement and indexes and _after_verdict_frame(tagged, indexes[0]):
        build.flag(
            cue.start,
            cue.end,
            f"kept ‘{cue.text}’ and flagged it: {short}; it is the verdict the words before "
            f"it pass (‘nothing short of …’), and ‘{replacement}’ would state another thing",
        )
        return
    if (
        replacement
        and indexes
        and normalise_word(replacement) in _data().owned_replacements
        and not _names_a_ruler(tagged, indexes[0], indexes[-1], context=False)
    ):
        build.flag(
            cue.start,
            cue.end,
            f"kept ‘{cue.text}’ and flagged it: {short}; its plain word ‘{replacement}’ "
            "needs a ruler named with it (‘Assad's rule’), and none is",
        )
        return
    if replacement and indexes and _repeats_previous(tagged, indexes[0], replacement):
        # "US business tycoon" would read "US business businessman": kept, flagged
        build.flag(
            cue.start,
            cue.end,
            f"kept ‘{cue.text}’ and flagged it: {short}; its plain word ‘{replacement}’ "
            "would repeat the word before it",
        )
        return
    fitted = noun or (_fit(replacement, cue, tagged, indexes, lexicon) if replacement else "")
    if replacement and not fitted:
        build.flag(
            cue.start,
            cue.end,
            f"kept ‘{cue.text}’ and flagged it: {short}; its usual substitute "
            f"‘{replacement}’ does not fit here",
        )
        return
    if replacement:
        why = (
            cue.explanation
            if cue.type in ("loaded_label", "truth_verdict")
            else _WHY.get(cue.type, cue.explanation)
        )
        build.add(
            cue.start,
            cue.end,
            _match_case(cue.text, fitted),
            f"‘{cue.text}’: {why}",
            cue.type,
            note=f"‘{cue.text}’ → ‘{_match_case(cue.text, fitted)}’ ({short})",
        )
        return
    sibling = _plain_conjunct(cue, tagged, lexicon)
    if sibling:
        build.flag(
            cue.start,
            cue.end,
            f"kept ‘{cue.text}’ and flagged it: {short}, but it is listed with the plain "
            f"description ‘{sibling}’ and may describe too",
        )
        return
    if tagged.report and _table_adjective(cue, tagged, indexes, lexicon):
        return  # in a report it may describe ("a thick line of cameras", "untrained
        # interrogators"): left as written (the cue still marks it in the sentence)
    label = _doubted_label(cue, tagged, indexes, lexicon)
    if label:
        build.flag(
            cue.start,
            cue.end,
            f"kept ‘{cue.text}’ and flagged it: {short}; without it the label ‘{label}’ "
            "would read as the author's own fact",
        )
        return
    if _whole_predicate(tagged, indexes):
        build.flag(
            cue.start,
            cue.end,
            f"kept ‘{cue.text}’ and flagged it: {short}; it is all the sentence says of its "
            "subject (‘she's an awful choice’), so removing it would empty the claim",
        )
        return
    span = _removal(cue, tagged, removed_tokens)
    if isinstance(span, str):
        build.flag(cue.start, cue.end, f"kept ‘{cue.text}’ and flagged it: {short}; {span}")
        return
    s, e, taken = span
    why = cue.explanation if cue.type == "truth_verdict" else _WHY.get(cue.type, cue.explanation)
    original = build.text[build.local(s) : build.local(e)].strip()
    if build.remove_words(
        s,
        e,
        f"‘{cue.text}’: {why}",
        cue.type,
        note=f"removed ‘{original}’ ({short})",
        # ", of course," goes with both commas, as an adverb set off by them does, and so
        # does a phrase of force (", above all,")
        parenthetical=cue.type in ("certainty", "intensifier")
        or all(tagged.tag(i).startswith("RB") for i in indexes),
    ):
        removed_tokens.update(taken)


def _doubted_label(
    cue: Cue, tagged: _Tagged, indexes: list[int], lexicon: Lexicon | None = None
) -> str:
    """The common noun "so-called" doubts ("a so-called charity", "the so-called experts"),
    or "". Removing "so-called" there states the label as fact, the opposite of the
    author's doubt; before a name ("the so-called Islamic State") or a quotation the name
    or the speaker's words stay and the removal is safe."""
    if not indexes or normalise_word(cue.text).replace(" ", "-") != "so-called":
        return ""
    nxt = indexes[-1] + 1
    if nxt >= len(tagged.words) or tagged.gap(indexes[-1]).strip():
        return ""
    words = []
    for j in range(nxt, min(nxt + 4, len(tagged.words))):
        if j > nxt and tagged.gap(j - 1).strip():
            break
        word = tagged.words[j]
        if word[:1].isupper() or (not word.isalpha() and "-" not in word):
            return ""
        if j in tagged.certain and not _label_stays(tagged, j, lexicon):
            return ""  # "so-called rogue states": the label goes too, and "so-called" with it
        words.append(word)
        if tagged.tag(j).startswith("NN") and not tagged.tag(j + 1).startswith("NN"):
            return " ".join(words)
        if not tagged.tag(j).startswith(("JJ", "NN", "VBN", "VBG")):
            return ""
    return ""


def _label_stays(tagged: _Tagged, j: int, lexicon: Lexicon | None) -> bool:
    """The flagged word ``j`` is a noun that heads its phrase and that the lexicon gives no
    replacement: it is kept, flagged ("the so-called oligarchs"; review seed 4646), so the
    "so-called" before it stays too."""
    if lexicon is None or not tagged.tag(j).startswith("NN") or tagged.tag(j + 1).startswith("NN"):
        return False
    return not lexicon_replacement(lexicon, "loaded_label", tagged.words[j])


#: Verbs that join a subject to what is said of it ("he's a terrible choice").
_JOINING_VERBS = frozenset(
    [
        *_BE_FORMS,
        "remain",
        "remains",
        "remained",
        "become",
        "becomes",
        "became",
        "seem",
        "seems",
        "seemed",
    ]
)


#: Pronouns whose "'s" is "is" ("he's"), not a possessive.
_CONTRACTED_SUBJECTS = frozenset(
    ["he", "she", "it", "that", "this", "there", "here", "who", "what", "they", "we", "you"]
)


#: Verbs that give their object a predicate ("made her a formidable opponent"), and the
#: objects that stand between.
_MAKING_VERBS = frozenset(
    ["make", "makes", "made", "making", "call", "calls", "called", "consider", "considers"]
)
_MAKING_OBJECTS = frozenset(["her", "him", "them", "it", "us", "me", "you"])


def _whole_predicate(tagged: _Tagged, indexes: list[int]) -> bool:
    """Whether the adjective at ``indexes`` is the only thing a copula says of its subject:
    "be" + "a"/"an" + it + a plain noun that ends the clause ("they agreed she's an awful
    choice", as in a BASIL training claim). Without it the clause says "she's a choice":
    not the claim without its slant but no claim. Only nouns that say nothing of
    their own there count (``neutral.toml`` empty_predicates, needs_modifier): "she is an
    award-winning author" still says she is an author."""
    if len(indexes) != 1 or not tagged.tag(indexes[0]).startswith("JJ"):
        return False
    i = adjective = indexes[0]
    if tagged.tag(i - 1) == "RB" and tagged.word(i - 2) in ("a", "an"):
        i -= 1  # "a very disappointing season": the degree word goes with it
    count = tagged.tag(i - 1) == "CD" or tagged.word(i - 1).isdigit()
    data = _data()
    owned = (  # "survive its disastrous year": the possessive stands for "a"
        tagged.word(i - 1) in ("its", "his", "her", "their", "our")
        and tagged.word(i - 2) in data.occasion_verbs
        and tagged.word(adjective + 1) in data.occasions
    )
    if tagged.word(i - 1) not in ("a", "an") and not count and not owned:
        return False
    verb = tagged.word(i - 2)
    if verb in _MAKING_OBJECTS and tagged.word(i - 3) in _MAKING_VERBS:
        verb = "is"  # "making her a powerful ally": what the making makes her
    noun = adjective + 1
    if verb in data.occasion_verbs and tagged.word(noun) in data.occasions:
        verb = "is"  # "they endured a miserable season": all that is said of the season
    if verb not in _JOINING_VERBS and not verb.endswith(("'s", "'re")):
        return False
    if verb.endswith(("'s", "'re")) and verb[:-2].rstrip("'") not in _CONTRACTED_SUBJECTS:
        return False  # "the party's new leader": a possessive, not "is"
    if not tagged.tag(noun).startswith("NN") or tagged.words[noun][:1].isupper():
        return False
    ends = noun == len(tagged.words) - 1 or tagged.word(noun + 1) in ("and", "but")
    # "it was a strange week for the government": a phrase after the noun says where or
    # for whom, and still leaves "a week" as all the copula says
    ends = ends or (tagged.tag(noun + 1) in ("IN", "TO") and not tagged.gap(noun).strip())
    ends = ends or tagged.word(noun + 1) in ("last", "this", "next")  # "a … season last year"
    ends = ends or tagged.gap(noun).strip()[:1] in (
        ".",
        ",",
        ";",
        "!",
        "?",
    )
    nouns = data.empty_predicates | data.needs_modifier | data.occasions
    return ends and tagged.word(noun) in nouns


def _sporting(tagged: _Tagged) -> bool:
    """Whether the detection reads the sentence as sport (:mod:`loaded`'s own test)."""
    from summarize.perspective.loaded import context

    ctx = context()
    words = set(tagged.lower)
    return tagged.sport or bool(words & ctx.sport_context) or len(words & ctx.sport_weak) >= 2


#: Lexicon categories of praise and blame that a match report uses as its register.
_SPORT_PRAISE = ("evaluative", "puffery")


def _sport_praise(
    build: _Builder,
    text: str,
    start: int,
    cues: list[Cue],
    theirs: list[tuple[int, int]],
    tagged: _Tagged,
    lexicon: Lexicon,
    removed: set[int],
) -> None:
    """Praise or blame in a sport report ("an impressive win"): the detection leaves such
    words out of the sentence's kind, as the register of a match report, but they are
    still the writer's judgement, so an attributive one goes like any other. A predicate
    ("the win was impressive") stays, unflagged; so do the words of a quotation or of what
    a speaker is reported to have said (``theirs``)."""
    from summarize.perspective.loaded import context

    register = context().sport
    for match in lexicon.find(text, _SPORT_PRAISE):
        s, e = start + match.start, start + match.end
        if normalise_word(match.text) not in register or build.taken(s, e):
            continue
        if any(c.start <= s and e <= c.end for c in cues) or inside(theirs, s, e):
            continue
        if _in_open_quote(text, match.start):
            continue
        cue = Cue(start=s, end=e, text=match.text, type=match.category, explanation="")
        if _plain_sense(cue, tagged):
            continue
        span = _removal(cue, tagged, removed)
        if isinstance(span, str):
            continue
        a, b, taken = span
        original = build.text[build.local(a) : build.local(b)].strip()
        short = _SHORT.get(match.category, "the author's judgement")
        if build.remove_words(
            a,
            b,
            f"‘{match.text}’: {_WHY.get(match.category, '')}",
            match.category,
            note=f"removed ‘{original}’ ({short})",
        ):
            removed.update(taken)


def _table_adjective(cue: Cue, tagged: _Tagged, indexes: list[int], lexicon: Lexicon) -> bool:
    """The cue is one adjective that only the learned word table flags as judging (no list
    names it). In the 23 restatement reviews of stops 32-36, removing such a word kept the
    meaning in half the sentences read as reports (33 of 68) and in most read as mixed
    (33 of 46): in a report it is as often a description as a verdict."""
    return (
        cue.type == "evaluative"
        and len(indexes) == 1
        and tagged.tag(indexes[0]).startswith("JJ")
        and not lexicon.has(cue.type, cue.text)
    )


def _plain_conjunct(cue: Cue, tagged: _Tagged, lexicon: Lexicon) -> str:
    """A plain adjective coordinated with the cue's ("costly, slow and destructive"), when
    the cue is an adjective only the learned table flags (no list names it): a word listed
    with plain descriptions of the same thing reads as one of them, so it is flagged, not
    removed. "" when there is none."""
    indexes = tagged.inside(cue.start, cue.end)
    if len(indexes) != 1 or not tagged.tag(indexes[0]).startswith("JJ"):
        return ""
    if lexicon.has(cue.type, cue.text):
        return ""
    i = indexes[0]
    left = i - 1
    while left >= 0 and tagged.tag(left).startswith("RB"):
        left -= 1  # "and gratuitously destructive": the adverb is the cue's own
    candidates = []
    if tagged.tag(left) == "CC" or tagged.gap(left).strip() == ",":
        candidates.append(left - 1 if tagged.tag(left) == "CC" else left)
    if tagged.tag(i + 1) == "CC" or tagged.gap(i).strip() == ",":
        candidates.append(i + 2 if tagged.tag(i + 1) == "CC" else i + 1)
    for j in candidates:
        if tagged.tag(j).startswith("JJ") and j not in tagged.flagged:
            return tagged.words[j]
    return ""


class _Tagged:
    """The sentence's words with their parts of speech."""

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self.tokens = words(text, start)
        self.words = [w for _s, _e, w in self.tokens]
        self.lower = [w.lower().replace("’", "'") for w in self.words]
        self.tags = tags(self.words)
        #: Words inside the author-voice cues (filled by :func:`restate`).
        self.flagged: set[int] = set()
        #: Those of them inside cues of the lexicon's certain types (``EDITED``).
        self.certain: set[int] = set()
        #: The sentence reads as a report (its kind is claim), not as mixed.
        self.report = False

    @cached_property
    def sport(self) -> bool:
        """A sentence about a match (a score, or a word only sport uses): read only by the
        few edits that depend on it, so made when first asked for."""
        return _is_sport(self.text, self.lower)

    def inside(self, s: int, e: int) -> list[int]:
        return [i for i, (ws, we, _w) in enumerate(self.tokens) if s <= ws and we <= e]

    def tag(self, i: int) -> str:
        return self.tags[i] if 0 <= i < len(self.tags) else ""

    def word(self, i: int) -> str:
        return self.lower[i] if 0 <= i < len(self.lower) else ""

    def gap(self, i: int) -> str:
        """The characters between word i and word i + 1 (punctuation, spaces)."""
        if i < 0 or i + 1 >= len(self.tokens):
            return ""
        return self.text[self.tokens[i][1] - self.start : self.tokens[i + 1][0] - self.start]

    def after(self, end: int, count: int = 3) -> str:
        """The next ``count`` words after offset ``end``, lower-cased, with "%" kept."""
        rest = self.text[end - self.start :]
        return " ".join(re.findall(r"[\w’'\-]+|%", rest.lower())[:count])


def _is_sport(text: str, lower: list[str]) -> bool:
    if _SCORE.search(text):
        return True
    data = _data()
    joined = " " + " ".join(lower) + " "
    strong = any(w in data.sport_strong for w in lower)
    return strong or any(f" {w} " in joined for w in data.sport_words if " " in w)


@lru_cache(maxsize=65536)
def _lemma(word: str, upos: str) -> str:
    from lemminflect import getLemma

    lemmas = getLemma(word.lower(), upos=upos)
    return lemmas[0] if lemmas else word.lower()


def ordinary_tail(tails: tuple[str, ...], following: str) -> str:
    """The one of ``tails`` (``literal_before``) that ``following``, the lower-case words
    after a word, opens with ("#" standing for a number), or ""."""
    following = re.sub(r"\b\d[\d,.]*\b", "#", following)
    return next((t for t in tails if _tail_pattern(t).match(following)), "")


#: Up to three words, none a verb that opens a clause of its own ("claimed the title", not
#: "claimed the officials had a title"): what "…" in a ``literal_before`` tail stands for.
_ANY_WORDS = (
    r"(?:(?!(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|"
    r"must|do|does|did|that|which|who)\b)\S+ ){0,3}"
)


@lru_cache(maxsize=1024)
def _tail_pattern(tail: str) -> re.Pattern[str]:
    """``tail`` as a pattern: its words in order, "…" standing for up to three words
    (:data:`_ANY_WORDS`: "… title" for "the title", "the British indoor title"), ending at
    a word's end."""
    parts = [_ANY_WORDS if word == "…" else re.escape(word) + " " for word in tail.split()]
    return re.compile("".join(parts).removesuffix(" ") + r"(?:\s|$)")


@lru_cache(maxsize=1)
def literal_forms() -> dict[str, tuple[str, ...]]:
    """Every written form of the one-word keys of ``literal_before`` -> the words after
    it that make it an ordinary phrase ("boiled" -> "their", …): what the cues ask before
    calling a word loaded, so a word the restatement leaves as plain is no cue either."""
    from lemminflect import getAllInflections

    forms: dict[str, tuple[str, ...]] = {}
    for key, tails in _data().literal_before.items():
        if " " in key:
            continue  # "make up": a phrase, read by :func:`_plain_sense` alone
        for form in {key, *(f for fs in getAllInflections(key).values() for f in fs)}:
            forms[form.lower()] = forms.get(form.lower(), ()) + tails
    return forms


def _framed(tagged: _Tagged, first: int, last: int) -> str:
    """The phrase (verb, article, words ``first..last``, noun) when they stand in one of
    ``neutral.toml`` [adjective_frames] ("make impressive reading", "made for grim reading",
    "taken an increasingly harsh line"), else ""."""
    noun = tagged.word(last + 1)
    at = first - 1
    while at > 0 and tagged.word(at) in _data().degree:
        at -= 1  # "an increasingly harsh line"
    if tagged.word(at) in ("a", "an", "for"):
        at -= 1
    verb = _lemma(tagged.word(at), "VERB")
    if noun not in _data().adjective_frames.get(verb, ()):
        return ""
    return " ".join(tagged.words[at : last + 2])


def _plain_sense(cue: Cue, tagged: _Tagged) -> str:
    """Why a flagged word is used here in its ordinary, unloaded sense ("" when it is not)."""
    data = _data()
    indexes = tagged.inside(cue.start, cue.end)
    if not indexes:
        return ""
    first, last = indexes[0], indexes[-1]
    lowered = [tagged.word(i) for i in indexes]
    if any(w in data.hedges for w in lowered) or normalise_word(cue.text) in data.hedges:
        return "a hedge that limits the claim"
    if cue.type != "truth_verdict" and any(
        w in data.negations or w.endswith("n't") for w in lowered
    ):
        return "part of a denial"
    if any(w in data.plain_adverbs for w in lowered) and not _force(tagged, first, last):
        return "an adverb of time, frequency or degree"
    if any(w.startswith(data.time_prefixes) and "-" in w for w in lowered):
        return "a time named (‘pre-election’, ‘post-war’): a description, not a judgement"
    if len(lowered) == 1 and lowered[0] in data.shades and tagged.word(last + 1) in data.colours:
        return "a shade of a colour (‘dark blue’): a description"
    if cue.type == "certainty" and tagged.word(first - 1) == "to" and tagged.tag(last + 1) == "VB":
        return "how something is done (‘failed to clearly explain’), not the author vouching"
    if any("-" in w and w.rsplit("-", 1)[1] in _PHRASAL_PARTS for w in lowered):
        return "a noun made from a verb and its particle (‘clean-up’, ‘sell-off’): an act named"
    parts = cue.text.strip().split("-")
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        return "a compound of names (‘Anglo-Dutch’, ‘Franco-German’): a description"
    if len(parts) > 1 and all(p.lower() in _data().descriptive for p in parts):
        return "a compound of callings (‘writer-director’, ‘singer-songwriter’): a description"
    if any(_factual_compound(w) for w in lowered):
        return (
            "a fact about it (an age, an award, sales, who leads or backs it): a description, "
            "not a judgement"
        )
    if (
        len(lowered) == 1
        and lowered[0] in data.descriptive
        and not (
            lowered[0] in data.legality and _lemma(tagged.word(last + 1), "NOUN") in data.state_acts
        )
    ):
        return "a measurable property or a category (wealth, field, politics): a description"
    measured = _measured_head(tagged, last, data.measured.get(lowered[0], frozenset()))
    if len(lowered) == 1 and measured:
        return (
            f"a measure of the {measured} (‘a deadly attack’, ‘a weak dollar’): "
            "a description, not a judgement"
        )
    if any(_RANKING.match(w) for w in lowered):
        return "a ranking (‘second-most’, ‘third-largest’): a quantity, not a judgement"
    if normalise_word(cue.text) in data.naming_verbs or (
        tagged.tag(first).startswith("VB") and _lemma(lowered[0], "VERB") in _naming_lemmas()
    ):
        return "a verb of naming: it reports the name something is given"
    if (
        cue.type == "manner_adverb"
        and not _judging_adverb(lowered[-1])
        and not _force(tagged, first, last)
        # how someone acted, in loaded words: "facetiously said", "profanely promising"
        and not (_loaded_adverb(lowered[-1]) and tagged.tag(last + 1).startswith("VB"))
    ):
        return "an adverb that describes, not judges"
    if (
        tagged.words[first][:1].isupper()
        and tagged.text.lstrip()[:1] in ("-", "–", "—", "•", "*")
        and not any(t in ("VBD", "VBZ", "VBP", "MD") for t in tagged.tags)
    ):
        # "- Outstanding achievement in dance - (a winner)": a line with no verb is a list
        # entry or a heading, and its capitalised words are a title (BBC training claims)
        return "a capitalised word in a line with no verb: a title or a heading"
    # Part of a name: "Supreme Court", "Great Britain", "the Big Apple".
    if first > 0 and tagged.words[first][:1].isupper() and not tagged.words[first].isupper():
        following = tagged.words[last + 1] if last + 1 < len(tagged.words) else ""
        preceding = tagged.words[first - 1]
        named = following[:1].isupper() or preceding[:1].isupper()
        if named and cue.type != "loaded_label" and not _before_a_title(tagged, first):
            return "part of a name"
        if cue.type in ("evaluative", "emotion", "puffery") and tagged.gap(first - 1).strip() in (
            "",
            ",",
        ):
            return "a capitalised word inside the sentence: a name or a title"
    head_tag = tagged.tag(first)
    before_tag = tagged.tag(first - 1)
    if (
        cue.type in ("evaluative", "emotion", "puffery")
        and head_tag == "VBG"
        and before_tag in ("IN", "TO")
    ):
        return "a verb here (‘by encouraging’), not a judgement"
    verb_slot = head_tag.startswith("VB") or (
        tagged.tag(last + 1) in ("DT", "PRP$", "PRP", "NNP") and not lowered[-1].endswith("s")
    )
    if cue.type == "loaded_label" and verb_slot and before_tag in ("TO", "MD"):
        return "a verb here (‘to stunt’), not the label"
    if (
        cue.type == "loaded_verb"
        and len(indexes) == 1
        and lowered[0].endswith("ed")
        and before_tag in ("NN", "NNS")
        and tagged.words[first - 1].islower()
        and not tagged.gap(first - 1).strip()
        and tagged.tag(last + 1) in ("IN", "TO")
        and tagged.word(last + 1) not in ("that", "to", "as", "if", "whether")
        and "that" not in tagged.lower[last + 1 : last + 8]
        and lowered[0] in _reporting_verbs()
    ):
        return "a participle after its noun (‘the damages claimed in 2004’), not a verb of saying"
    if (
        cue.type in ("evaluative", "emotion", "puffery")
        and len(indexes) == 1
        and head_tag in ("NN", "NNS")
        and tagged.tag(first - 1) in ("DT", "NN", "NNS", "JJ", "PRP$")
        and not tagged.tag(first + 1).startswith(("NN", "JJ"))
    ):
        return "a noun here (‘a public relations offensive’), another sense"
    window = " ".join(tagged.lower[max(0, first - 2) : last + 3])
    for term in data.standard_terms:
        if f" {term} " in f" {window} " and all(w in term.split() for w in lowered):
            return f"part of the standard term ‘{term}’"
    if cue.type in ("truth_verdict", "loaded_verb") and any(
        w in data.charge_words for w in tagged.lower[max(0, first - 4) : first]
    ):
        return "the offence named in a charge, plea or verdict (‘pleaded guilty to lying’)"
    for idiom in data.idioms:
        if f" {idiom} " in f" {window} " and all(w in idiom.split() for w in lowered):
            return f"part of the idiom ‘{idiom}’, which says a plain thing only whole"
    framed = _framed(tagged, first, last) if head_tag.startswith(("JJ", "RB")) else ""
    if framed:
        # "the figures make impressive reading", "has taken an increasingly harsh line on
        # Cuba": the adjective is all the phrase says of its noun
        return f"the phrase ‘{framed}’ says a plain thing only with its adjective"
    if _margin(tagged, first, last):
        return "the size of a vote or a win (‘overwhelmingly rejected’, ‘a narrow majority’)"
    noun_slot = tagged.tag(first - 1) in ("DT", "PDT", "PRP$", "POS", "JJ", "CD") or (
        tagged.word(first - 1) in ("all", "the", "his", "her", "their", "its", "these", "those")
    )
    if cue.type == "loaded_verb" and len(indexes) == 1 and head_tag.startswith("NN") and noun_slot:
        return "a noun here, not the verb"
    if (
        cue.type == "loaded_verb"
        and len(indexes) == 1
        and lowered[0].endswith("ing")
        and (
            noun_slot
            or tagged.tag(first - 1) == "IN"
            or "," in tagged.gap(first - 1)  # "poverty rates, crushing college debt, …"
            or tagged.word(first - 1) in ("and", "or")
        )
        and tagged.tag(last + 1) in ("NN", "NNS")
    ):  # "under crushing debt", "a crushing defeat": what the noun is like, not an act
        return "an adjective here (‘crushing debt’), not the verb"
    verbish = head_tag.startswith("VB") or head_tag in ("NN", "NNS", "JJ")
    lemma = " ".join(_lemma(w, "VERB") for w in lowered) if verbish else " ".join(lowered)
    continuations = data.literal_before.get(lemma) or data.literal_before.get(lowered[0])
    noun_label = cue.type == "loaded_label" and head_tag.startswith("NN")
    if continuations and (noun_label or tagged.tag(first - 1) not in ("PRP$", "POS", "DT")):
        tail = ordinary_tail(continuations, tagged.after(cue.end))
        if tail:
            return f"‘{cue.text} {tail}’ is the ordinary phrase"
    if tagged.sport:
        if _lemma(lowered[0], "VERB") in data.sport_verbs and head_tag.startswith("VB"):
            return "the usual verb of a sport report"
        if normalise_word(cue.text) in data.sport_terms:
            return "the sport's own word"
    if lowered[-1] in data.system_nouns:
        before = first - 1
        if before >= 0 and (
            tagged.word(before) in data.technical_regime
            or (tagged.tag(before) in ("NN", "NNS") and tagged.words[before].islower())
        ):
            return "a system of rules here (a tax regime, a pension scheme), not a judgement"
    if lowered[-1] in ("regime", "regimes") and not _names_a_ruler(tagged, first, last):
        return "a system of rules here (a new regime of fees): no ruler or state goes with it"
    # "nicknamed evil twins", "dubbed the Iron Lady": the words are a name given to it
    for back in (first - 1, first - 2):
        if tagged.word(back) in data.naming_verbs:
            return "part of a name given to something"
    # "snapped up shares": a phrasal verb, another sense than the loaded verb
    if len(indexes) == 1 and head_tag.startswith("VB") and tagged.word(last + 1) in _PARTICLES:
        return f"‘{cue.text} {tagged.word(last + 1)}’ is a phrasal verb with its own sense"
    # "pot seized on highways": a participle after its noun, and "on" starts a place
    if len(indexes) > 1 and head_tag == "VBN" and tagged.tag(first - 1).startswith("NN"):
        return "a participle describing the noun before it, not the loaded phrase"
    return ""


def _before_a_title(tagged: _Tagged, at: int) -> bool:
    """The capitalised word at ``at`` opens the sentence, or the text after a dateline's dash
    or a colon, and is an adjective before a title ("— Beloved President Ardan")."""
    if at + 1 >= len(tagged.words):
        return False
    from summarize.perspective.loaded import describes_a_title

    gap = None if at == 0 else tagged.gap(at - 1)
    return describes_a_title(tagged.words[at], tagged.words[at + 1], gap)


def _before_a_participle(tagged: _Tagged, last: int) -> bool:
    """The adverb ending at ``last`` modifies a participle that stands before its noun
    ("easily achieved ways", "a highly paid executive"): the participle alone would say
    another thing."""
    verb, first = last + 1, last
    if verb in tagged.flagged:
        return False  # "the deeply discredited report": the participle goes with it
    while first > 0 and tagged.tag(first - 1).startswith("RB"):
        first -= 1
    before = tagged.tag(first - 1)
    if not (
        # (or a conjunction: "multiple and arbitrarily defined prices")
        before in ("DT", "PRP$", "JJ", "CD", "POS", "IN", "CC")
        or tagged.gap(first - 1).strip() == ","
    ):
        return False  # "Fox harshly criticized …", "have truly captured": the clause's verb
    return (
        tagged.tag(verb) in ("VBN", "VBD")
        or (tagged.tag(verb) == "JJ" and tagged.word(verb).endswith("ed"))
    ) and (
        not tagged.gap(last).strip()
        and not tagged.gap(verb).strip()
        and tagged.tag(verb + 1).startswith(("NN", "JJ"))
        and not tagged.words[verb + 1][:1].isupper()
    )


def _opens_a_clause(tagged: _Tagged, at: int) -> bool:
    """The participle at ``at`` follows a comma (past adverbs and "further"), with no
    adjective before it in a list: the verb of a clause ("Smith, 20, barged the
    linesman", "…, further burdening firms"), not a word before its noun."""
    j = at - 1
    while j >= 0 and (tagged.tag(j).startswith("RB") or tagged.word(j) == "further"):
        if tagged.gap(j).strip():
            break
        j -= 1
    return j >= 0 and tagged.gap(j).strip() == "," and not tagged.tag(j).startswith("JJ")


def _in_a_series(tagged: _Tagged, first: int, last: int) -> bool:
    """The adjective from ``first`` to ``last`` stands in a comma series of adjectives
    ("inspired, outspoken individuals", "a vague, scary mix")."""
    before = tagged.gap(first - 1).strip() == "," and tagged.tag(first - 1).startswith(
        ("JJ", "VBN")
    )
    after = tagged.gap(last).strip() == "," and tagged.tag(last + 1).startswith(("JJ", "VBN"))
    return before or after


def _titles_a_name(tagged: _Tagged, last: int) -> bool:
    """The adjective ending at ``last`` opens a title before a name ("Joining them were
    legendary blues star Bo Diddley"): its noun, in lower case, comes within three words
    and a capitalised name right after it, with nothing but spaces between."""
    for j in range(last + 1, last + 5):
        if tagged.gap(j - 1).strip() not in ("", "&", "-"):
            return False
        name = j + 1
        if (
            tagged.tag(j).startswith("NN")
            and tagged.words[j].islower()
            and not tagged.gap(j).strip()
            and tagged.tag(name) == "NNP"
            and tagged.words[name][:1].isupper()
        ):
            return True
        if not tagged.tag(j).startswith(("NN", "JJ")):
            return False
    return False


def _on_a_verb(tagged: _Tagged, at: int) -> bool:
    """The adverb at ``at`` tells of a verb: right before it ("completely destroyed") or
    right after it ("were deleted entirely", "rely entirely on"), not of an adjective
    ("completely wrong")."""
    if tagged.tag(at + 1).startswith("VB"):
        return True
    if tagged.tag(at + 1).startswith(("JJ", "RB")):
        return False
    before = at - 1
    if tagged.word(before) in _STATE_VERBS:
        return False  # "could be completely out of control": the state, with force
    if tagged.tag(before) in ("VBN", "VBD"):
        return True
    # a verb's other forms after their subject or a modal: "A fifth rely entirely on
    # mobiles", "it would feature highly" (where the tagger may read a noun)
    modal = tagged.tag(before - 1) == "MD" or (
        tagged.tag(before - 1) == "RB" and tagged.tag(before - 2) == "MD"
    )
    if tagged.tag(before) in ("VB", "VBP", "VBZ"):
        return True
    return modal and _can_be_verb(tagged.word(before))


def _metaphor_of(
    cue: Cue, tagged: _Tagged, first: int, last: int
) -> tuple[int, int, list[int]] | None:
    """The span of "a maelstrom of" in "facing a maelstrom of controversy": a label noun
    of amount or force before "of" and a noun (BASIL training claims: "the onslaught of
    criticism"). Its noun says what there was; the label only says how much, in heat.
    "a/an" goes with it (the noun after "of" then stands bare, "facing controversy"); "the"
    stays ("disregard the criticism"). None where the noun after "of" is followed by a
    verb that agreed with the label ("a barrage of questions was …")."""
    if cue.type != "loaded_label" or first != last or tagged.word(last + 1) != "of":
        return None
    if tagged.word(first) not in _data().amount_metaphors:
        return None  # "on the verge of", "a sigh of relief": other nouns before "of" name things
    if tagged.word(first - 2) in _JOINING_VERBS | {"there"}:
        return None  # "there was a plethora of screens": the verb agreed with the label
    if not tagged.tag(first).startswith("NN") or tagged.gap(first).strip():
        return None
    noun = last + 2
    if not tagged.tag(noun).startswith("NN") or tagged.words[noun][:1].isupper():
        return None
    if tagged.gap(last + 1).strip() or tagged.tag(noun + 1).startswith(("VB", "MD")):
        return None
    article = tagged.word(first - 1) in ("a", "an") and not tagged.gap(first - 1).strip()
    if tagged.word(first - 1) not in ("a", "an", "the") or first - 1 == 0:
        return None  # "its maelstrom of", a sentence's first word: left alone
    begin = first - 1 if article else first
    return tagged.tokens[begin][0], tagged.tokens[noun][0], list(range(begin, noun))


_PLAIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: Words that end a noun phrase before its head could come ("deadly to the attack").
_FUNCTION_WORDS = frozenset(
    [
        *("the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or"),
        *("but", "as", "from", "that", "which", "who", "is", "are", "was", "were"),
    ]
)


@lru_cache(maxsize=1)
def plain_candidates() -> frozenset[str]:
    """The words :func:`plain_in_context` can ever clear: those of the standard terms and
    the measuring adjectives (a cheap first test for every word of every sentence)."""
    data = _data()
    return (
        frozenset(w for term in data.standard_terms for w in term.split())
        | frozenset(data.measured)
        | data.descriptive
    )


@lru_cache(maxsize=4096)
def _terms_with(word: str) -> tuple[str, ...]:
    """The standard terms that hold ``word``."""
    return tuple(t for t in _data().standard_terms if word in t.split())


#: A year or a score between a measuring adjective and its noun ("a weak 2005 quarter", "an
#: unassailable 3-1 lead").
_YEAR_OR_SCORE = re.compile(r"\d+(?:[-–]\d+)?")


#: A stance toward a named people, state or body ("anti-Soviet", "pro-Kremlin",
#: "pro-European"): it says which side someone takes ("anti-Semitic" names a prejudice).
_STANCE = re.compile(r"(?:[Aa]nti|[Pp]ro)-(?!Semit)[A-Z][\w-]*")


def plain_in_context(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` are no judgement where they stand: part of a
    standard term ("suspicious packages", "dominant market position"), a word of category
    or measure ("illegal downloads", "wealthy heirs") or one adjective that measures the noun
    after it ("deadly attacks", "a weak dollar", "malicious software"; ``neutral.toml``
    standard_terms, descriptive and [measured]). The cue detection reads the same data
    as the restatement, so what the restatement keeps as plain is not scored as slant."""
    key = text[start:end].lower()
    if _STANCE.fullmatch(text[start:end]):
        return True  # "anti-Soviet Georgians", "pro-Kremlin groups": the side they take
    candidates = plain_candidates()
    if key not in candidates:
        parts = key.split()
        if (len(parts) == 1 and parts[0] == key) or not any(w in candidates for w in parts):
            return False  # (a word alone is its own split: the first test was enough)
    data = _data()
    if key in data.descriptive and key not in data.legality:
        return True  # a category or a measure wherever it stands (the fast path)
    # the words around it: three either side are all the terms and heads look at
    low, high = max(0, start - 80), min(len(text), end + 80)
    found = [(m.start(), m.end(), m.group().lower()) for m in _PLAIN_WORD.finditer(text, low, high)]
    inner = [k for k, (s, e, _w) in enumerate(found) if start <= s and e <= end]
    if not inner:
        return False
    first, last = inner[0], inner[-1]
    lowered = [w for _s, _e, w in found]
    window = " ".join(lowered[max(0, first - 3) : last + 4])
    span = lowered[first : last + 1]
    for term in _terms_with(span[0]):
        if f" {term} " in f" {window} " and all(w in term.split() for w in span):
            return True
    if first != last:
        return False
    word = lowered[first]
    if word in data.descriptive:  # "illegal downloads", "a costly business", "poor families"
        after = lowered[last + 1] if last + 1 < len(lowered) else ""
        judged = word in data.legality and (
            after in data.state_acts or after.rstrip("s") in data.state_acts
        )
        return not judged  # "illegal sanctions": one side's verdict on a state's act
    if word not in data.measured:
        return False
    heads = data.measured[word]
    for k in range(last + 1, min(last + 4, len(found))):
        gap = text[found[k - 1][1] : found[k][0]].strip()
        if gap and not _YEAR_OR_SCORE.fullmatch(gap.replace(" ", "")):
            return False  # punctuation between: not this noun's modifier (a year, a score may be)
        if lowered[k] in heads:
            return True
        if lowered[k] in _FUNCTION_WORDS:
            return False
    return False


def _measured_head(tagged: _Tagged, last: int, heads: frozenset[str]) -> str:
    """The head noun in ``heads`` that the adjective ending at ``last`` modifies, over up
    to two more modifiers ("successful Republican bid"), or ""."""
    if not heads:
        return ""
    for j in range(last + 1, min(last + 4, len(tagged.words))):
        if tagged.gap(j - 1).strip():
            return ""
        if tagged.word(j) in heads:
            return tagged.word(j)
        if not tagged.tag(j).startswith(("JJ", "NNP", "NN")) and not _YEAR_OR_SCORE.fullmatch(
            tagged.word(j)
        ):
            return ""  # (a year or a score may stand between: "an unassailable 3-1 lead")
    return ""


def _after_verdict_frame(tagged: _Tagged, i: int) -> bool:
    """A frame of ``verdict_frames`` stands before word ``i``, over an article and up to two
    modifiers ("nothing short of an old-fashioned witch hunt")."""
    j = i - 1
    while j >= 0 and i - j <= 3 and tagged.tag(j).startswith(("JJ", "DT", "VBN", "NN")):
        if tagged.word(j) in ("of", "to", "than"):
            break
        j -= 1
    before = " ".join(tagged.lower[max(0, j - 2) : j + 1])
    return any(before.endswith(frame) for frame in _data().verdict_frames)


def _names_a_ruler(tagged: _Tagged, first: int, last: int, context: bool = True) -> bool:
    """Whether "regime" at ``first``..``last`` names a government: a name, a possessive or an
    adjective of rule before it, "in"/"of" a name after it, a plural ("regimes that oppose
    …"), or (with ``context``) a word of rule or state in the sentence (``neutral.toml``
    ruler_*)."""
    data = _data()
    if tagged.word(last).endswith("s"):
        return True
    for j in range(first - 1, max(-1, first - 5), -1):
        word, lower, tag = tagged.words[j], tagged.word(j), tagged.tag(j)
        if lower in data.ruler_adjectives:
            return True
        if lower.endswith(("'s", "s'")) or tag in ("POS", "PRP$"):
            return True  # "Saddam's regime", "his regime"
        if tag in ("DT", "PDT", "IN", "CC", "TO") or tagged.gap(j).strip():
            break
        if word[:1].isupper() and (j > 0 or tag.startswith("NNP")):
            return True  # "the Assad regime", "the Soviet regime"
    follow = tagged.words[last + 2] if last + 2 < len(tagged.words) else ""
    if tagged.word(last + 1) in ("in", "of", "under") and (
        follow[:1].isupper() or (not context and tagged.word(last + 2) == "the")
    ):
        return True  # "the regime in Tehran", "the tyranny of the junta"
    return context and any(w in data.ruler_context for w in tagged.lower)


_PHRASAL_PARTS = frozenset(["up", "off", "out", "down", "over", "in", "on", "away", "back"])
#: Number words: a part of a hyphened word that makes it a fact ("fifteen-year-old"), and
#: words the self-check counts as numbers that must survive a restatement.
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "half",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "trillion",
        "percent",
        "dozen",
        "dozens",
    ]
)


def _compound_of(cue: Cue, tagged: _Tagged) -> int | None:
    """The hyphened word a cue is one part of ("gaffe" in "gaffe-prone"), when its last
    part makes it a verdict (``neutral.toml`` judging_compound_suffixes): its index, else
    None."""
    holding = [
        i for i, (ws, we, _w) in enumerate(tagged.tokens) if ws <= cue.start and cue.end <= we
    ]
    if len(holding) != 1:
        return None
    word = tagged.word(holding[0])
    if "-" not in word.strip("-") or _factual_compound(word):
        return None
    if not word.endswith(_data().judging_compound_suffixes):
        return None  # "electro-rock", "expletive-laden": a kind or a content, not a verdict
    return holding[0]


def _factual_compound(word: str) -> bool:
    """A hyphened word that states a fact: it starts with a number ("eight-year-old",
    "two-time") or ends with a factual part (``neutral.toml`` factual_compound_suffixes)."""
    if "-" not in word.strip("-") or word in _data().vague_compounds:
        return False
    if any(part.isdigit() or part in _NUMBER_WORDS for part in word.split("-")):
        return True  # "eight-year-old", "multi-million", "two-time"
    return word.endswith(_data().factual_compound_suffixes)


@lru_cache(maxsize=1)
def _naming_lemmas() -> frozenset[str]:
    return frozenset(_lemma(w, "VERB") for w in _data().naming_verbs if " " not in w)


#: An ordinal joined to a degree word or a superlative: a rank, never a judgement.
_RANKING = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|next)-\w+"
)


def _judging_adverb(word: str) -> bool:
    """An -ly adverb whose adjective is a judgement (falsely, shamelessly), by the
    subjectivity and valence lexicons that ship with textblob and vaderSentiment."""
    candidates = {word}
    if word.endswith("ily"):
        candidates.add(word[:-3] + "y")
    if word.endswith("ly"):
        candidates.add(word[:-2])
        candidates.add(word[:-2] + "e")
        if word.endswith("bly") or word.endswith("ply"):
            candidates.add(word[:-1] + "e")
    subjective, valence = _subjectivity(), _valence()
    return any(subjective.get(c, 0.0) >= 0.5 or abs(valence.get(c, 0.0)) >= 1.0 for c in candidates)


#: The learned table's loaded score from which an adverb of how someone acted is the
#: author's verdict on it: "brazenly" (0.85), "facetiously" (0.67), "profanely" (0.56);
#: below it the adverbs of knowledge and intent that state a fact ("deliberately" 0.39,
#: "unwittingly" 0.25 by its adjective) and plain feeling ("angrily" 0.22).
LOADED_ADVERB_CUT = 0.5


def _loaded_adverb(word: str) -> bool:
    """An -ly adverb whose adjective the learned table scores as clearly loaded in news use
    (``LOADED_ADVERB_CUT``)."""
    from summarize.perspective.wordtable import default_table

    if not word.endswith("ly"):
        return False
    candidates = {word, word[:-2], word[:-2] + "e"}
    if word.endswith("ily"):
        candidates.add(word[:-3] + "y")
    entries = default_table().entries
    return any(c in entries and entries[c][1] >= LOADED_ADVERB_CUT for c in candidates)


@lru_cache(maxsize=1)
def _subjectivity() -> dict[str, float]:
    from summarize.text.tagging import sentiment_lexicon

    table: dict[str, float] = {}
    for word, senses in sentiment_lexicon().items():
        values = [v[1] for v in senses.values() if v]
        if values:
            table[word.lower()] = max(values)
    return table


@lru_cache(maxsize=1)
def _valence() -> dict[str, float]:
    """VADER's word valences (MIT; shipped inside the vaderSentiment package)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon)


_PERFECT_OR_PASSIVE = frozenset(
    {"have", "has", "had", "having", "been", "be", "being", "was", "were", "is", "are", "got"}
)


def _after_perfect_or_passive(tagged: _Tagged, at: int) -> bool:
    """The word at ``at`` is a past participle after "have", "been" or another form of "be"
    (an adverb may stand between: "have been quickly hijacked")."""
    j = at - 1
    while j >= 0 and tagged.tag(j).startswith("RB"):
        j -= 1
    return tagged.word(j) in _PERFECT_OR_PASSIVE and tagged.word(at).endswith(("ed", "en"))


def _participle_phrase(phrase: str) -> str:
    """A verb phrase with its first verb as a past participle ("took over" -> "taken over")."""
    from lemminflect import getAllLemmas, getInflection

    first, _, rest = phrase.partition(" ")
    lemma = (getAllLemmas(first).get("VERB") or (first,))[0]
    participle = (getInflection(lemma, "VBN") or (first,))[0]
    return f"{participle} {rest}"


def _fit(
    replacement: str,
    cue: Cue,
    tagged: _Tagged,
    indexes: list[int],
    lexicon: Lexicon | None = None,
) -> str:
    """The replacement in the form its slot needs: "slams" -> "criticises", "lies" (a
    noun) -> "claims"; "" when no form of it fits the slot."""
    if (
        len(indexes) == 1
        and tagged.tag(indexes[0]) == "VB"
        and tagged.word(indexes[0] - 1) == "to"
        and _lemma(replacement, "VERB") in _NEED_WORDS
        and (
            tagged.tag(indexes[0] + 1) in ("CC", "")  # the sentence's last word, or "and"
            or tagged.gap(indexes[0]).strip()[:1] in (",", ";", ":", ".", ")")
            or tagged.word(indexes[0] + 1) in ("to", "about", "under", "for", "in", "on")
        )
    ):
        return ""  # "pressure witnesses to lie.": "to claim." says nothing without its words
    if (
        len(indexes) == 1
        and " " in replacement
        and tagged.tag(indexes[0]) in ("VBN", "VBD", "JJ")
        and tagged.tag(indexes[0] + 1).startswith("NN")
        and tagged.gap(indexes[0]).strip() == ""
    ):
        return ""  # "Hijacked computers": a phrase ("took over") cannot stand before a noun
    if len(indexes) == 1 and " " in replacement and _after_perfect_or_passive(tagged, indexes[0]):
        return _participle_phrase(replacement)  # "have been hijacked": "taken over"
    if len(indexes) != 1 or " " in replacement:
        return replacement
    tag = tagged.tag(indexes[0])
    if cue.type == "loaded_label" and not tag.startswith("VB"):
        if (
            tagged.tag(indexes[0] + 1) in ("DT", "PRP$")
            and tagged.tag(indexes[0] - 1) not in ("DT", "PRP$", "POS", "JJ", "CD", "IN")
            and not tagged.gap(indexes[0]).strip()
        ):
            return ""  # "stunt the region's recovery": a verb the tagger read as a noun
        if any(mark in tagged.gap(indexes[0]) for mark in ("“", '"', "‘")):
            return ""  # "his sham “northern powerhouse”": a label of the name quoted after it
        plural = replacement.lower().endswith("s") and tag == "NN"
        if plural and tagged.tag(indexes[0] + 1).startswith("NN"):
            return ""  # "establishment Republicans": a plural cannot modify a noun
        return replacement  # a label names: never a verb form ("regime thugs": "people")
    from lemminflect import getAllLemmas, getInflection

    before = tagged.tag(indexes[0] - 1)
    noun_slot = (
        before in ("PRP$", "DT", "POS", "JJ", "CD")
        or (before.startswith("VB") and tagged.word(indexes[0] - 1) not in _AUXILIARIES)
        # "disputed Republican claims that …": a name used as an adjective after a verb
        or (before.startswith("NNP") and tagged.tag(indexes[0] - 2).startswith(("VB", "IN")))
        # "could dent Lycos claims that …": the verb after the modal, whatever its tag
        or (before.startswith("NNP") and tagged.tag(indexes[0] - 3) in ("MD", "TO"))
        # "amid opposition claims he was …": a noun's modifier after a preposition
        or (before in ("NN", "NNS") and tagged.tag(indexes[0] - 2) == "IN")
    )
    if tag.startswith("VB") and noun_slot and tag in ("VBZ", "VBP", "VB"):
        tag = "NNS" if tagged.word(indexes[0]).endswith("s") else "NN"  # "his lies": a noun
    elif tag in ("NN", "NNS") and not noun_slot:  # "Napster claims the …": the verb
        tag = "VBZ" if tagged.word(indexes[0]).endswith("s") else "VBP"
    if tag in ("NN", "NNS") and cue.type in ("truth_verdict", "loaded_verb"):
        # "his lies" is a noun: its replacement must be one ("claims"), not "says"
        word = tagged.word(indexes[0])
        noun = getAllLemmas(word).get("NOUN")
        reading = getAllLemmas(replacement.lower())
        if noun and "NOUN" not in reading and lexicon is not None:
            singular = lexicon_replacement(lexicon, cue.type, noun[0])
            if singular and _common_noun(singular.lower()):
                forms = getInflection(singular.lower(), tag=tag)
                return forms[0] if forms else singular
            return ""
        return replacement
    if (
        tag.startswith("VB")
        and _lemma(replacement, "VERB") in ("say", "claim")
        and tagged.word(indexes[0] + 1) in _NOT_AFTER_SAY
    ):
        return ""  # "to lie to investors" is not "to claim to investors"
    before = indexes[0] - 1
    while before > 0 and tagged.tag(before).startswith("RB"):
        before -= 1  # "if they are eventually claimed by Israel" (review seed 8888)
    if (
        tag in ("VBN", "VBD")
        and _lemma(replacement, "VERB") in ("say", "claim")
        and tagged.word(before) in _COPULAS | {"be", "been", "being", "get", "got"}
    ):
        return ""  # "evidence to be admitted", "was admitted": accepted, not said
    if (
        tag == "VBG"
        and _lemma(replacement, "VERB") in ("say", "claim")
        and tagged.tag(indexes[0] - 1) == "IN"
    ):
        return ""  # "accused him of lying": the act named is the accusation's content
    if not tag.startswith("VB"):
        return replacement
    if _lemma(replacement, "VERB") == "say":
        if tagged.word(indexes[0] + 1) in _NOT_AFTER_SAY:
            return ""  # "lied about his age" is not "said about his age"
        if tagged.word(indexes[0] + 1) == "by" and not tagged.gap(indexes[0]).strip():
            return ""  # "retorted by saying", "lied by omission": the means, not the words
        if not _says_something(tagged, indexes[0] + 1):
            return ""  # "claimed bias", "claimed the title": an object, not a statement
    if _lemma(replacement, "VERB") == "respond" and tagged.word(indexes[0] + 1) in (
        "on",
        "upon",
        "at",
        "over",
        "onto",
    ):
        return ""  # "pounced on a loose ball" is not "responded on a loose ball"
    if _lemma(replacement, "VERB") == "enter" and not (
        _object_head(tagged, indexes[0]) or _passive_subject(tagged, indexes[0])
    ):
        return ""  # "stormed into the school", "stormed to the title": "enter" needs an object
    if not _object_fits(_lemma(replacement, "VERB"), tagged, indexes[0]):
        return ""  # "hammered its share price" is not "criticised its share price"
    if tag == "VB":
        return replacement

    if tag == "VBD" and tagged.word(indexes[0] - 1) in ("has", "have", "had", "having"):
        tag = "VBN"  # "has railed" -> "has spoken", not "has spoke"
    elif (
        tag == "VBN"
        and tagged.tag(indexes[0] - 1).startswith(("NN", "PRP"))
        and _object_head(tagged, indexes[0])
    ):
        tag = "VBD"  # "Soldiers looted gold" -> "took", not "taken": a past with its object
    lemma = _lemma(replacement, "VERB")
    forms = getInflection(lemma, tag=tag)
    if not forms:
        return replacement
    british = [f for f in forms if "is" in f and "iz" not in f]
    fitted = british[0] if british and "is" in replacement else forms[0]
    attributive = (
        tag in ("VBN", "VBD")
        and tagged.tag(indexes[0] - 1) in ("DT", "PRP$", "POS")
        and tagged.tag(indexes[0] + 1).startswith("NN")
        and not tagged.gap(indexes[0]).strip()
    )
    if attributive and fitted.lower() in _data().not_attributive:
        return ""  # "the murdered editor" is not "the killed editor"
    return fitted


def _object_head(tagged: _Tagged, i: int) -> str:
    """The head noun of the object after the verb at ``i`` ("hammered its share price" ->
    "price", "unleashed a wave of strikes" -> "wave"), lower-cased, or "" when no noun
    phrase follows it directly."""
    head = ""
    for j in range(i + 1, min(i + 7, len(tagged.tokens))):
        if tagged.gap(j - 1).strip() not in ("", "'", "‘", '"', "“"):
            break  # (an opening quotation mark may stand before it: "slams 'crooked' rivals")
        tag = tagged.tag(j)
        if tag.startswith("NN"):
            head = tagged.word(j)
        elif head or tag not in ("DT", "PDT", "PRP$", "POS", "JJ", "JJR", "JJS", "CD"):
            break
    return head


def _object_fits(lemma: str, tagged: _Tagged, i: int) -> bool:
    """Whether the replacement verb ``lemma`` takes the object of the verb at ``i``
    (``neutral.toml`` [sense_objects]); True when it names no object type for it."""
    senses = _data().sense_objects
    head = _object_head(tagged, i)
    if lemma in ("criticise", "criticize"):
        if not head and tagged.word(i + 1) != "by":
            return False  # "he blasted wide", "slammed into a wall": no one is criticised
        k = i - 1
        if tagged.word(k) in ("that", "which"):
            k -= 1  # "the waves that hammered …"
        if tagged.word(k) in senses.get("criticise_never_subjects", frozenset()):
            return False  # "the storm battered the coast": a force, no critic
        return head not in senses.get("criticise_never", frozenset())
    if not head and tagged.word(i + 1) == "by" and tagged.tag(i - 1).startswith("NN"):
        head = tagged.word(i - 1).lower()  # "the uncertainty unleashed by the scandal"
    if lemma == "use":  # "exploited a flaw", "loopholes that can be exploited": no abuse
        return (head or _passive_subject(tagged, i)) not in senses.get("use_never", frozenset())
    if lemma == "suppress":  # "crushed the protests", not "her hopes were crushed"
        return (head or _passive_subject(tagged, i)) in senses.get("suppress_only", frozenset())
    if lemma == "launch" and head:
        return head in senses.get("launch_only", frozenset())
    if lemma == "take":  # "grabbed power" is "took power"; "grabbed the student" is no taking
        return head in senses.get("take_only", frozenset())
    if lemma == "break":  # "smashed the record" is "broke the record", not "a window"
        return head in senses.get("break_only", frozenset())
    if head and f"{lemma}_only" in senses:  # any other verb whose sense its object decides
        return head in senses[f"{lemma}_only"]
    return True


_NP_WORDS = frozenset(["DT", "JJ", "PRP$", "POS", "CD"])
#: What may stand between a passive participle and the noun it is said of.
_PASSIVE_GAP = frozenset(_AUXILIARIES | {"that", "which", "not", "also", "often", "widely"})


def _passive_subject(tagged: _Tagged, i: int) -> str:
    """The noun a passive participle at ``i`` is said of ("the loopholes that can be
    exploited" -> "loopholes"), lower-cased; "" when the words before it are not a passive."""
    k = i - 1
    if tagged.word(k) not in _PASSIVE_GAP:
        return ""
    while k >= 0 and tagged.word(k) in _PASSIVE_GAP:
        k -= 1
    if not tagged.tag(k).startswith("NN"):
        return ""
    start = k
    while tagged.tag(start - 1).startswith("NN") or tagged.tag(start - 1) in _NP_WORDS:
        start -= 1
    if tagged.tag(start - 1) == "IN" and tagged.tag(start - 2).startswith("NN"):
        k = start - 2  # "a flaw in Windows was exploited": the flaw
    return tagged.word(k)


def _quoted_phrase(tagged: _Tagged, i: int) -> bool:
    """A quotation opening at word ``i`` closes within four words with no verb inside and
    the sentence goes on after it with no verb of its own: a phrase quoted ("admitted “big
    challenges” but …"), not a statement ("admitted “we made mistakes”", "insisted “nothing
    improper” happened")."""
    for j in range(i, min(i + 4, len(tagged.tokens))):
        if tagged.tag(j).startswith(("VB", "MD")):
            return False
        closing = tagged.gap(j)
        if any(mark in closing for mark in ("”", '"')):
            return j + 1 < len(tagged.tokens) and not tagged.tag(j + 1).startswith(("VB", "MD"))
    return False


def _says_something(tagged: _Tagged, i: int) -> bool:
    """Whether the words from ``i`` report a statement (what "said" can take): "that", a
    quotation, a comma, or a clause with its own verb within a few words."""
    if i >= len(tagged.tokens):
        # "…,” he ranted.": what was said comes before, set off by a comma or a quotation
        # mark right before the verb's subject; with neither ("they often rant.") the verb
        # says nothing was said, nor with a mark far back ("a school that calls itself an
        # “inclusive community” banned Santa after someone complained."; review seed 8888)
        marks = (",", ":", "”", '"', "’", "'")
        set_off = next(
            (j for j in range(i - 2, max(-1, i - 9), -1) if any(m in tagged.gap(j) for m in marks)),
            None,
        )
        if set_off is not None and not any(
            tagged.tag(j) == "IN" for j in range(set_off + 1, i - 1)
        ):
            return True  # (no "after", "when" between: "after someone complained.")
        if i <= 5 and any(
            mark in tagged.text[: tagged.tokens[0][0] - tagged.start] for mark in marks
        ):
            return True
        # "… as scheduled he insisted.": a pronoun subject right before the closing verb,
        # after words of its own (not "they say they rant", where a verb or "that" precedes)
        subject = i - 2
        return (
            subject > 0
            and tagged.tag(subject) == "PRP"
            and _lemma(tagged.word(subject - 1), "VERB") not in _CLAUSE_VERBS
            and tagged.word(subject - 1) not in ("that", "and", "but", "or")
        )
    gap = tagged.gap(i - 1).strip()
    if gap[-1:] in ("“", '"') and _quoted_phrase(tagged, i):
        return False  # "admitted “big challenges” but …": a phrase quoted, no statement
    if gap[:1] in (",", ":", "“", '"', "‘", "—", "-") or tagged.word(i) in ("that", "so", "it"):
        return True
    if tagged.tag(i) in ("PRP", "EX", "WDT", "WP", "WRB", "IN"):
        return True
    if tagged.gap(i - 2).strip()[-1:] in (",", "”", '"') and all(
        tagged.tag(j).startswith(("NNP", "PRP")) or tagged.word(j) in ("mr", "mrs", "ms", "dr")
        for j in range(i, len(tagged.tokens))
    ):
        return True  # "…, claimed Mr Brown.": what was said comes before
    for j in range(i, min(i + 5, len(tagged.tokens))):
        if j > i and tagged.gap(j - 1).strip()[:1] in (",", ".", ";", ":"):
            return False
        if j > i and tagged.word(j) in ("and", "or", "but"):
            return False  # "admitted fraud and will testify": a second verb, not a clause
        if tagged.tag(j) in ("VBD", "VBZ", "VBP", "MD") or (
            tagged.tag(j) == "VBN" and j > i and tagged.tag(j - 1).startswith(("NN", "RB"))
        ):
            return True
    return False


#: Subject pronouns: a participle right after one (adverbs aside) is a past tense.
_SUBJECT_PRONOUNS = frozenset(["i", "you", "he", "she", "it", "we", "they", "who"])


def _finite_participle(tagged: _Tagged, i: int) -> bool:
    """A form the tagger reads as a participle that is the clause's past tense: after a
    subject pronoun ("she awkwardly mimicked …"), or before its object ("mimicked Liz
    Warren's rhetoric"); deleting it would leave the clause without its verb."""
    k = i - 1
    while k >= 0 and tagged.tag(k).startswith("RB"):
        k -= 1
    if k >= 0 and tagged.word(k) in _SUBJECT_PRONOUNS:
        return True
    return tagged.tag(i + 1) in ("NNP", "PRP$") or tagged.word(i + 1) in ("the", "a", "an")


def _last_bare_conjunct(tagged: _Tagged, i: int) -> bool:
    """The adjective at ``i`` opens the last item of a list of nouns, with no determiner:
    "X, Y and ADJ N" or "ADJ N and ADJ N", the noun ending the phrase."""
    if tagged.word(i - 1) not in ("and", "or") or not tagged.tag(i - 2).startswith("NN"):
        return False
    if not tagged.tag(i + 1).startswith("NN") or tagged.tag(i + 1).startswith("NNP"):
        return False
    return i + 2 >= len(tagged.tokens) or not tagged.tag(i + 2).startswith(("NN", "POS"))


#: Why :func:`_removal` keeps a word (shown after "kept ‘X’ and flagged it: …;").
_KEPT_BREAKS = "removing it would break the sentence and no plain word replaces it"
_KEPT_HYPHEN = "it is half of a hyphened word"
_KEPT_VERB = (
    "it reads as the clause's verb, not a word before a noun, and no plain verb replaces it"
)
_KEPT_DEGREE = "the degree word before it would be left bare"
_KEPT_NEGATION = "after a negation, taking it out would change what is denied"
_KEPT_RANK = "the rank or the superlative picks out which ones are meant"
_KEPT_COMPARISON = "the comparison is part of the claim"
_KEPT_LIST = "it is what puts its noun in the list"
_KEPT_NOT_FORCE = "here it is part of what is said, not added force"
_KEPT_HEDGE = "the hedge before it would be left on the whole clause"
_KEPT_SCOPE = "the word before it would then apply to the noun"
_KEPT_NAME = "without it the words around it would run into the name"
_KEPT_CATEGORY = "it is part of the name of a category"
_KEPT_DEMANDED = "it is part of what was called for, so it is theirs, not the author's"
_KEPT_PREDICATE = "it is what the sentence says of its subject, so it cannot go alone"
_KEPT_NEEDS = "the noun after it says nothing without it"
_KEPT_MANNER = "the word after it says something else without it"
_KEPT_FIXED = "with its noun after a preposition it may be a fixed phrase"
_KEPT_WISH = "it makes the sentence the author's wish; without it the wish reads as a forecast"
_KEPT_GROUP = (
    "it is a label each side uses its own way, and it says which group is meant: without it "
    "the claim is about a wider one"
)
_KEPT_SERIES = "it is one of a series of descriptions, and the others would stand as the whole"
#: Words of a count that a degree word before them sizes ("very few lawmakers").
_FEW = frozenset(["few", "little", "many"])
_KEPT_QUANTITY = "it says how many or how much, which is part of the claim"
_KEPT_EXTENT = "it says how much of the action was done, which is part of the claim"
_KEPT_SIZE = "it says by how much the quantity changed, which is part of the claim"
_KEPT_FEELING = "it says how the subject feels, which is theirs, not the author's"
_KEPT_CONTRAST = "it is one side of a contrast; the other side would stand alone"
_KEPT_EXAMPLES = "it marks what follows as examples; without it they read as the whole list"
_KEPT_NON_LITERAL = "it says the words were not meant as said; without it they read as meant"
_KEPT_REPEAT = "the word it strengthens repeats the one before, which would stand doubled"
_KEPT_HOW_FAR = "it says how far the word after it holds, which is part of the claim"
_KEPT_RELATION = "it says who the name after it is to the one before it; the possessive needs it"
_KEPT_ROLE = "it is one of the roles the words before it give the name after it"


def _demanded(tagged: _Tagged, first: int) -> bool:
    """The adjective at ``first`` opens the object of a verb of demand ("calling for the
    swift release of the report", "demanded an immediate inquiry"): it is part of what the
    demand was (``neutral.toml`` demand_verbs), unless the author's own judging words come
    before the verb."""
    at = first - 1
    if tagged.tag(at) in ("DT", "PRP$") and not tagged.gap(at).strip():
        at -= 1
    if at < 0 or tagged.gap(at).strip():
        return False
    verbs = _data().demand_verbs
    if _lemma(tagged.word(at), "VERB") in verbs:
        verb = at
    elif (
        at > 0
        and tagged.word(at) == "for"
        and not tagged.gap(at - 1).strip()
        and f"{_lemma(tagged.word(at - 1), 'VERB')} for" in verbs
    ):
        verb = at - 1
    else:
        return False
    # not where the author judges the demanders or the demand before it ("hardliners
    # unacceptably demand unilateral concessions"): the demand is then worded by the author
    return not any(i in tagged.flagged for i in range(verb))


def _award_category(tagged: _Tagged, first: int, last: int) -> bool:
    """The words ``first..last`` stand between "best" or "worst" and an award's noun, a few
    nouns later ("won the best popular drama moment title", "the best new act award"): they
    name the category, which is a fact of the prize (``neutral.toml`` award_nouns)."""
    at = first - 1
    while at > 0 and tagged.tag(at).startswith("JJ") and tagged.word(at) not in _BEST:
        at -= 1
    if tagged.word(at) not in _BEST:
        return False
    for k in range(last + 1, min(last + 5, len(tagged.words))):
        if tagged.word(k) in _data().award_nouns:
            return True
        if not tagged.tag(k).startswith(("NN", "JJ", "VBG")) or tagged.gap(k - 1).strip():
            return False
    return False


#: Words that give a cause: an adverb before one says how much of the cause it is.
_REASON_WORDS = frozenset(["because", "due", "owing", "thanks"])

#: The superlatives that open an award's category.
_BEST = ("best", "worst")


def _conceded(tagged: _Tagged, first: int) -> bool:
    """The word at ``first`` opens what "despite", "notwithstanding" or "in spite of"
    concedes, alone or after its determiner ("despite a superb performance", "despite
    poor weather", "in spite of their bitter rivalry"). Not after "the": "despite the
    illegal sanctions" concedes the sanctions, which the adjective only labels."""
    at = first - 1
    if at >= 0 and tagged.tag(at) in ("DT", "PRP$") and not tagged.gap(at).strip():
        if tagged.word(at) == "the":
            return False
        at -= 1
    if at < 0 or tagged.gap(at).strip():
        return False
    word = tagged.word(at)
    return word in ("despite", "notwithstanding") or (
        word == "of" and at > 0 and tagged.word(at - 1) == "spite"
    )


#: Verbs whose object takes a bare infinitive ("help them con people", "let him win").
_BARE_INFINITIVE_VERBS = frozenset(["help", "let", "make", "see", "watch", "hear", "have"])


def _can_be_verb(word: str) -> bool:
    """``word`` has a verb reading (lemminflect), whatever the tagger gave it."""
    from lemminflect import getAllLemmas

    return "VERB" in getAllLemmas(word)


def _removal(cue: Cue, tagged: _Tagged, removed: set[int]) -> tuple[int, int, list[int]] | str:
    """The span to delete for a cue that has no replacement, or, when the word cannot go,
    why (one of the ``_KEPT_*`` phrases: the word is then kept and flagged with it)."""
    data = _data()
    indexes = tagged.inside(cue.start, cue.end)
    if not indexes:
        whole = _compound_of(cue, tagged)
        if whole is None:
            return _KEPT_BREAKS
        # "Steele's gaffe-prone tenure": the judging part makes the whole hyphened word
        # the author's; it goes as one word, where an adjective would
        ws, we, _w = tagged.tokens[whole]
        cue = replace(
            cue, start=ws, end=we, text=tagged.text[ws - tagged.start : we - tagged.start]
        )
        indexes = [whole]
    first, last = indexes[0], indexes[-1]
    head = tagged.tag(last)
    if first == last and head == "NNP" and _before_a_title(tagged, first):
        head = "JJ"  # "Beloved President Ardan": an adjective, capitalised as the first word
    after = tagged.tag(last + 1)
    word_before = tagged.word(first - 1)
    if tagged.text[cue.end - tagged.start : cue.end - tagged.start + 1] in ("-", "‐"):
        return _KEPT_HYPHEN  # "highly- ranked": half of a hyphened word, whatever its spacing
    if (
        len(indexes) == 1
        and head.startswith("JJ")
        and tagged.tag(first - 1) == "MD"
        and not tagged.gap(first - 1).strip()
    ):
        # "it will astonish most Britons": no adjective stands right after a modal, so this
        # is the clause's verb, whatever the tagger read (review seed 7777)
        return _KEPT_VERB
    if (
        len(indexes) == 1
        and head.startswith("RB")
        and any(
            tagged.word(j) in data.negations or tagged.word(j).endswith("n't")
            for j in range(max(0, first - 6), first)  # ("not that the estimate was …")
            if not any(mark in tagged.gap(k) for k in range(j, first - 1) for mark in ",;:")
        )
        and tagged.tag(last + 1).startswith(("JJ", "RB", "VBN", "IN"))
    ):
        # "not completely off the mark" is not "not off the mark": the negation is of the
        # degree (review seed 7777)
        return _KEPT_NEGATION
    if cue.type == "loaded_speech_verb" or (
        cue.type == "loaded_verb"
        and len(indexes) == 1
        and (
            head in ("VBD", "VBZ", "VBP")
            or (head == "VBN" and word_before in _AUXILIARIES)
            or (head == "VBN" and _finite_participle(tagged, first))
        )
    ):
        # "Stockman, Republican of Texas, threatened Monday to …": the clause's verb (a verb
        # of saying is replaced by "said" where it reports words, else kept and flagged)
        return _KEPT_VERB
    if word_before in data.negations or word_before.endswith("n't"):
        return _KEPT_NEGATION  # "not entirely true" is not "not true"
    if head.startswith("RB") and _denied_list(tagged, first, data.negations):
        return _KEPT_NEGATION  # "wasn't carefully benign, cheaply titillating or boring"
    if (
        len(indexes) == 1
        and head.startswith("RB")
        and tagged.word(last + 1) in data.feeling_verbs
        and not tagged.gap(last).strip()
    ):
        return _KEPT_FEELING  # "the Sunnis fondly remember the old army": their feeling
    if len(indexes) == 1 and _feeling_of_people(tagged, first):
        return _KEPT_FEELING  # "Shocked health officials said …": their reaction
    if (
        head.startswith("RB")
        and cue.type in ("intensifier", "manner_adverb")  # (not "naturally delighted")
        and tagged.word(last + 1) in data.feelings_of_people
        and (tagged.word(first - 1) in _COPULAS or _lemma(tagged.word(first - 1), "VERB") in _FEEL)
    ):
        return _KEPT_FEELING  # "Investors were deeply suspicious": how strongly they feel
    if head.startswith("RB") and tagged.tag(first - 1).startswith("VB"):
        denial = tagged.word(first - 2)
        named = first >= 2 and tagged.words[first - 2][:1].isupper()  # "Or Nothing were very"
        if not named and (denial in data.negations or denial.endswith("n't")):
            return _KEPT_NEGATION  # "did not perform strongly" is not "did not perform"
    if (
        (tagged.word(first) == "most" and tagged.word(first - 1) == "the")
        or (word_before == "most" and tagged.word(first - 2) == "the")
    ) and "of" in (tagged.word(first - 2), tagged.word(first - 3)):
        return _KEPT_RANK  # "some of the most ardent conservatives": the superlative picks which
    if head == "JJR" and len(indexes) == 1 and tagged.word(first) not in _COMPARATIVES:
        return _KEPT_COMPARISON  # "a calmer discourse": the comparison is the claim
    if head.startswith("JJ") and len(indexes) == 1 and _last_bare_conjunct(tagged, first):
        # "reeling from poverty, illiteracy and abysmal healthcare", "because of falling
        # sales and unfashionable models": the judgement is what puts the noun in the list
        return _KEPT_LIST
    start, end = cue.start, cue.end
    taken = list(indexes)
    if (
        cue.type == "loaded_label"
        and head.startswith("NN")
        and not tagged.gap(last).strip()
        and _name_follows(tagged, last + 1)
    ):
        if tagged.tag(first - 1) in ("PRP$", "POS") or word_before.endswith(("'s", "’s")):
            return _KEPT_RELATION  # "met her nemesis Paul Hart" is not "met her Paul Hart"
        if word_before in ("the", "a", "an") and not tagged.gap(first - 1).strip():
            # "heard from the mastermind Karl Brandt" -> "heard from Karl Brandt"
            return tagged.tokens[first - 1][0], end, [first - 1, *indexes]
        modifier = first > 0 and (
            tagged.tag(first - 1).startswith(("JJ", "NN")) or tagged.words[first - 1][:1].isupper()
        )
        if modifier and not tagged.gap(first - 1).strip():
            return _KEPT_NAME  # "US behemoth General Electric" is not "US General Electric"
        if word_before in ("and", "or") and tagged.tag(first - 2).startswith("NN"):
            return _KEPT_ROLE  # "with colleague and lover Lisa Page": one of her roles
    if (
        head.startswith("JJ")
        and len(indexes) == 1
        and word_before in ("a", "an")
        and not tagged.gap(first - 1).strip()
        and not tagged.gap(last).strip()
        and tagged.tag(last + 1) == "NN"
        and tagged.words[last + 1][:1].islower()
        and not tagged.gap(last + 1).strip()
        and _name_follows(tagged, last + 2)
        and tagged.word(last + 2) not in WEEKDAYS
        and tagged.word(last + 2) not in MONTHS  # "struck a conciliatory tone Thursday"
    ):
        # "said a proud coach Mike Ruddock" -> "said coach Mike Ruddock": a role before a
        # name takes no "a" of its own; it was there for the adjective
        return tagged.tokens[first - 1][0], end, [first - 1, *indexes]
    clause = tagged.word(first) in ("which", "that", "who", "whose") and len(indexes) > 1
    if clause:  # a relative clause that only passes the author's verdict on the report
        return start, end, taken
    if (
        word_before in ("a", "an")
        and head.startswith("JJ")
        and (tagged.tag(last + 1) == "CD" or tagged.word(last + 1)[:1].isdigit())
        and not tagged.gap(first - 1).strip()
        and not tagged.gap(last).strip()
        and (
            last + 2 >= len(tagged.words)
            or tagged.gap(last + 1).strip()[:1] in (".", ",", ";", ":", ")")
            or tagged.word(last + 2) in _AFTER_A_NUMBER
        )
    ):
        # "ended up at a lowly 38" -> "at 38": "a" was there for the adjective
        return tagged.tokens[first - 1][0], end, [first - 1, *indexes]
    quantity = _metaphor_of(cue, tagged, first, last)
    if quantity is not None:
        return quantity
    lowered = [tagged.word(i) for i in indexes]
    if (
        lowered == ["at", "all"]
        and not tagged.gap(last).strip()
        and tagged.tag(last + 1).startswith(("DT", "JJ", "NN", "CD", "PRP$"))
    ):
        # "an audit of payrolls at all other ministries": "at" + "all", no force
        return _KEPT_NOT_FORCE
    if lowered == ["by", "far"]:
        return _KEPT_COMPARISON  # "by far the biggest player": the size of the lead
    if len(indexes) == 1 and head.startswith("RB") and tagged.word(last + 1) in _FEW:
        return _KEPT_QUANTITY  # "Very few lawmakers": how many
    if tagged.word(last + 1) == "of" and (
        (head.startswith("JJ") and word_before not in ("a", "an"))
        or (head.startswith("RB") and (word_before[:1].isdigit() or tagged.tag(first - 1) == "CD"))
    ):
        return _KEPT_PREDICATE  # "51cm adrift of his best", "the most brutal of the attacks"
    contrast = ("but", "yet")
    if head.startswith("JJ") and (
        (word_before in contrast and tagged.tag(first - 2).startswith("JJ"))
        or (tagged.word(last + 1) in contrast and tagged.tag(last + 2).startswith("JJ"))
    ):
        return _KEPT_CONTRAST  # "ridiculous, but harmless statements": one side alone tilts it
    if (
        len(indexes) == 1
        and tagged.word(first) in _data().standing_nouns
        and first > 0
        and not tagged.tag(first - 1).startswith(("DT", "PRP", "VB", "IN", "CC", "MD", "RB"))
        and not tagged.gap(first - 1).strip()
        and not tagged.word(first - 1).endswith(("'s", "’s"))  # "Boeing's great rival"
        and tagged.tag(first + 1) == "NNP"
    ):
        return _KEPT_ROLE  # "hip-hop great Dr Dre", "Liverpool great Ian Rush": a noun there
    if head.startswith("RB") and tagged.word(last + 1) in _REASON_WORDS:
        return _KEPT_EXTENT  # "rose purely because of demand": how much of the cause it was
    if head.startswith("JJ") and _demanded(tagged, first):
        return _KEPT_DEMANDED  # "calling for the swift release of the report"
    if head.startswith("JJ") and _award_category(tagged, first, last):
        return _KEPT_CATEGORY  # "won the best popular drama moment title": the award's name
    if head.startswith("JJ") and len(indexes) == 1 and _conceded(tagged, first):
        # "remains fallible, despite a superb performance from Jones": what is conceded is
        # the adjective; "despite a performance" concedes nothing
        return _KEPT_CONTRAST
    if (
        len(indexes) == 1
        and first > 0
        and tagged.word(last + 1) == tagged.word(first - 1)
        and tagged.gap(first - 1).strip() == ","
    ):
        return _KEPT_REPEAT  # "things are changing, really changing" is no "changing, changing"
    if (
        len(indexes) == 1
        and (
            tagged.word(first) in data.degree_adverbs
            # how much, before a plain adjective before its noun: "a completely different set
            # of skills" (review seed 1010); not a predicate's force ("was completely wrong")
            or (
                tagged.word(first) in data.extent_adverbs
                and (
                    tagged.tag(first - 1) in ("DT", "PRP$")
                    or tagged.tag(last + 2).startswith(("NN", "CD"))
                )
            )
        )
        and (
            (
                tagged.tag(last + 1).startswith(("JJ", "RB", "VBN"))
                and tagged.word(last + 1) != "much"  # "very much a rural sport": emphasis
                # (a hedge is no judgement: "a highly improbable exchange" keeps "highly")
                and (last + 1 not in tagged.flagged or tagged.word(last + 1) in data.hedges)
                and not tagged.gap(last).strip()
            )
            # "very, very wide": the first of a repeated degree word stays with the second
            or (tagged.word(last + 1) == tagged.word(first) and tagged.gap(last).strip() == ",")
        )
    ):
        return _KEPT_HOW_FAR  # "a very wide range", "highly public": the degree is the claim's
    if len(indexes) == 1 and head.startswith("JJ") and tagged.word(last + 1) in data.quantity_nouns:
        return _KEPT_QUANTITY  # "an untold number of weapons" is not "a number of weapons"
    if (
        len(indexes) > 1
        and tagged.word(last + 1) in ("and", "or")
        and tagged.tag(last + 2) in ("IN", "RB")
        and not tagged.gap(last).strip()
    ):
        return _KEPT_NOT_FORCE  # "in fact and in fat": one of a pair of phrases, a play on it
    if head.startswith("RB") and _before_a_participle(tagged, last):
        return _KEPT_SCOPE  # "a widely used drug" is not "a used drug"
    if head.startswith("RB") and tagged.word(last + 1) in data.needs_manner:
        return _KEPT_MANNER  # "perfectly placed to score" is not "placed to score"
    if len(indexes) == 1 and tagged.word(first) in data.direction_adverbs:
        verb = tagged.tag(last + 1) in ("VB", "VBN", "VBP") or tagged.tag(first - 1) == "TO"
        if verb:  # (not "positively relished the chance": force on a past tense)
            return _KEPT_NOT_FORCE  # "to positively impact your life": which way, a fact
    if any(w in _COMPARATIVES for w in lowered):
        # "more than ever", and "far more common" too: how much more is the size of the
        # difference, part of the claim (review seed 6969 read "far more" -> "more" as a fact lost)
        return _KEPT_COMPARISON
    if (
        cue.type == "intensifier"
        and tagged.tag(last + 1) in ("VBN", "VBD", "JJ")
        and tagged.gap(last + 1).strip()[:1] in (",", ";", ":", ")")
    ):
        return _KEPT_BREAKS  # "His words, deeply felt, …": the participle cannot stand bare
    coordinated = (tagged.tag(last + 1) == "CC" and tagged.tag(last + 2).startswith("RB")) or (
        tagged.tag(first - 1) == "CC" and tagged.tag(first - 2).startswith("RB")
    )
    if head.startswith("RB") and coordinated:
        return _KEPT_NOT_FORCE  # "extremely or very important": alternatives, not emphasis
    if head.startswith("RB") and tagged.word(first - 1) in ("however", "how", "no", "as"):
        return _KEPT_NOT_FORCE  # "however gently": the adverb is the clause's point
    extent = len(indexes) == 1 and tagged.word(first) in data.extent_adverbs
    if extent and _on_a_verb(tagged, first):
        return _KEPT_EXTENT  # "wholly owned by the state" is not "owned by the state"
    rank = len(indexes) == 1 and tagged.word(first) in data.extent_adverbs_after
    if rank and not tagged.tag(last + 1).startswith("VB") and _on_a_verb(tagged, first):
        return _KEPT_EXTENT  # "would also feature highly" is not "would also feature"
    if len(indexes) == 1 and tagged.word(first) in data.contested and head.startswith("JJ"):
        return _KEPT_GROUP  # "radical Islamic groups" are not all "Islamic groups"
    if len(indexes) == 1 and tagged.word(first) in data.wish_adverbs:
        return _KEPT_WISH  # "Hopefully, cities will change …" is not "Cities will change …"
    if (
        len(indexes) == 1
        and tagged.word(first) in data.example_adverbs
        and tagged.tag(last + 1) in ("NNP", "NNPS", "DT", "IN", "CD", "PRP$")
    ):
        return _KEPT_EXAMPLES  # "some markets - notably Sweden, Spain …": not the whole list
    if len(indexes) == 1 and tagged.word(first) in data.non_literal_adverbs and first > 0:
        return _KEPT_NON_LITERAL  # "he facetiously said that …": a joke, not a view held
    if head.startswith("RB") and any(
        tagged.word(j) in data.manner_verbs for j in range(max(0, first - 4), first)
    ):
        return _KEPT_NOT_FORCE  # "to treat residents respectfully": the manner is reported
    if head.startswith("RB") and _lemma(tagged.word(last + 1), "VERB") in data.comparison_verbs:
        return _KEPT_COMPARISON  # "Democrats greatly outnumber Republicans": the size of it
    if (
        len(indexes) == 1
        and tagged.word(first) in data.size_adverbs
        and (
            _lemma(tagged.word(last + 1), "VERB") in data.change_verbs
            or _lemma(tagged.word(first - 1), "VERB") in data.change_verbs
        )
    ):
        return _KEPT_SIZE  # "prices have risen dramatically": by how much, a fact
    if head.startswith("JJ") and re.match(
        r"\s*[\w-]+,?\s+so much so\b", tagged.text[cue.end - tagged.start :]
    ):
        return _KEPT_NOT_FORCE  # "harsh penalties, so much so that …": what follows measures it
    if (
        head == "JJ"
        and len(indexes) == 1
        and tagged.word(first).endswith("ed")
        and tagged.tag(first - 1) in ("NN", "NNS", "NNP")
        and tagged.words[first - 1][:1].islower()
        and not tagged.lower[first - 1].endswith(("'s", "s'"))  # "the senator's unfounded …"
        and tagged.tag(last + 1) in ("NNS", "NNP", "DT", "PRP$", "PRP")
        and not tagged.gap(first - 1).strip()
    ):
        return _KEPT_VERB  # "a promised vote enraged liberals": the clause's verb
    if head.startswith("RB") and tagged.word(first - 1) in ("more", "less", "most", "least"):
        lead = first - 2 if tagged.word(first - 2) == "even" else first - 1
        if lead == 0 and tagged.gap(last).strip() == "," and last + 1 < len(tagged.tokens):
            # "More importantly, …" opens the sentence: the author ranks the point, and
            # the whole opener goes with its comma
            return tagged.tokens[0][0], tagged.tokens[last + 1][0], [*range(lead, last + 1)]
        # "more easily": the comparison is part of the claim, "more" cannot stand
        return _KEPT_COMPARISON
    if head in ("VBG", "VBN") and tagged.tag(first - 1) == "PRP":
        return _KEPT_VERB  # "a video of him mocking the senator": a verb with its object
    if len(indexes) == 1 and relative_verb(tagged.lower, tagged.tags, first):
        return _KEPT_VERB  # "the insurrections that upended Republicans"
    if word_before in _SUBJECT_PRONOUN and lowered[-1].endswith("ed"):
        return _KEPT_VERB  # "he feigned ignorance": the clause's verb, however tagged
    if (
        len(indexes) == 1
        and word_before in ("them", "him", "her", "us", "me")
        and _lemma(tagged.word(first - 2), "VERB") in _BARE_INFINITIVE_VERBS
        and tagged.tag(last + 1) in ("NNS", "NN", "DT", "PRP", "PRP$")
        and _can_be_verb(lowered[0])
    ):
        return _KEPT_VERB  # "help them con people out of cash": a verb with its object
    if head.startswith("RB") and word_before in ("too", "as"):
        return _KEPT_DEGREE  # "drawn too deeply into": "too" would be left bare
    if (
        word_before in ("has", "have", "had", "having")
        and lowered[-1].endswith("ed")
        and tagged.tag(last + 1) in ("DT", "PRP", "PRP$", "NNP", "NNPS")
    ):
        return _KEPT_VERB  # "a deal that has splintered Obama from …": a perfect, not "has X"
    if head.startswith("RB") and word_before in data.hedges and tagged.gap(first - 1).strip() == "":
        return _KEPT_HEDGE  # "perhaps surprisingly": the hedge would be left on the whole clause
    if head == "VBG" and _gerund_with_object(tagged, first, last):
        # "Attacking Hillary Clinton … struck", "housing inmates, impounding cars"
        return _KEPT_VERB
    if _ing_verb_with_object(tagged, first, last):
        # "threats penetrating PCs", "…, terrorising residents": a verb, however tagged
        return _KEPT_VERB
    if word_before in data.scope_modifiers and (head.startswith("JJ") or head in ("VBN", "VBG")):
        return _KEPT_SCOPE  # "one-time prosperous mill towns": "one-time" would move onto the noun
    if (
        first - 1 > 0
        and tagged.words[first - 1][:1].isupper()
        and tagged.tag(first - 1).startswith("NNP")
        and tagged.words[last + 1 : last + 2]
        and tagged.words[last + 1][:1].isupper()
        and tagged.gap(first - 1).strip() == ""
        and tagged.gap(last).strip() == ""
    ):
        return _KEPT_NAME  # "Ray Charles biopic Ray": two names would run together
    if (
        len(indexes) == 1
        and head in ("NN", "NNS")
        and (
            tagged.tag(first - 1) in ("NN", "NNS", "NNP", "NNPS", "JJ")
            # "the manager's own goalscoring talisman X": a participle as a modifier
            or (tagged.tag(first - 1) == "VBG" and tagged.tag(first - 2) in ("DT", "JJ", "POS"))
            or (first > 1 and tagged.words[first - 1].isupper())  # "US tycoon X"
        )
        and after.startswith("NNP")
        and tagged.gap(first - 1).strip() == ""
        and tagged.gap(last).strip() == ""
    ):
        # "Beer magnate Rajan Kohli", "the gothic horror Dracula" (so in BBC training
        # articles: film genres, "serial killer X"): the noun is the head of a title before
        # a name; the word before it would be left dangling on the name
        return _KEPT_NAME
    if head in ("VBG", "VBN") and not _before_a_modifier(tagged, first - 1):
        # "jets attacking rebel forces", "footage released Monday": after a noun (however
        # tagged) a participle is a verb with its object, not a word before its noun
        return _KEPT_VERB
    if head in ("VBN", "VBD") and _coordinated_verb(tagged, first):
        # "raised rents, cut services and burdened families with fees": the last of a
        # series of verb phrases, not a word before its noun
        return _KEPT_VERB
    if (
        head.startswith("RB")
        and tagged.word(last + 1) == "so"
        and tagged.gap(last + 1).strip()[:1] in (",", ".", ";", "!", "?", "")
    ):
        return _KEPT_BREAKS  # "grateful, deeply so": "so" stands for the adjective, not bare
    if (
        head.startswith("RB")
        and tagged.gap(first - 1).strip().endswith(",")
        and tagged.tag(last + 1) in ("DT", "NNP", "NNPS", "CD", "IN")
    ):
        return _KEPT_NOT_FORCE  # "Several states, notably California, …": it marks the example
    if head.startswith("RB") and "/" in tagged.gap(first - 1):
        return _KEPT_CATEGORY  # "low/very low": a category of its own
    if (
        lowered == ["very"]
        and tagged.word(last + 1) == "much"
        and tagged.tag(last + 2) in ("DT", "PRP$", "IN", "JJ")
    ):
        # "still very much an urban phenomenon": "much an" is not English; both go
        return start, tagged.tokens[last + 1][1], [first, last + 1]
    if head.startswith("RB") or (len(indexes) > 1 and tagged.tag(first) in ("IN", "RB")):
        opens = first == 0 or tagged.gap(first - 1).strip().endswith((".", "!", "?", ";"))
        if opens and tagged.gap(last).strip().startswith(","):
            # "… on our city. overwhelmingly, we marched": the comma goes with the word
            end = tagged.tokens[last + 1][0] if last + 1 < len(tagged.tokens) else end
        return start, end, taken
    if (
        head.startswith("NN")
        and tagged.gap(last).strip() == ""
        and (
            (
                after in ("NN", "NNS")
                and tagged.words[last + 1].islower()
                # "African famine relief", "a smear campaign": a lower-case noun before its
                # head names the kind of thing; a capitalised label ("the Big Lie claim") goes
                and not cue.text.islower()
            )
            or (after.startswith("NNP") and cue.text.islower())
        )
    ):
        return start, end, taken  # a noun modifier before its head: "the Big Lie claim"
    if head.startswith("JJ") and word_before in _LINKING and not _titles_a_name(tagged, last):
        return _KEPT_PREDICATE  # "the package is popular and …": a predicate, however it goes on
    if head.startswith("JJ") and "one of" in " ".join(tagged.lower[max(0, first - 4) : first]):
        return _KEPT_RANK  # "one of the few apolitical institutions": the adjective names the set
    if (
        tagged.word(last).endswith("ing")
        and tagged.tag(first - 1) == "IN"
        and tagged.tag(last + 1).startswith(("NN", "DT", "PRP$", "CD"))
        and tagged.word(first - 1) not in ("like", "as")
    ):
        return _KEPT_VERB  # "accused of hacking emails": a verb with its object
    if head == "JJS" and len(indexes) == 1:
        # "the worst offenders", "its biggest hit": the rank picks out the referent
        return _KEPT_RANK
    ranked = first - 1 if lowered[0] not in ("most", "least") else first
    if (
        head.startswith("JJ")
        and tagged.word(ranked) in ("most", "least")
        and (
            tagged.word(ranked - 1) in ("the", "its", "his", "her", "their", "our", "my", "your")
            or tagged.word(ranked - 1).endswith(("'s", "’s"))
        )
    ):
        return _KEPT_RANK  # "the artist's most famous work": the rank picks out the referent
    if head.startswith("JJ") and word_before in ("more", "less"):
        # "a much more generous solution": the comparison is part of the claim
        return _KEPT_COMPARISON
    if cue.type == LEARNED and word_before in ("most", "least"):
        # "the most controversial elements", "his two most powerful figures": a likely word,
        # not a certain one, and the superlative picks out what the sentence is about
        return _KEPT_RANK
    if cue.type == LEARNED and head.startswith("JJ") and _in_a_series(tagged, first, last):
        return _KEPT_SERIES  # "a few inspired, outspoken individuals": one of the pair
    if head in ("VBN", "VBG", "VBD") and _opens_a_clause(tagged, first):
        return _KEPT_VERB  # "Smith, 20, barged the linesman", ", further burdening firms"
    if head.startswith("JJ") or (head in ("VBN", "VBG") and after.startswith(("NN", "JJ"))):
        ahead = last + 1
        while tagged.tag(ahead).startswith(("JJ", "VBN", "VBG", "RB")) and ahead < last + 4:
            ahead += 1
        after_determiner = tagged.tag(first - 1) == "DT" or tagged.tag(first - 1) == "PRP$"
        # Attributive only when nothing but spaces (and the modifiers skipped) separates it
        # from its noun: "which are frivolous (everything else)" is a predicate.
        # An opening quotation mark may stand between it and its noun: "a so-called
        # “apology tour”" is "an “apology tour”".
        joined = all(tagged.gap(j).strip() in _OPENING_MARKS for j in range(last, ahead))
        conjunct = last + 3 if tagged.tag(last + 2).startswith("RB") else last + 2
        next_ok = (
            (joined and tagged.tag(ahead).startswith(("NN", "CD")))
            or (after_determiner and tagged.tag(ahead) in ("VB", "VBP"))  # "an impressive win"
            # "bold and historic", "bold and potentially historic": the other conjunct stays
        ) or (
            after == "CC"
            and tagged.tag(conjunct).startswith(("JJ", "VBN", "NN"))
            and not _verb_with_object(tagged, conjunct)
        )
        comma_list = tagged.gap(last).strip() == "," and tagged.tag(last + 1).startswith("JJ")
        if not (next_ok or comma_list):
            return _KEPT_PREDICATE  # "was brutal", "is not racist": the predicate cannot go
        # singular only: the plurals name things ("our valiant armed forces", "these
        # impressive figures": troops and numbers), not a manner that needs its adjective
        # (another modifier left before the noun says enough: "a shocking one-off event")
        noun = ahead
        if (
            tagged.word(ahead) not in data.needs_modifier
            and tagged.tag(ahead).startswith("NN")
            and tagged.word(ahead + 1) in data.compound_heads
            # (not "in typical Dallaglio style": a name, then its plain noun)
            and not (tagged.words[ahead][:1].isupper() and tagged.words[ahead + 1].islower())
            and not tagged.gap(ahead).strip()
            and not tagged.tag(ahead + 2).startswith("NN")
        ):
            # "after a dismal Election Day for Democrats": the light noun heads the compound
            # (review seed 3333)
            noun = ahead + 1
        relative = tagged.word(noun + 1) in ("that", "which", "who") and not tagged.gap(noun).strip(
            " "
        )
        if (
            tagged.word(noun) in data.needs_modifier
            and not relative
            and ahead == last + 1
            and not (  # "the grim subject matter": the light noun is a modifier there
                tagged.tag(noun + 1) in ("NN", "NNS")
                and tagged.words[noun + 1].islower()
                and not tagged.gap(noun).strip()
            )
        ):
            # ("a stunning move that occurred amid …": the clause after it says what it was)
            opener = (
                first == 2
                and tagged.tag(0) == "IN"
                and tagged.tag(1) == "DT"
                and tagged.gap(ahead).strip() == ","
                and ahead + 1 < len(tagged.tokens)
            )
            if opener:
                # "In a reckless move, the council …": the opening phrase is all framing
                return tagged.tokens[0][0], tagged.tokens[ahead + 1][0], list(range(ahead + 1))
            return _KEPT_NEEDS  # "in the most unfortunate fashion": "in the fashion" says nothing
        if head in ("VBG", "VBN") and word_before in _AUXILIARIES:
            return _KEPT_VERB  # "had been hiding records": the clause's verb, not a modifier
        if tagged.tag(first - 1) == "IN" and tagged.tag(ahead) == "NN" and joined:
            # "charged with disorderly conduct", "damned with faint praise": a bare
            # singular noun after a preposition is often a fixed phrase with its adjective
            return _KEPT_FIXED
        scope = [tagged.word(j) for j in range(max(0, first - 3), first)]
        if any(w in data.negations or w in data.lack_words or w.endswith("n't") for w in scope):
            return _KEPT_NEGATION  # "not a realistic option" is not "not an option"
        if _scarce_before(tagged, first, data.scarce_words):
            return _KEPT_NEGATION  # "few groundbreaking announcements" is not "few announcements"
        before = first - 1
        while before > 0 and tagged.word(before) in data.degree and not tagged.gap(before).strip():
            before -= 1  # "an otherwise completely unproductive …": past the degree words
        modifier = tagged.word(before)
        if (
            tagged.tag(before).startswith("RB")
            and modifier not in data.degree
            and before not in removed
            and tagged.gap(before).strip() == ""
        ):
            # "a wildly successful vlogger", "largely inconsequential strikes": the adverb
            # would be left to modify the next word
            return _KEPT_SCOPE
        # "the most famous work": the degree word goes with its adjective
        lead = first - 1
        if tagged.word(first - 1).endswith(("-most", "-least")):
            return _KEPT_RANK  # "the second-most dominant issue": the rank needs its adjective
        while lead >= 0 and tagged.word(lead) in data.degree and lead not in removed:
            if tagged.word(lead) in data.hedges:
                break
            if tagged.word(lead - 1) == "at" and tagged.word(lead) in ("least", "most"):
                # "at least weird young people": the hedge is "at least", and it limits the
                # claim to what the adjective picks out ("at least young people" says more)
                return _KEPT_HEDGE
            start = tagged.tokens[lead][0]
            taken.append(lead)
            lead -= 1
        if comma_list:
            end = tagged.tokens[last + 1][0]
        elif (
            tagged.gap(first - 1).strip() == ","
            and tagged.tag(first - 1).startswith(("JJ", "VBG", "VBN"))
            and first - 1 not in removed
            and joined
        ):
            # "sweeping, secretive international agreements" -> "sweeping international
            # agreements": the comma that listed it goes with it
            start = tagged.tokens[first - 1][1]
        article = tagged.word(lead)
        if (
            article in ("the", "a", "an")
            and lead not in removed
            and _name_follows(tagged, last + 1)
            and (article != "the" or not _takes_the(tagged, last + 1))
            and (article == "the" or _lone_name(tagged, last + 1))
            # "nine of the popular Carry On films": a part of a whole keeps its "the"
            and not (tagged.word(lead - 1) == "of" and _is_quantity(tagged, lead - 2))
        ):
            # "the admirable Van Ginsberg" -> "Van Ginsberg"; "shocked a ragged Ireland" ->
            # "shocked Ireland" (the article was there for the adjective)
            start = tagged.tokens[lead][0]
            taken.append(lead)
        return start, end, taken
    return _KEPT_BREAKS


#: Words after a number that end its phrase ("at a lowly 38 in the chart").
_AFTER_A_NUMBER = frozenset(
    ["in", "on", "at", "by", "for", "with", "and", "but", "while", "after", "before", "from"]
)
_QUANTITY_WORDS = frozenset(
    [
        "one",
        "some",
        "all",
        "many",
        "most",
        "each",
        "none",
        "several",
        "few",
        "both",
        "any",
        "much",
        "half",
        "part",
        "rest",
        "majority",
        "minority",
        "number",
    ]
)


def _is_quantity(tagged: _Tagged, i: int) -> bool:
    """Word ``i`` counts a part of a whole ("nine", "some", "most") before "of the"."""
    return tagged.tag(i) == "CD" or tagged.word(i).isdigit() or tagged.word(i) in _QUANTITY_WORDS


def _coordinated_verb(tagged: _Tagged, i: int) -> bool:
    """Word ``i`` (in -ed) comes after "and", "or" or a comma that closes a noun, in a
    sentence with a verb before that noun: it joins a series of verb phrases ("cut services
    and burdened families", "…, and burdened banks"), whatever the tagger reads. Not "the
    new and improved plan" (an adjective before the conjunction), nor "went to cats and
    burdened families" (the nouns of one phrase after a preposition)."""
    conjunction = tagged.tag(i - 1) == "CC" or tagged.gap(i - 1).strip() == ","
    if i < 3 or not conjunction or not tagged.lower[i].endswith("ed"):
        return False
    before = i - 2 if tagged.tag(i - 1) == "CC" else i - 1
    if not tagged.tag(before).startswith("NN") or not tagged.tag(i + 1).startswith(("NN", "DT")):
        return False
    verb = next((k for k in range(before - 1, -1, -1) if _finite_at(tagged, k)), None)
    if verb is None:
        return False
    serial = tagged.tag(i - 1) == "CC" and "," in tagged.gap(before)  # "…, and burdened"
    # "went to cats and burdened families": the nouns of one phrase after a preposition
    return serial or not any(tagged.tag(k) in ("IN", "TO") for k in range(verb + 1, before))


def _finite_at(tagged: _Tagged, k: int) -> bool:
    """Word ``k`` is a finite verb: so tagged, or a form in -ed after its subject and before
    its object ("Obama imposed higher taxes", which the tagger may read as a participle)."""
    tag = tagged.tag(k)
    if tag in ("VB", "VBD", "VBZ", "VBP"):
        return True
    return (
        tag == "VBN"
        and k > 0
        and tagged.tag(k - 1).startswith(("NN", "PRP"))
        and tagged.tag(k + 1).startswith(("DT", "JJ", "NN", "PRP$"))
    )


def _before_a_modifier(tagged: _Tagged, i: int) -> bool:
    """Word ``i`` can stand before a participle used as an adjective ("the winning goal",
    "his trusted aide", "a new, untested plan"): a determiner, a possessive, a preposition,
    a conjunction, a plain lower-case adjective or adverb, or the start of the sentence."""
    if i < 0:
        return True
    tag, word = tagged.tag(i), tagged.words[i]
    if tag in ("DT", "PRP$", "POS", "IN", "CC", "CD", "TO") or tagged.gap(i).strip() == ",":
        return True
    return tag.startswith(("JJ", "RB")) and word.isalpha() and word.islower()


def _verb_with_object(tagged: _Tagged, i: int) -> bool:
    """Word ``i`` is a participle or past tense with its object after it ("forced him",
    "took the")."""
    return tagged.tag(i) in ("VBN", "VBD") and tagged.tag(i + 1) in (
        "PRP",
        "DT",
        "PRP$",
        "NNP",
        "TO",
    )


def _ing_verb_with_object(tagged: _Tagged, first: int, last: int) -> bool:
    """The one word at ``first`` ends in -ing, follows a noun or a comma and comes straight
    before a noun phrase: a participle with its object ("other threats penetrating PCs",
    "attacked the town, terrorising residents"), whatever the tagger reads. Removing it
    would leave two noun phrases side by side. Before its noun after a determiner ("a
    terrifying storm") it is a modifier and stays editable."""
    word = tagged.lower[first]
    if first != last or first == 0 or not word.endswith("ing") or not word.isalpha():
        return False
    if tagged.gap(last).strip():
        return False
    after_noun = tagged.tag(first - 1).startswith("NN") and not tagged.gap(first - 1).strip()
    after_comma = tagged.gap(first - 1).strip() == ","
    if not (after_noun or after_comma):
        return False
    return tagged.tag(last + 1).startswith(("NN", "DT", "PRP", "CD"))


def _gerund_with_object(tagged: _Tagged, first: int, last: int) -> bool:
    """The -ing word at ``first`` starts a clause or a list item and is a verb with its
    object: a name, a determiner or a pronoun follows ("Attacking Hillary Clinton"), or
    another item of the same list starts with an -ing verb ("housing inmates, impounding
    vehicles")."""
    starts_item = first == 0 or tagged.gap(first - 1).strip() in (",", ";", "(", "-", "—")
    starts_item = starts_item or tagged.tag(first - 1) == "CC"
    if not starts_item:
        return False
    if tagged.tag(last + 1) in ("NNP", "NNPS", "DT", "PRP", "PRP$", "CD"):
        return True
    for j in range(len(tagged.words)):
        if j == first or not tagged.lower[j].endswith("ing") or not tagged.lower[j].isalpha():
            continue
        opens = tagged.gap(j - 1).strip() == "," or tagged.tag(j - 1) == "CC"
        if opens and tagged.tag(j + 1).startswith(("NN", "DT", "PRP")) and j > 0:
            return True
    return False


def _takes_the(tagged: _Tagged, i: int) -> bool:
    """The name starting at word ``i`` ends in a common noun that keeps its "the" ("the
    Birmingham Grand Prix", "the Senate"; ``neutral.toml`` article_names)."""
    j = i
    while j < len(tagged.tokens) and tagged.words[j][:1].isupper():
        j += 1  # "Hollywood Walk": a name's words, however the word-only tagging reads them
    after_of = tagged.words[j + 1] if j + 1 < len(tagged.words) else ""
    if j > i and tagged.word(j) in ("of", "for") and after_of[:1].isupper():
        return True  # "the Hollywood Walk of Fame", "the Bank of England", "the Centre for X"
    if j > i and tagged.word(j - 1) in _data().article_names:
        return True
    # "the Whittington Lecture", "the Golden Globe": a name of two or more words, no first
    # name of a person, ending in an English noun, names a thing and keeps its "the"
    return j - i >= 2 and not is_given_name(tagged.words[i]) and _common_noun(tagged.word(j - 1))


#: Words before a word of scarcity that make it an amount, not a lack: "a few", "the
#: little", "their little brother".
_SCARCE_UNDONE = frozenset((
    "a", "the", "quite", "this", "that", "these", "those", "his", "her", "its", "their",
    "our", "my", "your", "very", "so", "too",
))  # fmt: skip


def _scarce_before(tagged: _Tagged, first: int, scarce: frozenset[str]) -> bool:
    """A word of scarcity ("few", "little", "hardly") or "far from" within the three words
    before ``first``. What follows is denied or said to be rare, so an adjective there
    narrows the denial: "few groundbreaking announcements" is not "few announcements",
    "far from a principled stance" is not "far from a stance"."""
    for j in range(max(0, first - 3), first):
        word = tagged.word(j)
        if word == "from" and tagged.word(j - 1) == "far" and not tagged.gap(j - 1).strip():
            return True
        if word in scarce and tagged.word(j - 1) not in _SCARCE_UNDONE:
            return True
    return False


def _denied_list(tagged: _Tagged, i: int, negations: frozenset[str]) -> bool:
    """The word at ``i`` is a later item of a list of adjectives, participles and adverbs
    that a negation opens ("wasn't carefully benign, cheaply titillating or boring"): the
    negation before the list's first item covers it too."""
    k = i - 1
    listed = False
    while k >= 0 and (
        tagged.tag(k).startswith(("JJ", "RB", "VBN", "VBD")) or tagged.word(k) in ("or", "nor")
    ):
        word = tagged.word(k)
        if word in negations or word.endswith("n't"):
            return listed
        listed = listed or tagged.gap(k).strip() == "," or tagged.word(k) in ("or", "nor")
        k -= 1
    word = tagged.word(k)
    return listed and (word in negations or word.endswith("n't"))


def _common_noun(word: str) -> bool:
    """``word`` (lower case) is an English noun in lemminflect's dictionary."""
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(word)


def _lone_name(tagged: _Tagged, i: int) -> bool:
    """One name word (maybe after Mr, Ms, Dr …) at word ``i``, then no word that may be its
    noun: "a ragged Ireland with …", "a vengeful Mr Brown, who …" use the article for the
    adjective; "a prestigious Golden Globe" or "an eventful Premiership match" name a thing
    of a kind and keep it."""
    j = i + 1 if tagged.word(i).rstrip(".") in ("mr", "mrs", "ms", "miss", "dr") else i
    after = tagged.words[j + 1] if j + 1 < len(tagged.words) else ""
    if after[:1].isupper() and not tagged.gap(j).strip():
        return False  # "Golden Globe", "Girvan Dempsey": a name of two words
    return not (after.isalpha() and after.islower() and tagged.tag(j + 1) in _NOUN_OR_BASE)


#: Tags of a lower-case word that may be the noun a name modifies ("Premiership match").
_NOUN_OR_BASE = frozenset(["NN", "NNS", "VB", "VBP"])


def _name_follows(tagged: _Tagged, i: int) -> bool:
    """A person's name starts at word ``i`` and ends the noun phrase (not "the West End
    musicals", where the name is a modifier)."""
    j = i
    while j < len(tagged.tokens) and (
        tagged.tag(j).startswith("NNP")
        or (j > i and tagged.tag(j) == "CD" and tagged.tag(j + 1) not in ("NNS", "NNPS"))
    ):
        j += 1  # a number in the name ("the Zephyr 64 computer"), not a count ("Jan 20 points")
    return j - i >= 1 and not tagged.tag(j).startswith("NN") and tagged.words[i][:1].isupper()


#: Verbs that join a subject to how it feels ("felt deeply uneasy", "remain very worried").
_FEEL = frozenset(["feel", "seem", "remain", "become", "grow", "look", "sound", "appear"])


def _feeling_of_people(tagged: _Tagged, i: int) -> bool:
    """The word at ``i`` says how people feel, right before a phrase whose head names
    people ("shocked health officials", "angry residents"; ``neutral.toml``
    feelings_of_people and the speakers' group nouns)."""
    if tagged.word(i) not in _data().feelings_of_people:
        return False
    heads = attribution_lists().heads
    for k in range(i + 1, min(i + 4, len(tagged.tokens))):
        if tagged.gap(k - 1).strip() or not tagged.tag(k).startswith("NN"):
            return False
        if tagged.word(k) in heads:
            return True
    return False


def _conjunct_after_aside(tagged: _Tagged, right: int, removed: set[int]) -> bool:
    """The removed adverb at ``right`` is an aside between commas, and a modifier or a verb
    of the conjunct survives after it: "predictable and, indeed, entirely predicted" keeps
    its "and" when "indeed" goes (review seed 4646)."""
    if not tagged.tag(right).startswith("RB") or "," not in tagged.gap(right - 1):
        return False
    k = right + 1
    while k in removed:
        k += 1
    return k < len(tagged.tokens) and tagged.tag(k).startswith(("JJ", "RB", "VB"))


def _coordination(build: _Builder, tagged: _Tagged, removed: set[int]) -> None:
    """A conjunction that lost a conjunct goes too: "an interventionist and subservient
    policy" without both adjectives is "a policy", not "an and policy". In a list of
    three ("ugly or uncompromising or vain") the middle one takes one conjunction with it."""
    joining: set[int] = set()  # a conjunction that still joins what is left
    for i, tag in enumerate(tagged.tags):
        if tag != "CC" or i in removed or i in joining:
            continue
        left, right = i - 1, i + 1
        # a removed adverb before its adjective leaves the conjunct: "and gratuitously
        # destructive" keeps "and destructive"
        right_gone = (
            right in removed
            and tagged.tag(right).startswith(("JJ", "RB", "VBN"))
            and not (
                tagged.tag(right).startswith("RB")
                and right + 1 not in removed
                and right + 1 < len(tagged.tokens)
                and tagged.gap(right).strip() == ""
            )
            and not _conjunct_after_aside(tagged, right, removed)
        )
        left_gone = (
            left in removed
            and tagged.tag(left).startswith(("JJ", "RB", "VBN"))
            # "read it thoroughly and had understood", "in the cold and forced him": the
            # conjunction joins clauses, not modifiers, when a verb with its object follows
            and tagged.tag(right).startswith(("JJ", "RB", "VBN", "VBG", "NN"))
            and not _verb_with_object(tagged, right)
            # "raise the bar enormously and signal a remarkable achievement": a word read
            # as a noun right before a determiner is a verb with its object (review seed 2424)
            and not (tagged.tag(right).startswith("NN") and tagged.tag(right + 1) in ("DT", "PRP$"))
        )
        if not (left_gone or right_gone):
            continue
        # "blunt and unvarnished terms": an adjective the tagger reads as a base verb
        misread = right_gone and tagged.tag(left) == "VB" and tagged.tag(right + 1).startswith("NN")
        if not (left_gone or misread or tagged.tag(left).startswith(("JJ", "RB", "VBN"))):
            continue
        pair = next(
            (
                j
                for j in range(i - 1, max(-1, i - 6), -1)
                if tagged.word(j) in ("both", "either", "neither") and j not in removed
            ),
            None,
        )
        if pair is not None:
            ps, pe, pword = tagged.tokens[pair]
            if build.remove_words(
                ps,
                pe,
                f"‘{pword}’ paired the conjunction that went",
                "grammar",
                note=f"removed ‘{pword}’ (it paired a removed conjunction)",
            ):
                removed.add(pair)
        s, e, word = tagged.tokens[i]
        if build.remove_words(
            s,
            e,
            f"‘{word}’ joined a word that was removed",
            "grammar",
            note=f"removed ‘{word}’ (it joined a removed word)",
        ):
            removed.add(i)
            if right_gone and tagged.tag(right + 1) == "CC" and right + 1 not in removed:
                joining.add(right + 1)  # "ugly or [uncompromising or] vain"


def _kept(
    text: str,
    start: int,
    cues: list[Cue],
    tagged: _Tagged,
    lexicon: Lexicon,
    problems: list[str],
) -> Restatement:
    """The original wording with its loaded words flagged: shown when no restatement
    passes the self-check."""
    build = _Builder(text, start)
    for cue in sorted(cues, key=lambda c: (c.start, c.end)):
        if _policy(cue) is None or cue.type == "rhetorical_question" or _plain_sense(cue, tagged):
            continue
        build.flag(
            cue.start,
            cue.end,
            f"kept ‘{cue.text}’ and flagged it: {_SHORT.get(cue.type, 'the author’s wording')}",
        )
    edits = sorted(build.edits, key=lambda e: (e.start, e.end))
    return Restatement(text=text, edits=edits, self_check="failed", problems=problems)


def _note(edit: Edit) -> str:
    original, replacement = edit.original.strip(), edit.replacement.strip()
    why = edit.reason.rstrip(".")
    why = why[:1].lower() + why[1:]
    if edit.rule == "flag" or original == replacement:
        return f"kept ‘{original}’ ({why})"
    if not original:
        return f"added ‘{replacement}’ ({why})"
    if not replacement:
        return f"removed ‘{original}’ ({why})"
    return f"‘{original}’ → ‘{replacement}’ ({why})"


# --- the self-check -------------------------------------------------------------------

_CHECK_TOKEN = re.compile(r"[^\W_](?:[\w]|['’.\-](?=\w))*|[^\w\s]")
_DATE_WORDS = {*WEEKDAYS, *MONTHS, "today", "yesterday", "tomorrow", "week", "month", "year"}
#: Edits whose whole span is the author's, so names or negations inside them may go:
#: an aside that only judges, an insertion into a quotation, "(sic)", a verdict clause.
_DROPPABLE = {"verdict_aside", "insertion", "sic", "truth_verdict", "verdict_report", "verdict_act"}
_DETERMINERS = {
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "this",
    "these",
}
_PREPOSITIONS = {
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "about",
    "into",
    "onto",
    "than",
}
_CONJUNCTIONS = {"and", "or", "but", "nor"}
#: Verbs of saying that cannot stand without what was said ("to claim." is not English).
_NEED_WORDS = frozenset({"claim", "say", "state", "assert", "allege"})
_COPULAS = {"is", "are", "was", "were", "be", "been", "being", "am", "seems", "seemed", "remains"}
#: Verbs that link a subject to a state ("is still proving elusive", "has remained
#: sluggish", "looks bleak"): an adverb after one tells of the state, not of an action.
_STATE_VERBS = (
    _COPULAS
    | {
        f"{stem}{end}"
        for stem in ("seem", "remain", "appear", "look", "sound", "stay")
        for end in ("", "s", "ed", "ing")
    }
    | {
        "prove",
        "proves",
        "proved",
        "proven",
        "proving",
        "become",
        "becomes",
        "became",
        "becoming",
        "feel",
        "feels",
        "felt",
        "feeling",
    }
)
#: Linking verbs: an adjective after one is what the sentence says of its subject, never a
#: removable modifier. So is one after a passive verb that names what its subject is held to
#: be: "being thought ugly or uncompromising", "was deemed unfit" (review seed 5757: "being
#: thought seeming as if").
_LINKING = _STATE_VERBS | {"thought", "deemed", "considered", "judged", "reckoned", "held"}


def self_check(
    original: str,
    result: str,
    edits: list[Edit],
    tagged: _Tagged | None = None,
    lexicon: Lexicon | None = None,
    found: Found | None = None,
) -> list[str]:
    """What is wrong with ``result`` as a restatement of ``original`` ([] when nothing).

    Checks: every number, date, negation, hedge and name outside the author's own asides
    is still there (names with their capitals); no content word appears that is neither
    in the original nor in the replacement vocabulary; no new dangling determiner,
    preposition, conjunction or verb "to be", no new doubled or orphan punctuation; the
    first letter is a capital when the original's was.

    A restatement that is the original, character for character, has lost and added
    nothing, so it passes at once (most claims of plain news are left as written).
    """
    if result == original:
        return []
    tagged = tagged or _Tagged(original, 0)
    data = _data()
    droppable = [
        (e.start - tagged.start, e.end - tagged.start) for e in edits if e.rule in _DROPPABLE
    ]
    edited = [
        (e.start - tagged.start, e.end - tagged.start)
        for e in edits
        if e.rule != "flag" and e.original != e.replacement and e.rule not in ("grammar", "speaker")
    ]

    def within(spans: list[tuple[int, int]], s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in spans)

    problems: list[str] = []
    out_tokens = [m.group() for m in _CHECK_TOKEN.finditer(result)]
    out_lower = Counter(t.lower().replace("’", "'") for t in out_tokens)
    out_exact = Counter(out_tokens)
    need_lower: Counter[str] = Counter()
    need_exact: Counter[str] = Counter()
    what: dict[str, str] = {}
    for index, (ws, we, word) in enumerate(words(original)):
        lower = word.lower().replace("’", "'")
        if within(droppable, ws, we):
            continue
        if any(ch.isdigit() for ch in word) or lower in _NUMBER_WORDS:
            need_lower[lower] += 1
            what[lower] = "a number"
        elif lower in _DATE_WORDS:
            need_lower[lower] += 1
            what[lower] = "a date"
        elif lower in data.negations or lower.endswith("n't"):
            need_lower[lower] += 1
            what[lower] = "a negation"
        elif lower in data.hedges:
            need_lower[lower] += 1
            what[lower] = "a hedge"
        elif (
            word[:1].isupper()
            and not within(edited, ws, we)
            and (index > 0 or tagged.tag(0).startswith("NNP"))
            and lower not in _PRONOUN_CAPS
        ):
            need_exact[word] += 1
    for word, count in need_lower.items():
        if out_lower[word] < count:
            problems.append(f"{what[word]} went missing: ‘{word}’")
    for word, count in need_exact.items():
        if out_exact[word] < count:
            if out_lower[word.lower()] >= count:
                problems.append(f"a name lost its capital: ‘{word}’")
            else:
                problems.append(f"a name went missing: ‘{word}’")
    # no new content words
    unbracketed = re.sub(r"[()\[\]]", "", original)
    source = _forms(
        tuple(
            sorted(
                {w.lower().replace("’", "'") for _s, _e, w in words(original)}
                | {w.lower().replace("’", "'") for _s, _e, w in words(unbracketed)}
            )
        )
    )
    allowed = _allowed(lexicon)
    if found is not None and found.speaker:
        allowed |= {w.lower() for w in re.findall(r"[\w’'\-]+", found.speaker)}
    for token in out_tokens:
        lower = token.lower().replace("’", "'")
        if lower[:1].isalpha() and lower not in source and lower not in allowed:
            problems.append(
                f"a word that is in neither the sentence nor the neutral vocabulary: ‘{token}’"
            )
    problems += _form_problems(original, result)
    verbs = {
        w for w, t in zip(tagged.lower, tagged.tags, strict=True) if t.startswith(("VB", "MD"))
    }
    replaced = any(e.replacement.strip() for e in edits if e.rule not in ("grammar", "flag"))
    if verbs and not replaced and not verbs & set(out_lower):
        # "Yeah - he comes off as a jerk, but … when in Rome." -> "Yeah.": no claim is left
        problems.append("no verb is left: the restatement no longer states anything")
    return problems


_PRONOUN_CAPS = {"i", "i'm", "i've", "i'd", "i'll"}
_GRAMMAR_WORDS = {
    "said",
    "says",
    "that",
    "the",
    "a",
    "an",
    "government",
    "governments",
    "following",
}


def _form_problems(original: str, result: str) -> list[str]:
    """Ill-formed word pairs that the edits created (pairs already in the original are
    the author's own and not counted), orphan punctuation and a missing capital."""
    problems = []
    first = re.search(r"[A-Za-z]", result)
    first_original = re.search(r"[A-Za-z]", original)
    if first and first_original and first_original.group().isupper() and first.group().islower():
        problems.append("the sentence no longer starts with a capital")
    if re.match(r"^\s*[,;:.]", result) and not re.match(r"^\s*[,;:.]", original):
        problems.append("the sentence starts with a punctuation mark")
    if _DOUBLED_DASH.search(result) and not _DOUBLED_DASH.search(original):
        problems.append("doubled punctuation: two dashes with nothing between them")
    if _quote_balance(result) != _quote_balance(original):
        problems.append("a quotation mark left without its pair")
    before = _pairs(original)
    for pair in (p for p in _pairs(result) if p not in before):
        (w1, t1), (w2, t2) = pair
        end = w2 == "<end>"
        punct2 = t2 == "PUNCT" or end
        if t1 == "PUNCT" and t2 == "PUNCT" and w1 + w2 in ("''", '""', "“”", "‘’"):
            problems.append("empty quotation marks")
        elif t1 == "PUNCT" and t2 == "PUNCT" and w1 in ",;:" and w2 in ",;:.":
            problems.append(f"doubled punctuation: ‘{w1}{w2}’")
        elif w1 in _DETERMINERS and (
            (punct2 and w2 not in _OPENING_OR_CLOSING) or t2 == "CC" or t2 in _FINITE or t2 == "IN"
        ):
            problems.append(f"a dangling determiner: ‘{w1} {'' if end else w2}’".replace(" ’", "’"))
        elif w1 in _PREPOSITIONS and (punct2 or t2 == "CC"):
            problems.append(f"a dangling preposition: ‘{w1}’")
        elif w1 in _CONJUNCTIONS and (punct2 or t2 == "CC"):
            problems.append(f"a dangling conjunction: ‘{w1}’")
        elif w1 in _COPULAS and (t2 == "CC" or (punct2 and w2 not in _OPENING_OR_CLOSING)):
            problems.append(f"a verb left without its complement: ‘{w1}’")
        elif (
            t1 in ("VBD", "VBZ", "VBP")
            and t2 in ("VBD", "VBZ", "VBP")
            and w1 not in _COPULAS
            and w1 not in _AUXILIARIES
        ):
            problems.append(f"two verbs in a row: ‘{w1} {w2}’")
        elif w1 == "not" and (t2 == "CC" or punct2):
            problems.append("a negation left without what it denies")
        elif w1 in ("more", "most", "less", "least", "very", "so", "too") and t2 in (
            "VBN",
            "VBD",
            "VB",
        ):
            problems.append(f"a degree word left before a verb: ‘{w1} {w2}’")
        elif w1 in _DEGREE_BEFORE_ADJECTIVE and t2 in ("NN", "NNS"):
            problems.append(f"a degree word left before a noun: ‘{w1} {w2}’")
        elif w1 in _AUXILIARIES and w1 not in _COPULAS and punct2 and w2 not in _OPENING_OR_CLOSING:
            problems.append(f"a verb left without its complement: ‘{w1}’")
        elif w1 in _DEGREE_OF_DEGREE and (t2 in ("JJR", "RBR") or w2 in ("more", "less")):
            problems.append(f"a degree word left before a comparative: ‘{w1} {w2}’")
        elif (
            w1 in _DEGREE_LEFT
            and (t2.startswith("NN") or punct2 or t2 == "CC")
            and not (w1 == "so" and _DID_SO.search(result))  # "and did so." stands for a verb
        ):
            problems.append(f"a degree word left without its adjective: ‘{w1} {'' if end else w2}’")
    return problems


def _quote_balance(text: str) -> tuple[int, int]:
    """Straight double quotes modulo two, and curly opening minus closing ones: an edit that
    takes away one mark of a pair changes them."""
    return text.count('"') % 2, text.count("“") - text.count("”")


_DOUBLED_DASH = re.compile(r"(?<![-–—])[-–—]\s+[-–—](?![-–—])")
_OPENING_OR_CLOSING = {"“", "”", '"', "‘", "’", "(", "«", "»"}
_DEGREE_BEFORE_ADJECTIVE = {
    "fairly",
    "rather",
    "quite",
    "somewhat",
    "relatively",
    "slightly",
    "very",
    "extremely",
    "highly",
    "increasingly",
    "particularly",
    "especially",
    "truly",
    "deeply",
    "too",
    "so",
}
_DEGREE_OF_DEGREE = {"so", "too", "very", "how", "as"}
_DEGREE_LEFT = {"most", "very", "so", "too", "extremely", "highly", "least"}
#: "so" standing for a verb phrase after "do" ("and did so", "doing so"), not a degree word.
_DO_FORMS = frozenset(("do", "does", "did", "done", "doing"))
_DID_SO = re.compile(r"\b(?:" + "|".join(_DO_FORMS) + r")\s+so\b", re.IGNORECASE)


def _pairs(text: str) -> dict[tuple[tuple[str, str], tuple[str, str]], None]:
    """The text's adjacent (word, tag) pairs, each once, in text order (the order the
    self-check's problems are listed in: the same on every run)."""
    tokens = [m.group() for m in _CHECK_TOKEN.finditer(text)]
    wordlike = [t for t in tokens if t[:1].isalnum()]
    word_tags = iter(tags(wordlike))
    tagged = [(t.lower(), next(word_tags) if t[:1].isalnum() else "PUNCT") for t in tokens]
    tagged.append(("<end>", "END"))
    return dict.fromkeys(itertools.pairwise(tagged))


@lru_cache(maxsize=256)
def _forms(source: tuple[str, ...]) -> frozenset[str]:
    """The words and every inflection of each (a verb's tenses, a noun's plural)."""
    found = set(source)
    for word in source:
        found |= _word_forms(word)
    return frozenset(found)


@lru_cache(maxsize=65536)
def _word_forms(word: str) -> frozenset[str]:
    """Every inflection of every lemma of ``word`` (lemminflect copies its tables on
    each call, so a word's forms are worked out once)."""
    from lemminflect import getAllInflections, getAllLemmas

    found: set[str] = set()
    lemmas = {lemma for forms in getAllLemmas(word).values() for lemma in forms}
    for lemma in lemmas:
        for forms in getAllInflections(lemma).values():
            found.update(f.lower() for f in forms)
    return frozenset(found)


def _vocabulary_for(replacements: tuple[str, ...]) -> frozenset[str]:
    from lemminflect import getAllInflections, getAllLemmas

    found: set[str] = set()
    for phrase in replacements:
        for word in re.findall(r"[\w'\-]+", phrase.lower()):
            found.add(word)
            lemmas = {lemma for forms in getAllLemmas(word).values() for lemma in forms}
            for lemma in lemmas | {word}:
                for forms in getAllInflections(lemma).values():
                    found.update(f.lower() for f in forms)
    return frozenset(found)


#: Each lexicon's allowed words, made once (a lexicon does not change once loaded); weak,
#: so a user's lexicon dropped after a run takes its words with it.
_ALLOWED: weakref.WeakKeyDictionary[Lexicon, frozenset[str]] = weakref.WeakKeyDictionary()


def _allowed(lexicon: Lexicon | None) -> frozenset[str]:
    """Words a restatement may hold that its original does not: every form of the
    lexicon's and the learned table's replacements, and grammar words."""
    if lexicon is None:
        from summarize.perspective.lexicon import load_lexicon

        lexicon = load_lexicon()
    found = _ALLOWED.get(lexicon)
    if found is None:
        replacements = sorted(
            {
                value
                for category in lexicon.categories.values()
                for value in category.terms.values()
                if value and category.edit == "replace"
            }
        )
        data = _data()
        plain = tuple(
            sorted(
                set(data.plain_verbs.values())
                | set(data.plain_nouns.values())
                | set(data.plain_phrasal.values())
            )
        )
        found = (
            _vocabulary_for(tuple(replacements) + plain) | _GRAMMAR_WORDS | _learned().vocabulary
        )
        _ALLOWED[lexicon] = found
    return found


# --- the learned table ----------------------------------------------------------------


@dataclass(frozen=True)
class LearnedWord:
    #: The share of the training sentences holding the word in which the editors edited it.
    p: float
    #: How many such edits were seen.
    n: int
    #: The plain word that took its place in most of them ("": removed).
    replacement: str = ""
    #: The detector's probability by part of speech (a Penn tag's first letter: J, R, N,
    #: V); empty: ``p`` whatever the part of speech.
    classes: tuple[tuple[str, float], ...] = ()

    def p_for(self, tag: str) -> float:
        """The probability where the word stands as ``tag`` (a Penn tag)."""
        if not self.classes:
            return self.p
        for cls, p in self.classes:
            if tag[:1] == cls:
                return p
        return 0.0


@dataclass(frozen=True)
class _Learned:
    threshold: float
    words: dict[str, LearnedWord]
    #: Every form of every replacement (the self-check's vocabulary).
    vocabulary: frozenset[str]


@lru_cache(maxsize=1)
def _learned() -> _Learned:
    """``data/neutral_learned.toml`` (``python -m summarize.lab.train_neutral``)."""
    import tomllib
    from importlib import resources

    raw = tomllib.loads(
        resources.files("summarize.data")
        .joinpath("neutral_learned.toml")
        .read_text(encoding="utf-8")
    )
    table = {
        normalise_word(word): LearnedWord(
            float(entry["p"]),
            int(entry["n"]),
            str(entry.get("replacement", "")),
            tuple((c, float(entry[c])) for c in ("J", "R", "N", "V") if c in entry),
        )
        for word, entry in raw["words"].items()
    }
    replacements = tuple(sorted({e.replacement for e in table.values() if e.replacement}))
    return _Learned(float(raw["threshold"]), table, _vocabulary_for(replacements))


def _learned_short(entry: LearnedWord | None, tag: str = "") -> str:
    """The edit trail's reason: "an editor's word of judgement: the bias detector, learned
    from Wikipedia neutrality edits and annotated news, gives it 71% where it stands"."""
    if entry is None:
        return _SHORT[LEARNED]
    p = entry.p_for(tag) if tag else entry.p
    return (
        f"{_SHORT[LEARNED]}: the bias detector, learned from Wikipedia neutrality edits and "
        f"annotated news, gives it {p:.0%} where it stands"
    )


_UPOS = {"J": "ADJ", "R": "ADV", "N": "NOUN", "V": "VERB"}


def _plain_verb(tagged: _Tagged, indexes: list[int]) -> str:
    """The plain verb of a single flagged verb's class ("complained" -> "say"), or ""."""
    if len(indexes) != 1 or not tagged.tag(indexes[0]).startswith("VB"):
        return ""
    return _data().plain_verbs.get(_lemma(tagged.word(indexes[0]), "VERB"), "")


def _phrasal(cue: Cue, tagged: _Tagged) -> tuple[int, str] | None:
    """(end, plain verb) when a flagged verb and the preposition after it name one act
    (``neutral.toml`` plain_phrasal: "lashed out at" -> "criticised", "bristled at" ->
    "objected to"), in the verb's tense."""
    indexes = tagged.inside(cue.start, cue.end)
    if not indexes or not tagged.tag(indexes[0]).startswith("VB"):
        return None
    table = _data().plain_phrasal
    verb = _lemma(tagged.word(indexes[0]), "VERB")
    for length in (4, 3, 2):
        words = tagged.lower[indexes[0] + 1 : indexes[0] + length]
        if len(words) != length - 1 or indexes[-1] > indexes[0] + length - 2:
            continue
        plain = table.get((verb, *words))
        if plain and all(tagged.gap(indexes[0] + k).strip() == "" for k in range(length - 1)):
            from lemminflect import getInflection

            tag = tagged.tag(indexes[0])
            if tag == "VBD" and tagged.word(indexes[0] - 1) in _AUXILIARIES:
                tag = "VBN"
            head, _, particle = plain.partition(" ")  # "object to": the verb takes the tense
            forms = getInflection(head, tag=tag) if tag != "VB" else [head]
            form = next((f for f in forms if "is" in f and "iz" not in f), "") or (
                forms[0] if forms else head
            )
            return tagged.tokens[indexes[0] + length - 1][1], f"{form} {particle}".strip()
    return None


def _after_a_determiner(tagged: _Tagged, i: int) -> bool:
    """Whether word ``i`` closes a noun phrase opened by a determiner or a possessive,
    over adjectives and the adverbs on them ("a now familiar rant", "her latest rant"):
    there a word the word-only tagging reads as a verb is a noun."""
    j = i - 1
    while j >= 0 and tagged.tag(j) in ("RB", "JJ", "JJS", "JJR") and not tagged.gap(j).strip():
        j -= 1
    return (
        j < i - 1
        and j >= 0
        and tagged.tag(j) in ("DT", "PRP$", "POS")
        and (not tagged.gap(j).strip())
    )


def _plain_noun(tagged: _Tagged, indexes: list[int]) -> str:
    """The plain noun for a single flagged noun of news metaphor ("firestorm" ->
    "controversy", "outbursts" -> "remarks"), in the flagged word's number, or ""."""
    if len(indexes) != 1:
        return ""
    if tagged.tag(indexes[0]) not in ("NN", "NNS") and not (
        tagged.tag(indexes[0]) in ("VB", "VBP") and _after_a_determiner(tagged, indexes[0])
    ):
        return ""
    plain = _data().plain_nouns.get(_lemma(tagged.word(indexes[0]), "NOUN"), "")
    if plain and tagged.tag(indexes[0]) == "NNS":
        from lemminflect import getInflection

        forms = getInflection(plain, tag="NNS")
        plain = forms[0] if forms else ""
    return plain


def _speech_verbs(
    text: str, start: int, cues: list[Cue], tagged: _Tagged, quotes: list[tuple[int, int]]
) -> list[Cue]:
    """Cues for the verbs of saying that judge the speaker ("complained that …"), among
    the author's words an attribution cue covers: the restatement says "said"."""
    data = _data()
    found: list[Cue] = []
    for cue in cues:
        if cue.type != "attribution" or cue.quoted:
            continue
        for i in tagged.inside(cue.start, cue.end):
            if not tagged.tag(i).startswith("VB"):
                continue
            if data.plain_verbs.get(_lemma(tagged.word(i), "VERB")) != "say":
                continue
            s, e, word = tagged.tokens[i]
            if inside(quotes, s, e) or _in_open_quote(text, s - start):
                continue
            found.append(
                Cue(start=s, end=e, text=word, type=SPEECH_VERB, explanation=_WHY[SPEECH_VERB])
            )
    return found


@lru_cache(maxsize=1)
def _table_forms() -> frozenset[str]:
    """Every written form of the words :func:`_table_cues` looks for (a cheap first test,
    so a sentence without one costs a set lookup per word)."""
    from lemminflect import getAllInflections

    data = _data()
    forms: set[str] = set(data.force_adverbs)
    verbs = set(data.plain_verbs) | {key[0] for key in data.plain_phrasal}
    for lemma in verbs:
        forms.add(lemma)
        for inflected in getAllInflections(lemma, upos="VERB").values():
            forms.update(inflected)
    for lemma in data.plain_nouns:
        forms.add(lemma)
        for inflected in getAllInflections(lemma, upos="NOUN").values():
            forms.update(inflected)
    return frozenset(f.lower() for f in forms)


def _margin(tagged: _Tagged, first: int, last: int) -> bool:
    """Words ``first..last`` are one word giving the size of a vote or a win: an adverb
    right before a verb of voting or deciding, or an adjective right before a noun of a
    count ("overwhelmingly rejected", "a narrow majority"), or an adverb after such a verb
    and its object ("won the seat comfortably"), or after "did so" standing for one ("to
    override, and did so easily")."""
    if first != last:
        return False
    data = _data()
    word, after = tagged.word(first), last + 1
    if word in data.margin_adverbs:
        if _verb_of(tagged, after, data.vote_verbs):
            return True
        if first >= 2 and tagged.word(first - 1) == "so" and tagged.word(first - 2) in _DO_FORMS:
            return any(_verb_of(tagged, k, data.vote_verbs) for k in range(first - 2))
        for k in range(first - 1, max(-1, first - 5), -1):
            if "," in tagged.gap(k) or tagged.tag(k) in ("CC", "IN"):
                break  # "won, and then easily …": not this verb's margin
            if _verb_of(tagged, k, data.vote_verbs):
                return True
        return False
    return word in data.margin_adjectives and tagged.word(after) in data.vote_nouns


def _force(tagged: _Tagged, first: int, last: int) -> bool:
    """Words ``first..last`` are one adverb of force right before a verb of saying,
    criticism or contest ("sharply criticised", "bluntly accused")."""
    data = _data()
    if first != last or tagged.word(first) not in data.force_adverbs:
        return False
    return tagged.gap(last).strip() == "" and _verb_of(tagged, last + 1, data.force_verbs)


def _verb_of(tagged: _Tagged, index: int, lemmas: frozenset[str]) -> bool:
    """The word at ``index`` is a verb whose lemma is one of ``lemmas``."""
    return tagged.tag(index).startswith("VB") and _lemma(tagged.word(index), "VERB") in lemmas


def _table_cues(
    text: str, start: int, cues: list[Cue], tagged: _Tagged, quotes: list[tuple[int, int]]
) -> list[Cue]:
    """Cues for the author's words that no detector flagged but the restatement's tables
    name with a plain word: a verb of criticism or complaint ("chided", "crowed"), a verb
    with its preposition ("took a swipe at"), a noun of news metaphor ("uproar"). Like the
    learned words they are edited only where the plain word fits, else left alone."""
    data = _data()
    surface = _table_forms()
    candidates = [i for i, w in enumerate(tagged.lower) if w in surface]
    if not candidates:
        return []
    covered = {i for c in cues for i in tagged.inside(c.start, c.end)}
    phrasal_verbs = {key[0] for key in data.plain_phrasal}
    found: list[Cue] = []
    for i in candidates:
        s, e, word = tagged.tokens[i]
        if i in covered:
            continue
        tag = tagged.tag(i)
        if _force(tagged, i, i):
            pass  # "sharply criticised": removed as a word of force
        elif tag.startswith("VB"):
            lemma = _lemma(tagged.word(i), "VERB")
            if lemma not in data.plain_verbs and lemma not in phrasal_verbs:
                continue
            if lemma not in data.plain_verbs:
                probe = Cue(start=s, end=e, text=word, type=TABLE_WORD, explanation="")
                if _phrasal(probe, tagged) is None:
                    continue
        elif tag in ("NN", "NNS"):
            if _lemma(tagged.word(i), "NOUN") not in data.plain_nouns:
                continue
        else:
            continue
        if not word.islower() or inside(quotes, s, e) or _in_open_quote(text, s - start):
            continue
        found.append(Cue(start=s, end=e, text=word, type=TABLE_WORD, explanation=_WHY[TABLE_WORD]))
    return found


def _reported_part(text: str, start: int, found: Found | None) -> tuple[int, int]:
    """The span (absolute offsets) of what a named speaker's verb reports: the words after
    "said", "believes" …, or, when the verb and speaker close the sentence ("…, Bloomberg
    said."), the words before them. (0, 0) when the sentence reports nobody."""
    if found is None or not found.speaker or not found.verb_span:
        return (0, 0)
    verb_start, verb_end = found.verb_span
    if _closes(text, start, found):
        comma = text.rfind(",", 0, verb_start - start)
        if comma > 0 and _named_before(text[:comma], found.speaker):
            # "Mayor Anne Kowalski, who has spent …, called the plan “responsible.”": the
            # subject and its relative clause, not words the verb reports
            return (verb_end, start + len(text))
        return (start, start + comma) if comma > 0 else (0, 0)
    return (verb_end, start + len(text))


def closing_report(text: str, start: int, found: Found) -> tuple[int, int] | None:
    """The words before a speaker and their verb that close the sentence after a comma
    ("Asking firms to police users would stifle innovation, it said.", "…, showbusiness
    newspaper Variety reported."): the span (absolute offsets) of what the speaker said,
    which are theirs and not the author's. None when the verb does not close the sentence
    so, or is a participle ("…, saying:" opens the quotation that follows)."""
    if not found.speaker or not found.verb_span or not _closes(text, start, found):
        return None
    verb_start, verb_end = found.verb_span[0] - start, found.verb_span[1] - start
    if text[verb_start:verb_end].lower().endswith("ing"):
        return None
    comma = text.rfind(",", 0, verb_start)
    if comma <= 0 or len(text[comma + 1 : verb_start].split()) > _CLOSING_WORDS:
        return None
    if _named_before(text[:comma], found.speaker):
        return None
    return (start, start + comma)


#: At most this many words between the comma and a closing verb of saying: the speaker's
#: phrase ("news agency Associated Press").
_CLOSING_WORDS = 6


def _closes(text: str, start: int, found: Found) -> bool:
    """At most three words follow the verb that reports the sentence ("…, it said on
    Monday."), or a short phrase of whom, where or how it was told, with no clause of its own
    ("…, the union leader told BBC Radio 4's Today programme.", "…, Tony Blair told a rally
    in Leeds.")."""
    assert found.verb_span is not None
    after = re.findall(r"[A-Za-z]+", text[found.verb_span[1] - start :])
    if len(after) <= 3:
        return True
    tail = text[found.verb_span[1] - start :]
    return (
        len(after) <= _CLOSING_TAIL
        and not any(w.lower() in _TAIL_CLAUSE_WORDS for w in after)
        and not re.search(r"[,;:—–]|\s-\s", tail.rstrip(".!?\"”’' "))
        # no verb: "…, which said the measures unfairly penalised Roma people" goes on
        # with what was said
        and not any(t.startswith(("VB", "MD")) for t in tags([w for _s, _e, w in words(tail)]))
    )


#: At most this many words after a closing verb of saying: whom, where or how it was told.
_CLOSING_TAIL = 7
#: Words that open a clause of their own after a verb: what follows is what was said, or
#: more of the sentence ("told MPs that …", "told them to leave", "said it would …").
_TAIL_CLAUSE_WORDS = frozenset((
    "that", "to", "whether", "if", "because", "when", "which", "who", "whom", "how", "what",
    "why", "while", "as", "and", "but", "it", "he", "she", "they", "we", "i", "you", "there",
    "this", "these", "those", "its", "his", "her", "their", "was", "were", "is", "are",
    "would", "will", "could", "should", "may", "might", "must", "has", "have", "had",
))  # fmt: skip


def _named_before(text: str, speaker: str) -> bool:
    """The speaker's last name (or the whole speaker) opens ``text``'s first clause: it is
    the sentence's subject, before its verb, not a closing "…, X said"."""
    first = text.split(",")[0]
    key = speaker.split()[-1] if speaker.split() else speaker
    if not key or key not in first:
        return False  # (the search below needs it)
    return re.search(rf"\b{re.escape(key)}\b", first) is not None


def _learned_replacement(entry: LearnedWord | None, tag: str) -> str:
    """The learned replacement, when it can stand in the word's part of speech (``tag``, a
    Penn tag); "" else."""
    if entry is None or not entry.replacement:
        return ""
    from lemminflect import getAllLemmas

    upos = _UPOS.get(tag[:1], "")
    return entry.replacement if upos and upos in getAllLemmas(entry.replacement) else ""


def learned_fits(entry: LearnedWord, word: str, tag: str) -> bool:
    """Whether the word (lower case, Penn ``tag``) can go: replaced by a word of its part of
    speech, or removed as a modifier (an adjective or adverb, read so here and in the
    dictionary), or a verb of saying or criticism that judges, replaced by the plain verb of
    its class. A noun that modifies ("the genocide museum", "a surprise visit") names a
    fact and stays. Training (``summarize.lab.train_neutral``) asks the same."""
    if _learned_replacement(entry, tag):
        return True
    from lemminflect import getAllLemmas

    upos = _UPOS.get(tag[:1], "")
    readings = getAllLemmas(word)
    if upos == "VERB" and "VERB" in readings:
        return readings["VERB"][0] in _data().plain_verbs
    return upos in ("ADJ", "ADV") and upos in readings


def _learned_cue(
    text: str,
    start: int,
    cues: list[Cue],
    tagged: _Tagged,
    quotes: list[tuple[int, int]],
    proper_words: frozenset[str],
    found: Found | None = None,
) -> Cue | None:
    """The single word of the sentence most likely to be biased by the learned table, when
    its likelihood reaches the table's threshold and nothing else covers it.

    Never a word inside a cue, a quotation or a name (a capital not at the sentence's
    start), nor a hedge or a negation: the restatement keeps those whatever flagged them;
    nor a word of what a named speaker is reported to have said or believed ("Smith said
    it was a great win"): the words are the speaker's, in the author's paraphrase.
    """
    learned = _learned()
    data = _data()
    reported = _reported_part(text, start, found)
    best: tuple[float, int] | None = None
    for i, (s, e, word) in enumerate(tagged.tokens):
        if reported[0] <= s < reported[1]:
            continue
        entry = learned.words.get(tagged.lower[i])
        if entry is None:
            continue
        p = entry.p_for(tagged.tag(i))
        if p < learned.threshold:
            continue
        if (i > 0 and word[:1].isupper()) or word in proper_words:
            continue
        if tagged.tag(i).startswith("NNP") or (
            word[:1].isupper() and tagged.word(i + 1)[:1] and tagged.words[i + 1][:1].isupper()
        ):
            continue  # a name, or the start of one ("Verdant Records")
        if tagged.lower[i] in data.hedges or tagged.lower[i] in data.negations:
            continue
        if not learned_fits(entry, tagged.lower[i], tagged.tag(i)):
            continue
        if any(c.start < e and s < c.end for c in cues):
            continue
        if inside(quotes, s, e) or _in_open_quote(text, s - start):
            continue
        if best is None or p > best[0]:
            best = (p, i)
    if best is None:
        return None
    s, e, word = tagged.tokens[best[1]]
    entry = learned.words[tagged.lower[best[1]]]
    return Cue(
        start=s,
        end=e,
        text=word,
        type=LEARNED,
        explanation=f"‘{word}’ is {_learned_short(entry, tagged.tag(best[1]))}",
        weight=0.0,
    )


# --- data -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Data:
    hedges: frozenset[str]
    negations: frozenset[str]
    plain_adverbs: frozenset[str]
    contested: frozenset[str]
    degree: frozenset[str]
    technical_regime: frozenset[str]
    #: Adjectives of rule and words of state that make "regime" a government.
    ruler_adjectives: frozenset[str]
    ruler_context: frozenset[str]
    lowercase_after_said: frozenset[str]
    literal_before: dict[str, tuple[str, ...]]
    #: Verb lemma -> nouns of which an adjective between them is all that is said.
    adjective_frames: dict[str, frozenset[str]]
    sport_words: tuple[str, ...]
    sport_strong: frozenset[str]
    sport_verbs: frozenset[str]
    sport_terms: frozenset[str]
    places: frozenset[str]
    system_nouns: frozenset[str]
    #: Plain words that replace a label only with a ruler named ("tyranny" -> "rule").
    owned_replacements: frozenset[str]
    #: Words that name a crime ("murdered"): kept and flagged, never swapped.
    legal_terms: frozenset[str]
    #: Sentence adverbs of a wish ("Hopefully, …"), kept: they make the sentence a wish.
    wish_adverbs: frozenset[str]
    #: Verbs whose manner is their content ("treat residents respectfully").
    manner_verbs: frozenset[str]
    #: Verbs of one quantity beside another ("greatly outnumber"): the adverb is the size.
    comparison_verbs: frozenset[str]
    #: Verbs of a changing quantity and the adverbs that size the change ("risen sharply").
    change_verbs: frozenset[str]
    size_adverbs: frozenset[str]
    #: Verbs of the subject's own feeling ("fondly remember"): the adverb before them stays.
    feeling_verbs: frozenset[str]
    #: Adverbs that mark examples ("notably Sweden"): before a name or a phrase, kept.
    example_adverbs: frozenset[str]
    #: Adverbs that say words were not meant as said ("facetiously said"), kept.
    non_literal_adverbs: frozenset[str]
    #: Adverbs of degree ("very wide"): before a word that does not judge, how far it holds.
    degree_adverbs: frozenset[str]
    #: Words of a lack, and "any" ("the lack of any coherent policy"): like a negation.
    lack_words: frozenset[str]
    #: Adjectives that are also nouns of a person's standing before a name ("Liverpool great
    #: Ian Rush").
    standing_nouns: frozenset[str]
    #: Verbs of demand ("call for", "urge"): an adjective in their object is the demand's.
    demand_verbs: frozenset[str]
    #: Nouns of an award ("the best new act award"): the words before them name its category.
    award_nouns: frozenset[str]
    #: Words of scarcity ("few groundbreaking announcements"): like a negation, unless a
    #: determiner before them makes them a small amount ("a few", "their little").
    scarce_words: frozenset[str]
    #: Nouns of a quantity ("an untold number"): the adjective before them is its size.
    quantity_nouns: frozenset[str]
    #: Adverbs of how much of an action was done ("wholly owned", "deleted entirely").
    extent_adverbs: frozenset[str]
    #: Adverbs of how high a thing ranks, after its verb ("ranked highly").
    extent_adverbs_after: frozenset[str]
    #: Adverbs of which way an action goes ("positively impact"): beside a verb, a fact.
    direction_adverbs: frozenset[str]
    #: Frames that make the label after them the author's verdict ("nothing short of").
    verdict_frames: tuple[str, ...]
    #: Past participles that do not stand before a noun ("the killed editor").
    not_attributive: frozenset[str]
    standard_terms: tuple[str, ...]
    naming_verbs: frozenset[str]
    organisation_words: frozenset[str]
    #: Verb lemma -> the plain verb of its class ("complain" -> "say").
    plain_verbs: dict[str, str] = field(default_factory=dict)
    #: Prefixes that make a word name a time ("pre-election", "post-war").
    time_prefixes: tuple[str, ...] = ()
    #: Noun lemma -> the plain noun that describes the same thing ("firestorm" ->
    #: "controversy").
    plain_nouns: dict[str, str] = field(default_factory=dict)
    #: Last parts of a hyphened word that make it a fact ("-winning", "-year-old").
    factual_compound_suffixes: tuple[str, ...] = ()
    #: Last parts of a hyphened word that make it a verdict ("-prone", "-ridden").
    judging_compound_suffixes: tuple[str, ...] = ()
    #: Labels whose plain word ("officials") fits only after a word of government.
    office_labels: frozenset[str] = frozenset()
    office_after: frozenset[str] = frozenset()
    #: Colours, and the words that give their shade ("dark blue").
    colours: frozenset[str] = frozenset()
    shades: frozenset[str] = frozenset()
    #: Hyphened praise that names no fact ("award-winning"): editable.
    vague_compounds: frozenset[str] = frozenset()
    #: Adjectives of a measurable property or a category ("wealthy", "authoritarian").
    descriptive: frozenset[str] = frozenset()
    #: Words an adjective's removal would leave to modify the noun ("one-time", "former").
    scope_modifiers: frozenset[str] = frozenset()
    #: Last words of names that keep their "the" ("Grand Prix", "Senate").
    article_names: frozenset[str] = frozenset()
    #: (verb lemma, preposition...) -> the plain verb that replaces both ("lash out at" ->
    #: "criticise").
    plain_phrasal: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: Adverbs of force and the verbs they measure ("sharply" + "criticise").
    force_adverbs: frozenset[str] = frozenset()
    force_verbs: frozenset[str] = frozenset()
    #: Nouns that say nothing without their adjective ("fashion", "manner").
    needs_modifier: frozenset[str] = frozenset()
    #: Participles that say how well placed only with their adverb ("perfectly placed").
    needs_manner: frozenset[str] = frozenset()
    #: Words of how people feel, kept before the people they describe ("shocked officials").
    feelings_of_people: frozenset[str] = frozenset()
    compound_heads: frozenset[str] = frozenset()
    #: Object heads a replacement verb cannot or can only take ("criticised its price").
    sense_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Nouns of amount in heat before "of" ("a maelstrom of controversy").
    amount_metaphors: frozenset[str] = frozenset()
    #: Adjective -> the head nouns it measures there ("deadly" + "attack").
    measured: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Nouns that say nothing as a bare predicate ("he's a choice").
    empty_predicates: frozenset[str] = frozenset()
    #: Verbs of going through an occasion, and those occasions ("endured a miserable
    #: season"): the adjective is all that is said of it.
    occasion_verbs: frozenset[str] = frozenset()
    occasions: frozenset[str] = frozenset()
    #: Fixed idioms with an adjective in them ("deaf ears", "red tape").
    idioms: tuple[str, ...] = ()
    #: The size of a vote or win: adverbs before a verb of voting, adjectives before a
    #: noun of a count ("overwhelmingly rejected", "a narrow majority").
    margin_adverbs: frozenset[str] = frozenset()
    margin_adjectives: frozenset[str] = frozenset()
    vote_verbs: frozenset[str] = frozenset()
    vote_nouns: frozenset[str] = frozenset()
    #: Words of a charge, plea or verdict: a verdict word after one names the offence.
    charge_words: frozenset[str] = frozenset()
    #: Legal status words, and the acts of states they judge rather than describe
    #: ("illegal sanctions", "an unlawful occupation"): one side's claim there.
    legality: frozenset[str] = frozenset()
    state_acts: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _data() -> _Data:
    import tomllib
    from importlib import resources

    raw = tomllib.loads(
        resources.files("summarize.data").joinpath("neutral.toml").read_text(encoding="utf-8")
    )

    def words_of(key: str) -> frozenset[str]:
        return frozenset(normalise_word(w) for w in raw[key])

    sport = raw["sport"]
    return _Data(
        hedges=words_of("hedges"),
        negations=words_of("negations"),
        plain_adverbs=words_of("plain_adverbs"),
        contested=words_of("contested"),
        degree=words_of("degree"),
        technical_regime=words_of("technical_regime"),
        ruler_adjectives=words_of("ruler_adjectives"),
        ruler_context=words_of("ruler_context"),
        lowercase_after_said=words_of("lowercase_after_said"),
        literal_before={k: tuple(v) for k, v in raw["literal_before"].items()},
        adjective_frames={k: frozenset(v) for k, v in raw["adjective_frames"].items()},
        sport_words=tuple(sport["words"]),
        sport_strong=frozenset(w for w in sport["words"] if " " not in w and w not in _WEAK_SPORT),
        sport_verbs=frozenset(sport["verbs"]),
        sport_terms=frozenset(sport["terms"]),
        system_nouns=words_of("system_nouns"),
        owned_replacements=words_of("owned_replacements"),
        legal_terms=words_of("legal_terms"),
        not_attributive=words_of("not_attributive"),
        verdict_frames=tuple(raw["verdict_frames"]),
        wish_adverbs=words_of("wish_adverbs"),
        manner_verbs=words_of("manner_verbs"),
        comparison_verbs=words_of("comparison_verbs"),
        change_verbs=words_of("change_verbs"),
        size_adverbs=words_of("size_adverbs"),
        quantity_nouns=words_of("quantity_nouns"),
        lack_words=words_of("lack_words"),
        scarce_words=words_of("scarce_words"),
        award_nouns=words_of("award_nouns"),
        demand_verbs=words_of("demand_verbs"),
        standing_nouns=words_of("standing_nouns"),
        degree_adverbs=words_of("degree_adverbs"),
        non_literal_adverbs=words_of("non_literal_adverbs"),
        example_adverbs=words_of("example_adverbs"),
        feeling_verbs=words_of("feeling_verbs"),
        extent_adverbs=words_of("extent_adverbs"),
        extent_adverbs_after=words_of("extent_adverbs_after"),
        direction_adverbs=words_of("direction_adverbs"),
        standard_terms=tuple(normalise_word(w) for w in raw["standard_terms"]),
        naming_verbs=words_of("naming_verbs"),
        places=frozenset(normalise_word(w) for w in raw["speakers"]["places"]),
        organisation_words=frozenset(raw["speakers"]["organisation_words"]),
        plain_verbs={
            normalise_word(verb): plain
            for plain, verbs in raw.get("plain_verbs", {}).items()
            for verb in verbs
        },
        time_prefixes=tuple(raw.get("time_prefixes", [])),
        plain_nouns={
            normalise_word(noun): plain
            for plain, nouns in raw.get("plain_nouns", {}).items()
            for noun in nouns
        },
        factual_compound_suffixes=tuple(raw.get("factual_compound_suffixes", [])),
        judging_compound_suffixes=tuple(raw.get("judging_compound_suffixes", [])),
        office_labels=frozenset(raw.get("office_labels", {}).get("words", [])),
        office_after=frozenset(raw.get("office_labels", {}).get("after", [])),
        descriptive=words_of("descriptive"),
        vague_compounds=words_of("vague_compounds"),
        colours=words_of("colours"),
        shades=words_of("shades"),
        scope_modifiers=words_of("scope_modifiers"),
        article_names=words_of("article_names"),
        needs_modifier=words_of("needs_modifier"),
        needs_manner=words_of("needs_manner"),
        feelings_of_people=words_of("feelings_of_people"),
        compound_heads=words_of("compound_heads"),
        empty_predicates=words_of("empty_predicates"),
        occasion_verbs=words_of("occasion_verbs"),
        occasions=words_of("occasions"),
        sense_objects={k: frozenset(v) for k, v in raw.get("sense_objects", {}).items()},
        measured={k: frozenset(v) for k, v in raw.get("measured", {}).items()},
        amount_metaphors=words_of("amount_metaphors"),
        force_adverbs=words_of("force_adverbs"),
        force_verbs=words_of("force_verbs"),
        idioms=tuple(normalise_word(w) for w in raw.get("idioms", [])),
        margin_adverbs=words_of("margin_adverbs"),
        margin_adjectives=words_of("margin_adjectives"),
        vote_verbs=words_of("vote_verbs"),
        vote_nouns=words_of("vote_nouns"),
        charge_words=words_of("charge_words"),
        legality=words_of("legality"),
        state_acts=words_of("state_acts"),
        plain_phrasal={
            tuple(phrase.split()): plain
            for plain, phrases in raw.get("plain_phrasal", {}).items()
            for phrase in phrases
        },
    )


#: Sport words that are common outside sport too: they count only beside another.
_WEAK_SPORT = {
    "over",
    "overs",
    "set",
    "sets",
    "seed",
    "seeded",
    "final",
    "cup",
    "try",
    "tries",
    "race",
    "manager",
    "coach",
    "season",
    "match",
    "matches",
    "victory",
    "defeat",
    "draw",
    "club",
    "side",
    "team",
    "fans",
    "squad",
    "lap",
    "laps",
    "league",
    "medal",
    "sprint",
    "attack",
}
_SCORE = re.compile(r"(?<![\d/.\-])\d{1,3}-\d{1,3}(?![\d/.\-])")


def normalise_word(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").lower()).strip()


def lexicon_replacement(lexicon: Lexicon, category: str, term: str) -> str:
    """The lexicon's neutral replacement of ``term`` in ``category`` ("" when none)."""
    from summarize.perspective.lexicon import normalise_term

    found = lexicon.categories.get(category)
    return found.terms.get(normalise_term(term), "") if found else ""


def _replacement(lexicon: Lexicon, cue: Cue) -> str:
    category = lexicon.categories.get(cue.type)
    if category is None:
        return ""
    from summarize.perspective.lexicon import normalise_term

    return category.terms.get(normalise_term(cue.text), "")


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _in_office(tagged: _Tagged, i: int, word: str) -> bool:
    """False for a label of ``[office_labels]`` with no word of government right before it
    ("Iran hardliners", "immigration hard-liners"); True for any other word."""
    data = _data()
    if normalise_word(word) not in data.office_labels:
        return True
    before = " ".join(tagged.lower[max(0, i - 2) : i])
    return tagged.word(i - 1) in data.office_after or before in data.office_after


def _reporting_verbs() -> frozenset[str]:
    """Every form of the verbs of saying (``speakers.toml``)."""
    return attribution_lists().verbs


def _repeats_previous(tagged: _Tagged, i: int, replacement: str) -> bool:
    """The word before word ``i`` opens ``replacement`` ("business" + "businessman")."""
    before = tagged.word(i - 1)
    return len(before) > 2 and replacement.lower().split()[0].startswith(before)


def _duplicates_next(text: str, start: int, end: int, replacement: str) -> bool:
    following = words(text[end - start :])
    return bool(following) and following[0][2].lower() == replacement.split()[-1].lower()


#: A record over a stated span of time: "its worst in a decade", "the highest since 1990".
_RECORD = re.compile(
    r"(?i)\b(?:in|since|for)\s+(?:a|an|the|over\s+a|\d[\d,]*)\s+(?:\w+\s+)?"
    r"(?:decades?|years?|century|centuries|generations?|months?|weeks?)\b"
    r"|\bsince\s+(?:\d{4}|records\s+began)\b|\bon\s+record\b"
)


def _drop_verdict_aside(build: _Builder, cues: list[Cue]) -> None:
    """ "... — a shameless lie." : an aside that only passes judgement."""
    match = _DASH_ASIDE.search(build.text)
    if not match or match.start() == 0:
        return
    s, e = build.start + match.start(), build.start + match.end()
    inside_cues = [c for c in cues if s <= c.start and c.end <= e]
    judging = [
        c
        for c in inside_cues
        if c.type in ("truth_verdict", "evaluative", "loaded_label", "verdict_idiom")
    ]
    aside = match.group()
    if len(re.findall(r"—|–|\s-\s|--", aside)) > 1 or build.text.rstrip().endswith(":"):
        return  # "- errors left untouched - and their solutions:": a closed aside, not the end
    if any(mark in aside for mark in '"“”«»'):
        return  # '— in attacking it as a “witch hunt.”': someone's words, and half a quotation
    if _RECORD.search(aside):
        return  # "- its worst in a decade": a record over a stated time, which can be checked
    if re.match(r"\W*(?:and|but|or|then|so|yet|which|who|whom|whose)\b", aside, re.I):
        return  # "- and then began passing secrets to …", "- which Bono rejected as a
        # cliche": a second clause, or one that reports, not an aside that judges
    if _NAMING_ASIDE.match(aside):
        return  # "- the so-called Golden Division": it names what it describes (not "— a
        # typical Western lie", which only characterises)
    verbs = re.search(r"(?i)\b(?:said|says|told|is|are|was|were|has|have|had|will)\b", aside)
    if judging and not verbs and len(words(aside)) <= 10:
        build.add(
            s,
            e,
            "",
            f"‘{aside.strip()}’: an aside that only passes the author's verdict",
            "verdict_aside",
        )


def _verdict_wrappers(
    build: _Builder, cues: list[Cue], quotes: list[tuple[int, int]], found: Found
) -> None:
    text, start = build.text, build.start
    for cue in cues:
        if cue.type != "truth_verdict":
            continue
        rest = text[cue.end - start :]
        report = _GERUND_REPORT.match(rest)
        is_phrase = len(cue.text.split()) > 1
        if report and (cue.text.lower() in ("lied", "lies", "lying") or is_phrase):
            end = cue.end + report.end()
            build.add(
                cue.start,
                end,
                "said",
                f"‘{text[cue.start - start : end - start]}’: the author's verdict on truth "
                "wrapped around a report; the report is that it was said",
                "verdict_report",
            )
            continue
        if cue.text.lower() in ("lied", "lies") and found.speaker:
            gerund = _GERUND.match(rest)
            if gerund and (gerund.group(2) or gerund.group(1).lower().endswith("ing")):
                stem = gerund.group(1) + (gerund.group(3) or "")
                if gerund.group(2):
                    stem = gerund.group(1)
                past = _past(stem)
                if past:
                    end = cue.end + gerund.end()
                    build.add(
                        cue.start,
                        end,
                        past,
                        f"‘{text[cue.start - start : end - start]}’: the author's verdict "
                        "‘lied’ dropped; what he did is reported as the act itself",
                        "verdict_act",
                    )
                    _unquote(build, end, quotes)


def _past(word: str) -> str | None:
    from lemminflect import getInflection, getLemma

    base = word.lower()
    if base.endswith("ing"):
        lemmas = getLemma(base, upos="VERB")
        base = lemmas[0] if lemmas else base[:-3]
    forms = getInflection(base, tag="VBD")
    return forms[0] if forms else None


def _unquote(build: _Builder, position: int, quotes: list[tuple[int, int]]) -> None:
    """Remove the marks of the quotation that contains ``position`` (now reported speech)."""
    for s, e in quotes:
        if s < position <= e:
            if not build.taken(s, s + 1):
                build.add(
                    s,
                    s + 1,
                    "",
                    "quotation marks dropped: the words are now reported speech",
                    "unquote",
                )
            closing = e - 1
            if build.text[closing - build.start] in '”"»’':
                build.add(
                    closing,
                    e,
                    "",
                    "quotation marks dropped: the words are now reported speech",
                    "unquote",
                )


def _insertions(build: _Builder, cues: list[Cue], quotes: list[tuple[int, int]]) -> None:
    """The author's "(sic)", bracketed judgements and bracketed changes of a letter or a word
    inside someone else's quotation ("(W)e", "ha(s)": shown without the brackets, as the
    seed's gold restates them)."""
    text, start = build.text, build.start
    judging = {"evaluative", "loaded_label", "truth_verdict", "intensifier", "emotion"}
    for cue in cues:
        if cue.type == "sic":
            build.remove_words(
                cue.start,
                cue.end,
                "‘(sic)’: the author's comment on the speaker's words, not part of them",
                "sic",
            )
        elif cue.type == "author_insertion":
            inner = [
                c for c in cues if cue.start < c.start and c.end < cue.end and c.type in judging
            ]
            content = cue.text[1:-1]
            covered = sum(c.end - c.start for c in inner)
            if inner and covered >= len(content.strip()) - 2:
                build.remove_words(
                    cue.start,
                    cue.end,
                    f"‘{cue.text}’: the author's judgement inserted into someone else's quotation",
                    "insertion",
                )
            # Otherwise the insertion stands in for the speaker's words ("(it)", "(the
            # regime remarks)"): it stays, in its brackets, so the reader still sees it is
            # the author's; loaded words inside it are neutralised like any others.
    for fix in _BRACKET_FIX.finditer(text):
        s, e = start + fix.start(), start + fix.end()
        if not inside(quotes, s, e):
            continue
        letters = fix.group(1) or fix.group(2)
        if fix.group().startswith("(") and fix.group(2) in ("s", "es") and _noun_before(text, fix):
            continue  # "the email(s)": one or more, the speaker's own hedge ("ha(s)" is a change)
        if fix.group(2) and letters.lower() not in _WORD_ENDINGS:
            # "colony[that] decided", "had[it] not": a word inserted, not an ending
            letters = " " + letters
        build.add(
            s,
            e,
            letters,
            f"‘{fix.group()}’: brackets mark the author's change to the "
            "quoted word; shown without them",
            "unbracket",
        )


def _speaker(
    build: _Builder,
    found: Found,
    quotes: list[tuple[int, int]],
    proper_words: frozenset[str],
    tagged: _Tagged | None = None,
) -> None:
    text, start = build.text, build.start
    if not found.speaker or not found.certain:
        return  # a speaker unspin is not sure of is not written into the claim
    name = surname(found.speaker)
    if name.endswith(("'s", "’s")) or found.speaker.endswith(("'s", "’s")):
        return  # "Bob Menendez's": a possessive, not the name; nothing is written in
    if found.how.startswith("‘") and " refers to " in found.how:
        pronoun = found.how[1 : found.how.index("’")]
        if pronoun.lower() not in ("he", "she") or not _certain(found, pronoun=True):
            return
        tokens = words(text, start)
        verb_at = found.verb_span[0] if found.verb_span else None
        subjects = [
            i
            for i, (_s, e, w) in enumerate(tokens)
            if w == pronoun and w.lower() in _SUBJECT_PRONOUN and (verb_at is None or e <= verb_at)
        ]
        # "While saying he admired X, he criticised …": the pronoun that is the verb's
        # subject is the last one before it, not one in an opening clause
        chosen = subjects[-1] if subjects else None
        for index, (ws, we, word) in enumerate(tokens):
            if index == chosen:
                if tagged is not None and any(
                    tagged.tag(j).startswith("NNP") for j in range(index)
                ):
                    # "Fox, a critic of Trump, said that he …": a name in the sentence
                    # before the pronoun may be the one it refers to; it stays "he"
                    break
                heads = attribution_lists().person_heads  # a person's role: "comedian"
                if any(w.lower() in heads for _s, _e, w in tokens[:index]):
                    # "The 40-year-old comedian caused a furore when he said …": so may a
                    # person's role ("Rock" would read as a second person)
                    break
                build.add(
                    ws,
                    we,
                    name,
                    f"‘{word}’ refers to {found.speaker}; the claim names "
                    "the speaker so it reads on its own",
                    "pronoun",
                )
                break
        return
    if not found.inherited or (found.verb and not found.how.startswith("inherited")):
        return
    if not _certain(found):
        return
    trailing = _TRAILING_REPORT.search(text)
    if trailing:  # '“...,” adding:' -> the quotation ends the restated sentence
        s = start + trailing.start()
        build.add(
            s,
            start + len(text),
            f".{trailing.group(2)}"
            if trailing.group(1) == ","
            else trailing.group(1) + trailing.group(2),
            f"‘{trailing.group().strip()}’ introduces the next quotation; the restated "
            "sentence ends with this one",
            "speaker",
        )
    tokens = words(text, start)
    first = tokens[0] if tokens else None
    lead = text[:1]
    at = start
    if first and first[2].lower() in _OPENERS and len(tokens) > 1:
        # "But he blamed …" -> "But Campese said that he blamed …"
        gap = text[first[1] - start : tokens[1][0] - start]
        at = tokens[1][0]
        first = tokens[1]
        lead = text[at - start : at - start + 1]
        if gap.strip() not in ("", ","):
            return
    if found.quote_only or lead in '“"‘«':
        if at != start:
            return
        if _OWN_REPORT.search(_outside_quotes(text, start, quotes)):
            return  # '"…," said Gebrselassie': the sentence names its own speaker
        # the last sentence of a quotation run has only the closing mark: it gets its opening
        opening = "" if lead in '“"‘«' else _opening_for(text)
        build.add(
            start,
            start,
            f"{name} said: {opening}",
            f"the quotation is {found.speaker}'s (named earlier); the claim says so",
            "speaker",
            note=f"added ‘{name} said:’ (the quotation is {found.speaker}'s, named earlier)",
        )
    elif first:
        opening = at == start
        build.add(
            at,
            at,
            f"{name} said that ",
            f"the words are {found.speaker}'s (named earlier); the claim says so",
            "speaker",
            note=f"added ‘{name} said that’ (the words are {found.speaker}'s, named earlier)",
        )
        ws, we, word = first
        first_tag = tagged.tag(0 if opening else 1) if tagged is not None else "NNP"
        named = is_given_name(word) or re.match(r"\s+[A-Z]", text[we - start :])
        lowerable = (
            word not in proper_words
            and not named
            and (word.lower() in _data().lowercase_after_said or not first_tag.startswith("NNP"))
        )
        if opening and word[:1].isupper() and lowerable and not word.isupper():
            build.add(
                ws,
                ws + 1,
                word[0].lower(),
                "lower case after ‘said that’",
                "grammar",
                note="small letter after ‘said that’",
            )


_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "prof",
    "professor",
    "president",
    "minister",
    "secretary",
    "chancellor",
    "governor",
    "senator",
    "judge",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "director",
    "general",
    "captain",
    "coach",
    "manager",
    "officer",
    "commissioner",
    "ambassador",
    "envoy",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "state",
    "deputy",
    "foreign",
    "prime",
    "vice",
    "executive",
}


def _certain(found: Found, pronoun: bool = False) -> bool:
    """Whether the speaker is certain enough to be named in the restatement.

    Attribution's own ``speaker_confidence`` decides when it gives one. Without it, a
    person named in full ("Sergey Rybakov") or by title and surname ("Mr Clarke") is
    named; one word ("Blinken", "Moscow") only when it is not an acronym and, where it
    replaces "he" or "she", not a place; never an organisation ("Arab News") or a title.
    """
    if found.method:  # attribution says how it found the speaker, and how sure it is
        return found.certain
    data = _data()
    tokens = (found.speaker or "").split()
    if not tokens or not all(t[:1].isupper() for t in tokens):
        return False
    last = tokens[-1].lower().strip(".")
    if last in _TITLES or last in data.organisation_words:
        return False
    if not all(tag.startswith("NNP") for tag in tags(tokens)):
        return False  # "Several Senators": not a name
    if pronoun and any(t.isupper() and len(t) > 1 for t in tokens):
        return False  # "BBC Sport" is not "he"
    if len(tokens) == 1:
        word = tokens[0]
        if (word.isupper() and len(word) > 1) or not pronoun:
            return False  # one word names a speaker only in place of "he" or "she"
        return normalise_word(word) not in data.places
    return not (pronoun and normalise_word(" ".join(tokens)) in data.places)


_OWN_REPORT = re.compile(r"(?i)\b(?:said|says|told|tells|added|adds|asked|explained)\b")


def _outside_quotes(text: str, start: int, quotes: list[tuple[int, int]]) -> str:
    """The sentence with its quotations blanked out."""
    chars = list(text)
    for s, e in quotes:
        for i in range(max(s - start, 0), min(e - start, len(chars))):
            chars[i] = " "
    return "".join(chars)


#: Words that open a sentence before its subject; "X said that" goes after them.
_OPENERS = {"but", "and", "yet", "so", "however", "still", "meanwhile", "also", "then"}


#: A number (digits, or a word from two up), which takes no "a" before what it counts
#: once the word between them has gone.
_MANY = re.compile(
    r"(?i)(?:\d[\d,.]*%?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)


def _counts(survivors: list[tuple[int, int, str]], k: int) -> bool:
    """The word at ``k`` (after a number) is what the number counts: a plural noun
    ("votes", "people", "children"), after "million" or "billion" too, or "percent"."""
    if k < len(survivors) and survivors[k][2].lower() in ("million", "billion", "thousand"):
        k += 1  # "a mere 1.5 million votes"
    if k >= len(survivors):
        return False
    word = survivors[k][2]
    found = tags([w for _s, _e, w in survivors])
    if word.lower() in ("percent", "per", "%"):
        # (but "a mere 7 percent increase": the share modifies a noun, which keeps its "a")
        return not (k + 1 < len(survivors) and found[k + 1] in ("NN", "NNP"))
    return found[k] in ("NNS", "NNPS")


def _tidy(build: _Builder) -> None:
    """Capitalise a new first word and fix a/an before a changed word."""
    text, start = build.text, build.start
    removed = sorted((e for e in build.edits if not e.replacement), key=lambda e: e.start)
    tokens = words(text, start)
    survivors = [t for t in tokens if not any(e.start <= t[0] and t[1] <= e.end for e in removed)]
    prefix = any(e.start == e.end == start for e in build.edits)
    if survivors and tokens and survivors[0] != tokens[0] and not prefix:
        ws, we, word = survivors[0]
        replaced = next((e for e in build.edits if e.start <= ws < e.end and e.replacement), None)
        if replaced is not None and replaced.replacement[:1].islower():
            replaced.replacement = replaced.replacement[:1].upper() + replaced.replacement[1:]
        elif word[:1].islower() and replaced is None:
            build.add(
                ws, ws + 1, word[0].upper(), "capital at the start of the sentence", "grammar"
            )
    _comma_before_noun(build, tokens, survivors, removed)
    for index, (ws, we, word) in enumerate(survivors[:-1]):
        if word.lower() not in ("a", "an"):
            continue
        nxt = survivors[index + 1]
        replaced = next(
            (e for e in build.edits if e.start <= nxt[0] < e.end and e.replacement), None
        )
        following = replaced.replacement if replaced else nxt[2]
        gap_removed = any(e.start >= we and e.end <= nxt[0] for e in removed) or replaced
        if not gap_removed:
            continue
        if _MANY.fullmatch(following) and _counts(survivors, index + 2):
            # "by a mere 3 votes" -> "by 3 votes" (not "a 3 votes"); "a 20 year-old", "a
            # 2016 election cycle" and "a 3-day visit" keep theirs
            gap = min((e.start for e in removed if e.start >= we), default=nxt[0])
            build.add(ws, gap, "", "no article before a number", "grammar")
            continue
        article = "an" if _VOWEL_SOUND.match(following) else "a"
        if article != word.lower():
            build.add(
                ws, we, _match_case(word, article), "article matches the next word", "grammar"
            )


def _comma_before_noun(
    build: _Builder,
    tokens: list[tuple[int, int, str]],
    survivors: list[tuple[int, int, str]],
    removed: list[Edit],
) -> None:
    """A comma that separated adjectives goes when the ones after it went: "a long, cruel
    and brutal process" without "cruel and brutal" is "a long process", not "a long,
    process"."""
    if len(survivors) < 2 or len(survivors) == len(tokens):
        return
    tagged = dict(zip(tokens, tags([w for _s, _e, w in tokens]), strict=True))
    for left, right in itertools.pairwise(survivors):
        if not tagged[left].startswith("JJ") or not tagged[right].startswith("NN"):
            continue
        gone = [tagged[t] for t in tokens if left[1] <= t[0] and t[1] <= right[0]]
        if not any(g.startswith(("JJ", "VBN")) for g in gone) or not all(
            g.startswith(("JJ", "RB", "CC", "VBN")) for g in gone
        ):
            continue  # only adjectives (with their adverbs and "and") went between
        for position in range(left[1], right[0]):
            local = build.local(position)
            if build.text[local] == "," and not build.taken(position, position + 1):
                build.add(
                    position,
                    position + 1,
                    "",
                    "the adjectives after it went",
                    "grammar",
                    note="removed ‘,’ (the adjectives after it went)",
                )
                break
    _conjunction_before_noun(build, tokens, survivors, tagged)


def _conjunction_before_noun(
    build: _Builder,
    tokens: list[tuple[int, int, str]],
    survivors: list[tuple[int, int, str]],
    tagged: dict[tuple[int, int, str], str],
) -> None:
    """An "and" or "or" that joined two adjectives goes when the second went: "intimidating
    and abusive letters" without "abusive" is "intimidating letters", not "intimidating
    and letters"."""
    for left, joiner, right in zip(survivors, survivors[1:], survivors[2:], strict=False):
        if joiner[2].lower() not in ("and", "or") or not tagged[right].startswith("NN"):
            continue
        if not tagged[left].startswith(("JJ", "VBG", "VBN")):
            continue
        if "-" in left[2] and tags([left[2].rsplit("-", 1)[1].lower()])[0] == "NNS":
            continue  # "cost-overruns and [exploding] personnel costs": two noun phrases
        gone = [tagged[t] for t in tokens if joiner[1] <= t[0] and t[1] <= right[0]]
        if not any(g.startswith(("JJ", "VBN", "VBG")) for g in gone) or not all(
            g.startswith(("JJ", "RB", "VBN", "VBG")) for g in gone
        ):
            continue  # only adjectives (with their adverbs) went between it and the noun
        if any(left[1] <= t[0] and t[1] <= joiner[0] for t in tokens):
            continue  # something stands between the adjective and the conjunction
        build.add(
            left[1],
            joiner[1],
            "",
            "the adjective after it went",
            "grammar",
            note=f"removed ‘{joiner[2]}’ (the adjective after it went)",
        )


def clean_phrase(phrase: str, lexicon: Lexicon) -> str:
    """A short phrase (a speaker's description) without its loaded and judging words."""
    from summarize.perspective.lexicon import normalise_term

    build = _Builder(phrase, 0)
    matches = sorted(lexicon.find(phrase, EDITED), key=lambda m: (m.start, -(m.end - m.start)))
    for match in matches:
        category = lexicon.categories[match.category]
        if EDITED[match.category] == "replace":
            replacement = category.terms.get(normalise_term(match.text), "")
        else:
            replacement = ""
        if replacement:
            build.add(
                match.start, match.end, _match_case(match.text, replacement), "", match.category
            )
        else:
            build.remove_words(match.start, match.end, "", match.category)
    return re.sub(r"\s{2,}", " ", build.apply()).strip(" ,")


# --- the neutral digest ---------------------------------------------------------------


def _standalone(claim: Claim, sentences: list) -> str:
    """A claim as a line of the digest: a bare quotation gets its speaker when certain
    (the digest lists sentences out of their context), and so does a sentence inside a
    quotation that runs over several sentences (its own marks are the run's first and
    last sentences')."""
    text = claim.text
    sentence = sentences[claim.sentence_id]
    attributed = sentence.attribution
    if not claim.speaker:
        return text
    found = Found(speaker=claim.speaker)
    confidence = getattr(sentence, "speaker_confidence", None)
    if confidence is not None:
        found.speaker_confidence = confidence  # type: ignore[attr-defined]
    if text[:1] not in '“"‘«':
        if not _quoted_whole(sentence):
            if attributed is not None and attributed.verb and _certain(found):
                # "He said 2,400 machines had been delivered": out of its context the
                # pronoun names no one; it becomes the name when certain
                return _named_pronoun(text, attributed.verb, claim.speaker)
            return text
        # the run's marks are on its first and last sentences: this one gets what it lacks
        text = _opening_for(text) + text if text.rstrip()[-1:] in '”"’»' else f'"{text}"'
    if attributed is not None and not attributed.inherited:
        return text  # '"…," said Paul Sheard': the sentence names its speaker itself
    if attributed is not None and attributed.verb:
        # '"…," she said': the sentence has its own verb of saying; its pronoun becomes the
        # name when certain, and no second "X said:" goes before it
        return _named_pronoun(text, attributed.verb, claim.speaker) if _certain(found) else text
    if not _certain(found):
        return text
    return f"{surname(claim.speaker)} said: {text}"


def _named_pronoun(text: str, verb: str, speaker: str) -> str:
    """'"…," she said' -> '"…," Kowalski said' (the pronoun that is the subject of the
    sentence's own verb of saying, outside its quotation); otherwise ``text``."""
    pattern = re.compile(rf"\b(she|he)(?=\s+(?:also\s+)?{re.escape(verb)}\b)", re.IGNORECASE)
    for match in pattern.finditer(text):
        if _inside_quotation(text, match.start()):
            continue
        name = surname(speaker)
        if not text[: match.start()].strip():
            name = name[:1].upper() + name[1:]
        return text[: match.start()] + name + text[match.end() :]
    return text


def _inside_quotation(text: str, at: int) -> bool:
    """An odd number of quotation marks opens before ``at``."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _noun_before(text: str, fix: re.Match[str]) -> bool:
    """The word the bracket follows is a noun ("email(s)": an optional plural), not a
    stem the author completed ("ha(s)")."""
    stem = re.search(r"[A-Za-z]+$", text[: fix.start()])
    return bool(stem) and _common_noun(stem.group().lower())  # type: ignore[union-attr]


def _opening_for(text: str) -> str:
    """The opening mark a sentence lacks when it closes a quotation it did not open
    ('… today.”' -> '“'), or ""."""
    if text.count("”") > text.count("“"):
        return "“"
    if text.count('"') % 2 == 1 and text.rstrip().endswith(('"', '".', '",')):
        return '"'
    return ""


def _quoted_whole(sentence: Sentence) -> bool:
    """The sentence lies within one quotation (its words, not the marks around them)."""
    attributed = sentence.attribution
    if attributed is None:
        return False
    tokens = words(sentence.text, sentence.start)
    return bool(tokens) and inside(attributed.quotes, tokens[0][0], tokens[-1][1])


def digest(
    report: Report,
    *,
    algorithm: str = "textrank",
    length: str | int = 5,
    engine: str = "auto",
    memo: TermMemo | None = None,
) -> Digest:
    """What happened, without the author, beside the author's view in brief.

    The summary algorithm ranks only the neutral restatements of claims and mixed
    sentences that passed their self-check with no loaded word left; the same algorithm
    ranks the opinion and mixed sentences for the author's view. Ids are in text order.
    ``memo``: the summary's counts of the same sentences, read again where a text is the
    same (:class:`summarize.fast.terms.TermMemo`).
    """
    from summarize.summary import Candidate, extract

    sentences = report.sentences
    neutral_claims = [
        claim
        for claim in report.claims
        if claim.self_check == "passed" and not any(e.rule == "flag" for e in claim.edits)
    ]
    result = Digest(algorithm=algorithm, length=str(length))
    left_out = len(report.claims) - len(neutral_claims)
    if left_out:
        result.notes.append(
            f"{left_out} of {len(report.claims)} claims left out: their restatement failed "
            "its self-check or still has a flagged word"
        )
    claims = [
        Candidate(id=c.sentence_id, text=c.text, paragraph=sentences[c.sentence_id].paragraph)
        for c in neutral_claims
    ]
    if claims:
        ranked = extract(claims, algorithm=algorithm, length=length, engine=engine, memo=memo)
        ids = set(ranked.sentence_ids)
        chosen = {c.sentence_id: c for c in neutral_claims if c.sentence_id in ids}
        result.claim_ids = list(ranked.sentence_ids)
        result.claim_ranks = list(ranked.ranks)
        result.claim_texts = [_standalone(chosen[i], sentences) for i in ranked.sentence_ids]
    opinions = [
        Candidate(id=o.sentence_id, text=o.text, paragraph=sentences[o.sentence_id].paragraph)
        for o in report.opinions
    ]
    if opinions:
        ranked = extract(opinions, algorithm=algorithm, length=length, engine=engine, memo=memo)
        result.opinion_ids = list(ranked.sentence_ids)
        result.opinion_ranks = list(ranked.ranks)
    return result
