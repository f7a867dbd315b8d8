"""Cues: the words and marks that show whose voice a sentence is in.

Each cue has a span, a type, a short explanation a student can read, whether
it sits inside a quotation (then it is someone else's wording, not the
author's), and a weight towards opinion (> 0) or report (< 0).
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from summarize.perspective import loaded, neutral
from summarize.perspective.attribution import Found, embedded_reports, reports_a_view
from summarize.perspective.attribution import lists as attribution_lists
from summarize.perspective.lexicon import Lexicon, Match
from summarize.perspective.wordtable import VoiceWord, voice_words
from summarize.report import Cue
from summarize.text.quotes import inside
from summarize.text.words import words

#: Cue types that speak for the author's own view.
OPINION_TYPES = (
    "loaded_label",
    "loaded_verb",
    "puffery",
    "truth_verdict",
    "evaluative",
    "intensifier",
    "certainty",
    "hedge",
    "obligation",
    "prediction",
    "generalization",
    "argument",
    "emotion",
    "verdict_idiom",
    "first_person",
    "rhetorical_question",
    "exclamation",
    "author_insertion",
    "sic",
    "scare_quote",
    "manner_adverb",
    "interpretation",
    "copular_verdict",
    "imperative",
)
#: Cue types shown as loaded wording that do not move the sentence's kind: a loaded verb
#: of saying still reports someone's words (its slant is the writer's wording, not the
#: writer's view; CheckThat! labels attributed speech as objective).
NOT_KIND_FEATURES = ("loaded_speech_verb",)
#: Cue types that mark a report.
FACT_TYPES = ("attribution", "time_reference", "number", "quotation")

_STRUCTURAL = {
    "rhetorical_question": "The author asks a question to make a point, not to report an answer.",
    "exclamation": "An exclamation mark shows the author's feeling.",
    "author_insertion": "Words the author put inside someone else's quotation (in brackets).",
    "sic": "‘(sic)’ flags the quoted words as wrong — often to mock the speaker.",
    "scare_quote": "Quotation marks around a word nobody is quoted as saying keep the "
    "author's distance from it (scare quotes).",
    "manner_adverb": "An adverb of manner judges how something was done.",
    "attribution": "A verb of saying with its speaker: the sentence reports someone's words.",
    "interpretation": "‘What … is …’: the author tells the reader what something means.",
    "copular_verdict": "‘X is <adjective>’: the author characterises rather than reports.",
    "imperative": "The author tells the reader what to do: an exhortation, not a report.",
    "number": "A number ties the sentence to something that can be checked.",
    "quotation": "A quotation gives someone else's exact words.",
}


@lru_cache(maxsize=4096)
def _adjective_in_ly(word: str) -> bool:
    """An adjective that ends in -ly and is never an adverb ("disorderly conduct", "a
    costly delay"): no adverb of manner (the word table may still judge it)."""
    from lemminflect import getAllLemmas

    readings = getAllLemmas(word)
    return "ADJ" in readings and "ADV" not in readings


# A look-ahead for the first letters a match can start with lets the regex engine skip
# to the candidates (two to four times faster); it changes no match.
_FUTURE_BE = re.compile(
    r"(?i)(?=[ws])\b(?:will|won['’]t|shall)\s+(?:not\s+|never\s+)?be\s+([\w’'\-]+)"
)
_PARTICIPLE = re.compile(
    r"(?i)^(?:\w+ed|\w+en|held|made|built|paid|sold|set|put|cut|run|won|done|gone|sent|spent|"
    r"found|brought|bought|kept|told|said|shut|hit|met|led|read|sworn|struck|hung|left|lost|"
    r"sought|taught|thought|fought|caught|meant|dealt|felt|heard|laid|shot|spun|won|able)$"
)
_PSEUDO_CLEFT = re.compile(r"^\W*What\b[^,]*?\b(?:is|was|are|were)\b")
_COPULAR_ADJECTIVE = re.compile(
    r"^\W*(?:[A-Z][a-z]+|It|They|He|She|We|This|That)\s+(?:is|are|was|were|remains|seems)\s+"
    r"(?:not\s+)?(?:\w+ly\s+)?([a-z]+(?:ous|ful|ive|ic|al|ble|ent|ant|ary|less|ish))\b"
)
_NUMBER = re.compile(
    r"(?=[\dpmbth])"
    r"(?:\d[\d,.]*\d%?|\d%?|\b(?:percent|per cent|million|billion|trillion|thousand|hundred)\b)",
    re.I,
)
_BRACKET = re.compile(r"[\(\[]([^()\[\]]{1,80})[\)\]]")
_NEGATION = re.compile(
    r"(?i)(?=n)(?:\b(?:not|no|never|nothing|none|nobody|neither|nor)\b|n['’]t\b)"
)
_COMPARATIVE = re.compile(r"(?i)(?=[mlbw])\b(?:more|most|less|least|better|best|worse|worst)\b")
_SECOND_PERSON = re.compile(r"(?i)(?=y)\b(?:you|your|yours|yourself|yourselves)\b")
_MODAL = re.compile(
    r"(?=[CcmMWwSs])\b(?:[Cc]an|[Cc]ould|may|[Mm]ight|[Ww]ould|[Ss]hould|[Mm]ust|[Ss]hall)\b"
)
_PAST = re.compile(
    r"(?i)(?<![\w\-])(?:was|were|had|did|said|told|went|came|took|made|got|gave|found|"
    r"began|met|held|won(?!['’]t)|lost|left|[a-z]{3,}ed)(?![\w\-])"
)
_PRESENT_BE = re.compile(
    r"(?i)(?=[iatw])(?:\b(?:is|are|am|isn['’]t|aren['’]t)\b|\b(?:it|that|this|there|what)['’]s\b)"
)
_DEMONSTRATIVE = re.compile(r"(?i)^\W*(?:this|that|these|those|such|it)\b")
_CONJUNCTION_START = re.compile(r"^\W*(?:But|And|So|Yet|Or|Nor|Still|Indeed|Thus|Hence)\b")
_SUPERLATIVE = re.compile(r"(?i)(?=[a-z])\b(?:most|least|best|worst|[a-z]{3,}est)\b")
#: A word every match of :data:`_SUPERLATIVE` holds (a quick first test).
_SUPERLATIVE_WORDS = ("est", "most", "least", "worst")


@dataclass
class SentenceCues:
    cues: list[Cue]
    features: dict[str, float] = field(default_factory=dict)
    insertions: list[tuple[int, int, str]] = field(default_factory=list)
    #: The author-voice words the opinion-word table knows (the kind model reads them).
    voice: list[VoiceWord] = field(default_factory=list)


#: Lexicon categories whose words can be plain where they stand (a standard term, a measure).
_PLAIN_IN_CONTEXT = frozenset(["evaluative", "puffery", "intensifier", "loaded_label"])


def _unnamed(voice: list[VoiceWord], sentence: loaded.Sentence) -> list[VoiceWord]:
    """The table's words, a capitalised one that is no name judging again: the writer's
    adjective before a title after a dateline ("LONDON (Reuters) - Embattled Senator Hale"),
    capitalised only as the first word of the report."""
    out = []
    for word in voice:
        i = None if word.judges else sentence.index(word.start)
        unnamed = (
            i is not None
            and i > 0
            and "-" not in sentence.tokens[i][2]  # "US-led": a part of a name
            and not sentence.is_name(i)
            # a name after the title ("Embattled Senator Hale", not "GoldenEye: Rogue Agent")
            and i + 2 < len(sentence.tokens)
            and sentence.tokens[i + 2][2][:1].isupper()
        )
        out.append(replace(word, judges=True) if unnamed else word)
    return out


def detect(
    text: str,
    start: int,
    matches: list[Match],
    found: Found,
    lexicon: Lexicon,
    flags: tuple[float, ...] | None = None,
    proper: frozenset[str] = frozenset(),
) -> SentenceCues:
    """The cues of one sentence and the features the classifier reads from them.

    ``flags``: the loaded score from which, and the judging score above which, a word of
    the author's own is flagged as loaded, and the loaded score from which a noun is
    (the kind model's, when None). ``proper``: words
    the article capitalises inside sentences (names), so that a name opening a sentence is
    known as one too.
    """
    if flags is None:
        from summarize.perspective.kind import default_model

        flags = default_model().flags
    quotes = found.quotes
    insertions = _insertions(text, start, quotes)
    believer = _believer(text, start, found)  # (also a feature of its own, below)
    reported = _reported_speech(text, start, found) or believer  # as reported_span()
    tokens = words(text, start)
    context = loaded.Sentence(text, start, tokens)

    embedded = embedded_reports(text, start)

    def author_voice(s: int, e: int) -> bool:
        if any(a <= s and e <= b for a, b, _ in insertions):
            return True
        if embedded and any(a <= s < b for a, b in embedded):
            return text[s - start : e - start].lower() in _distance_words()
        return not inside(quotes, s, e) and not (reported and reported[0] <= s < reported[1])

    cues: list[Cue] = []
    kept: list[Match] = []
    order = {name: i for i, name in enumerate(OPINION_TYPES + FACT_TYPES)}
    candidates = sorted(
        (m for m in matches if m.category in order or m.category in lexicon.categories),
        key=lambda m: (m.start, -(m.end - m.start), order.get(m.category, 99)),
    )
    for match in candidates:
        if match.category == "reporting_verb":
            continue  # shown as an attribution cue below, when it has a speaker
        if any(k.start <= match.start and match.end <= k.end for k in kept):
            continue
        if match.category in _PLAIN_IN_CONTEXT and neutral.plain_in_context(
            text, match.start - start, match.end - start
        ):
            continue  # "suspicious packages", "a deadly attack": a term or a measure
        kept.append(match)
        category = lexicon.categories[match.category]
        cues.append(
            Cue(
                start=match.start,
                end=match.end,
                text=match.text,
                type=match.category,
                explanation=match.note or category.explanation,
                weight=category.weight,
                quoted=not author_voice(match.start, match.end),
            )
        )

    # Words already explained are not also "feeling" words; a verb of saying (speech) is
    # flagged only as a loaded verb of saying (see loaded.table_cues).
    covered = [(k.start, k.end) for k in kept]
    speech = [(m.start, m.end) for m in matches if m.category == "reporting_verb"]
    if found.speaker and found.verb_span:
        speech.append(found.verb_span)  # the verb that attributes the sentence
    for pattern, kind in (
        (_PSEUDO_CLEFT, "interpretation"),
        (_COPULAR_ADJECTIVE, "copular_verdict"),
    ):
        found_pattern = pattern.search(text)
        if found_pattern and author_voice(
            start + found_pattern.start(), start + found_pattern.end()
        ):
            s, e = start + found_pattern.start(), start + found_pattern.end()
            cues.append(
                Cue(
                    start=s,
                    end=e,
                    text=found_pattern.group().strip(),
                    type=kind,
                    explanation=_STRUCTURAL[kind],
                    weight=0.8,
                )
            )
    command = _imperative(text, context)
    if command and author_voice(start + command[0], start + command[1]):
        cues.append(
            Cue(
                start=start + command[0],
                end=start + command[1],
                text=text[command[0] : command[1]],
                type="imperative",
                explanation=_STRUCTURAL["imperative"],
                weight=1.0,
            )
        )
    prediction = lexicon.categories.get("prediction")
    for future in _FUTURE_BE.finditer(text):
        s, e = start + future.start(), start + future.end()
        if _PARTICIPLE.match(future.group(1)) or not author_voice(s, e):
            continue  # "will be held on Monday": a scheduled event, not a forecast
        if any(a <= s < b for a, b in covered + speech):
            continue
        cues.append(
            Cue(
                start=s,
                end=e,
                text=future.group(),
                type="prediction",
                explanation=prediction.explanation if prediction else "a forecast",
                weight=prediction.weight if prediction else 1.0,
            )
        )
    for s, e, kind in insertions:
        explanation = _STRUCTURAL[kind]
        cues.append(
            Cue(
                start=s,
                end=e,
                text=text[s - start : e - start],
                type=kind,
                explanation=explanation,
                weight=1.0 if kind == "sic" else 0.5,
            )
        )
    outside = _outside_text(text, start, quotes)
    stripped = outside.rstrip(' "”’)]')
    if stripped.endswith("?"):
        position = start + text.rstrip(' "”’)]').rfind("?")
        cues.append(
            Cue(
                start=position,
                end=position + 1,
                text="?",
                type="rhetorical_question",
                explanation=_STRUCTURAL["rhetorical_question"],
                weight=1.0,
            )
        )
    for bang in re.finditer("!", text):
        if _NAME_BANG.search(text, 0, bang.end()) and text[bang.end() :].strip(' "”’)]'):
            continue  # "his days in Wham! through to …": part of a name, words go on after it
        if author_voice(start + bang.start(), start + bang.end()):
            cues.append(
                Cue(
                    start=start + bang.start(),
                    end=start + bang.end(),
                    text="!",
                    type="exclamation",
                    explanation=_STRUCTURAL["exclamation"],
                    weight=1.0,
                )
            )
            break
    if found.speaker is None and not found.quote_only:
        for s, e in quotes:
            inner = text[s - start + 1 : e - start - 1]
            if 0 < len(inner.split()) <= 3 and s > start:
                cues.append(
                    Cue(
                        start=s,
                        end=e,
                        text=text[s - start : e - start],
                        type="scare_quote",
                        explanation=_STRUCTURAL["scare_quote"],
                        weight=0.8,
                    )
                )
    manner: list[Cue] = []
    for ws, we, word in tokens:
        lower = word.lower()
        if (
            lower.endswith("ly")
            and len(lower) > 4
            and lower not in _plain_ly()
            and not word[:1].isupper()
            and author_voice(ws, we)
            and not any(a <= ws and we <= b for a, b in covered + speech)
            and not _adjective_in_ly(lower)
        ):
            manner.append(
                Cue(
                    start=ws,
                    end=we,
                    text=word,
                    type="manner_adverb",
                    explanation=_STRUCTURAL["manner_adverb"],
                    weight=0.6,
                )
            )
    voice = [
        replace(word, judges=False)
        if word.judges and neutral.plain_in_context(text, word.start - start, word.end - start)
        else word
        for word in _unnamed(
            voice_words([t for t in tokens if author_voice(t[0], t[1])], start, proper=proper),
            context,
        )
    ]  # "suspicious packages", "deadly attacks": a term or a measure judges nothing there
    covered += [(c.start, c.end) for c in cues + manner]
    # (a word cleared above judges nothing, so table_cues never makes it a cue)
    table = loaded.table_cues(context, voice, covered, *flags, speech=speech)
    manner = [m for m in manner if not any(t.start == m.start for t in table)]
    cues += manner + table
    if found.speaker and found.verb_span:
        vs, ve = found.verb_span
        verb = text[vs - start : ve - start]
        explanation = (
            f"‘{verb}’ reports the view of {found.speaker}; "
            "what they think is their view, not the author's."
            if reports_a_view(verb)
            else f"‘{verb}’ reports the words of {found.speaker}; "
            "what they said is their statement, not the author's."
        )
        cues.append(
            Cue(
                start=vs,
                end=ve,
                text=verb,
                type="attribution",
                explanation=explanation,
                weight=-1.0,
            )
        )
    numbers = [
        m for m in _NUMBER.finditer(text) if author_voice(start + m.start(), start + m.end())
    ]
    if numbers:
        m = numbers[0]
        cues.append(
            Cue(
                start=start + m.start(),
                end=start + m.end(),
                text=m.group(),
                type="number",
                explanation=_STRUCTURAL["number"],
                weight=-0.5,
            )
        )
    cues.sort(key=lambda c: (c.start, c.end))
    features = _features(text, start, cues, found, outside)
    if believer:
        features["attributed_subject"] = 1.0
    return SentenceCues(cues=cues, features=features, insertions=insertions, voice=voice)


# Verbs whose complement is the speaker's words in the author's paraphrase: "said the
# plan was reckless", "slammed the decision as reckless", "called it a terrible mistake".
_SPEECH_COMPLEMENT = re.compile(
    r"(?i)^(?:said|says|say|saying|told|tells|tell|stated|states|warned|warns|argued|argues|"
    r"claimed|claims|claiming|insisted|insists|added|adds|adding|noted|notes|explained|stressed|"
    r"emphasi[sz]ed|asserted|declared|suggested|predicted|called|calls|described|describes|"
    r"branded|labell?ed|dubbed|slammed|blasted|criticised|criticized|condemned|denounced|"
    r"believes?|believed|thinks?|thought|fears?|feared|hopes?|hoped|expects?|expected|"
    r"doubts?|doubted|estimates?|estimated|concluded|concludes|reported|reports|"
    r"denied|denies|deny|protested|protests|complained|complains|"
    # -ing forms, as after "quoted X" ("the paper quoted Mr X telling activists that …")
    r"telling|warning|arguing|insisting|noting|explaining|stressing|suggesting|predicting|"
    # the present of a plural speaker ("Administration officials warn that …")
    r"warn|argue|claim|insist|add|note|explain|stress|emphasi[sz]e|assert|declare|suggest|"
    r"predict|describe|condemn|denounce|conclude|report|protest|complain|state)$"
)


# Someone else holds the view: "The council believes ... should", "Critics say that ...".
_BELIEVER = re.compile(
    r"(?:^|(?<=[\s,;(]))(?!(?:It|This|That|There|What|Which|Who|The|A|An|Its|"
    r"His|Her|Their|Our|My|Your|These|Those|Such|No|Any|Each|Every)\b)"
    r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*|[a-z]{3,}(?:s|ers|ists|ians|ics))\s+"
    r"(?:also\s+|still\s+|now\s+|have\s+|has\s+|had\s+)?"
    r"(believes?|believed|thinks?|thought|argues?|argued|says?|said|insists?|insisted|"
    r"claims?|claimed|contends?|contended|maintains?|maintained|hopes?|hoped|fears?|feared|"
    r"expects?|expected|wants?|wanted|predicts?|predicted|warns?|warned)\s+(?:that\s+)?"
)
_NOT_SUBJECTS = {"this", "that", "thus", "has", "was", "its", "his", "does", "is", "as"}


