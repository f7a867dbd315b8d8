"""Attribution: who speaks in a sentence, with which verb, and in which quotes.

A sentence is *attributed* when its words are reported as someone else's: a
reporting verb with its subject ("Rybakov stressed", "said the minister",
"according to the ministry"), or quotations whose speaker is known from the
sentences before (a quote-only sentence after "X said the following:"). Only a
named speaker introduced by a reporting verb becomes the *current* speaker that
later quote-only sentences inherit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarize.perspective.lexicon import Lexicon, Match
from summarize.perspective.quotes import inside
from summarize.text.words import WORD, words  # noqa: F401 - re-exported for now

# Words that may stand between a subject and its reporting verb.
_BETWEEN = {
    "also",
    "again",
    "later",
    "then",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "once",
    "repeatedly",
    "publicly",
    "previously",
    "earlier",
    "recently",
    "reportedly",
    "has also",
    "falsely",
    "wrongly",
    "baselessly",
    "angrily",
    "quickly",
    "just",
    "himself",
    "herself",
    "themselves",
    "itself",
    "not",
    "never",
    "first",
    "last",
    "would",
    "will",
    "could",
    "might",
    "may",
    "did",
    "does",
    "do",
    "openly",
    "privately",
    "formally",
    "officially",
    "subsequently",
    "further",
    "unacceptably",
    "swiftly",
    "bluntly",
    "flatly",
    "strongly",
    "firmly",
    "clearly",
    "should",
    "must",
    "can",
    "cannot",
    "shall",
    "to",
}
# Title words dropped from a speaker's name ("Deputy Foreign Minister Sergey Rybakov").
_TITLES = {
    "president",
    "vice",
    "prime",
    "minister",
    "deputy",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "secretary",
    "state",
    "general",
    "attorney",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov.",
    "mayor",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "miss",
    "prof.",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "ambassador",
    "envoy",
    "chancellor",
    "chief",
    "justice",
    "judge",
    "commissioner",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "rev.",
    "officer",
    "sergeant",
    "sgt.",
    "lt.",
    "lieutenant",
    "col.",
    "colonel",
    "capt.",
    "captain",
    "adm.",
    "admiral",
    "gen.",
    "speaker",
    "leader",
    "head",
    "former",
    "acting",
    "assistant",
    "undersecretary",
    "under",
    "sheikh",
    "emir",
    "ayatollah",
    "cardinal",
    "bishop",
    "father",
    "coach",
    "manager",
    "agent",
    "analyst",
    "editor",
    "reporter",
    "correspondent",
    "economist",
    "spokes",
    "presidential",
    "national",
    "security",
    "adviser",
    "advisor",
    "counsel",
    "special",
    "senior",
    "top",
    "u.s.",
    "us",
    "uk",
    "eu",
    "un",
    "nato",
    "osce",
    "white",
    "house",
    "press",
}
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_PERSON_PRONOUNS = {"he", "she", "they"}
_LINKERS = {"of", "de", "da", "del", "van", "von", "der", "bin", "al", "la", "le", "and"}
_NOT_NAMES = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "on",
    "in",
    "at",
    "for",
    "after",
    "before",
    "following",
    "ahead",
    "last",
    "over",
    "by",
    "but",
    "and",
    "yet",
    "so",
    "while",
    "as",
    "when",
    "if",
    "meanwhile",
    "however",
    "also",
    "nobody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "few",
    "many",
    "some",
    "most",
    "all",
    "none",
    "no",
    "one",
    "others",
    "you",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}
_INTRODUCERS = re.compile(r"(?i)\b(?:the following|as follows|this)\s*:?\s*$|:\s*$")
_ACCORDING = re.compile(r"(?i)(?=a)\baccording to\s+((?:the\s+)?[^,.;:]+)")


@dataclass
class SpeakerState:
    """What carries from one sentence to the next within an article."""

    #: Words the article capitalises mid-sentence: names, not sentence-initial capitals.
    proper: frozenset[str] = frozenset()
    current: str | None = None
    last_person: str | None = None
    #: The previous sentence introduced the quote that follows ("said the following:").
    introduced: str | None = None

    def snapshot(self) -> tuple[str | None, str | None, str | None]:
        """What the next sentence's attribution reads from the state (``proper`` aside,
        which is the article's and never changes)."""
        return (self.current, self.last_person, self.introduced)

    def restore(self, snapshot: tuple[str | None, str | None, str | None]) -> None:
        self.current, self.last_person, self.introduced = snapshot


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


