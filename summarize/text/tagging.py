"""Parts of speech, offline: the Brill tagger of pattern that textblob ships.

``tags(words)`` gives one Penn Treebank tag per word. The tagger's lexicon is loaded
on first use, so commands that never tag (``unspin summary``) never pay for it. Two
corrections are applied after the tagger: a word its lexicon reads as an adjective but
that ends a noun phrase ("the attorney general", "its chief") is a noun
(``summarize/data/tagging.toml``); a form in -s read as a plural noun right after "he",
"she", "it" or a relative pronoun, with no verb after it, is the verb ("he slashes
prices", "a budget that guts libraries"); a verb's base form read as a noun between "to"
and a determiner is the infinitive ("sought to smear the party"), unless a phrase of time
follows ("to glory this season", "back to work the next day").
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from summarize.text.clauses import FINITE


@lru_cache(maxsize=1)
def _textblob_text():
    """textblob's ``_text`` module (pattern's tagger and sentiment lexicon) and the folder
    of its English data, loaded from its file without importing the ``textblob`` package,
    whose ``__init__`` imports nltk and scipy.stats (two to four seconds on a busy
    machine; the module alone loads in a tenth of that)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("textblob")  # finds the package, does not run it
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("textblob is not installed")
    root = next(iter(spec.submodule_search_locations))
    source = importlib.util.spec_from_file_location(
        "unspin_textblob_text", os.path.join(root, "_text.py")
    )
    module = importlib.util.module_from_spec(source)
    source.loader.exec_module(module)  # _text.py imports the standard library only
    return module, os.path.join(root, "en")


@lru_cache(maxsize=1)
def _tagger():
    """textblob's Brill tagger (pattern's), built from its own module and data files
    (:func:`_textblob_text`)."""
    import os

    module, data = _textblob_text()
    lexicon = module.Lexicon(
        path=os.path.join(data, "en-lexicon.txt"),
        morphology=os.path.join(data, "en-morphology.txt"),
        context=os.path.join(data, "en-context.txt"),
        entities=os.path.join(data, "en-entities.txt"),
        language="en",
    )
    parser = module.Parser(lexicon=lexicon, default=("NN", "NNP", "CD"), language="en")
    return lambda words: parser.find_tags(list(words), map=lambda token, tag: (token, tag))


@lru_cache(maxsize=1)
def sentiment_lexicon() -> dict[str, dict[str | None, tuple[float, float, float]]]:
    """textblob's English sentiment lexicon, word -> {part of speech: (polarity,
    subjectivity, intensity)}: what ``dict(textblob.en.sentiment.items())`` gives,
    adverbs made from its adjectives included ("terrible" -> "terribly"), without
    importing the ``textblob`` package (:func:`_textblob_text`)."""
    import os

    module, data = _textblob_text()

    class Sentiment(module.Sentiment):  # textblob.en.Sentiment: the same load
        def load(self, path=None):
            module.Sentiment.load(self, path)
            if not path:
                for w, pos in list(dict.items(self)):
                    if "JJ" in pos:
                        if w.endswith("y"):
                            w = w[:-1] + "i"
                        if w.endswith("le"):
                            w = w[:-2]
                        p, s, i = pos["JJ"]
                        self.annotate(w + "ly", "RB", p, s, i)

    sentiment = Sentiment(
        path=os.path.join(data, "en-sentiment.xml"),
        synset="wordnet_id",
        negations=("no", "not", "n't", "never"),
        modifiers=("RB",),
        modifier=lambda w: w.endswith("ly"),
        language="en",
    )
    return dict(sentiment.items())


@lru_cache(maxsize=8)
def _word_list(section: str) -> frozenset[str]:
    """One word list of ``summarize/data/tagging.toml`` (the file is read once)."""
    return frozenset(_tagging_data()[section]["words"])


