"""The attribution gold's misses, by cause: what to attack first.

    python -m summarize.lab.attribution_misses --data ../shared/data --half train
    python -m summarize.lab.attribution_misses --data ../shared/data --half train --show pronoun

Each reported sentence whose speaker unspin misses or gets wrong falls in one cause, read
from its text and from what unspin found (the first cause that fits):

* ``wrong speaker``: a speaker given, not the gold's;
* ``continued quote``: the sentence starts inside a quotation, or holds nothing but one;
* ``pronoun``: a reporting verb whose subject is "he", "she", "they" or "it";
* ``verb, subject missed``: another reporting verb of the word lists, its speaker missed;
* ``no saying verb``: indirect speech without a verb of the word lists (the gold counts
  "accused", "set a deadline", "backed" as reports).

Labels and ids only come from the data; the sentences are printed, never stored.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from summarize.lab import eval_attribution as ev

CAUSES = (
    "wrong speaker",
    "continued quote",
    "pronoun",
    "verb, subject missed",
    "no saying verb",
)


def cause(text: str, offset: int, given: str | None, quotes: list[tuple[int, int]]) -> str:
    """The cause of one miss (``quotes`` in document offsets, ``offset`` the sentence's)."""
    from summarize.perspective import attribution

    if given:
        return "wrong speaker"
    rel = [(s - offset, e - offset) for s, e in quotes]
    began = bool(rel) and rel[0][0] == 0 and text[:1] not in "\"“‘'"
    if began or attribution.is_quote_only(text, offset, quotes):
        return "continued quote"
    outside = list(text)
    for s, e in rel:
        outside[max(s, 0) : max(e, 0)] = " " * (max(e, 0) - max(s, 0))
    plain = "".join(outside)
    verbs = attribution.lists().cue_words
    for m in re.finditer(
        r"\b(he|she|they|it)\s+(?:\w+ly\s+|also\s+|has\s+|had\s+)?(\w+)", plain, re.I
    ):
        if m.group(2).lower() in verbs:
            return "pronoun"
    if re.search(r",\s*(?:he|she|they|it)\s+(?:says|said|adds|added)\b", plain, re.I):
        return "pronoun"
    if any(w.lower() in verbs for _s, _e, w in attribution.words(plain)):
        return "verb, subject missed"
    return "no saying verb"


def misses(docs: list[ev.GoldDoc]) -> list[tuple[str, str, str | None, str | None, str]]:
    """(cause, doc id and index, gold, given, text) of each miss."""
    from summarize import analyze
    from summarize.text.quotes import clip, find_quotes

    out = []
    for doc in docs:
        report = analyze(doc.text, length=1)
        quotes = find_quotes(doc.text)
        for n, (start, end, reported, speaker) in enumerate(doc.sentences):
            if not (reported and speaker):
                continue
            given = ev.speaker_over(report, start, end)
            if given and ev.same_speaker(given, speaker):
                continue
            text = doc.text[start:end]
            own = clip(quotes, start, end)
            out.append((cause(text, start, given, own), f"{doc.id} #{n}", speaker, given, text))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--half", choices=[*ev.HALVES, "both"], default="train")
    parser.add_argument("--set", choices=["basil", "bbc", "all", "spans"], default="all")
    parser.add_argument("--show", default="", help="print the misses of causes holding this")
    args = parser.parse_args(argv)

    def pick(docs: list[ev.GoldDoc]) -> list[ev.GoldDoc]:
        return docs if args.half == "both" else ev.half(docs, args.half)

    docs: list[ev.GoldDoc] = []
    if args.set in ("basil", "all"):
        docs += pick(ev.basil_gold(args.data))
    if args.set in ("bbc", "all"):
        docs += pick(ev.bbc_gold(args.data))
    if args.set == "spans":
        docs += pick(ev.basil_span_gold(args.data))
    found = misses(docs)
    counts = Counter(c for c, *_ in found)
    for name in CAUSES:
        print(f"| {name} | {counts[name]} |")
    if args.show:
        for name, where, gold, given, text in found:
            if args.show in name:
                print(f"{where} [{name}] gold={gold!r} given={given!r}\n    {text}")


if __name__ == "__main__":
    main()
