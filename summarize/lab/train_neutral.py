"""Learn which words Wikipedia's neutrality editors take out, from WNC train.

    python -m summarize.lab.train_neutral --data ../shared/data --out summarize/data/

The shipped ``neutral_learned.toml`` is now made by the word scorer of
:mod:`summarize.lab.train_neutral_scorer` (it generalises to words never seen edited and
uses this module's counts as two of its features); ``main`` here runs it. The counting
table below (``--counts``) is kept as the baseline it replaced.

Writes ``neutral_learned.toml``: for each word the editors removed or replaced at least
``MIN_EDITS`` times, the share of the training sentences holding it in which they did
(``p``), the number of such edits (``n``) and, when one plain word took its place in most
of them, that word (``replacement``). :func:`summarize.perspective.neutral.restate` edits
the single most likely word of a sentence when its ``p`` reaches the ``threshold``.

How ``p`` is counted and the threshold chosen, on training data only:

1. WNC train: the 1,000 ``pre|post.train`` fixture pairs (the 100 ``pre|post.test`` pairs
   are the development set, only scored). A word is *edited* in a pair when the word-level
   diff puts it in a deletion or replacement of at most ``MAX_SPAN`` words (longer
   rewrites say nothing about one word). Every pair was flagged as biased, so the share
   is high for words that are common anywhere; to learn what is biased rather than what is
   frequent, each word's occurrences in plain news count as unedited occurrences too:
   BBC News articles 400 onward (the first 400 are the development articles), with a
   weight ``news_weight``.
2. ``p = edits / (sentences holding the word + news_weight * news sentences holding it
   + SMOOTHING)``.
3. ``news_weight`` and ``threshold`` are chosen by 5-fold cross-validation on WNC train
   (the table learned on four folds, applied to the fifth; the edit simulated on the
   tokens: the most likely word deleted, or replaced by its replacement) with the
   would-be share of changed sentences in the training news held to ``NEWS_BUDGET`` (the
   restatement must not over-edit plain news) and the word edited being the editor's in at
   least ``MIN_PRECISION`` of the held-out pairs changed (a likely word, not a guess). The
   best CV exact match within both wins.

Hedges, negations, plain adverbs and contested labels (``data/neutral.toml``: the
restatement keeps and flags those) are never in the table, nor is a replacement one of the
contested labels. A replacement that only
fixes a spelling is not an edit of tone and is not counted; a word removed with no
replacement whose opinion-word ``judging`` score is under ``MIN_JUDGING`` is left out (a
correction of fact, "blue", "occupied", not of tone). The file holds words and
numbers, never data text.
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import difflib
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

MIN_EDITS = 2
MAX_SPAN = 3
SMOOTHING = 1.0
NEWS_START = 400  # BBC articles before this are the development articles
NEWS_ARTICLES = 800
NEWS_BUDGET = 0.03
#: On held-out training pairs, the word the restatement edits must be the editor's at
#: least this often (three times in four): a likely word, not a guess.
MIN_PRECISION = 0.75
FOLDS = 5
NEWS_WEIGHTS = (0.0, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.1 + 0.05 * i, 2) for i in range(17))  # 0.10 … 0.90
#: A word taken out with no judging sense at all (the opinion-word table's ``judging``,
#: learned from GloVe vectors) is more likely a correction of fact than of tone.
MIN_JUDGING = 0.1
#: A replacement this close in spelling fixes a typo ("neutral" -> "neural"), not the tone.
TYPO_RATIO = 0.75
_WORD = re.compile(r"^[a-z][a-z\-]+[a-z]$")
_TOKENS = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Pair:
    biased: tuple[str, ...]
    neutral: tuple[str, ...]
    #: Penn tags of ``biased`` (the product's tagger), filled by :func:`wnc_split`.
    tags: tuple[str, ...] = ()


@dataclass
class Counts:
    """What the training pairs say about each word."""

    present: Counter[str]
    edited: Counter[str]
    replaced: defaultdict[str, Counter[str]]


def wnc_split(data: Path) -> tuple[list[Pair], list[Pair]]:
    """(train, dev): the fixture pairs by the file they came from; unchanged pairs dropped."""
    from summarize.text.tagging import tags

    train: list[Pair] = []
    dev: list[Pair] = []
    path = data / "wnc" / "extra_pairs_from_repo_fixtures.tsv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            pair = Pair(
                tuple(row["biased_tok_lower"].split()), tuple(row["neutral_tok_lower"].split())
            )
            if pair.biased == pair.neutral:
                continue
            pair = Pair(pair.biased, pair.neutral, tuple(tags(list(pair.biased))))
            (train if row["origin_file"].endswith(".train") else dev).append(pair)
    return train, dev


def edits_of(pair: Pair) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The word-level diff: (op, biased words, neutral words) of each change."""
    matcher = difflib.SequenceMatcher(a=pair.biased, b=pair.neutral, autojunk=False)
    return [
        (op, pair.biased[i1:i2], pair.neutral[j1:j2])
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]


