"""Segment: normalised text -> paragraphs and sentences with character offsets.

Invariant (tested with hypothesis): every non-whitespace character of the text
lies in exactly one sentence, sentences are in order, do not overlap, and
neither start nor end with whitespace.

How a text is cut, in order (docs/SEGMENTATION.md has the measurements):

1. Paragraphs are blocks separated by blank lines (or U+2029).
2. Inside a paragraph, single line breaks are read as layout: wrapped prose
   joins, while a line that was broken on purpose ends its sentence: a title,
   byline or dateline directly above the text, list items, one sentence per
   line. A break is "on purpose" when the next line's first word would have
   fitted on the line (so no wrapping forced it), or the line reads like a
   title. A stand-alone short line without closing punctuation is a heading.
3. Inside the blocks those breaks leave, nupunkt (a Punkt model shipped in
   its package) proposes sentence boundaries, which three general rules
   correct:
   - a quotation or bracket that opens mid-sentence is not split inside
     (``are “entirely impossible. This would …”`` is one sentence), unless the
     quotation quotes whole sentences: it starts with a capital or follows a
     comma or colon (``He added, “We go. They stay.”`` is two);
   - an abbreviation followed by a capitalised closed-class word (``the,
     it, and, in``), which cannot be a name, ends a sentence: ``the U.S. And``;
   - a title or reference abbreviation (``Lt. Col.``, ``No. 3``, ``e.g.``)
     never ends one;
   - a word that is no abbreviation, then a period and a capital, ends one
     (nupunkt's model takes thousands of ordinary words for abbreviations);
     so do "a.m."/"p.m." before a capital that is not a day, month or zone.
   Closing quotes, brackets and footnote marks stay with the sentence they
   close; a list marker ("1.") stays with its item; a quoted question or
   exclamation keeps the short speaker clause after it (``“Why?” Walsh asked.``).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from summarize.text.paragraphs import LINE_BREAKS, paragraphs
from summarize.text.quotes import pairs as quotation_pairs


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    paragraph: int
    #: A stand-alone line without closing punctuation: a headline or subheading.
    heading: bool = False


# --- public API ---------------------------------------------------------------


def segment(text: str) -> list[Span]:
    """Sentences of ``text`` as spans, paragraph by paragraph."""
    if not text or text.isspace():
        return []
    candidates = _candidate_cuts(text)
    result: list[Span] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        low = bisect_right(candidates, p_start)
        high = bisect_left(candidates, p_end)
        inside = candidates[low:high] if low < high else []
        for start, end, heading in _split_paragraph(text, p_start, p_end, inside):
            result.append(Span(start, end, number, heading))
    return result


def split_sentences(text: str) -> list[str]:
    """Sentence strings of ``text`` (what sumy's ``to_sentences`` needs)."""
    return [text[s.start : s.end] for s in segment(text)]


def boundary_scores(
    predicted: Iterable[int], gold: Iterable[int]
) -> tuple[float, float, int, int, int]:
    """Boundary precision and recall: ``(precision, recall, true_pos, n_pred, n_gold)``.

    A boundary is the end offset of a sentence that is not the last one (see
    :func:`boundaries`). Precision (recall) is 1.0 when nothing was predicted
    (expected).
    """
    predicted, gold = set(predicted), set(gold)
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    return precision, recall, hits, len(predicted), len(gold)


def boundaries(spans: Sequence[tuple[int, int]] | Sequence[Span]) -> list[int]:
    """End offsets of every sentence but the last: where the text is cut."""
    ends = [s.end if isinstance(s, Span) else s[1] for s in spans]
    return ends[:-1]


# --- characters ---------------------------------------------------------------

# Line breaks as str.splitlines() knows them; U+2029 separates paragraphs.
_LB = LINE_BREAKS
_LINE = re.compile(rf"[^{_LB}]+")
_LINE_BREAK = re.compile(rf"[{_LB}]")
#: Whitespace other than a plain space (nupunkt reads every one of them as a space).
_OTHER_SPACE = re.compile(r"[^\S ]")

_CLOSERS = "\"'”’»›)]}」』"
_OPENERS = "\"'“‘„‚«‹([{「『"
#: What may stand before the first letter of a sentence without making it "mid-sentence".
_END_OR_CLOSER = frozenset(".!?…" + _CLOSERS)
_LEAD = set(_OPENERS + "—–-*•·¿¡…")
_TRAILING_CLOSERS = "\"'’”»›)]}"


def _last_mark(line: str) -> str:
    """The last character of ``line`` before any closing quotes and brackets."""
    body = line.rstrip(_TRAILING_CLOSERS)
    return body[-1] if body else ""


def _ends_closed(line: str) -> bool:
    """Ends in closing punctuation (``. ! ? … : ;``), closing quotes allowed after it."""
    return _last_mark(line) in _CLOSING_MARKS


_CLOSING_MARKS = frozenset(".!?…:;")
_SENTENCE_MARKS = frozenset(".!?…")

# A list item: a bullet, or "1." / "2)" / "a)" / "(iv)" followed by a space.
_BULLET = re.compile(r"(?:[-*+•‣◦▪▫●○■□·>]|\d{1,3}[.)]|[a-z][.)]|\(\w{1,4}\))\s")
_MARKER = re.compile(r"(?:\d{1,3}|[A-Za-z]|[ivx]{1,4}|[IVX]{1,4})[.)]|[-*+•‣◦▪·]")
_BYLINE = re.compile(r"(?:By|BY|From|FROM)\s+[A-Z]")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTH}\b|\d{{4}}-\d{{2}}-\d{{2}}\b|\d{{1,2}}:\d{{2}}\b)"
)
_YEAR_OR_TIME = re.compile(r"\b(?:1[89]\d\d|2[01]\d\d)\b|\b\d{1,2}:\d{2}\b")

