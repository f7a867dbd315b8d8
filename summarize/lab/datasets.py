"""Readers for the labelled evaluation data (``../shared/data``), for training and evaluation.

Nothing here ships data: each reader takes the folder the user points at and
raises ``FileNotFoundError`` when a set is missing.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Labelled:
    text: str
    label: int  # 1 = carries the author's view (SUBJ / opinion), 0 = report
    group: str = ""
    extra: dict = field(default_factory=dict)


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def seed_gold(data: Path) -> dict:
    return json.loads((data / "seed" / "seed-gold.json").read_text(encoding="utf-8"))


def checkthat(data: Path, split: str = "train") -> list[Labelled]:
    name = {"train": "train.tsv", "dev": "dev_ct24.tsv"}.get(split, split)
    rows = []
    with (data / "checkthat" / name).open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            rows.append(
                Labelled(
                    text=_unquote_tsv(row["sentence"]),
                    label=int(row["label"] == "SUBJ"),
                    group=row["sentence_id"],
                )
            )
    return rows


def _unquote_tsv(text: str) -> str:
    """Undo spreadsheet quoting: ``"He said ""no""."`` -> ``He said "no".``"""
    if len(text) > 1 and text[0] == '"' and text[-1] == '"' and '""' in text:
        return text[1:-1].replace('""', '"')
    return text


BABE_LABELS = {
    "Entirely factual": 0,
    "Somewhat factual but also opinionated": 1,
    "Expresses writer's opinion": 2,
}


def babe(data: Path, name: str = "babe_sg2.jsonl") -> list[Labelled]:
    rows = []
    for row in _jsonl(data / "babe" / name):
        level = BABE_LABELS.get(row.get("label_opinion", ""))
        if level is None:
            continue
        rows.append(
            Labelled(
                text=row["text"],
                label=int(level > 0),
                group=row.get("outlet", ""),
                extra={
                    "level": level,
                    "biased": row.get("label_bias"),
                    "biased_words": row.get("biased_words") or [],
                },
            )
        )
    return rows


@dataclass
class BasilSentence:
    article: str
    event: str
    source: str
    index: int
    text: str
    #: (start, end) of author-voice lexical-bias spans (quote == "no").
    author_spans: list[tuple[int, int]]
    quoted_spans: list[tuple[int, int]]


def basil(data: Path) -> list[BasilSentence]:
    spans: dict[tuple[str, int], list[dict]] = {}
    for span in _jsonl(data / "basil" / "spans.jsonl"):
        if span["bias"] == "lex":
            spans.setdefault((span["article_id"], int(span["sent_idx"])), []).append(span)
    rows = []
    with (data / "basil" / "sentences.tsv").open(encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            values = dict(zip(header, line.rstrip("\n").split("\t"), strict=False))
            key = (values["article_id"], int(values["sent_idx"]))
            found = spans.get(key, [])
            rows.append(
                BasilSentence(
                    article=values["article_id"],
                    event=values["triplet_uuid"],
                    source=values["source"],
                    index=int(values["sent_idx"]),
                    text=values["text"],
                    author_spans=[(s["start"], s["end"]) for s in found if s["quote"] != "yes"],
                    quoted_spans=[(s["start"], s["end"]) for s in found if s["quote"] == "yes"],
                )
            )
    return rows


def basil_articles(data: Path) -> list[dict]:
    return list(_jsonl(data / "basil" / "articles.jsonl"))


def wnc_pairs(data: Path) -> list[tuple[str, str]]:
    pairs = []
    with (data / "wnc" / "extra_pairs_from_repo_fixtures.tsv").open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            pairs.append((row["biased_tok_lower"], row["neutral_tok_lower"]))
    return pairs


def bbc(data: Path) -> list[dict]:
    return list(_jsonl(data / "bbc" / "bbc_news_summary.jsonl"))


def webis(data: Path) -> list[Labelled]:
    rows = []
    for row in _jsonl(data / "webis_editorials" / "units.jsonl"):
        coarse = row.get("coarse_label")
        if coarse not in ("FACTUAL_EVIDENCE", "OPINION"):
            continue
        rows.append(
            Labelled(
                text=row["text"],
                label=int(coarse == "OPINION"),
                group=row["article"],
                extra={"label": row["label"]},
            )
        )
    return rows
