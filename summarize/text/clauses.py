"""Whether the words after a verb are a thing or a clause: "claimed the title" (a thing
won) against "claimed the vote was rigged" (a view reported). Read by attribution (is
"claimed" a verb of saying here?) and by the loaded-word cues (does it cast doubt on
something said?), so the two never disagree."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

#: Tags of a finite verb.
FINITE = ("VBD", "VBZ", "VBP", "MD")
#: Words after which an object's clause has ended: what follows is not its verb.
CLAUSE_ENDS = frozenset(["and", "but", "while", "whereas", "before", "after", "as", "when"])
#: Determiners that open a thing taken as an object ("claimed the title", "his first win").
OBJECT_DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]
)
_BREAK = re.compile(r"[.;:!?()]")


def object_then_verb(
    text: str,
    tokens: Sequence[tuple[int, int, str]],
    tags: Sequence[str],
    k: int,
    *,
    base: int = 0,
    quoted: Callable[[int], bool] | None = None,
) -> bool:
    """The words from ``tokens[k]`` are a clause's subject and its finite verb ("the vote
    was rigged", "the law, which the EU backs, is flawed"), not an object that ends at a
    preposition, a conjunction or the sentence's end ("the doubles at the Open", "their
    first title while Shannon …"). A relative clause set off by commas is read past.
    ``base`` is the offset of ``text`` in the tokens' coordinates; ``quoted(q)`` tells a
    word inside a quotation, where the clause stops."""

    def gap(q: int) -> str:
        return text[tokens[q - 1][1] - base : tokens[q][0] - base]

    q = k
    while q < min(len(tokens), k + 16):
        word = tokens[q][2].lower()
        between = gap(q) if q > k else ""
        if _BREAK.search(between) or (quoted is not None and quoted(q)):
            return False
        if "," in between and word in ("which", "who", "whose"):
            q = next((r for r in range(q + 1, len(tokens)) if "," in gap(r)), 0)
            if not q:
                return False
            continue  # "the law, which the EU says is needed …, is": past the aside
        if word in CLAUSE_ENDS or ("," in between and tags[q] not in FINITE):
            return False
        if tags[q] in FINITE or (tags[q] == "VBN" and _after_noun(tags, k, q)):
            return True  # "the champion tested positive", "the sprinter regularly used"
        q += 1
    return False


def _after_noun(tags: Sequence[str], k: int, q: int) -> bool:
    """A noun comes before word ``q`` (after ``k``), adverbs aside: the tagger's participle
    there is the clause's verb ("the US Open champion tested positive")."""
    p = q - 1
    while p > k and tags[p] == "RB":
        p -= 1
    return p >= k and p < q and tags[p].startswith("NN")


def takes_a_thing(
    text: str,
    tokens: Sequence[tuple[int, int, str]],
    tags: Sequence[str],
    i: int,
    *,
    base: int = 0,
    quoted: Callable[[int], bool] | None = None,
) -> bool:
    """The verb at ``i`` takes a thing as its object ("claimed the doubles", "claiming an
    impressive victory"), with no clause after it."""
    return (
        i + 2 < len(tokens)
        and tokens[i + 1][2].lower() in OBJECT_DETERMINERS
        and not text[tokens[i][1] - base : tokens[i + 1][0] - base].strip()
        and not (quoted is not None and quoted(i + 1))
        and not object_then_verb(text, tokens, tags, i + 2, base=base, quoted=quoted)
    )


def relative_verb(words: Sequence[str], tags: Sequence[str], i: int) -> bool:
    """Whether word ``i`` (lower-case ``words``, Penn ``tags``) in -ed opens a relative
    clause as its verb: right after "that", "which" or "who" that follows a noun, and before
    a noun phrase ("the insurrections that upended Republicans"), whatever a tagger reading
    the word alone makes of it (not "that famous day", nor "saw that battered car")."""
    if not words[i].endswith("ed") or i < 2 or i + 1 >= len(words):
        return False
    relative = words[i - 1]
    if relative not in ("that", "which", "who"):
        return False
    if relative == "that" and not tags[i - 2].startswith("NN"):
        return False
    return tags[i + 1].startswith(("NN", "DT", "PRP", "CD", "JJ"))