# --- word lists (closed classes: grammar, not vocabulary) --------------------


def _lists() -> dict[str, frozenset[str]]:
    """The word lists of ``data/segment.toml``, each as a set."""
    path = Path(__file__).with_name("data") / "segment.toml"
    with path.open("rb") as file:
        return {key: frozenset(value.split()) for key, value in tomllib.load(file).items()}


_LISTS = _lists()


#: Capitalised, these start a sentence and are never part of a name after an
#: abbreviation: "the U.S. The", "Inc. It", "a.m. And" (and so do "Mr.", "Dr.").
_FUNCTION_WORDS = _LISTS["function_words"]
#: Titles before a name: never the end of a sentence when a capital follows.
_TITLES = _LISTS["titles"]
#: Abbreviations before a name that can also end a sentence ("Main St. The").
_NAME_PREFIXES = _LISTS["name_prefixes"]
#: Reference abbreviations before a number: "No. 3", "pp. 12-14", "Vol. II".
_NUMBER_PREFIXES = _LISTS["number_prefixes"]
#: Never at the end of a sentence, whatever follows.
_INFIX = _LISTS["infix"]
#: Abbreviations written without inner periods that English prose uses. nupunkt's model
#: lists thousands more (learned from legal text: "so", "all", "scandal", "carpenter"); a
#: word of letters outside this list, followed by a capital, ends its sentence (a reference
#: abbreviation does only before a roman numeral: "Vol. II", but "he said no. The").
_KNOWN_ABBREVIATIONS = _TITLES | _NAME_PREFIXES | _INFIX | _LISTS["abbreviations"]