def count(pairs: Iterable[Pair]) -> Counts:
    present: Counter[str] = Counter()
    edited: Counter[str] = Counter()
    replaced: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for pair in pairs:
        present.update({w for w in pair.biased if _WORD.match(w)})
        for op, old, new in edits_of(pair):
            if not old or len(old) > MAX_SPAN:
                continue
            single = op == "replace" and len(old) == 1 and len(new) == 1
            if single and difflib.SequenceMatcher(a=old[0], b=new[0]).ratio() >= TYPO_RATIO:
                continue  # a spelling fixed, not the tone
            for word in {w for w in old if _WORD.match(w)}:
                edited[word] += 1
                if single and _WORD.match(new[0]):
                    replaced[word][new[0]] += 1
    return Counts(present, edited, replaced)


@dataclass(frozen=True)
class Entry:
    p: float
    n: int
    replacement: str = ""


def table(
    counts: Counts, news: Counter[str], news_weight: float, protected: frozenset[str]
) -> dict[str, Entry]:
    """Word -> (p, edits, replacement) for every word edited at least ``MIN_EDITS`` times."""
    from summarize.perspective.neutral import _data
    from summarize.perspective.wordtable import default_table

    contested = _data().contested
    judging = default_table().entries
    out: dict[str, Entry] = {}
    for word, n in counts.edited.items():
        if n < MIN_EDITS or word in protected:
            continue
        p = n / (counts.present[word] + news_weight * news[word] + SMOOTHING)
        replacement = ""
        if counts.replaced[word]:
            best, times = counts.replaced[word].most_common(1)[0]
            if times >= MIN_EDITS and 2 * times >= n and best not in contested:
                replacement = best
        if not replacement and judging.get(word, (0.0,))[0] < MIN_JUDGING:
            continue
        out[word] = Entry(round(p, 4), n, replacement)
    return out


def choose(
    words: Sequence[str], tags: Sequence[str], learned: dict[str, Entry], threshold: float
) -> int | None:
    """The index of the single most likely biased word that can go where it stands (first of
    equals), if it is likely enough: what the restatement does."""
    from summarize.perspective.neutral import LearnedWord, learned_fits

    best, where = 0.0, None
    for i, word in enumerate(words):
        entry = learned.get(word)
        if entry is None or entry.p <= best or entry.p < threshold:
            continue
        if learned_fits(LearnedWord(entry.p, entry.n, entry.replacement), word, tags[i]):
            best, where = entry.p, i
    return where


def simulate(pair: Pair, learned: dict[str, Entry], threshold: float) -> tuple[str, ...]:
    """The pair's biased sentence with the chosen word deleted or replaced."""
    words = list(pair.biased)
    i = choose(words, pair.tags, learned, threshold)
    if i is None:
        return pair.biased
    replacement = learned[words[i]].replacement
    return tuple(words[:i] + ([replacement] if replacement else []) + words[i + 1 :])


