"""The share of English stop words in real English articles (the non-English warning's margin).

    PYTHONPATH=$PWD .venv/bin/python bench/language.py --data ../shared/data

Prints, per corpus, the lowest shares and how many texts of at least
``MIN_WORDS`` words fall under ``ENGLISH_STOP_SHARE`` (each would be warned about).
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from summarize.text.language import ENGLISH_STOP_SHARE, MIN_WORDS, english_share


def _jsonl(path: Path, *keys: str) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    return ["\n\n".join(str(r.get(k) or "") for k in keys) for r in records]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args()
    corpora = {
        "BBC News (2,003 articles)": _jsonl(
            args.data / "bbc" / "bbc_news_summary.jsonl", "title", "article"
        ),
    }
    basil = args.data / "basil" / "articles.jsonl"
    if basil.exists():
        with basil.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle]
        corpora[f"BASIL ({len(records)} articles)"] = [
            "\n\n".join(" ".join(p) for p in r["paragraphs"]) for r in records
        ]
    for label, texts in corpora.items():
        shares = sorted(s for s, n in map(english_share, texts) if n >= MIN_WORDS)
        flagged = sum(s < ENGLISH_STOP_SHARE for s in shares)
        print(
            f"{label}: {len(shares)} texts, share min {shares[0]:.3f}, "
            f"1st percentile {shares[len(shares) // 100]:.3f}, "
            f"median {statistics.median(shares):.3f}; "
            f"warned: {flagged}"
        )


if __name__ == "__main__":
    main()