def find(
    text: str,
    start: int,
    quotes: list[tuple[int, int]],
    matches: list[Match],
    state: SpeakerState,
    lexicon: Lexicon,
) -> Found:
    """Attribution of one sentence (``start`` is its offset in the document)."""
    found = Found(quotes=quotes)
    found.quote_only = is_quote_only(text, start, quotes)
    labels = [m for m in matches if m.category == "loaded_label"]
    verbs = sorted(
        (
            m
            for m in matches
            if m.category in ("reporting_verb", "truth_verdict", "loaded_verb")
            and _is_verb(text, start, m)
            and not inside(quotes, m.start, m.end)
            and not any(n.start <= m.start and m.end <= n.end for n in labels)
        ),
        key=lambda m: m.start,
    )
    according = _ACCORDING.search(text)
    if according and not inside(quotes, start + according.start(), start + according.end()):
        found.speaker = _clean_name(according.group(1))
        found.verb = "according to"
        found.verb_span = (start + according.start(), start + according.start() + 12)
        found.how = "‘according to’ names the source"
    elif verbs:
        for verb in verbs:
            speaker, how = _subject(text, start, verb, state)
            if speaker or verb is verbs[-1]:
                found.verb = verb.text
                found.verb_span = (verb.start, verb.end)
                if speaker:
                    found.speaker, found.how = speaker, how
                    found.inherited = " refers to " in how
                elif quotes and state.current:
                    found.speaker, found.inherited = state.current, True
                    found.how = f"inherited: the quote continues {state.current}'s words"
                break
    if found.speaker is None and quotes:
        speaker = _paraphrase_subject(text, start, quotes, state.proper)
        if speaker:
            found.speaker, found.how = speaker, "the quoted words are given as the subject's"
        elif state.introduced or state.current:
            found.speaker = state.introduced or state.current
            found.inherited = True
            found.how = f"inherited: the quote continues {found.speaker}'s words"
    _update(state, found, text, start)
    return found


_DETERMINERS = {
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
}
_VERDICT_VERBS = {"lied", "lying", "lies"}
#: Loaded verbs that are verbs of saying ("slammed" = criticised); others ("crushed") are not.
_SPEECH = re.compile(r"^(?:said|says|saying|spoke|speaks|criticis|criticiz|repeat)")
_BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}


def _is_verb(text: str, start: int, match: Match) -> bool:
    """A reporting word used as a verb, not as a noun ("the claim", "his remarks")."""
    lower = match.text.lower()
    if match.category == "truth_verdict":
        return lower in _VERDICT_VERBS
    if match.category == "loaded_verb" and not _SPEECH.match(match.replacement or ""):
        return False
    local = match.start - start
    previous = words(text[:local])
    if previous and match.text[:1].isupper():
        return False  # "the United States", "Post": a name, not a verb
    if not previous:
        return True
    before = previous[-1][2].lower()
    if before in _DETERMINERS:
        return False
    if lower.endswith("ed") and before in _BE_FORMS:
        return False  # "is added incentive": an adjective or a passive, not a speaker's verb
    if lower.endswith("s") and previous[-1][2][:1].isdigit():
        return False  # "the 50 states": a noun
    if lower.endswith("s") and previous[-1][2].islower():
        for _s, _e, word in reversed(previous[-4:-1]):
            if word.lower() in _DETERMINERS:
                return False  # "their legitimate security demands": a noun
            if not word.islower() or word.lower() in _BETWEEN:
                break
    return True


def _update(state: SpeakerState, found: Found, text: str, start: int) -> None:
    named = found.speaker if found.speaker and not found.inherited else None
    person = (
        named
        if named and _is_name(named) and (len(named.split()) >= 2 or named in state.proper)
        else None
    )
    if person and found.verb and found.verb != "according to":
        state.current = person
        state.last_person = person
    elif named and found.verb == "according to":
        state.current = named
    elif not found.inherited:
        # No speaker of its own: "He" in the next sentence is whoever this one names, if
        # it names exactly one person.
        people = _people(text, start, found.quotes, state)
        if len(people) == 1:
            state.last_person = people[0]
        elif len(people) > 1:
            state.last_person = None
    state.introduced = (
        found.speaker if _INTRODUCERS.search(text.rstrip()) and found.speaker else None
    )


