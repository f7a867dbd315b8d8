"""Neutral restatement: the sentence's claim without the author's judgement.

Every change is an :class:`~summarize.report.Edit` on the original sentence
(offsets into the source text), with its reason, so a reader can see exactly
what was removed or replaced and why. Quoted words are never changed, except
the author's own insertions in brackets and "(sic)".

Rules, in the order they claim words:

1. a trailing aside that only passes a verdict ("— a typical bald-faced lie")
   is dropped;
2. a verdict on truth wrapped around a report becomes the plain report:
   "lied, claiming that X" -> "said that X"; "turned truth on its head,
   saying:" -> "said:"; "lied “condemning X”" -> "condemned X";
3. the author's insertions inside a quotation are dropped when they judge
   ("(nonexistent)"), unbracketed when they stand in for the speaker's words
   ("(it)", "(T)hey"); "(sic)" is dropped;
4. loaded labels and verbs take their neutral replacement from the lexicon
   ("regime" -> "government", "Biden regime" -> "Biden administration");
   evaluative words, intensifiers and verdict adverbs are removed;
5. a pronoun that stands for the speaker becomes the speaker's name, and a
   sentence whose speaker is known only from context gets "X said";
6. articles and capitals are fixed after the edits (a/an, sentence start).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.perspective.attribution import Found, is_given_name, surname
from summarize.perspective.lexicon import Lexicon
from summarize.report import Cue, Edit
from summarize.text.quotes import inside
from summarize.text.words import words

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
}
_GERUND_REPORT = re.compile(
    r"(?i)^[\s,]*(claiming|saying|alleging|insisting|asserting|arguing|declaring|stating|"
    r"suggesting|adding|stressing|contending|maintaining)\b"
)
_GERUND = re.compile(r"^\s*[“\"]?\s*([A-Za-z]+)(\([a-z]+\))?([a-z]*)")
_DASH_ASIDE = re.compile(r"\s*(?:—|–|\s-\s|--)\s*[^—–]*?(?=[.!?]?[\"”’)]*\s*$)")
_BRACKET_FIX = re.compile(
    r"[\(\[]([A-Za-z]{1,4})[\)\]](?=[A-Za-z])|(?<=[A-Za-z])[\(\[]([a-z]{1,4})[\)\]]"
)
_REGIME_OF = re.compile(r"(?<![\w-])([A-Z][a-z]+)(\s+)(regime)\b")
_SUBJECT_PRONOUN = {"he", "she", "they"}
_VOWEL_SOUND = re.compile(
    r"^(?:[aeioAEIO]|[uU](?![nr][aeiou]|s[eu]|ni|ti|ro|ku)|[hH]onou?r|[hH]our|[hH]eir|"
    r"[AEFHILMNORSX](?=[A-Z0-9]|\b|-)|8|11)"
)
_TRAILING_REPORT = re.compile(
    r"([,.]?)([”\"’])\s*,?\s*(adding|saying|continuing|noting|concluding)\s*:?\s*$", re.IGNORECASE
)


@dataclass
class Restatement:
    text: str
    edits: list[Edit]


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

    def add(self, start: int, end: int, replacement: str, reason: str, rule: str) -> bool:
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
            )
        )
        return True

    def remove_words(self, start: int, end: int, reason: str, rule: str) -> bool:
        """Remove [start, end) with the space that separates it from its neighbours."""
        text, s, e = self.text, self.local(start), self.local(end)
        if e < len(text) and text[e] == " ":
            e += 1
        elif s > 0 and text[s - 1] == " ":
            s -= 1
        # "word, removed, word" -> one comma; ", removed." -> "."
        if s > 1 and text[s - 1] == "," and e < len(text) and text[e] in ",.;:":
            s -= 1
        return self.add(self.start + s, self.start + e, "", reason, rule)

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
) -> Restatement:
    """The neutral restatement of one sentence and the edits that make it."""
    build = _Builder(text, start)
    quotes = found.quotes
    author_cues = [c for c in cues if not c.quoted]

    _drop_verdict_aside(build, author_cues)
    _verdict_wrappers(build, author_cues, quotes, found)
    _insertions(build, cues, quotes)
    _regime_of(build, author_cues)
    for cue in author_cues:
        policy = EDITED.get(cue.type)
        if policy is None:
            continue
        replacement = _replacement(lexicon, cue) if policy == "replace" else ""
        why = cue.explanation if cue.type in ("loaded_label", "truth_verdict") else _WHY[cue.type]
        if replacement and _duplicates_next(text, start, cue.end, replacement):
            replacement = ""
        if replacement:
            build.add(
                cue.start,
                cue.end,
                _match_case(cue.text, replacement),
                f"‘{cue.text}’: {_WHY[cue.type]}",
                cue.type,
            )
        else:
            build.remove_words(cue.start, cue.end, f"‘{cue.text}’: {why}", cue.type)
    _speaker(build, found, quotes, proper_words)
    _tidy(build)
    result = build.apply()
    result = re.sub(r"\s{2,}", " ", result)
    result = re.sub(r"\s+([,.;:!?”’)])", r"\1", result)
    result = re.sub(r"([(“‘])\s+", r"\1", result)
    result = re.sub(r",\s*([.;:!?])", r"\1", result).strip()
    return Restatement(text=result, edits=sorted(build.edits, key=lambda e: (e.start, e.end)))


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


def _duplicates_next(text: str, start: int, end: int, replacement: str) -> bool:
    following = words(text[end - start :])
    return bool(following) and following[0][2].lower() == replacement.split()[-1].lower()


def _drop_verdict_aside(build: _Builder, cues: list[Cue]) -> None:
    """ "... — a typical bald-faced Big Lie." : an aside that only passes judgement."""
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
            # Otherwise the insertion stands in for the speaker's words ("(it)", "(Biden
            # regime remarks)"): it stays, in its brackets, so the reader still sees it is
            # the author's; loaded words inside it are neutralised like any others.
    for fix in _BRACKET_FIX.finditer(text):
        s, e = start + fix.start(), start + fix.end()
        if not inside(quotes, s, e):
            continue
        letters = fix.group(1) or fix.group(2)
        build.add(
            s,
            e,
            letters,
            f"‘{fix.group()}’: brackets mark the author's change to the "
            "quoted word; shown without them",
            "unbracket",
        )


def _regime_of(build: _Builder, cues: list[Cue]) -> None:
    """ "Biden regime" -> "Biden administration": a government named after its leader."""
    for match in _REGIME_OF.finditer(build.text):
        s = build.start + match.start(3)
        e = build.start + match.end(3)
        if any(c.start <= s and e <= c.end and c.type == "loaded_label" for c in cues):
            build.add(
                s,
                e,
                "administration",
                f"‘{match.group()}’: ‘regime’ brands a government "
                "as illegitimate; a government named after its leader is an administration",
                "loaded_label",
            )


def _speaker(
    build: _Builder, found: Found, quotes: list[tuple[int, int]], proper_words: frozenset[str]
) -> None:
    text, start = build.text, build.start
    if not found.speaker or not found.certain:
        return  # a speaker unspin is not sure of is not written into the claim
    name = surname(found.speaker)
    if found.how.startswith("‘") and " refers to " in found.how:
        pronoun = found.how[1 : found.how.index("’")]
        for ws, we, word in words(text, start):
            if word == pronoun and word.lower() in _SUBJECT_PRONOUN:
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
    first = next(iter(words(text, start)), None)
    lead = text[:1]
    if found.quote_only or lead in '“"‘«':
        build.add(
            start,
            start,
            f"{name} said: ",
            f"the quotation is {found.speaker}'s (named earlier); the claim says so",
            "speaker",
        )
    elif first:
        build.add(
            start,
            start,
            f"{name} said that ",
            f"the words are {found.speaker}'s (named earlier); the claim says so",
            "speaker",
        )
        ws, we, word = first
        named = is_given_name(word) or re.match(r"\s+[A-Z]", text[we - start :])
        if word[:1].isupper() and word not in proper_words and not word.isupper() and not named:
            build.add(ws, ws + 1, word[0].lower(), "lower case after ‘said that’", "grammar")


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
        article = "an" if _VOWEL_SOUND.match(following) else "a"
        if article != word.lower():
            build.add(
                ws, we, _match_case(word, article), "article matches the next word", "grammar"
            )


def clean_phrase(phrase: str, lexicon: Lexicon) -> str:
    """A short phrase (a speaker's description) without its loaded and judging words."""
    from summarize.perspective.lexicon import normalise_term

    build = _Builder(phrase, 0)
    matches = sorted(lexicon.find(phrase, EDITED), key=lambda m: (m.start, -(m.end - m.start)))
    regime = _REGIME_OF.search(phrase)
    if regime:
        build.add(regime.start(3), regime.end(3), "administration", "", "loaded_label")
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