#: A period, then a capital: the word before it is checked ("scandal. Mr.", "so. Government").
_PERIOD_BEFORE_CAPITAL = re.compile(r"\.[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]*[A-Z])")
#: After "a.m."/"p.m." only a day, a month or a time zone continues the sentence with a
#: capital ("at 10 a.m. Monday", "8 p.m. ET", "3 p.m. Moscow time"); any other capital
#: starts a new one ("at 4 a.m. Crew members waved").
_TIME_BEFORE_CAPITAL = re.compile(
    r"\.[mM]\.[\"'”’)\]]*\s+(?=[\"“‘(\[]*[A-Z])([\"“‘(\[]*)([\w’'.]+)\s*(\w*)"
)
_AFTER_TIME = _LISTS["after_time"]
_PREFIXES = _TITLES | _NAME_PREFIXES | _NUMBER_PREFIXES | _INFIX
_ROMAN = re.compile(r"[IVXLC]+\b")
#: A footnote marker after the end of a sentence: "was retracted.[3] Its authors".
_FOOTNOTE_BEFORE_CAPITAL = re.compile(r"[.!?…][\"'”’)]*\[\d{1,3}\]\s+(?=[\"“‘(\[]*[A-Z])")
_FOOTNOTE = re.compile(r"\[\d{1,3}\]")
_FUNCTION_WORD_AFTER_PERIOD = re.compile(
    r"\.[\"'”’»)\]]*\s+(?:"
    + "|".join(sorted((re.escape(w) for w in _FUNCTION_WORDS), key=len, reverse=True))
    + r")(?![\w.\-])|\.[\"'”’»)\]]*\s+(?:Mr|Mrs|Ms|Dr|Prof)\.(?=\s)"
)


# --- candidates from nupunkt, corrected for abbreviations -------------------


@lru_cache(maxsize=1)
def _nupunkt():  # pragma: no cover - trivial
    import nupunkt

    return nupunkt


def _nupunkt_cuts(text: str) -> list[int]:
    """Where nupunkt starts a sentence (first non-space character), line breaks read as spaces."""
    flat = _OTHER_SPACE.sub(" ", text)
    cuts = []
    for start, _end in _nupunkt().sent_spans(flat)[1:]:
        while start < len(text) and text[start].isspace():
            start += 1
        if start < len(text):
            cuts.append(start)
    return cuts


def _candidate_cuts(text: str) -> list[int]:
    cuts = set(_nupunkt_cuts(text))
    for cut in list(cuts):
        if text[cut - 1] in _END_OR_CLOSER:
            cut = _after_closers(text, cut, cuts)
        end = cut - 1
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end <= 0 or text[end - 1] != ".":
            continue
        # Only a cut after a title or reference abbreviation may be undone: find the
        # (short) word before the period quickly.
        low = max(0, end - 10)
        space = max(text.rfind(" ", low, end), text.rfind("\n", low, end), low - 1)
        if text[space + 1 : end - 1].lstrip(_OPENERS).lower() in _PREFIXES and _never_ends_here(
            text, cut
        ):
            cuts.discard(cut)
    for match in _FUNCTION_WORD_AFTER_PERIOD.finditer(text):
        cut = match.end() - len(match.group().split()[-1])
        if cut not in cuts and _abbreviation_ends_here(
            text, match.start(), text[cut : match.end()]
        ):
            cuts.add(cut)
    for match in _PERIOD_BEFORE_CAPITAL.finditer(text):
        cut = match.end()
        if cut in cuts:
            continue
        word = _token_before(text, match.start())
        if len(word) < 2 or not word.isalpha():
            continue
        word = word.lower()
        if word in _KNOWN_ABBREVIATIONS:
            continue
        if word in _NUMBER_PREFIXES and _ROMAN.match(text, cut):
            continue
        cuts.add(cut)
    for match in _TIME_BEFORE_CAPITAL.finditer(text):
        letter = match.start() - 1
        if letter < 0 or text[letter] not in "aApP":
            continue
        if letter > 0 and (text[letter - 1].isalnum() or text[letter - 1] == "."):
            continue
        word, following = match.group(2), match.group(3)
        if word.rstrip(".") not in _AFTER_TIME and following not in ("time", "Time"):
            cuts.add(match.start(1))
    for match in _FOOTNOTE_BEFORE_CAPITAL.finditer(text):
        cuts.add(match.end())
    # A period before a lower-case word ends an abbreviation, not a sentence: "the R.N.C. did";
    # "!" or "?" on a capitalised word before one ends a name: "his days in Wham! through to".
    return sorted(
        cut
        for cut in cuts
        if not (text[cut].islower() and (_after_period(text, cut) or _after_named_mark(text, cut)))
        and not _speaker_clause(text, cut)
    )