_APPOSITIVE = re.compile(
    r",\s+(?:who|whose|which|the|a|an|his|her|its|their|[a-z]+\s+(?:of|at|for|in)\b)[^,;:“”\"]*,\s*$"
)
#: Last words of an organisation's name: titles before them are part of the name.
_ORGANISATION = {
    "service",
    "department",
    "ministry",
    "office",
    "agency",
    "council",
    "committee",
    "bank",
    "association",
    "union",
    "commission",
    "court",
    "party",
    "group",
    "institute",
    "university",
    "company",
    "corp",
    "inc",
    "board",
    "bureau",
    "administration",
    "government",
    "house",
    "police",
    "army",
    "force",
    "forces",
    "fund",
    "foundation",
    "organization",
    "organisation",
    "authority",
    "network",
    "times",
    "post",
    "news",
    "press",
    "senate",
    "congress",
    "parliament",
}


def _people(text: str, start: int, quotes: list[tuple[int, int]], state: SpeakerState) -> list[str]:
    """Person names (two or more capitalised words) the author mentions in a sentence."""
    people = []
    for run in _NAME_RUN.finditer(text):
        if inside(quotes, start + run.start(), start + run.end()):
            continue
        tokens = run.group().split()
        if run.start() == 0 and tokens[0] not in state.proper:
            tokens = tokens[1:]
        name = _clean_name(" ".join(tokens)) if tokens else None
        if (
            name
            and len(name.split()) >= 2
            and name.split()[-1].lower() not in _ORGANISATION
            and name.split()[0].lower() not in _NOT_NAMES
        ):
            people.append(name)
    return people


def _is_name(text: str) -> bool:
    tokens = text.split()
    return bool(tokens) and all(t[:1].isupper() or t.lower() in _LINKERS for t in tokens)


_NAME_RUN = re.compile(r"(?:[A-Z][\w’'.\-]*\s+)*[A-Z][\w’'.\-]*")


def _main_subject(text: str, local: int, state: SpeakerState) -> str | None:
    """The named subject of the clause a participle hangs on ("X did Y, saying:")."""
    lead = text[:local]
    lead = re.sub(r"[“\"«][^”\"»]*[”\"»]?", " ", lead)  # quoted words are not the subject
    best = None
    for run in _NAME_RUN.finditer(lead):
        tokens = run.group().split()
        if run.start() == 0 and tokens[0] not in state.proper:
            tokens = tokens[1:]
        if not tokens or tokens[0].lower() in _NOT_NAMES:
            continue
        after = lead[run.end() :].lstrip()
        if after[:1].islower() and (len(tokens) >= 2 or tokens[0] in state.proper):
            best = " ".join(tokens)
    return _clean_name(best) if best else None


def _subject(text: str, start: int, verb: Match, state: SpeakerState) -> tuple[str | None, str]:
    local = verb.start - start
    if verb.text.lower().endswith("ing") and re.search(r",\s*$", text[:local]):
        name = _main_subject(text, local, state)
        if name:
            return name, f"‘{verb.text}’ reports the words of {name}, the subject of the sentence"
        return None, ""
    # "James Hale, who voted against it, said": the subject stands before the aside.
    aside = _APPOSITIVE.search(text[:local])
    end = aside.start() if aside else local
    before = words(text[:end])
    # Skip adverbs and auxiliaries between the subject and the verb.
    index = len(before)
    while index > 0 and before[index - 1][2].lower() in _BETWEEN:
        index -= 1
    gap = text[before[index - 1][1] : end] if index > 0 else text[:end]
    if index > 0 and not re.search(r"[,;:—–(\"“”]", gap.replace("’", "")):
        head = before[index - 1][2]
        lower = head.lower()
        if lower in _PRONOUNS:
            referent = state.last_person
            if lower in _PERSON_PRONOUNS and referent:
                return referent, f"‘{head}’ refers to {referent}, named earlier"
            return None, ""
        if lower in _NOT_NAMES:
            return None, ""
        if head[:1].isupper():
            run = [head]
            j = index - 2
            while j >= 0:
                token = before[j][2]
                gap_text = text[before[j][1] : before[j + 1][0]]
                if gap_text.strip():
                    break
                if (token[:1].isupper() and token.lower() not in _NOT_NAMES) or (
                    token.lower() in _LINKERS and j > 0 and before[j - 1][2][:1].isupper()
                ):
                    run.insert(0, token)
                else:
                    break
                j -= 1
            name = _clean_name(" ".join(run))
            if name:
                return name, f"‘{verb.text}’ reports {name}'s words"
        # A common-noun subject: "officials said", "the ministry said".
        np = _noun_phrase(before, index, text)
        if np:
            return np, f"‘{verb.text}’ reports the words of {np}"
    # Inverted: "..., said Smith" / "said the minister".
    after = words(text[local + len(verb.text) :], local + len(verb.text))
    inverted = re.search(r"[”\",]\s*$", text[:local].rstrip() + " ") is not None
    if after and inverted:
        run: list[str] = []
        described: list[str] = []
        for s, _e, token in after[:8]:
            if token[:1].isupper() and token.lower() not in _NOT_NAMES:
                run.append(token)
            elif run or len(described) >= 3 or not token.islower():
                break
            else:
                described.append(token)  # "said resident Maria Lopez", "said the minister"
            if re.match(r"\s*[,.;:]", text[s - start + len(token) :]):
                break
        name = _clean_name(" ".join(run)) if run else None
        if name:
            return name, f"‘{verb.text}’ reports {name}'s words"
        if described and described[0] in ("the", "a", "an") and len(described) >= 2:
            phrase = " ".join(described)
            return phrase, f"‘{verb.text}’ reports the words of {phrase}"
    return None, ""


