"""Offline tokenizer, stemmer and stop words for sumy and the fast summarizers.

sumy's own ``Tokenizer("english")`` needs nltk's punkt data, which cannot be
downloaded here (or on a user's offline machine). sumy only needs an object
with ``language``, ``to_sentences(paragraph)`` and ``to_words(sentence)``:
:class:`OfflineTokenizer` is that object, built on unspin's own segmenter.

The stemmer is the Snowball English stemmer from the ``snowballstemmer``
package (the Snowball project's own Python build): it needs no data and, unlike
``nltk.stem.snowball``, does not import all of nltk (about 1 s with scipy
installed), which keeps ``unspin summary`` quick to start. With PyStemmer installed (a
dependency), ``snowballstemmer.stemmer`` is the same algorithm compiled from the Snowball
project's C: the same stems, about 17 times faster (a test compares the two).
"""

from __future__ import annotations

import re
from functools import lru_cache

# The same shape sumy keeps from nltk's tokens: a letter first, then letters,
# apostrophes or hyphens. Digits and punctuation are not words for summaries.
# (Letters in runs, not one at a time: the same tokens, a third faster to find.)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Clitics nltk's Treebank tokenizer splits off ("don't" -> "do", "n't").
_CLITIC = re.compile(r"(?i)(?:n['’]t|['’](?:s|re|ve|ll|d|m))$")


def words(sentence: str) -> tuple[str, ...]:
    """Word tokens of a sentence, as sumy counts them."""
    result = []
    for match in _WORD.finditer(sentence):
        token = match.group()
        clitic = _CLITIC.search(token)
        if clitic and clitic.start() > 0:
            token = token[: clitic.start()]
        result.append(token.replace("’", "'"))
    return tuple(result)


class OfflineTokenizer:
    """What sumy's parsers and summarizers need from a tokenizer, offline."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from summarize.segment import split_sentences

        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return words(sentence)


@lru_cache(maxsize=1)
def _snowball():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball English stem of a lower-cased word."""
    return _snowball().stemWord(word)