def reported_span(text: str, start: int, found: Found) -> tuple[int, int] | None:
    """The stretch of the sentence that gives the words or the view of its speaker: what
    follows a verb of saying ("said he had come to regret …") or of belief, or None."""
    return _reported_speech(text, start, found) or _believer(text, start, found)


def _believer(text: str, start: int, found: Found) -> tuple[int, int] | None:
    """The clause after a third party's verb of saying or believing, when the attribution
    stage found no speaker: their view, reported, not the author's ("Critics say …", and
    "They said they will swiftly …" when nobody is named for "they" to stand for)."""
    if found.speaker or found.quote_only:
        return None
    for match in _BELIEVER.finditer(text):
        subject = match.group(1)
        if subject.lower() in _NOT_SUBJECTS or subject.lower() in ("i", "we", "you"):
            continue
        begin = start + match.end(2)
        end = start + len(text)
        dash = re.search(r"\s(?:—|–|--)\s", text[match.end(2) :])
        if dash:
            end = begin + dash.start()
        return (begin, end) if begin < end else None
    return None


_COUNTERFACTUAL = re.compile(
    r"(?i)\b(?:could|would|should|might|must)(?:\s+not|n['’]t)?\s+have\s+\w+|\bif only\b"
)
#: A word every match of :data:`_COUNTERFACTUAL` holds (a quick first test).
_COUNTERFACTUAL_WORDS = ("have", "if only")
#: Marks of irony: "…, indeed.", "How touching.", "Who, exactly, …?", "pray tell".
_IRONY = re.compile(
    r"(?i),\s*indeed\W*$|^\W*how\s+(?:very\s+)?[a-z]+\W*$|^\W*(?:who|what|why|where|how)\b"
    r"[^?]*\bexactly\b[^?]*\?|\bpray tell\b|\bcannot make (?:this|it) (?:stuff )?up\b"
)
#: A word every match of :data:`_IRONY` holds (a quick first test).
_IRONY_WORDS = ("indeed", "how", "exactly", "pray tell", "cannot make")
#: "!" closing a capitalised word inside a sentence: a name ("Wham!", "Yahoo!", "Kerrang!").
_NAME_BANG = re.compile(r"(?<![\w!])(?!I\b)[A-Z][\w'’-]*!$")
#: A verbless exclamation: "What a mess.", "Some achievement."
_EXCLAMATIVE = re.compile(r"(?i)^\W*(?:what an?|such an?|some)\s+\w+(?:\s+\w+)?\W*$")


