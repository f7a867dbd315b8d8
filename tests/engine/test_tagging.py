"""The textblob data unspin reads, loaded without the textblob package (and nltk)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from summarize.text.tagging import sentiment_lexicon, tags
from tests.conftest import ROOT


def test_the_sentiment_lexicon_is_textblobs_own() -> None:
    from textblob.en import sentiment

    assert sentiment_lexicon() == dict(sentiment.items())
    assert "terribly" in sentiment_lexicon()  # the adverbs textblob makes from adjectives


def test_the_sentiment_lexicon_loads_without_nltk() -> None:
    code = (
        "import sys\n"
        "from summarize.text.tagging import sentiment_lexicon, tags\n"
        "assert sentiment_lexicon() and tags(['The', 'cat'])\n"
        "heavy = ('nltk', 'textblob', 'scipy')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


#: (sentence, word, its tag): the corrections unspin makes to the tagger's reading, each
#: with the readings it must leave alone.
TAG_CASES = [
    # a form in -s after a subject pronoun is a verb ...
    ("He slashes prices every spring .", "slashes", "VBZ"),
    ("a budget that guts neighborhood libraries", "guts", "VBZ"),
    ("the policy which results in delays", "results", "VBZ"),
    # ... and a plural stays a noun where it is a subject or follows a verb's "that"
    ("She said that costs rose .", "costs", "NNS"),
    ("It means that prices rise .", "prices", "NNS"),
    ("The fact that prices rise worries them .", "prices", "NNS"),
    ("the US , who thanks to subsidies sell them cheaply", "thanks", "NNS"),
    # a base verb between "to" and a determiner is an infinitive ...
    ("Critics sought to smear the party .", "smear", "VB"),
    ("He hopes to use the presidency to change the law .", "change", "VB"),
    ("They decided to support the plans .", "support", "VB"),
    # ... but a noun after "to" stays a noun before a phrase of time, or with no determiner
    ("They helped Liverpool to glory this season .", "glory", "NN"),
    ("He went back to work the next day .", "work", "NN"),
    ("He was taken to hospital .", "hospital", "NN"),
    # a form in -ed after a sentence-opening name, with an object, is its past ...
    ("Nordwind filed a complaint with the regulator .", "filed", "VBD"),
    ("The Halvorsen Trust published its accounts on Monday .", "published", "VBD"),
    ("Mr Okafor made the announcement in Lagos .", "made", "VBD"),
    # ... and a participle stays one after a common noun, after "has", or in a form only a
    # participle has
    ("Documents filed the same day show it .", "filed", "VBN"),
    ("Ms Reyes has filed a complaint .", "filed", "VBN"),
    ("Brazil beaten the week before lost again .", "beaten", "VBN"),
    # a form in -s right after a verb is its object (no two verbs in a row) ...
    ("critics who spread lies about the economy", "lies", "NNS"),
    ("critics who spread lies about the economy", "spread", "VBD"),
    ("Critics who tell lies should be ignored .", "lies", "NNS"),
    ("Critics say lies spread fast .", "lies", "NNS"),
    # ... but one verb in -s stays a verb, and so does the verb after a clause that is the
    # subject
    ("The man who lies about his age was caught .", "lies", "VBZ"),
    ("They said it works .", "works", "VBZ"),
    ("What the inquiry found shows the fire was deliberate .", "shows", "VBZ"),
    # a form in -ed after a noun and a relative word, with an object, is the clause's verb
    ("a move that fueled disputes with the team", "fueled", "VBD"),
    ("a report which cited the minister", "cited", "VBD"),
    # ... not where a verb follows, and the form describes the noun after it
    ("the claim that armed groups attacked the village", "armed", "VBN"),
]


@pytest.mark.parametrize(("sentence", "word", "tag"), TAG_CASES)
def test_the_tagger_reading_unspin_corrects(sentence: str, word: str, tag: str) -> None:
    words = sentence.split()
    assert tags(words)[words.index(word)] == tag
