"""Are the reports byte-identical? A digest of every report, compared with a baseline.

Analyses the seed, every BBC News article and every BASIL article in the data folder
(``../shared/data`` by default) and hashes each report's JSON (sha256). The first run
with a baseline path that does not exist writes it; later runs compare against it and
list every document whose report changed. Keep the baseline OUTSIDE the repository.

    python bench/identical.py /tmp/unspin-baseline.json            # record, then compare
    python bench/identical.py /tmp/unspin-baseline.json --record   # overwrite the baseline
    python bench/identical.py /tmp/b.json --limit 50               # a quick look

Exit 0: identical (or baseline written); 1: some report differs; 2: usage.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = ROOT / "seeds" / "000_508ca77f2a9567b4.txt"


def documents(data: Path, limit: int | None) -> Iterator[tuple[str, str]]:
    """(id, text) for the seed, every BBC article and every BASIL article."""
    from summarize.lab import datasets

    yield "seed", SEED.read_text(encoding="utf-8")
    bbc = datasets.bbc(data)
    for article in bbc[:limit] if limit else bbc:
        yield f"bbc/{article['id']}", f"{article['title']}\n\n{article['article']}"
    basil = datasets.basil_articles(data)
    for article in basil[:limit] if limit else basil:
        paragraphs = [" ".join(p) for p in article.get("paragraphs", []) if p]
        text = "\n\n".join([article.get("title") or "", *paragraphs]).strip()
        if text:
            yield f"basil/{article['article_id']}", text


def digest(item: tuple[str, str]) -> tuple[str, str]:
    from summarize import analyze
    from summarize.render import to_json

    name, text = item
    report = analyze(text, name=name, workers=1)
    return name, hashlib.sha256(to_json(report).encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("baseline", type=Path, help="digest file (kept outside the repository)")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each set")
    parser.add_argument("--record", action="store_true", help="overwrite the baseline")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="processes")
    args = parser.parse_args(argv)
    if args.baseline.resolve().is_relative_to(ROOT):
        parser.error("keep the baseline outside the repository")
    if not (args.data / "bbc").is_dir():
        parser.error(f"no data folder at {args.data}")

    began = time.perf_counter()
    items = list(documents(args.data, args.limit))
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            digests = dict(pool.map(digest, items, chunksize=8))
    else:
        digests = dict(map(digest, items))
    seconds = time.perf_counter() - began

    if args.record or not args.baseline.exists():
        args.baseline.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n")
        print(f"baseline: {len(digests)} reports in {seconds:.0f} s -> {args.baseline}")
        return 0
    baseline = json.loads(args.baseline.read_text())
    changed = [name for name, value in digests.items() if baseline.get(name, value) != value]
    missing = [name for name in digests if name not in baseline]
    for name in changed:
        print(f"differs: {name}")
    for name in missing:
        print(f"not in baseline: {name}")
    same = len(digests) - len(changed) - len(missing)
    print(f"{same}/{len(digests)} reports byte-identical ({seconds:.0f} s)")
    return 1 if changed or missing else 0


if __name__ == "__main__":
    sys.exit(main())
