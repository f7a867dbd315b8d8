"""Report invariants every test can check (nothing dropped, nothing invented)."""

from __future__ import annotations

from typing import Any


def check_report(data: dict[str, Any], normalised: str) -> None:
    """Assert the contract of the report's JSON form against the normalised text."""
    assert data["schema"] == "unspin.report/1"
    assert data["source"]["chars"] == len(normalised)
    sentences = data["sentences"]
    covered = [False] * len(normalised)
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence["id"] == index
        start, end = sentence["start"], sentence["end"]
        assert previous_end <= start < end <= len(normalised), (index, start, end)
        assert sentence["text"] == normalised[start:end]
        assert not sentence["text"][0].isspace() and not sentence["text"][-1].isspace()
        assert sentence["kind"] in ("title", "claim", "opinion", "mixed", "other")
        for position in range(start, end):
            covered[position] = True
        previous_end = end
    missing = [i for i, ch in enumerate(normalised) if not ch.isspace() and not covered[i]]
    assert not missing, f"characters outside every sentence at {missing[:10]}"
    paragraphs = [s["paragraph"] for s in sentences]
    assert paragraphs == sorted(paragraphs)
    summary = data.get("summary")
    if summary:
        ids = summary["sentence_ids"]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
        assert all(0 <= i < len(sentences) for i in ids)
        assert len(summary["scores"]) == len(ids) == len(summary["ranks"])
    for claim in data["claims"]:
        assert 0 <= claim["sentence_id"] < len(sentences)
    for opinion in data["opinions"]:
        assert 0 <= opinion["sentence_id"] < len(sentences)