def _reported_speech(text: str, start: int, found: Found) -> tuple[int, int] | None:
    """The paraphrased words of a speaker: after a verb of saying, up to the author's own
    aside, or before the verb and its speaker when they close the sentence."""
    if not (found.speaker and found.verb_span and found.verb):
        return None
    verb = found.verb.split()[0]
    L = attribution_lists()
    if not (
        _SPEECH_COMPLEMENT.match(verb)
        # praise, blame and evidence (speakers.toml object_views), and what a source found
        # ("The NAO found that projects were showing the same worrying tendencies")
        or verb.lower() in L.object_views
        or verb.lower() in L.findings_verbs
        or verb.lower() in L.view_nouns  # "MacGregor's argument is that …"
    ):
        return None
    closing = neutral.closing_report(text, start, found)
    if closing is not None:
        return closing  # "…, it said.": the words before the verb are the speaker's
    begin = found.verb_span[1]
    if not neutral.opens_a_clause(text, begin - start, found.verb.split()[-1]):
        return None  # "denied Gerrard with a last-ditch tackle": an act, no words
    end = start + len(text)
    following = text[begin - start :].split()[:6]
    surname = found.speaker.split()[-1]
    if surname in (w.strip(",.;:") for w in following):
        name = text.find(surname + ",", begin - start)
        opener = text[: found.verb_span[0] - start].rstrip()
        if name >= 0 and opener.endswith(",") and not any(e <= begin for _s, e in found.quotes):
            # "By contrast, said Mr X, learning … at all": the words after the name are his
            return (start + name + len(surname) + 1, end)
        return None  # "“…,” said Gebrselassie after his win": the speaker, then the author's
    verb_start = found.verb_span[0]
    if any(
        e <= verb_start
        and text[e - start - 2 : e - start].strip()[:1] in (",", "?", "!")
        and len(text[e - start : verb_start - start].split()) <= 4
        for _s, e in found.quotes
    ):
        return None  # "“…,” he added, before embarking on …": the quotation was the words
    dash = re.search(r"\s(?:—|–|--)\s", text[begin - start :])
    if dash:
        end = min(end, begin + dash.start())
    return (begin, end) if begin < end else None


