"""Parts of speech, offline: the Brill tagger of pattern that textblob ships.

``tags(words)`` gives one Penn Treebank tag per word. The tagger's lexicon is loaded
on first use, so commands that never tag (``unspin summary``) never pay for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache


@lru_cache(maxsize=1)
def _tagger():
    from textblob.en import tag

    return tag


def tags(words: Sequence[str]) -> list[str]:
    """One Penn Treebank tag per word (words as :func:`summarize.text.words.words` gives them)."""
    if not words:
        return []
    return list(_tags(tuple(words)))


@lru_cache(maxsize=2048)
def _tags(words: tuple[str, ...]) -> tuple[str, ...]:
    # The tagger splits on spaces only when told not to tokenize: one tag per word given.
    tagged = _tagger()(" ".join(w.replace(" ", "_") for w in words), tokenize=False)
    if len(tagged) != len(words):  # never expected; keep one tag per word regardless
        return tuple("NN" for _ in words)
    return tuple(tag for _word, tag in tagged)
