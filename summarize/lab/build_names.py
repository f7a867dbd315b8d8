"""Build the table of common given names and the gender they usually tell.

    python -m summarize.lab.build_names --data ../shared/data --out summarize/data/given_names.txt

Source: the 1990 US Census lists of male and female first names with their frequencies
(public domain), from the ``names`` package of the ``lab`` extra (MIT). Attribution reads
"she said" as the last woman named; a first name it does not know leaves the pronoun
unresolved (a missing speaker costs less than a wrong one), so the hand-written
``names.txt`` (names of every origin) is completed with the common census names.

A name is kept when it is among the names that make up ``--share`` of its gender's
census frequency, when the other gender's list does not claim it too (a frequency at
least ``--ratio`` times larger wins), and when the development news (BBC and BASIL) uses
it as a lower-case word fewer than ``--word-uses`` times ("will", "mark", "hope", "grace"
are words first) and, when it appears capitalised that often, opens a full name at least
a third of the time ("Mercedes has …" is a company, "South Carolina" a place).
The output is names and letters only.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from summarize.lab import datasets


def census() -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """(male, female): name -> (frequency %, cumulative %), from the ``names`` package."""
    import names  # lab extra

    root = Path(names.__file__).parent

    def load(file: str) -> dict[str, tuple[float, float]]:
        table = {}
        for line in (root / file).read_text(encoding="ascii").splitlines():
            name, frequency, cumulative, _rank = line.split()
            table[name.capitalize()] = (float(frequency), float(cumulative))
        return table

    return load("dist.male.first"), load("dist.female.first")


def word_uses(data: Path) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """In the development news: how often each word appears in lower case; how often
    capitalised; and how often it opens a full name: capitalised, before another capitalised
    word and not after one ("Mercedes has …", "South Carolina" open none)."""
    from summarize.lab.eval_attribution import _basil_text
    from summarize.perspective.attribution import lists

    titles = {t.capitalize().rstrip(".") for t in lists().titles}
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    before_name: Counter[str] = Counter()
    texts = [a["article"] for a in datasets.bbc(data)]
    texts += [_basil_text(a)[0] for a in datasets.basil_articles(data)]
    for text in texts:
        lower.update(re.findall(r"\b[a-z]+\b", text))
        tokens = re.findall(r"[A-Za-z]+|[^\sA-Za-z]", text)
        for k, token in enumerate(tokens):
            if not re.fullmatch(r"[A-Z][a-z]+", token):
                continue
            capital[token] += 1
            following = tokens[k + 1] if k + 1 < len(tokens) else ""
            previous = tokens[k - 1] if k else ""
            if following[:1].isupper() and (not previous[:1].isupper() or previous in titles):
                before_name[token] += 1  # "(Sen.) Kay Bailey …", not "South Carolina …"
    return lower, capital, before_name


def build(data: Path, share: float, ratio: float, uses: int) -> dict[str, str]:
    male, female = census()
    lower, capital, before_name = word_uses(data)
    chosen: dict[str, str] = {}
    for gender, own, other in (("m", male, female), ("f", female, male)):
        for name, (frequency, cumulative) in own.items():
            if cumulative > share or len(name) < 3:
                continue
            rival = other.get(name, (0.0, 0.0))[0]
            if rival and frequency < ratio * rival:
                continue  # a name of both genders: it tells neither
            if lower[name.lower()] >= uses:
                continue  # a word first: "Will", "Mark", "Hope"
            if capital[name] >= uses and before_name[name] < capital[name] / 3:
                continue  # seldom in a full name: "Mercedes has", "Sterling fell"
            chosen[name] = gender
    return dict(sorted(chosen.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("summarize/data/given_names.txt"))
    parser.add_argument("--share", type=float, default=85.0, help="cumulative census %%")
    parser.add_argument("--ratio", type=float, default=5.0)
    parser.add_argument("--word-uses", type=int, default=3)
    args = parser.parse_args(argv)
    chosen = build(args.data, args.share, args.ratio, args.word_uses)
    header = (
        "# Common given names and the gender they usually tell, from the 1990 US Census\n"
        "# name lists (public domain). Built by summarize/lab/build_names.py; do not edit:\n"
        "# hand-written names (and corrections) go in names.txt, which wins.\n"
    )
    body = "".join(f"{name} {gender}\n" for name, gender in chosen.items())
    args.out.write_text(header + body, encoding="utf-8")
    males = sum(1 for g in chosen.values() if g == "m")
    print(f"{len(chosen)} names ({males} male, {len(chosen) - males} female) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