_LEAD = re.compile(r"^\W*([A-Z][a-z]+)\s+([a-z]+)")


def _imperative(text: str, sentence: loaded.Sentence | None = None) -> tuple[int, int] | None:
    """ "Vote them out.", "Remember the name.": a verb in its base form opens the sentence,
    with no subject. Not a word the tagger reads as a preposition, adverb, adjective or
    conjunction ("Even the", "While it", "Like the", "Over the"), not a web page's
    navigation ("Click here") and not a supposition ("Say your city has ...")."""
    lead = _LEAD.match(text)
    boilerplate, suppositions, objects, not_commands = _command_lists()
    if not lead or text.rstrip().endswith("?") or lead.group(2) not in objects:
        return None
    from lemminflect import getAllLemmas

    word = lead.group(1).lower()
    lemmas = getAllLemmas(word)
    if word not in lemmas.get("VERB", ()) or word in not_commands:
        return None
    if word in boilerplate or word in suppositions:
        return None
    if (
        sentence is not None
        and sentence.tokens
        and sentence.tokens[0][2] == lead.group(1)
        and sentence.tag(0) in _NOT_VERB_TAGS
    ):
        return None
    return lead.start(1), lead.end(1)


#: Tags of a first word that opens a sentence as something other than a command.
_NOT_VERB_TAGS = {"IN", "RB", "RBR", "JJ", "JJR", "CC", "DT", "WRB", "WDT", "PRP"}


