"""Boundary precision and recall of unspin's segmenter, beside plain nupunkt.

    .venv/bin/python bench/segment_eval.py            # gold set + BASIL (when present)
    .venv/bin/python bench/segment_eval.py --errors 20  # also show BASIL disagreements

Data:
- the hand-written gold set in tests/data/segmentation/gold.jsonl (part of the project);
- BASIL (Fan et al. 2019), ../shared/data/basil/articles.jsonl, when present: each article's
  paragraphs are joined with a blank line and its sentences with a space; the sentence ends
  BASIL gives are the gold boundaries. Never copied into the project.

A boundary is the end offset of a sentence that is not the last one. Two figures for BASIL:
"all" counts every boundary, "inside paragraphs" leaves out the ones at blank lines (which
every segmenter here gets right for free).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize.segment import boundaries, boundary_scores, paragraphs, segment  # noqa: E402

GOLD = ROOT / "tests" / "data" / "segmentation" / "gold.jsonl"
BASIL = ROOT.parent / "shared" / "data" / "basil" / "articles.jsonl"
BBC = ROOT.parent / "shared" / "data" / "bbc" / "bbc_news_summary.jsonl"
SEED_GOLD = ROOT.parent / "shared" / "data" / "seed" / "seed-gold.json"
SEED = ROOT / "seeds" / "000_508ca77f2a9567b4.txt"

Segmenter = Callable[[str], list[tuple[int, int]]]


def unspin(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in segment(text)]


def _trimmed(text: str, spans: list[tuple[int, int]], offset: int = 0) -> list[tuple[int, int]]:
    result = []
    for start, end in spans:
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            result.append((offset + start + lead, offset + start + lead + len(stripped)))
    return result


def nupunkt_plain(text: str) -> list[tuple[int, int]]:
    """nupunkt on the whole text, as it comes."""
    import nupunkt

    return _trimmed(text, nupunkt.sent_spans(text))


def nupunkt_paragraphs(text: str) -> list[tuple[int, int]]:
    """nupunkt inside each blank-line paragraph (unspin's first cut, without its heading rule)."""
    import nupunkt

    result = []
    for start, end in paragraphs(text):
        result.extend(_trimmed(text[start:end], nupunkt.sent_spans(text[start:end]), start))
    return result


SEGMENTERS: dict[str, Segmenter] = {
    "unspin": unspin,
    "nupunkt (whole text)": nupunkt_plain,
    "nupunkt (per paragraph)": nupunkt_paragraphs,
}


def load_gold(path: Path = GOLD) -> list[dict]:
    """The gold cases, each with ``text`` and the gold ``ends`` (boundaries) added."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        case = json.loads(line)
        sentences = case["sentences"]
        text = case.get("text", " ".join(sentences))
        ends, position = [], 0
        for sentence in sentences:
            start = text.find(sentence, position)
            if start < 0 or text[position:start].strip():
                raise ValueError(f"{path}:{number}: sentence not found in order: {sentence!r}")
            position = start + len(sentence)
            ends.append(position)
        if text[position:].strip():
            raise ValueError(f"{path}:{number}: text left after the last sentence")
        cases.append({**case, "text": text, "ends": ends[:-1], "line": number})
    return cases


def load_basil(path: Path = BASIL) -> list[tuple[str, list[int]]]:
    """(text, gold boundaries) per BASIL article."""
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        pieces: list[str] = []
        ends: list[int] = []
        position = 0
        for paragraph in article["paragraphs"]:
            sentences = [s.strip() for s in paragraph if s.strip()]
            if not sentences:
                continue
            if pieces:
                pieces.append("\n\n")
                position += 2
            for index, sentence in enumerate(sentences):
                if index:
                    pieces.append(" ")
                    position += 1
                pieces.append(sentence)
                position += len(sentence)
                ends.append(position)
        articles.append(("".join(pieces), ends[:-1]))
    return articles


def wrapped(text: str, width: int = 72) -> str:
    """``text`` hard-wrapped at ``width`` columns (greedy, as ``fmt -w`` or an editor does):
    spaces become line breaks, so every offset stays where it was."""
    chars = list(text)
    line_start = 0
    last_space = -1
    for index in range(len(chars) + 1):
        char = chars[index] if index < len(chars) else "\n"
        if char in " \n" and index - line_start > width and last_space > line_start:
            chars[last_space] = "\n"  # the word ending here does not fit: break before it
            line_start = last_space + 1
        if char == "\n":
            line_start, last_space = index + 1, -1
        elif char == " ":
            last_space = index
    return "".join(chars)


def fmt_wrapped(articles: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]] | None:
    """The articles wrapped by GNU ``fmt -w 72`` (which balances lines instead of filling
    them greedily), gold boundaries carried over; None when ``fmt`` is not installed."""
    import shutil
    import subprocess

    if shutil.which("fmt") is None:
        return None
    result = []
    for text, ends in articles:
        folded = subprocess.run(
            ["fmt", "-w", "72"], input=text, capture_output=True, text=True, check=True
        ).stdout
        # fmt only changes whitespace: carry each boundary over by counting the
        # non-space characters before it.
        position_of = [i for i, ch in enumerate(folded) if not ch.isspace()]
        solid = 0
        mapped = []
        cursor = 0
        for end in ends:
            while cursor < end:
                solid += not text[cursor].isspace()
                cursor += 1
            mapped.append(position_of[solid - 1] + 1)
        result.append((folded, mapped))
    return result


def with_titles(path: Path = BASIL) -> list[tuple[str, list[int]]]:
    """BASIL articles with their headline on the line directly above the text (no blank line)."""
    result = []
    titles = [json.loads(line)["title"].strip() for line in path.read_text("utf-8").splitlines()]
    for title, (text, ends) in zip(titles, load_basil(path), strict=True):
        offset = len(title) + 1
        result.append((f"{title}\n{text}", [len(title)] + [e + offset for e in ends]))
    return result


def bbc_headings(path: Path = BBC) -> dict[str, tuple[int, int, int, int]]:
    """Headlines of BBC articles, above the body after a blank line or directly above it:
    (articles, headline split off exactly, headline marked heading, body lines marked heading).
    """
    counts = {"blank line": [0, 0, 0, 0], "directly above": [0, 0, 0, 0]}
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        title, body = article["title"].strip(), article["article"].strip()
        for layout, separator in (("blank line", "\n\n"), ("directly above", "\n")):
            text = title + separator + body
            spans = segment(text)
            first = spans[0]
            tally = counts[layout]
            tally[0] += 1
            tally[1] += text[first.start : first.end] == title
            tally[2] += text[first.start : first.end] == title and first.heading
            tally[3] += sum(s.heading for s in spans[1:])
    return {layout: (a, b, c, d) for layout, (a, b, c, d) in counts.items()}


def score_gold(segmenter: Segmenter, cases: list[dict]) -> tuple[float, float, int]:
    hits = predicted = gold = exact = 0
    for case in cases:
        found = boundaries(segmenter(case["text"]))
        _, _, h, p, g = boundary_scores(found, case["ends"])
        hits, predicted, gold = hits + h, predicted + p, gold + g
        exact += found == case["ends"]
    return hits / max(predicted, 1), hits / max(gold, 1), exact


def score_basil(
    segmenter: Segmenter, articles: list[tuple[str, list[int]]], inner: bool
) -> tuple[float, float, int, int]:
    hits = predicted = gold = 0
    for text, ends in articles:
        found = set(boundaries(segmenter(text)))
        expected = set(ends)
        if inner:  # drop the boundaries at paragraph breaks (a sentence end just before one)
            at_break = {e for e in expected if text[e : e + 2] == "\n\n"}
            expected -= at_break
            found = {f for f in found if text[f : f + 2] != "\n\n"}
        _, _, h, p, g = boundary_scores(found, expected)
        hits, predicted, gold = hits + h, predicted + p, gold + g
    return hits / max(predicted, 1), hits / max(gold, 1), predicted, gold


def show_errors(articles: list[tuple[str, list[int]]], limit: int) -> None:
    """Print BASIL boundaries unspin adds ("extra") or misses, with context; | marks the spot."""
    shown = 0
    for text, ends in articles:
        found = set(boundaries(unspin(text)))
        for kind, positions in (("extra", found - set(ends)), ("missed", set(ends) - found)):
            for position in sorted(positions):
                before = text[max(0, position - 60) : position]
                after = text[position : position + 40]
                print(f"{kind:6} …{before}|{after}…".replace("\n", "⏎"))
                shown += 1
                if shown >= limit:
                    return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="show N BASIL disagreements")
    args = parser.parse_args(argv)

    cases = load_gold()
    print(f"gold set: {len(cases)} cases, {sum(len(c['ends']) for c in cases)} boundaries")
    print(f"  {'segmenter':26} {'P':>6} {'R':>6} {'exact':>7}")
    for name, segmenter in SEGMENTERS.items():
        p, r, exact = score_gold(segmenter, cases)
        print(f"  {name:26} {p:6.3f} {r:6.3f} {exact:4}/{len(cases)}")

    if SEED_GOLD.exists():
        gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["sentences"]
        text = SEED.read_text(encoding="utf-8")
        ends = [s["end"] for s in gold][:-1]
        print(f"seed article: {len(gold)} sentences, {len(ends)} boundaries")
        for name, segmenter in SEGMENTERS.items():
            spans = segmenter(text)
            p, r, *_ = boundary_scores(boundaries(spans), ends)
            print(f"  {name:26} {p:6.3f} {r:6.3f} {len(spans):4} sentences")

    if not BASIL.exists():
        print(f"BASIL: not available ({BASIL})")
        return 0
    articles = load_basil()
    print(f"BASIL: {len(articles)} articles, {sum(len(e) for _, e in articles)} boundaries")
    print(f"  {'segmenter':26} {'P all':>6} {'R all':>6} {'P in':>6} {'R in':>6}")
    for name, segmenter in SEGMENTERS.items():
        p, r, _, _ = score_basil(segmenter, articles, inner=False)
        pi, ri, _, _ = score_basil(segmenter, articles, inner=True)
        print(f"  {name:26} {p:6.3f} {r:6.3f} {pi:6.3f} {ri:6.3f}")
    variants = {
        "hard-wrapped at 72 columns": [(wrapped(t), e) for t, e in articles],
        "wrapped by fmt -w 72 (balanced lines)": fmt_wrapped(articles),
        "headline on the line above": with_titles(),
    }
    for label, texts in variants.items():
        if texts is None:
            continue
        print(f"BASIL, {label} (boundaries inside paragraphs):")
        for name, segmenter in SEGMENTERS.items():
            pi, ri, _, _ = score_basil(segmenter, texts, inner=True)
            print(f"  {name:26} {pi:6.3f} {ri:6.3f}")
    if BBC.exists():
        print("BBC News headlines (a heading is a stand-alone line without closing punctuation):")
        for layout, (n, split, heading, body) in bbc_headings().items():
            print(
                f"  {layout:15} {n} articles: headline split off {split}, marked heading"
                f" {heading}; body lines marked heading {body}"
            )
    if args.errors:
        show_errors(articles, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