def _tokens(words: Iterable[str]) -> list[str]:
    return _TOKENS.findall(" ".join(words).lower().replace("’", "'"))


def score(pairs: Sequence[Pair], outputs: Sequence[tuple[str, ...]]) -> tuple[float, float]:
    """(exact match, the editor's removed words gone) as ``eval_neutral`` counts them."""
    exact = gone = removed_total = 0
    for pair, ours in zip(pairs, outputs, strict=True):
        source, gold, mine = _tokens(pair.biased), _tokens(pair.neutral), _tokens(ours)
        exact += mine == gold
        removed = Counter(source) - Counter(gold)
        if removed:
            removed_total += 1
            gone += all(Counter(mine)[w] < Counter(source)[w] for w in removed)
    return exact / max(len(pairs), 1), gone / max(removed_total, 1)


def right_word(pair: Pair, ours: tuple[str, ...]) -> bool:
    """Whether the word we took out is one the editor took out too."""
    taken = Counter(pair.biased) - Counter(ours)
    theirs = Counter(pair.biased) - Counter(pair.neutral)
    return bool(taken) and all(theirs[w] > 0 for w in taken)


def news_sentences(data: Path) -> list[tuple[list[str], list[str]]]:
    """The training news, sentence by sentence: lower-cased words, names (a capital not at
    the start) left out as the restatement leaves them alone."""
    from summarize.lab import datasets
    from summarize.segment import segment
    from summarize.text.tagging import tags

    out: list[tuple[list[str], list[str]]] = []
    for article in datasets.bbc(data)[NEWS_START : NEWS_START + NEWS_ARTICLES]:
        text = article["article"]
        for span in segment(text):
            found = re.findall(r"[A-Za-z][A-Za-z\-]*", text[span.start : span.end])
            tagged = tags(found)
            kept = [i for i, w in enumerate(found) if i == 0 or not w[0].isupper()]
            out.append(([found[i].lower() for i in kept], [tagged[i] for i in kept]))
    return out


def protected_words() -> frozenset[str]:
    from summarize.perspective.neutral import _data

    data = _data()
    return frozenset(
        data.hedges | data.negations | data.plain_adverbs | data.contested | data.descriptive
    )


@dataclass
class Choice:
    news_weight: float
    threshold: float
    cv_exact: float
    cv_gone: float
    cv_changed: float
    news_changed: float
    #: Of the held-out pairs changed, the share whose changed word the editor changed too.
    cv_precision: float = 0.0


def cross_validate(
    train: Sequence[Pair], news: list[list[str]], protected: frozenset[str]
) -> list[Choice]:
    """Every (news weight, threshold) with its CV figures and its share of news changed."""
    order = list(range(len(train)))
    random.Random(13).shuffle(order)
    folds = [order[k::FOLDS] for k in range(FOLDS)]
    news_counts: Counter[str] = Counter()
    for sentence, _tags in news:
        news_counts.update(set(sentence))
    full = count(train)
    choices: list[Choice] = []
    for weight in NEWS_WEIGHTS:
        tables = []
        for fold in folds:
            held = set(fold)
            counts = count(p for i, p in enumerate(train) if i not in held)
            tables.append((fold, table(counts, news_counts, weight, protected)))
        whole = table(full, news_counts, weight, protected)
        for threshold in THRESHOLDS:
            pairs: list[Pair] = []
            outputs: list[tuple[str, ...]] = []
            for fold, learned in tables:
                for i in fold:
                    pairs.append(train[i])
                    outputs.append(simulate(train[i], learned, threshold))
            exact, gone = score(pairs, outputs)
            changed = sum(o != p.biased for p, o in zip(pairs, outputs, strict=True))
            right = sum(
                o != p.biased and right_word(p, o) for p, o in zip(pairs, outputs, strict=True)
            )
            news_changed = sum(choose(s, t, whole, threshold) is not None for s, t in news)
            choices.append(
                Choice(
                    weight,
                    threshold,
                    exact,
                    gone,
                    changed / len(pairs),
                    news_changed / max(len(news), 1),
                    right / max(changed, 1),
                )
            )
    return choices