@lru_cache(maxsize=1)
def _tagging_data() -> dict:
    text = resources.files("summarize.data").joinpath("tagging.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=1)
def _nouns_at_end() -> frozenset[str]:
    return _word_list("nouns_at_phrase_end")


def tags(words: Sequence[str]) -> list[str]:
    """One Penn Treebank tag per word (words as :func:`summarize.text.words.words` gives them)."""
    if not words:
        return []
    return list(_tags(tuple(words)))


_BEFORE_NOUN = ("DT", "PRP$", "POS", "NN", "CD", "JJ")


@lru_cache(maxsize=2048)
def _tags(words: tuple[str, ...]) -> tuple[str, ...]:
    tagged = _tagger()([w.replace(" ", "_") for w in words])
    if len(tagged) != len(words):  # never expected; keep one tag per word regardless
        return tuple("NN" for _ in words)
    result = [tag for _word, tag in tagged]
    nouns = _nouns_at_end()
    for k, (word, tag) in enumerate(zip(words, result, strict=True)):
        following = result[k + 1] if k + 1 < len(result) else "."
        if tag == "JJ" and k and word.lower() in nouns and result[k - 1].startswith(_BEFORE_NOUN):
            if not following.startswith(("NN", "JJ", "CD")):
                result[k] = "NN"
        elif (
            tag == "NNS"
            and k
            and words[k - 1].lower() in _THIRD_PERSON_SUBJECTS
            and (words[k - 1].lower() != "that" or (k > 1 and result[k - 2].startswith("NN")))
            and not following.startswith(("VB", "MD"))
            and not (k + 1 < len(words) and _base_verb(words[k + 1].lower()))
            and not (word.lower() == "thanks" and following == "TO")  # "who, thanks to …"
            and _third_person_verb(word.lower())
        ):
            result[k] = "VBZ"  # "he slashes prices", "a budget that guts libraries"
        elif (
            tag == "NN"
            and k
            and result[k - 1] == "TO"
            and following in ("DT", "PRP$")
            and not _time_after(words, k + 1)
            and _base_verb(word.lower())
        ):
            result[k] = "VB"  # "sought to smear the party", "plans to scrap the tax"
        elif (
            tag == "NN"
            and k
            and words[k - 1].lower() == "who"
            and following == "VBZ"
            and _plural_noun(words[k + 1].lower())
            and _base_verb(word.lower())
        ):
            # "critics who spread lies": the relative clause's verb, then its object
            result[k] = "VBD" if _simple_past(word.lower()) else "VBP"
            result[k + 1] = "NNS"
        elif (
            tag == "VBZ"
            and k
            and result[k - 1] in ("VB", "VBP", "VBD")
            and words[k - 1].lower() not in _NOT_BEFORE_OBJECT
            and not any(w.lower() in _WH_SUBJECT for w in words[max(0, k - 5) : k - 1])
            and _plural_noun(word.lower())
        ):
            result[k] = "NNS"  # "they tell lies", "critics say lies spread": no two verbs
            # (but "What the inquiry found shows …": a clause is the subject of the second)
        elif (
            tag == "VBN"
            and k > 1
            and words[k - 1].lower() in ("that", "which", "who")
            and result[k - 2].startswith("NN")
            and following.startswith(("DT", "PRP$", "NN", "JJ"))
            and not any(t in FINITE or t == "VBN" for t in result[k + 2 : k + 7])
            and _simple_past(word.lower())
        ):
            # "a move that fueled disputes with the team": the relative clause's verb (not
            # "the claim that armed groups attacked": a verb follows, the form describes)
            result[k] = "VBD"
        elif (
            tag == "VBN"
            and k
            and following in ("DT", "PRP$")
            and _named_subject(words, result, k)
            and _simple_past(word.lower())
        ):
            result[k] = "VBD"  # "Intel filed a document", "Mr Okafor made the announcement"
    return tuple(result)


def heads_an_object(words: Sequence[str], tags: Sequence[str], k: int, gaps: Sequence[str]) -> bool:
    """The form in -s at ``k`` ends a run of bare nouns (no determiner) that a preposition
    or a verb's object place opens: "in the face of food industry claims that …", "the
    report rejects government claims that …". There it is the run's head noun, as a
    clause's verb needs a subject the preposition or the verb cannot give away. Not after
    a verb that takes a clause ("critics say government claims the plan works"), nor after
    a word that opens one ("because", "that"). ``gaps[m]`` is the text between word m and
    the next: the run and its opener are one phrase only with spaces between them ("a
    relationship with President Obama, mentions …" is a subject's verb)."""
    j = k - 1
    while j >= 0 and k - j <= 3 and tags[j] in ("NN", "NNS", "NNP", "NNPS"):
        if words[j].endswith(("'s", "’s", "'", "’")) or gaps[j].strip():
            return False  # "the government's claims": a possessive, the tagger's own job
        j -= 1
    if j >= 0 and gaps[j].strip():
        return False
    if j == k - 1 or j < 0 or not _plural_noun(words[k].lower()):
        return False
    opener, lowered = tags[j], words[j].lower()
    if opener == "IN":
        return lowered not in _word_list("clause_openers")
    return (
        opener in ("VB", "VBD", "VBP", "VBZ")  # (not "Ailing EuroDisney vows …")
        and lowered not in _NOT_BEFORE_OBJECT
        and lowered not in _word_list("clause_verbs")
    )


def _named_subject(words: Sequence[str], tags: Sequence[str], k: int) -> bool:
    """``words[:k]`` are a name that opens the sentence ("Intel", "Mr Okafor", "The
    Halvorsen Trust"): a form in -ed right after it, with an object after that, is its
    verb in the past, not a participle (which has no object: "Documents filed in May")."""
    first = 1 if words[0].lower() == "the" and k > 1 else 0
    return all(t in ("NNP", "NNPS") for t in tags[first:k]) and not any(
        w.endswith(("'s", "’s")) for w in words[:k]
    )


def _time_after(words: Sequence[str], k: int) -> bool:
    """The determiner at ``k`` opens a phrase of time ("this season", "the next day")."""
    return any(w.lower() in _time_nouns() for w in words[k + 1 : k + 3])


@lru_cache(maxsize=1)
def _time_nouns() -> frozenset[str]:
    return _word_list("time_nouns")


#: Words after which a form in -s is the verb of a clause, not a plural noun: a
#: third-person subject pronoun, or a relative pronoun ("a plan that guts the agency").
#: A plural read there stays when a verb follows it ("she said that costs rose"), and
#: "that" is a relative pronoun only after a noun ("it means that prices rise").
_THIRD_PERSON_SUBJECTS = frozenset(["he", "she", "it", "that", "which", "who"])


@lru_cache(maxsize=4096)
def _base_verb(word: str) -> bool:
    """The word may be a verb's base form ("rise" in "the fact that prices rise"): then
    the form in -s before it may be its plural subject, and stays a noun."""
    from lemminflect import getAllLemmas

    return word in getAllLemmas(word).get("VERB", ())


#: Words that open a clause standing as a subject ("What she said matters"): the verb in
#: -s after that clause's own verb is the sentence's.
_WH_SUBJECT = frozenset(["what", "whatever", "whoever", "whichever"])
#: Verbs after which a form in -s is not their object: auxiliaries and "be" ("did
#: says" does not occur, "were leads" is a mistake of the text, not a noun).
_NOT_BEFORE_OBJECT = frozenset(
    ["do", "did", "are", "were", "was", "am", "have", "had", "be", "been", "being"]
)


@lru_cache(maxsize=4096)
def _plural_noun(word: str) -> bool:
    """The word is the plural of a noun ("lies", "claims")."""
    from lemminflect import getAllLemmas

    return any(lemma != word for lemma in getAllLemmas(word).get("NOUN", ()))


@lru_cache(maxsize=4096)
def _simple_past(word: str) -> bool:
    """The word is also the simple past of a verb ("filed", "made"; not "taken")."""
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(word).get("VERB", ())
    return any(word in getInflection(lemma, "VBD") for lemma in lemmas)


@lru_cache(maxsize=4096)
def _third_person_verb(word: str) -> bool:
    """The word is the third-person singular present of a verb ("slashes", "guts")."""
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(word).get("VERB", ())
    return any(word in getInflection(lemma, "VBZ") for lemma in lemmas)
