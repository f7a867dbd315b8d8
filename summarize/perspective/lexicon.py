"""The lexicon: cue words and phrases, loaded once from readable TOML files.

The package's own file is ``summarize/data/lexicon.toml`` (its header documents
the format). Users extend it with their own file of the same format, given as
``analyze(..., lexicon=path)``, ``--lexicon`` on the command line, or the
``UNSPIN_LEXICON`` environment variable (several paths separated by the OS path
separator). Their terms are added; a replacement they give wins.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from summarize.errors import UsageError

EDITS = ("replace", "remove", "keep")


@dataclass(frozen=True)
class Match:
    """One occurrence of a lexicon entry in a text."""

    start: int
    end: int
    text: str
    category: str
    #: The neutral replacement ("" removes the words); None when the category keeps them.
    replacement: str | None
    note: str | None = None


@dataclass
class Category:
    name: str
    explanation: str
    weight: float
    edit: str
    match_case: bool = False
    #: normalised term -> replacement ("" for removal; the term itself for keep).
    terms: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None
    case_pattern: re.Pattern[str] | None = None
    #: Some term with marks ("a.m.") has a space or a hyphen in it (either matches any run
    #: of spaces and hyphens): the patterns read the whole text.
    spaced_marks: bool = False


@lru_cache(maxsize=65536)
def normalise_term(text: str) -> str:
    """The key a term is looked up by: lower case, one space, straight apostrophes (kept
    for the words it is asked for again and again: every word of a sentence is looked up)."""
    text = text.replace("’", "'").replace("‘", "'").lower()
    return re.sub(r"[\s\-]+", " ", text).strip()


_SIMPLE = re.compile(r"^[\w']+(?:[ \-][\w']+)*$")
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_JOINER = re.compile(r"[\s\-]+")
_CLITIC = re.compile(r"'(?:s|re|ve|ll|d|m)$")
#: Words whose answer :meth:`Lexicon._may_start` keeps (a long-lived process's are cleared).
_STARTERS_KEPT = 100_000


def _fold(word: str) -> str:
    return word.replace("’", "'").lower()


def _gram(term: str) -> str:
    return " ".join(_fold(w) for w in re.split(r"[\s\-]+", term) if w)


def _term_regex(term: str) -> str:
    """The term's body, and after it the check that no word goes on."""
    parts = []
    for char in term:
        if char in " -":
            parts.append(r"[\s\-]+")
        elif char == "'":
            parts.append("['’]")
        else:
            parts.append(re.escape(char))
    body = "".join(parts).replace(r"[\s\-]+[\s\-]+", r"[\s\-]+")
    end = r"(?![\w\-])" if term[-1:].isalnum() else ""
    return body + end


def _alternation(terms: list[str]) -> str:
    """One regex for ``terms`` (longest first). Terms that start with a letter or digit
    share one look-behind ("no word before"): one per term would be tried at every
    position of the text, ten times slower. A term that starts with a letter and one
    that starts with a mark cannot match at the same place, so splitting them into two
    groups changes no match."""
    words = [_term_regex(t) for t in terms if t[:1].isalnum()]
    marks = [_term_regex(t) for t in terms if not t[:1].isalnum()]
    groups = []
    if words:
        groups.append(r"(?<![\w\-])(?:" + "|".join(words) + ")")
    if marks:
        groups.append("(?:" + "|".join(marks) + ")")
    return "|".join(groups)


