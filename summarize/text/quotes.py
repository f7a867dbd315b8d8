"""The one quotation scanner: where the author hands the floor to someone else.

:func:`scan` walks the quotation marks and brackets of a stretch of text once, with a
stack, and gives every matched pair and every mark left open. The segmenter uses the
pairs (it never splits a quotation opened mid-sentence); the perspective stage uses
:func:`find_quotes`, the top-level quotations built from the same scan:

* straight and curly double quotes, German „…“, guillemets;
* single quotes, British style, where the closing mark is also the apostrophe: ’ closes
  only when no letter follows it (``it’s`` is an apostrophe) and it is not a plural
  possessive (``the members’ ability``);
* nested quotes: only the outermost quotation is a span; the inner ones are inside it;
* an opening mark whose closing mark never comes runs to the end of its paragraph; a
  quotation over several paragraphs opens each one again and closes only in the last
  (:func:`continues` tells a span that runs on into the next paragraph);
* the author's [bracketed insertions] inside a quotation: :func:`insertions`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

#: For each opening mark, the marks that close it.
CLOSE_OF = {
    '"': '"”',
    "'": "'’",
    "“": '”"“',  # “…“ happens: a right-flanking “ closes
    "„": "“”",
    "‘": "’'",
    "‚": "’‘",
    "«": "»",
    "‹": "›",
    "「": "」",
    "『": "』",
    "(": ")",
    "[": "]",
    "{": "}",
}
#: Marks that open a quotation (brackets are not quotations).
QUOTE_OPENERS = frozenset("\"'“„‘‚«‹「『")
#: Every mark the scan reads, but a single mark between two word characters (don't,
#: O'Brien, 90's), which every branch of :func:`scan` would pass over.
_PAIRED = re.compile("[" + re.escape("".join(CLOSE_OF) + "”’»›」』)]}") + r"](?<!\w['’‘](?=\w))")
_AFTER_CLOSE = set(".,;:!?…)]}»›”’\"'—–-/") | {"」", "』"}
_OPENERS = "\"'“‘„‚«‹([{「『"
_CLOSING_MARKS = frozenset("\"'”’»›」』")


@dataclass(frozen=True)
class Scan:
    """A stretch of text's marks: matched (opening, after closing) pairs, marks left open."""

    pairs: list[tuple[int, int]]
    unclosed: list[int]
    #: Straight quotes left open when the same mark opens again after a sentence's end:
    #: the paragraphs of a long quotation run together (each opens, only the last closes).
    continued: list[tuple[int, int]]


def scan(text: str, start: int = 0, end: int | None = None) -> Scan:
    """Quotation marks and brackets in ``text[start:end]``, matched with a stack."""
    end = len(text) if end is None else end
    pairs: list[tuple[int, int]] = []
    continued: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for match in _PAIRED.finditer(text, start, end):
        i = match.start()
        ch = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        left = before.isspace() or before in _OPENERS or before in "—–-/"  # may open
        right = not before.isspace() and (after.isspace() or after in _AFTER_CLOSE)  # may close
        if ch == '"':
            if right and _close(stack, pairs, ch, i):
                continue
            if left and not after.isspace():
                dropped = _drop(stack, ch)  # a straight quote left open: no closing mark
                if dropped is not None and re.search(r"[.!?…]\s+$", text[max(start, i - 4) : i]):
                    continued.append((dropped, _end_before(text, i)))
                _push(stack, ch, i)
            elif not left and not right:
                _close(stack, pairs, ch, i)
            elif before == " " and after.isspace() and i - 2 >= start and text[i - 2] in ",.!?…":
                _close(stack, pairs, ch, i)  # a closing mark typed after a space: "it, " he said
        elif ch == "'" or ch == "‘":
            if before.isalnum() and after.isalpha():
                continue  # an apostrophe: don't, O'Brien
            if ch == "'" and right and _closes_single(text, i, end) and _close(stack, pairs, ch, i):
                continue
            if left and after.isalpha():  # an opening mark, not an elision: '90s
                _push(stack, ch, i)
        elif ch == "’":
            if right and _closes_single(text, i, end):
                _close(stack, pairs, ch, i)
        elif ch in CLOSE_OF:
            if ch == "“" and right and _close(stack, pairs, ch, i):
                continue  # German „…“, or a mistyped closing mark
            _push(stack, ch, i)
        else:
            _close(stack, pairs, ch, i)
    return Scan(pairs, [position for _ch, position in stack], continued)


def _end_before(text: str, i: int) -> int:
    """Where the text before ``i`` ends, its trailing spaces left out:
    ``len(text[:i].rstrip())``, without copying that text (a scan asks it of a book)."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def pairs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Matched quotations and brackets in ``text[start:end]``: (opening, after closing)."""
    return scan(text, start, end).pairs


def _closes_single(text: str, i: int, end: int) -> bool:
    """A right-flanking single mark closes, unless it is a plural possessive: ``the
    members’ ability`` (an s before it, a lower-case word after one space)."""
    after = text[i + 1] if i + 1 < end else " "
    if after.isalnum():
        return False
    before = text[i - 1] if i > 0 else " "
    following = text[i + 2] if i + 2 < end else " "
    return not (before == "s" and after == " " and following.islower())


def _close(stack: list[tuple[str, int]], found: list[tuple[int, int]], ch: str, i: int) -> bool:
    """Close the nearest opening mark that ``ch`` closes; unclosed marks above it are dropped."""
    for depth in range(len(stack) - 1, max(-1, len(stack) - 9), -1):
        opener, position = stack[depth]
        if ch in CLOSE_OF[opener]:
            found.append((position, i + 1))
            del stack[depth:]
            return True
    return False


