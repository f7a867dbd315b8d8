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

    @staticmethod
    def _compile(category: Category) -> None:
        plain = sorted((t for t in category.terms if t == t.lower()), key=len, reverse=True)
        cased = sorted((t for t in category.terms if t != t.lower()), key=len, reverse=True)
        if plain:
            category.pattern = re.compile("|".join(_term_regex(t) for t in plain), re.IGNORECASE)
        if cased:
            category.case_pattern = re.compile("|".join(_term_regex(t) for t in cased))

    def find(self, text: str, categories: Iterable[str] | None = None) -> Iterator[Match]:
        """Every match of every (or the given) category in ``text``."""
        names = list(categories) if categories is not None else list(self.categories)
        for name in names:
            category = self.categories.get(name)
            if category is None:
                continue
            for pattern, cased in ((category.pattern, False), (category.case_pattern, True)):
                if pattern is None:
                    continue
                for found in pattern.finditer(text):
                    if not cased and found.group().isupper() and len(found.group()) <= 3:
                        continue  # "US", "IT", "WHO": an acronym, not the word
                    key = found.group() if cased else normalise_term(found.group())
                    replacement = category.terms.get(key)
                    yield Match(
                        start=found.start(),
                        end=found.end(),
                        text=found.group(),
                        category=name,
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