def write(path: Path, learned: dict[str, Entry], best: Choice, train: int, news: int) -> None:
    lines = [
        "# Words Wikipedia's neutrality editors take out, learned from WNC train.",
        "# Made by: python -m summarize.lab.train_neutral --data ../shared/data --out "
        "summarize/data/",
        f"# on {_dt.date.today().isoformat()}: {train} WNC train pairs, {news} training news "
        f"sentences (BBC articles {NEWS_START}+).",
        "# p: the share of the sentences holding the word that the editors edited it in, with",
        "#    its plain-news occurrences counted as unedited (news_weight); n: edits seen;",
        "# replacement: the plain word that took its place in most of them (none: removed).",
        f"# Chosen by {FOLDS}-fold CV on WNC train: exact match {best.cv_exact:.1%}, removed "
        f"word gone {best.cv_gone:.1%}, the editor's word {best.cv_precision:.0%} of the time "
        f"(at least {MIN_PRECISION:.0%});",
        f"# would-be share of training news sentences changed {best.news_changed:.1%} "
        f"(budget {NEWS_BUDGET:.0%}).",
        "",
        f"threshold = {best.threshold}",
        f"news_weight = {best.news_weight}",
        "",
        "[words]",
    ]
    for word in sorted(learned, key=lambda w: (-learned[w].p, w)):
        entry = learned[word]
        fields = [f"p = {entry.p}", f"n = {entry.n}"]
        if entry.replacement:
            fields.append(f'replacement = "{entry.replacement}"')
        lines.append(f'"{word}" = {{ {", ".join(fields)} }}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("summarize/data"))
    parser.add_argument(
        "--counts", action="store_true", help="the counting table (the old baseline)"
    )
    args, rest = parser.parse_known_args(argv)
    if not args.counts:
        from summarize.lab import train_neutral_scorer

        return train_neutral_scorer.main(["--data", str(args.data), "--out", str(args.out), *rest])
    began = time.monotonic()
    train, dev = wnc_split(args.data)
    news = news_sentences(args.data)
    protected = protected_words()
    choices = cross_validate(train, news, protected)
    within = [
        c for c in choices if c.news_changed <= NEWS_BUDGET and c.cv_precision >= MIN_PRECISION
    ]
    best = max(within, key=lambda c: (c.cv_exact, c.cv_gone, -c.news_changed))
    print("news_weight threshold  CV exact  CV gone  CV changed  CV precision  news changed")
    for c in choices:
        mark = " <-" if c is best else ""
        print(
            f"{c.news_weight:>11} {c.threshold:>9}  {c.cv_exact:>8.1%} {c.cv_gone:>8.1%} "
            f"{c.cv_changed:>10.1%} {c.cv_precision:>12.1%} {c.news_changed:>12.1%}{mark}"
        )
    news_counts: Counter[str] = Counter()
    for sentence, _tags in news:
        news_counts.update(set(sentence))
    learned = table(count(train), news_counts, best.news_weight, protected)
    learned = {w: e for w, e in learned.items() if e.p >= best.threshold}
    dev_exact, dev_gone = score(dev, [simulate(p, learned, best.threshold) for p in dev])
    out = args.out / "neutral_learned.toml"
    write(out, learned, best, len(train), len(news))
    print(
        f"{len(learned)} words at p >= {best.threshold} -> {out}; simulated on WNC dev "
        f"({len(dev)} pairs, scored only): exact {dev_exact:.1%}, gone {dev_gone:.1%} "
        f"({time.monotonic() - began:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


#: BASIL events whose first eight hex digits are divisible by this are development events:
#: nothing here trains on them, and ``eval_neutral`` scores them apart.
BASIL_DEV_MOD = 3


def basil_dev_event(event: str) -> bool:
    """Whether a BASIL event (triplet UUID) is a development event."""
    return int(event.replace("-", "")[:8], 16) % BASIL_DEV_MOD == 0