def _push(stack: list[tuple[str, int]], ch: str, i: int) -> None:
    stack.append((ch, i))
    if len(stack) > 64:  # unclosed marks pile up only in broken text: forget the oldest
        del stack[0]


def _drop(stack: list[tuple[str, int]], ch: str) -> int | None:
    """Forget an unclosed straight quote when a new one opens (a missing closing mark);
    its position, or None."""
    for depth in range(len(stack) - 1, max(-1, len(stack) - 9), -1):
        if stack[depth][0] == ch:
            position = stack[depth][1]
            del stack[depth:]
            return position
    return None


# --- quotations for the perspective stage ------------------------------------------------


def find_quotes(
    text: str, paragraphs: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each top-level quotation, marks included, in text order.

    ``paragraphs`` defaults to the segmenter's. An opening mark left unclosed runs to
    the end of its paragraph (unless it sits inside a closed quotation)."""
    if paragraphs is None:
        from summarize.text.paragraphs import paragraphs as split

        paragraphs = split(text)
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        found = scan(text, p_start, p_end)
        quoted = sorted(
            (s, e) for s, e in found.pairs + found.continued if text[s] in QUOTE_OPENERS
        )
        opened = [i for i in found.unclosed if text[i] in QUOTE_OPENERS]
        for first in opened:
            closer = _short_single(text, first, p_end)
            if closer is not None:  # "the 'All Golds' rugby league side": a name in quotes
                quoted.append((first, closer))
                continue
            quoted = [(s, e) for s, e in quoted if e <= first or s < first < e]
            if not any(s < first < e for s, e in quoted):
                quoted.append((first, p_end))
            break
        spans.extend(_top_level(sorted(quoted)))
    return spans


#: A single closing mark after an s, then a word in lower case: read as a plural
#: possessive by the scan ("the members’ ability"), or the end of a short quotation.
_S_MARK = re.compile(r"s['’](?=\s+[a-z])")


def _short_single(text: str, first: int, end: int) -> int | None:
    """Where a single quotation mark left open at ``first`` closes after all: the first
    "s'" within five capitalised words of it ("the newly formed 'All Golds' rugby league
    side": a name in quotes), when nothing else closes it before its paragraph ends. None
    for a double mark or when there is no such "s'"."""
    before = _end_before(text, first) - 1  # its last character that is not a space
    if text[first] not in "'‘" or before < 0 or not text[before].islower():
        return None  # mid-sentence, after a word ("formed 'All Golds'"), not "said: '…"
    stretch = text[first + 1 : min(end, first + 60)]
    match = _S_MARK.search(stretch)
    inner = stretch[: match.end() - 1].split() if match else []
    if not inner or len(inner) > 5 or not all(w[:1].isupper() or w[:1].isdigit() for w in inner):
        return None  # a name in quotes is capitalised: not "‘The members’ ability to …"
    return first + 1 + match.end()


def _top_level(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    top: list[tuple[int, int]] = []
    for s, e in spans:
        if top and s < top[-1][1]:
            if e > top[-1][1]:
                top[-1] = (top[-1][0], e)
            continue
        top.append((s, e))
    return top


def continues(text: str, span: tuple[int, int]) -> bool:
    """The quotation has no closing mark: it runs on past its paragraph (or the text stops)."""
    end = span[1]
    return end > span[0] + 1 and text[end - 1] not in _CLOSING_MARKS


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies within one of the spans."""
    return any(s <= start and end <= e for s, e in spans)


def clip(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of the spans that fall within [start, end)."""
    return [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]


def segments_in(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Like :func:`clip`, in offsets relative to ``start`` (spans sorted, as found)."""
    low = bisect_right([e for _s, e in spans], start)
    high = bisect_left([s for s, _e in spans], end)
    return [(max(s, start) - start, min(e, end) - start) for s, e in spans[low:high]]


_BRACKET = re.compile(r"\[[^\[\]\n]{1,80}\]")


def insertions(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The author's [bracketed insertions] inside quotations: (start, end), brackets included."""
    found = []
    for s, e in spans:
        for match in _BRACKET.finditer(text, s, e):
            found.append((match.start(), match.end()))
    return found


def outside(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` (a sentence, spans relative to it) with quoted characters blanked out; the
    author's bracketed insertions inside the quotations stay (they are the author's words)."""
    chars = list(text)
    kept = insertions(text, spans)
    for s, e in spans:
        for k in range(max(s, 0), min(e, len(chars))):
            if not any(a <= k < b for a, b in kept):
                chars[k] = " "
    return "".join(chars)


#: A double quotation mark closing quoted speech: after the speech's last punctuation.
_CLOSING_SPEECH = re.compile(r'(?<=[,.!?…])["”]')


def mended(sentence: str) -> str:
    """``sentence`` shown on its own, out of a quotation that runs over several sentences,
    with the double quotation mark it lacks: ``Everybody knew," said X`` (the quotation
    opened a sentence earlier) gains its opening mark, ``"The levee failed.`` (it goes on
    in the next) its closing one. Marks the sentence pairs itself are left as they are;
    single quotes (also apostrophes) are never added.
    """
    if '"' not in sentence and "“" not in sentence and "”" not in sentence:
        return sentence
    found = scan(sentence)
    used = {o for o, _e in found.pairs} | {e - 1 for _o, e in found.pairs}
    used.update(found.unclosed)
    before = next((m for m in _CLOSING_SPEECH.finditer(sentence) if m.start() not in used), None)
    if before is not None and not any(o < before.start() for o in found.unclosed):
        sentence = ("“" if before.group() == "”" else '"') + sentence
        found = scan(sentence)
    left = [o for o in found.unclosed if sentence[o] in '"“']
    if left:
        sentence += "”" if sentence[left[-1]] == "“" else '"'
    return sentence