#: Verbs that close a speaker clause after a quoted question (data/segment.toml).
_SPEECH_AFTER_QUOTE = _LISTS["speech_after_quote"]
#: A quoted question or exclamation just before a cut: ``?”``, ``!"`` and the like.
_QUOTED_MARK = re.compile(r"[?!][”\"’']\s+$")
#: The clause after it, to its first full stop (within 160 characters).
_CLAUSE_TO_STOP = re.compile(r"[^.;:!?\n“”\"]{1,160}?\.(?=\s|$)")
#: A short time or place after the verb: "said on Monday", "said in a statement".
_AFTER_VERB = _LISTS["after_speech_verb"]
#: Verbs that take a short object there: "told the BBC", "asked her followers".
_OBJECT_VERBS = _LISTS["speech_verbs_with_object"]


def _speaker_clause(text: str, cut: int) -> bool:
    """The cut falls after a quoted question or exclamation, and what follows is a short
    speaker clause that ends there: ``“Why would I?” Walsh asked.``, ``"Really?" Justice
    Ginsburg asked.``, ``“Who knows?” Mr Brown told the BBC.``: the clause belongs to the
    quotation, as ``“Why?” he asked.`` does. The speaker is up to five words, the verb
    closes the clause or takes a short object ("told the BBC", "asked her followers") or a
    short time or place ("said on Monday"). Not ``“Why?” Police said the man fled.`` (the
    verb's clause goes on)."""
    if cut >= len(text) or not text[cut].isupper():
        return False
    if not _QUOTED_MARK.search(text, max(0, cut - 8), cut):
        return False
    clause = _CLAUSE_TO_STOP.match(text, cut, min(len(text), cut + 161))
    if clause is None:
        return False
    words = clause.group()[:-1].split()
    for index, word in enumerate(words[1:6], 1):
        if word.rstrip(",") not in _SPEECH_AFTER_QUOTE:
            continue
        tail = words[index + 1 :]
        return (
            not tail
            or word.endswith(",")  # "Walsh asked, adding that …"
            or (word in _OBJECT_VERBS and len(tail) <= 3)
            or (tail[0] in _AFTER_VERB and len(tail) <= 4)
        )
    return False


_NAMED_MARK = re.compile(r"(?:^|[\s(“\"‘'])[A-Z][\w'’-]*[!?]\s+$")


def _after_named_mark(text: str, cut: int) -> bool:
    """The cut follows a capitalised word that ends in "!" or "?" ("Yahoo!", "Wham!",
    "Jeopardy!"): a title or a name, when a lower-case word goes on after it."""
    return bool(_NAMED_MARK.search(text, max(0, cut - 40), cut))


def _after_period(text: str, cut: int) -> bool:
    end = cut
    while end > 0 and text[end - 1].isspace():
        end -= 1
    while end > 0 and text[end - 1] in _CLOSERS:
        end -= 1
    return end > 0 and text[end - 1] == "."


def _after_closers(text: str, cut: int, cuts: set[int]) -> int:
    """Keep a closing quote, bracket or footnote mark nupunkt left at the head of the next
    sentence with the sentence it closes: ``done.” She``, ``retracted.[3] Its``."""
    if cut == 0 or text[cut - 1] not in _END_OR_CLOSER:
        return cut
    footnote = _FOOTNOTE.match(text, cut)
    if footnote or (text[cut] in "”’»)]}" and text[cut - 1] in ".!?…"):
        end = footnote.end() if footnote else cut
        while end < len(text) and text[end] in _CLOSERS:
            end += 1
        cuts.discard(cut)
        if end < len(text) and not text[end].isspace():
            return cut  # "(R-Minn.), who": the sentence goes on
        while end < len(text) and text[end].isspace():
            end += 1
        if end < len(text):
            cuts.add(end)
        return end
    return cut