_NP_STOP = {
    "that",
    "which",
    "who",
    "when",
    "while",
    "after",
    "before",
    "as",
    "because",
    "since",
    "on",
    "in",
    "at",
    "for",
    "to",
    "with",
    "by",
    "from",
    "of",
    "about",
    "over",
    "under",
    "and",
    "but",
    "or",
    "yet",
    "so",
    "if",
    "although",
    "though",
}


def _noun_phrase(before: list[tuple[int, int, str]], index: int, text: str) -> str | None:
    """The words of a common-noun subject ending at ``index`` (exclusive)."""
    run: list[str] = []
    j = index - 1
    while j >= 0 and len(run) < 9:
        token = before[j][2]
        gap = text[before[j][1] : before[j + 1][0]] if j + 1 < len(before) else ""
        if j + 1 < index and re.search(r"[,;:—–()\"“”]", gap):
            break
        lower = token.lower()
        joins_names = lower == "and" and j > 0 and before[j - 1][2][:1].isupper()
        if lower in _NP_STOP and run and not joins_names:
            break
        run.insert(0, token)
        j -= 1
    if (
        j >= 0
        and before[j][2][:1].isupper()
        and not re.search(r"[,;:—–()\"“”]", text[before[j][1] : before[j + 1][0]])
    ):
        return None  # the phrase continues into a name we could not place
    if not run or run[-1].lower() in _NP_STOP or run[-1][:1].isupper():
        return None
    if any(
        t.lower() in _PRONOUNS
        or t.lower()
        in _NOT_NAMES
        - {
            "the",
            "a",
            "an",
            "his",
            "her",
            "its",
            "their",
            "our",
            "this",
            "that",
            "these",
            "those",
            "and",
        }
        for t in run
    ):
        return None
    phrase = " ".join(run)
    return phrase if len(run) <= 8 else None


def _paraphrase_subject(
    text: str, start: int, quotes: list[tuple[int, int]], proper: frozenset[str]
) -> str | None:
    """``Moscow seeks “...”``: a named subject with its own verb before the quote."""
    first = quotes[0][0] - start
    lead = text[: max(0, first)]
    lead = re.sub(r"^[^,]{0,40},\s*", "", lead) if "," in lead[:45] else lead
    tokens = words(lead)
    if len(tokens) < 2 or len(tokens) > 4:
        return None
    head = tokens[0][2]
    if not head[:1].isupper() or head.lower() in _NOT_NAMES or head.lower() in _PRONOUNS:
        return None
    if tokens[0][0] == 0 and head not in proper:
        return None  # a capital only because it starts the sentence
    run = [head]
    for _s, _e, token in tokens[1:]:
        if token[:1].isupper():
            run.append(token)
        else:
            break
    if len(run) == len(tokens):  # no verb of its own: the quote carries the verb
        return None
    return _clean_name(" ".join(run))


def _clean_name(text: str) -> str | None:
    tokens = [t for t in re.split(r"\s+", text.strip(" ,.;:")) if t]
    if tokens and tokens[-1].lower() in _ORGANISATION:
        while tokens and tokens[0].lower() == "the":  # "the National Weather Service"
            tokens.pop(0)
    else:
        while tokens and tokens[0].lower().rstrip(",") in _TITLES | {"the"}:
            tokens.pop(0)
    if not tokens:
        return None
    name = " ".join(tokens)
    return name if len(name) <= 80 else None


def surname(speaker: str) -> str:
    """How a restatement names a speaker again: the last name of a person."""
    tokens = speaker.split()
    if len(tokens) >= 2 and all(t[:1].isupper() for t in tokens):
        return tokens[-1]
    return speaker


def strip_title(name: str) -> str | None:
    return _clean_name(name)