class Lexicon:
    """All categories, with one compiled pattern per category."""

    def __init__(self, sources: Iterable[dict]) -> None:
        self.categories: dict[str, Category] = {}
        #: n-gram (folded words joined by one space) -> [(category, term key)]
        self._plain: dict[str, list[tuple[str, str]]] = {}
        self._cased: dict[str, list[tuple[str, str]]] = {}
        self._longest = 1
        #: Every proper prefix of a term's words: where a longer match may still start.
        self._prefixes: set[str] = set()
        self._cased_prefixes: set[str] = set()
        #: The first word of every term.
        self._firsts: set[str] = set()
        self._cased_firsts: set[str] = set()
        #: Words met so far -> whether a term may start with them (:meth:`_may_start`).
        self._starters: dict[str, bool] = {}
        for data in sources:
            self._merge(data)
        for category in self.categories.values():
            self._compile(category)

    def _merge(self, data: dict) -> None:
        for name, section in data.items():
            if not isinstance(section, dict):
                raise UsageError(f"lexicon: [{name}] must be a section")
            category = self.categories.get(name)
            if category is None:
                edit = section.get("edit", "keep")
                if edit not in EDITS:
                    raise UsageError(f"lexicon: [{name}] edit must be one of {', '.join(EDITS)}")
                category = self.categories[name] = Category(
                    name=name,
                    explanation=str(section.get("explanation", name.replace("_", " "))),
                    weight=float(section.get("weight", 1.0)),
                    edit=edit,
                    match_case=bool(section.get("match_case", False)),
                )
            else:
                category.explanation = str(section.get("explanation", category.explanation))
                category.weight = float(section.get("weight", category.weight))
            terms = section.get("terms", [])
            if isinstance(terms, dict):
                items = [(k, str(v)) for k, v in terms.items()]
            elif isinstance(terms, list):
                items = [(str(t), None) for t in terms]
            else:
                raise UsageError(f"lexicon: [{name}] terms must be a list or a table")
            for term, replacement in items:
                for form in term.split("|"):
                    form = form.strip()
                    if not form:
                        continue
                    key = (
                        form
                        if category.match_case and form != form.lower()
                        else normalise_term(form)
                    )
                    if replacement is not None or key not in category.terms:
                        category.terms[key] = (
                            replacement
                            if replacement is not None
                            else ("" if category.edit == "remove" else form)
                        )
            for term, note in dict(section.get("notes", {})).items():
                category.notes[normalise_term(term)] = str(note)

    def _compile(self, category: Category) -> None:
        """Plain terms go into one n-gram index; terms with other marks ("a.m.") into a regex."""
        complex_plain, complex_cased = [], []
        for term in category.terms:
            cased = term != term.lower()
            if _SIMPLE.match(term):
                key = _gram(term) if not cased else term.replace("-", " ")
                index = self._cased if cased else self._plain
                index.setdefault(key, []).append((category.name, term))
                prefixes = self._cased_prefixes if cased else self._prefixes
                parts = key.split()
                (self._cased_firsts if cased else self._firsts).add(parts[0])
                prefixes.update(" ".join(parts[:k]) for k in range(1, len(parts)))
                self._longest = max(self._longest, len(key.split()))
            else:
                (complex_cased if cased else complex_plain).append(term)
        for terms, flags, attr in (
            (complex_plain, re.IGNORECASE, "pattern"),
            (complex_cased, 0, "case_pattern"),
        ):
            if terms:
                terms.sort(key=len, reverse=True)
                setattr(category, attr, re.compile(_alternation(terms), flags))
                category.spaced_marks |= any(c.isspace() or c == "-" for t in terms for c in t)

    def find(
        self,
        text: str,
        categories: Iterable[str] | None = None,
        *,
        start: int = 0,
        end: int | None = None,
        words: bool = True,
        marks: bool = True,
    ) -> Iterator[Match]:
        """Every match of every (or the given) category in ``text``, or in its window
        ``text[start:end]`` (offsets stay the text's).

        Within one category matches do not overlap and the longest term wins, as a
        regex alternation of the terms (longest first) would find them. No term runs
        over a mark other than a space or a hyphen, so a window that begins after
        ``". "`` finds what the whole text finds there. ``words=False`` leaves out the
        plain terms, ``marks=False`` the terms with other marks (a regex, which reads
        the whole text unless the window's edges are spaces and no such term has one): a
        caller can find each in its own windows.
        """
        wanted = set(categories) if categories is not None else set(self.categories)
        stop = len(text) if end is None else end
        tokens = (
            [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, stop)]
            if words
            else []
        )
        free = dict.fromkeys(wanted, 0)
        plain_index, cased_index = self._plain, self._cased
        prefixes, cased_prefixes = self._prefixes, self._cased_prefixes
        size = len(text)
        starters = self._starters
        if len(starters) > _STARTERS_KEPT:
            starters.clear()
        for i, (first, _end, word) in enumerate(tokens):
            begins = starters.get(word)
            if begins is None:
                begins = starters[word] = self._may_start(word)
            if not begins:
                continue  # no term starts with this word: most words, most of the time
            folded = _fold(word)
            if first > 1 and text[first - 1] == "-" and text[first - 2].isalnum():
                continue  # inside a hyphenated compound ("US-dominated" is not "dominated")
            plain, exact = [folded], [word]
            #: the first n words joined by one space, at index n - 1
            joined_plain, joined_exact = [folded], [word]
            for n in range(2, min(self._longest, len(tokens) - i) + 1):
                if joined_plain[-1] not in prefixes and joined_exact[-1] not in cased_prefixes:
                    break  # no term goes on from here
                s, _e, w = tokens[i + n - 1]
                gap = text[tokens[i + n - 2][1] : s]
                if gap != " " and not _JOINER.fullmatch(gap):
                    break
                plain.append(_fold(w))
                exact.append(w)
                joined_plain.append(joined_plain[-1] + " " + plain[-1])
                joined_exact.append(joined_exact[-1] + " " + w)
            for n in range(len(plain), 0, -1):
                last = plain[n - 1]
                for clitic in (False, True):
                    if not clitic:
                        possessive = 0
                        grams = (joined_plain[n - 1], joined_exact[n - 1])
                    else:
                        # "November's", "we're": try the word without its clitic too
                        cut = _CLITIC.search(last) if "'" in last else None
                        if cut is None or cut.start() == 0:
                            continue
                        possessive = len(last) - cut.start()
                        grams = (
                            " ".join([*plain[: n - 1], last[: len(last) - possessive]]),
                            " ".join(
                                [*exact[: n - 1], exact[n - 1][: len(exact[n - 1]) - possessive]]
                            ),
                        )
                    plain_hits = plain_index.get(grams[0], ())
                    cased_hits = cased_index.get(grams[1], ())
                    if not plain_hits and not cased_hits:
                        continue
                    finish = tokens[i + n - 1][1] - possessive
                    if finish + 1 < size and text[finish] == "-" and text[finish + 1].isalnum():
                        continue  # the compound goes on
                    surface = text[first:finish]
                    hits = [(c, t, False) for c, t in plain_hits]
                    hits += [(c, t, True) for c, t in cased_hits]
                    for name, term, cased in hits:
                        if name not in wanted or free[name] > i:
                            continue
                        if not cased and n == 1 and surface.isupper() and len(surface) <= 3:
                            continue  # "US", "IT", "WHO": an acronym, not the word
                        free[name] = i + n
                        yield self._match(self.categories[name], first, finish, surface, term)
        # When no term with marks has a space, no match of the whole text runs across one:
        # a window with a space on either side of each edge (a run's or a block's, which
        # start after a sentence's end) finds by itself what the whole text finds in it.
        edges = (not 0 < start < size or text[start - 1].isspace() or text[start].isspace()) and (
            not 0 < stop < size or text[stop - 1].isspace() or text[stop].isspace()
        )
        for name in wanted if marks else ():
            category = self.categories.get(name)
            if category is None:
                continue
            scan = (start, stop) if edges and not category.spaced_marks else (0, size)
            for pattern in (category.pattern, category.case_pattern):
                if pattern is None:
                    continue
                for found in pattern.finditer(text, *scan):
                    if found.start() < start or found.end() > stop:
                        continue  # outside the window (when the whole text is searched)
                    key = (
                        found.group()
                        if pattern is category.case_pattern
                        else normalise_term(found.group())
                    )
                    yield self._match(category, found.start(), found.end(), found.group(), key)

    def _may_start(self, word: str) -> bool:
        """Some term starts with ``word`` (or with it without its clitic: "November's")."""
        folded = _fold(word)
        if folded in self._firsts or word in self._cased_firsts:
            return True
        clitic = _CLITIC.search(folded) if "'" in folded else None
        return clitic is not None and (
            folded[: clitic.start()] in self._firsts or word[: clitic.start()] in self._cased_firsts
        )

    @staticmethod
    def _match(category: Category, start: int, end: int, surface: str, key: str) -> Match:
        replacement = category.terms.get(key)
        return Match(
            start=start,
            end=end,
            text=surface,
            category=category.name,
            replacement=None
            if category.edit == "keep"
            else ("" if category.edit == "remove" else (replacement or "")),
            note=category.notes.get(key),
        )

    def has(self, name: str, text: str) -> bool:
        category = self.categories.get(name)
        return category is not None and normalise_term(text) in category.terms

    def words(self, name: str) -> frozenset[str]:
        category = self.categories.get(name)
        return frozenset(category.terms) if category else frozenset()


def _package_data() -> dict:
    text = (resources.files("summarize") / "data" / "lexicon.toml").read_text("utf-8")
    return tomllib.loads(text)


def _user_data(path: str) -> dict:
    try:
        return tomllib.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise UsageError(f"lexicon file not found: {path}") from None
    except OSError as error:
        raise UsageError(f"cannot read lexicon file {path}: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UsageError(f"lexicon file {path} is not valid TOML: {error}") from None


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Lexicon:
    return Lexicon([_package_data(), *(_user_data(p) for p in paths)])


def load_lexicon(extra: str | os.PathLike[str] | Iterable[str] | None = None) -> Lexicon:
    """The package lexicon plus the user's ``extra`` file(s); cached by their paths."""
    paths: list[str] = []
    if isinstance(extra, str | os.PathLike):
        paths.append(os.fspath(extra))
    elif extra is not None:
        paths.extend(os.fspath(p) for p in extra)
    return _load(tuple(paths))