def _token_before(text: str, end: int) -> str:
    """The whitespace-delimited token ending at ``end``, without leading quotes or brackets."""
    parts = text[max(0, end - 64) : end].rsplit(None, 1)
    return parts[-1].lstrip(_OPENERS) if parts else ""


def _never_ends_here(text: str, cut: int) -> bool:
    """True when the sentence before ``cut`` would end on a title or reference abbreviation."""
    end = cut
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] != "." or cut >= len(text):
        return False
    parts = text[max(0, end - 12) : end].rsplit(None, 1)
    if not parts or len(parts[-1]) >= 12:
        return False  # every abbreviation this checks is short
    token = parts[-1].lstrip(_OPENERS)
    key = token[:-1].lower()
    following = text[cut]
    if key in _INFIX:
        return True
    if key in _NUMBER_PREFIXES:
        return following.isdigit() or text[cut : cut + 4].rstrip(".,;: ") in ("I", "II", "III")
    if not token[:1].isupper():
        return False
    if key in _TITLES:
        return following.isupper()
    if key in _NAME_PREFIXES:
        word = text[cut : cut + 20].split(None, 1)[0] if not following.isspace() else ""
        return following.isupper() and word.rstrip(".,;:") not in _FUNCTION_WORDS
    return False


def _abbreviation_ends_here(text: str, period: int, word: str) -> bool:
    """An abbreviation (nupunkt kept the sentence going) before a capitalised function word."""
    token = _token_before(text, period + 1)
    key = token[:-1].lower()
    if key in _INFIX or key in _TITLES or not key.strip(".…"):
        return False  # an ellipsis is nupunkt's to judge
    # An initial before "A" or "I" may be a middle name: "John Q. A. Smith".
    return not (len(token) == 2 and token[0].isupper() and word in ("A", "I"))


# --- paragraphs: line layout, headings, quotations ---------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_paragraph(
    text: str, p_start: int, p_end: int, candidates: list[int]
) -> list[tuple[int, int, bool]]:
    if _LINE_BREAK.search(text, p_start, p_end) is None:  # one line: the common case
        heading = _is_heading(text[p_start:p_end])
        if not candidates or (
            heading and all(_INITIALISM_BEFORE.search(text, p_start, cut) for cut in candidates)
        ):  # "N.C. Congressman Apologizes …": a headline, its initialism no sentence end
            return [(p_start, p_end, heading)]
        lines = [(p_start, p_end)]
    else:
        lines = []
        for match in _LINE.finditer(text, p_start, p_end):
            start, end = _trim(text, match.start(), match.end())
            if start < end:
                lines.append((start, end))
    forced_list, headings = _line_breaks(text, lines, candidates)
    forced = set(forced_list)
    cuts = _resolve(text, p_start, p_end, candidates, forced)
    heading_starts = {lines[i][0] for i in headings}
    result: list[tuple[int, int, bool]] = []
    start = p_start  # every cut, like the paragraph, starts on a non-space character
    for cut in [*cuts, p_end]:
        end = start + len(text[start:cut].rstrip())
        if (
            end - start <= 4
            and cut < p_end
            and cut not in forced
            and _MARKER.fullmatch(text, start, end)
        ):
            continue  # a list marker ("1.", "b)") belongs to the item it numbers
        result.append((start, end, start in heading_starts))
        start = cut
    return result


_INITIALISM_BEFORE = re.compile(r"\b(?:[A-Z]\.){2,}\s*$")


def _is_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 20
        and not _ends_closed(line.rstrip())
        and any(ch.isalpha() for ch in line)
        and not _BULLET.match(line)
        and not _is_byline_or_date(line, words)
    )


