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


def normalise_term(text: str) -> str:
    """The key a term is looked up by: lower case, one space, straight apostrophes."""
    text = text.replace("’", "'").replace("‘", "'").lower()
    return re.sub(r"[\s\-]+", " ", text).strip()


_SIMPLE = re.compile(r"^[\w']+(?:[ \-][\w']+)*$")
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_JOINER = re.compile(r"[\s\-]+")
_CLITIC = re.compile(r"'(?:s|re|ve|ll|d|m)$")


def _fold(word: str) -> str:
    return word.replace("’", "'").lower()


def _gram(term: str) -> str:
    return " ".join(_fold(w) for w in re.split(r"[\s\-]+", term) if w)


def _term_regex(term: str) -> str:
    parts = []
    for char in term:
        if char in " -":
            parts.append(r"[\s\-]+")
        elif char == "'":
            parts.append("['’]")
        else:
            parts.append(re.escape(char))
    body = "".join(parts).replace(r"[\s\-]+[\s\-]+", r"[\s\-]+")
    start = r"(?<![\w\-])" if term[:1].isalnum() else ""
    end = r"(?![\w\-])" if term[-1:].isalnum() else ""
    return start + body + end


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
                setattr(category, attr, re.compile("|".join(_term_regex(t) for t in terms), flags))

    def find(self, text: str, categories: Iterable[str] | None = None) -> Iterator[Match]:
        """Every match of every (or the given) category in ``text``.

        Within one category matches do not overlap and the longest term wins, as a
        regex alternation of the terms (longest first) would find them.
        """
        wanted = set(categories) if categories is not None else set(self.categories)
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        free = dict.fromkeys(wanted, 0)
        firsts, cased_firsts = self._firsts, self._cased_firsts
        for i, (start, _end, word) in enumerate(tokens):
            folded = _fold(word)
            if folded not in firsts and word not in cased_firsts:
                clitic = _CLITIC.search(folded) if "'" in folded else None
                if clitic is None or (
                    folded[: clitic.start()] not in firsts
                    and word[: clitic.start()] not in cased_firsts
                ):
                    continue  # no term starts with this word: most words, most of the time
            if start > 0 and text[start - 1] == "-" and start > 1 and text[start - 2].isalnum():
                continue  # inside a hyphenated compound ("US-dominated" is not "dominated")
            plain: list[str] = []
            exact: list[str] = []
            for n in range(1, min(self._longest, len(tokens) - i) + 1):
                s, _e, w = tokens[i + n - 1]
                if n > 1 and not _JOINER.fullmatch(text[tokens[i + n - 2][1] : s]):
                    break
                plain.append(_fold(w))
                exact.append(w)
                if (
                    " ".join(plain) not in self._prefixes
                    and " ".join(exact) not in self._cased_prefixes
                ):
                    break  # no term goes on from here
            for n, clitic in ((n, c) for n in range(len(plain), 0, -1) for c in (False, True)):
                last = plain[n - 1]
                cut = _CLITIC.search(last) if clitic else None
                if clitic and (cut is None or cut.start() == 0):
                    continue  # "November's", "we're": try the word without its clitic too
                possessive = len(last) - cut.start() if cut else 0
                end = tokens[i + n - 1][1] - possessive
                if (
                    end < len(text)
                    and text[end] == "-"
                    and end + 1 < len(text)
                    and text[end + 1].isalnum()
                ):
                    continue  # the compound goes on
                surface = text[start:end]
                grams = (
                    [*plain[: n - 1], last[: len(last) - possessive]],
                    [*exact[: n - 1], exact[n - 1][: len(exact[n - 1]) - possessive]],
                )
                hits = [(c, t, False) for c, t in self._plain.get(" ".join(grams[0]), ())]
                hits += [(c, t, True) for c, t in self._cased.get(" ".join(grams[1]), ())]
                for name, term, cased in hits:
                    if name not in wanted or free[name] > i:
                        continue
                    if not cased and n == 1 and surface.isupper() and len(surface) <= 3:
                        continue  # "US", "IT", "WHO": an acronym, not the word
                    free[name] = i + n
                    yield self._match(self.categories[name], start, end, surface, term)
        for name in wanted:
            category = self.categories.get(name)
            if category is None:
                continue
            for pattern in (category.pattern, category.case_pattern):
                if pattern is None:
                    continue
                for found in pattern.finditer(text):
                    key = (
                        found.group()
                        if pattern is category.case_pattern
                        else normalise_term(found.group())
                    )
                    yield self._match(category, found.start(), found.end(), found.group(), key)

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
    """The package lexicon plus ``extra`` file(s) and ``UNSPIN_LEXICON``; cached."""
    paths: list[str] = []
    env = os.environ.get("UNSPIN_LEXICON", "")
    paths.extend(p for p in env.split(os.pathsep) if p)
    if isinstance(extra, str | os.PathLike):
        paths.append(os.fspath(extra))
    elif extra is not None:
        paths.extend(os.fspath(p) for p in extra)
    return _load(tuple(paths))
