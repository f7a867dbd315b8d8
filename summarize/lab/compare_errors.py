"""The structure of ``unspin compare``'s errors on BASIL's facts: what to attack first.

    python -m summarize.lab.compare_errors --data ../shared/data
    python -m summarize.lab.compare_errors --data ../shared/data --show 4 5   # list them
    python -m summarize.lab.compare_errors --data ../shared/data --no-rescue  # as before

Every event is scored leave-one-event-out, as in :mod:`summarize.lab.eval_compare` (the
model, its evidence and its threshold fitted on the other five). Each missed gold link and
each false link falls in one class (the first that fits):

missed links (a pair of different outlets in one gold fact, not linked):

* ``not compared``: a sentence unspin does not compare, or maps to no BASIL sentence;
* ``grouping``: the pair's probability reaches the threshold but the facts left it out;
* ``one of several``: the gold fact holds another sentence of one of the two outlets,
  and *that* one is linked to the other sentence: the fact is found, told over several
  sentences by one outlet, and the pair score misses the other sentences (granularity);
* ``near the threshold``: probability from 60% of the threshold (a threshold problem);
* ``pair score``: the pair evidence says no.

false links (linked, in no gold fact together):

* ``joined sentence``: one end is an unspin sentence that stands for two of BASIL's, the
  link true for the other half;
* ``rescued``: below the threshold, linked as a mutual best match (``rescue``);
* ``grouping``: the pair's own probability is below the threshold (implied by a fact);
* ``pair score``: the pair evidence says yes.

Labels and ids only come from the data; the sentences are printed with ``--show``, never
stored.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

from summarize import compare as engine
from summarize.lab import eval_compare as ec

MISSED = ("not compared", "grouping", "one of several", "near the threshold", "pair score")
FALSE = ("joined sentence", "rescued", "grouping", "pair score")


def classify(event: ec.Event, settings: engine.Settings) -> tuple[list, list]:
    """(missed, false): lists of (class, key a, key b, probability or None)."""
    keys, m = engine.pair_features(event.reports)
    p = engine.probabilities(m, settings)
    sources = np.array([source for source, _sid in keys])
    rescue = engine.rescued(sources, p, settings)
    where: dict[ec.Key, list[int]] = defaultdict(list)
    joined: set[ec.Key] = set()
    for i, (source, sid) in enumerate(keys):
        found = event.mapping[source].get(sid, ())
        for key in found:
            where[key].append(i)
            if len(found) > 1:
                joined.add(key)

    def was_rescued(a: ec.Key, b: ec.Key) -> bool:
        return any(rescue[i, j] for i in where[a] for j in where[b])

    def prob(a: ec.Key, b: ec.Key) -> float | None:
        values = [float(p[i, j]) for i in where[a] for j in where[b]]
        return max(values) if values else None

    guess = ec.predicted(event, ec.groups_for(event, settings))
    gold = ec.gold_links(event)
    missed, false = [], []
    for link in sorted(gold - guess, key=sorted):
        a, b = sorted(link)
        value = prob(a, b)
        shared = event.gold[a] & event.gold[b]

        def sibling_linked(side: ec.Key, other: ec.Key, shared: set[int] = shared) -> bool:
            return any(
                c[0] == side[0] and c != side and event.gold[c] & shared
                and frozenset((c, other)) in guess
                for c in event.gold
            )  # fmt: skip

        if value is None:
            kind = "not compared"
        elif value >= settings.threshold:
            kind = "grouping"
        elif sibling_linked(a, b) or sibling_linked(b, a):
            kind = "one of several"
        elif value >= 0.6 * settings.threshold:
            kind = "near the threshold"
        else:
            kind = "pair score"
        missed.append((kind, a, b, value))
    for link in sorted(guess - gold, key=sorted):
        a, b = sorted(link)
        value = prob(a, b)
        if a in joined or b in joined:
            kind = "joined sentence"
        elif was_rescued(a, b):
            kind = "rescued"
        elif value is None or value < settings.threshold:
            kind = "grouping"
        else:
            kind = "pair score"
        false.append((kind, a, b, value))
    return missed, false


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--show", type=int, nargs="*", default=(), help="list these events' errors")
    parser.add_argument(
        "--no-rescue", action="store_true", help="without the mutual best-match rescue"
    )
    args = parser.parse_args(argv)
    events, articles = ec.load_events(args.data)
    ec.analyse(events, articles)
    base = engine.default_settings()
    if args.no_rescue:
        base = replace(base, rescue=1.01)
    head = ["event", "F1", "missed", *MISSED, "false", *(f"false: {c}" for c in FALSE)]
    print("| " + " | ".join(head) + " |\n|" + "---|" * len(head))
    totals: Counter[str] = Counter()
    for k, event in enumerate(events):
        settings = ec.fit(events[:k] + events[k + 1 :], base)
        missed, false = classify(event, settings)
        tp = len(ec.gold_links(event)) - len(missed)
        f1 = ec._prf(tp, len(false), len(missed))[2]
        miss_counts = Counter(c for c, *_ in missed)
        false_counts = Counter(c for c, *_ in false)
        totals.update({"missed": len(missed), "false": len(false)})
        totals.update({f"m:{c}": n for c, n in miss_counts.items()})
        totals.update({f"f:{c}": n for c, n in false_counts.items()})
        row = [str(k), f"{f1:.2f}", str(len(missed)), *(str(miss_counts[c]) for c in MISSED)]
        row += [str(len(false)), *(str(false_counts[c]) for c in FALSE)]
        print("| " + " | ".join(row) + " |")
        if k in args.show:
            source = {aid: articles[aid]["source"] for aid in event.articles}

            def show(key: ec.Key, source: dict = source, event: ec.Event = event) -> str:
                facts = sorted(event.gold.get(key, ()))
                return f"{source[key[0]]}#{key[1]} {facts} {event.texts[key][:100]!r}"

            for title, found in (("missed", missed), ("false", false)):
                for kind, a, b, value in found:
                    shown = "-" if value is None else f"{value:.2f}"
                    print(f"    {title} [{kind}] p={shown}\n      {show(a)}\n      {show(b)}")
    row = ["all", "", str(totals["missed"]), *(str(totals[f"m:{c}"]) for c in MISSED)]
    row += [str(totals["false"]), *(str(totals[f"f:{c}"]) for c in FALSE)]
    print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