def _is_byline_or_date(line: str, words: list[str]) -> bool:
    if len(words) <= 10 and _BYLINE.match(line):
        return True
    return len(words) <= 12 and bool(_DATE.search(line)) and bool(_YEAR_OR_TIME.search(line))


#: Words a byline may hold besides names: "By Ann Lee and Tom Hale, Staff Writers".
_BYLINE_WORDS = frozenset(["and", "of", "the", "in", "for", "at", "&"])


def is_byline_or_dateline(line: str) -> bool:
    """A line that only says who wrote the text or when: "By Dana Whitfield", "From our
    correspondent in Lagos", "June 5, 2024, 10:32 GMT". Not a sentence: no closing stop,
    and after "By" only names and the small words of a byline."""
    line = line.strip()
    words = line.split()
    if not words or _ends_closed(line) or line.endswith((".", "!", "?")):
        return False
    if len(words) <= 10 and _BYLINE.match(line):
        rest = [w.strip(",;:") for w in words[1:]]
        return all(w[:1].isupper() or w.lower() in _BYLINE_WORDS or not w for w in rest)
    return len(words) <= 12 and bool(_DATE.search(line)) and bool(_YEAR_OR_TIME.search(line))


def _titleish(line: str) -> bool:
    """A title-cased or all-capital line of at most 20 words: a headline, byline, dateline.

    Title case: every word of four letters or more starts with a capital.
    """
    words = line.split()
    if not words or len(words) > 20 or not (line[0].isupper() or line[0].isdigit()):
        return False
    long_words = [w.lstrip(_OPENERS) for w in words if len(w.strip(_OPENERS + _CLOSERS)) >= 4]
    long_words = [w for w in long_words if w[:1].isalpha()]
    if not long_words:
        return all(w.lstrip(_OPENERS)[:1].isupper() or not w[:1].isalpha() for w in words)
    return all(w[0].isupper() for w in long_words)


#: A line ending like this goes on: a comma, a dash, an article, a conjunction... ("on" and
#: "in" are left out: headlines end with them, "Blair to face trust issue head on").
_CONNECTOR_CHARS = frozenset(",-–—/&([{“‘„")
_CONNECTOR_WORDS = _LISTS["connector_words"]


def _goes_on(line: str) -> bool:
    if line[-1] in _CONNECTOR_CHARS:
        return True
    last = line.rsplit(None, 1)[-1]
    return last in _CONNECTOR_WORDS


def _starts_sentence(line: str) -> bool:
    """A line that can start a sentence: a capital, a digit, a quotation or a list marker."""
    body = line.lstrip(_OPENERS + "¿¡")
    if not body:
        return True
    first = body[0]
    return first.isupper() or first.isdigit() or len(body) < len(line) or bool(_BULLET.match(line))


def _line_breaks(
    text: str, lines: list[tuple[int, int]], candidates: list[int]
) -> tuple[list[int], list[int]]:
    """Line breaks that end a sentence (as the next line's start) and the heading lines.

    A heading is one sentence: a line with a candidate cut inside is not one.
    """
    forced: list[int] = []
    headings: list[int] = []
    if len(lines) < 2:
        return forced, headings
    width = max(end - start for start, end in lines)
    leading = True  # every line so far was broken off on its own
    for index in range(len(lines) - 1):
        line = text[lines[index][0] : lines[index][1]]
        following = text[lines[index + 1][0] : lines[index + 1][1]]
        first_word = following.split(None, 1)[0]
        room = len(line) + 1 + len(first_word)
        fits = room <= width  # the next word would have fitted: no wrapping broke here
        starts = _starts_sentence(following)
        if _BULLET.match(following):
            # A list item, unless a wrapped line merely starts with "(NSA)" or "- a":
            # items follow a colon or another item, or the break was not forced.
            cut = fits or line.endswith(":") or bool(_BULLET.match(line))
            cut = cut or (index + 2 < len(lines) and _is_bullet(text, lines[index + 2]))
        elif _last_mark(line) in _SENTENCE_MARKS or line.endswith(":"):
            cut = fits and starts
        elif line.endswith(";") or _goes_on(line):
            cut = False
        else:
            clearly_short = room <= 0.75 * width
            # A title-like first line also ends when nothing shows it was wrapped: the next
            # word would have fitted, two lines are too few to know the width, or the lines
            # are too short for wrapped prose (a headline over a byline and a date).
            titled = leading and (fits or len(lines) == 2 or width < 40) and _titleish(line)
            if titled and not fits and _headline_remainder(line, following):
                titled = False  # a long headline wrapped over two lines
            cut = starts and (clearly_short or titled)
        if cut:
            forced.append(lines[index + 1][0])
            start, end = lines[index]
            whole = bisect_right(candidates, start) == bisect_left(candidates, end)
            if leading and whole and _is_heading(line):
                headings.append(index)
            else:
                leading = False
        else:
            leading = False
    return forced, headings


