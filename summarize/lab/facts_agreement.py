"""How far two annotators agree on cross-outlet facts: a ceiling for ``unspin compare``.

    python -m summarize.lab.facts_agreement --data ../shared/data

``summarize/lab/data/facts-agreement.jsonl`` re-annotates two of the training events of
``basil/facts-dev.jsonl`` (22b6e900, 11c9f251; never the check events) by the convention of
``basil/README.txt``, made without looking at their gold. The same link measure as
:mod:`summarize.lab.eval_compare`: every pair of sentences from different outlets, linked when
they share a fact. Precision, recall and F1 of the second annotation against the first, per
event and pooled.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

Key = tuple[str, int]

#: The second annotation of two development events.
AGREEMENT = Path(__file__).parent / "data" / "facts-agreement.jsonl"


def links(path: Path) -> dict[str, set[frozenset[Key]]]:
    """Per event, the cross-outlet links of a facts file (sentences sharing a fact)."""
    facts: dict[str, dict[Key, set[int]]] = defaultdict(lambda: defaultdict(set))
    for number, line in enumerate(path.open(encoding="utf-8")):
        fact = json.loads(line)
        for member in fact["members"]:
            facts[fact["event"]][(member["article_id"], member["sent_idx"])].add(number)
    return {
        event: {
            frozenset((a, b))
            for a, b in combinations(sorted(keys), 2)
            if a[0] != b[0] and keys[a] & keys[b]
        }
        for event, keys in facts.items()
    }


def agreement(data: Path, second: Path = AGREEMENT) -> list[tuple[str, int, int, int]]:
    """Per event of ``second``: (event, links in the gold, links in ``second``, shared)."""
    gold = links(data / "basil" / "facts-dev.jsonl")
    return [
        (event, len(gold[event]), len(ours), len(gold[event] & ours))
        for event, ours in sorted(links(second).items())
    ]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args(argv)
    rows = agreement(args.data)
    pooled = ("pooled", *(sum(row[k] for row in rows) for k in (1, 2, 3)))
    for event, gold, ours, shared in [*rows, pooled]:
        p, r, f1 = _prf(shared, ours - shared, gold - shared)
        print(f"{event[:8]}: gold {gold} links, second {ours}, shared {shared}; "
              f"P {p:.3f} R {r:.3f} F1 {f1:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