@lru_cache(maxsize=1)
def _voice_data() -> dict:
    """``data/voice.toml``, read once for the lists below."""
    return tomllib.loads((resources.files("summarize") / "data" / "voice.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _plain_ly() -> frozenset[str]:
    """Words in -ly that are no adverb of manner (``voice.toml`` [plain_ly])."""
    return frozenset(_voice_data()["plain_ly"]["terms"])


@lru_cache(maxsize=1)
def _distance_words() -> frozenset[str]:
    """Words of the writer's distance ("so-called"): the writer's even inside a reported view."""
    return frozenset(_voice_data()["distance"]["terms"])


@lru_cache(maxsize=1)
def _command_lists() -> tuple[frozenset[str], ...]:
    """``voice.toml`` [imperative]: navigation, suppositions, the words a command's verb
    is followed by, and first words that are no command."""
    table = _voice_data()["imperative"]
    names = ("boilerplate", "suppositions", "objects", "not_commands")
    return tuple(frozenset(table[name]) for name in names)


def _insertions(text: str, start: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Bracketed words the author put inside a quotation, and "(sic)" anywhere."""
    found = []
    for m in _BRACKET.finditer(text):
        s, e = start + m.start(), start + m.end()
        content = m.group(1).strip()
        if content.lower().rstrip(".!") == "sic":
            found.append((s, e, "sic"))
            continue
        if not inside(quotes, s, e):
            continue
        before = text[m.start() - 1] if m.start() > 0 else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if before.isalpha() or after.isalpha():
            continue  # "(T)hey", "ha(s)": a change of form, not an insertion
        found.append((s, e, "author_insertion"))
    return found


def _outside_text(text: str, start: int, quotes: list[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in quotes:
        for i in range(max(s, start), min(e, start + len(text))):
            chars[i - start] = " "
    return "".join(chars)


def _features(
    text: str, start: int, cues: list[Cue], found: Found, outside: str
) -> dict[str, float]:
    features: dict[str, float] = {}
    for cue in cues:
        if cue.quoted or cue.type in NOT_KIND_FEATURES:
            continue
        features[cue.type] = features.get(cue.type, 0.0) + 1.0
    features = {k: min(v, 3.0) for k, v in features.items()}
    tokens = words(outside)
    all_letters = sum(map(str.isalpha, text))
    letters = all_letters or 1
    quoted = all_letters - sum(map(str.isalpha, outside))
    features["quote_share"] = quoted / letters
    features["quote_only"] = 1.0 if found.quote_only else 0.0
    names = sum(1 for i, (_s, _e, w) in enumerate(tokens) if i > 0 and w[:1].isupper())
    features["proper_nouns"] = min(names, 6) / 3.0
    features["length"] = min(len(tokens), 60) / 30.0
    features["negation"] = min(len(_NEGATION.findall(outside)), 3)
    features["comparative"] = min(len(_COMPARATIVE.findall(outside)), 3)
    features["second_person"] = min(len(_SECOND_PERSON.findall(outside)), 3)
    features["modal"] = min(len(_MODAL.findall(outside)), 3)
    features["short"] = 1.0 if len(tokens) < 8 else 0.0
    features["past_tense"] = min(len(_PAST.findall(outside)), 3)
    features["present_be"] = min(len(_PRESENT_BE.findall(outside)), 3)
    features["demonstrative_start"] = 1.0 if _DEMONSTRATIVE.search(outside) else 0.0
    features["conjunction_start"] = 1.0 if _CONJUNCTION_START.search(outside) else 0.0
    # (the rarer patterns are searched only where their words are: most sentences have none)
    folded = outside.casefold().replace("i\u0307", "i")  # (the regexes' "İ" is an "i")
    superlative = any(w in folded for w in _SUPERLATIVE_WORDS)
    features["superlative"] = min(len(_SUPERLATIVE.findall(outside)), 3) if superlative else 0
    counterfactual = any(w in folded for w in _COUNTERFACTUAL_WORDS)
    features["counterfactual"] = 1.0 if counterfactual and _COUNTERFACTUAL.search(outside) else 0.0
    # Rhetorical devices, rare one by one, are one feature: a question put for effect, a
    # mark of irony, a verbless exclamation.
    rhetoric = features.pop("rhetorical_question", 0.0)
    ironic = any(w in folded for w in _IRONY_WORDS)
    rhetoric += 1.0 if ironic and _IRONY.search(outside.strip()) else 0.0
    rhetoric += 1.0 if _EXCLAMATIVE.search(outside.strip()) else 0.0
    features["rhetoric"] = rhetoric
    return {k: float(v) for k, v in features.items() if v and math.isfinite(v)}