def _is_bullet(text: str, line: tuple[int, int]) -> bool:
    return _BULLET.match(text, line[0], line[1]) is not None


def _headline_remainder(line: str, following: str) -> bool:
    """``following`` is the short rest of the wrapped headline ``line`` (not a byline, a date
    or a deck, which run longer)."""
    return (
        len(line) >= 50
        and 2 * len(following) < len(line)
        and _titleish(following)
        and not _ends_closed(following)
        and not _is_byline_or_date(following, following.split())
    )


def _resolve(
    text: str, p_start: int, p_end: int, candidates: list[int], forced_set: set[int]
) -> list[int]:
    """Merge forced and candidate cuts; drop candidates inside a quotation opened mid-sentence."""
    cuts = sorted(forced_set.union(candidates))
    if len(cuts) == len(forced_set):
        return cuts
    alive = [True] * len(cuts)
    pairs = sorted(quotation_pairs(text, p_start, p_end))
    pointer = 0
    sentence_start = p_start
    content = _first_content(text, p_start, p_end)  # where the current sentence's words start
    suppressed_until = p_start
    for opening, closing in pairs:
        if opening < suppressed_until:
            continue  # nested in a quotation already kept whole
        moved = False
        while pointer < len(cuts) and cuts[pointer] <= opening:
            if alive[pointer]:
                sentence_start, moved = cuts[pointer], True
            pointer += 1
        if moved:
            content = _first_content(text, sentence_start, p_end)
        # Opened mid-sentence: words (not just spaces and opening marks) come before it.
        if content >= opening or _quotes_sentences(text, opening):
            continue
        low = bisect_right(cuts, opening)
        high = bisect_left(cuts, closing)
        if low == high or any(cuts[k] in forced_set for k in range(low, high)):
            continue
        for k in range(low, high):
            alive[k] = False
        suppressed_until = closing
    return [cut for cut, keep in zip(cuts, alive, strict=True) if keep]


def _quotes_sentences(text: str, opening: int) -> bool:
    """A quotation (not a bracket) that starts with a capital, or follows a comma or colon,
    quotes whole sentences.

    ``He added, “We will go. They stay.”`` holds two sentences; the quotation in
    ``are “entirely impossible. This would …”`` starts in lower case: it is part of its
    sentence and is not split.
    """
    if text[opening] in "([{":
        return False
    before = opening
    while before > 0 and text[before - 1].isspace():
        before -= 1
    if before > 0 and text[before - 1] in ",:":
        return True  # introduced: He added, “… / the Times reported, "an examination …
    inside = opening + 1
    while inside < len(text) and not text[inside].isalnum() and inside - opening < 8:
        inside += 1
    return inside < len(text) and (text[inside].isupper() or text[inside].isdigit())


def _first_content(text: str, start: int, end: int) -> int:
    """The first character from ``start`` that is not a space or an opening mark."""
    match = _CONTENT.search(text, start, end)
    return match.start() if match else end


_CONTENT = re.compile("[^\\s" + re.escape("".join(sorted(_LEAD))) + "]")
