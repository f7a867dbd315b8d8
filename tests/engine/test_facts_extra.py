"""The hand-annotated extra compare events (summarize/lab/data/facts-extra.jsonl) are sound."""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from summarize.lab.eval_compare import EXTRA
from tests.conftest import shared_data


def _facts() -> list[dict]:
    return [json.loads(line) for line in EXTRA.open(encoding="utf-8")]


def test_the_file_parses_in_the_shape_of_facts_dev() -> None:
    facts = _facts()
    assert facts
    for fact in facts:
        assert set(fact) == {"event", "fact", "members", "annotator"}
        assert fact["annotator"] == "unspin-team-2026-12"
        assert fact["fact"].strip() and fact["members"]
        keys = [(m["article_id"], m["sent_idx"]) for m in fact["members"]]
        assert len(set(keys)) == len(keys)
        assert all(aid.split("/")[1].startswith(fact["event"]) for aid, _ in keys)


def test_every_sentence_is_covered_and_every_id_exists() -> None:
    basil = shared_data("basil")
    dev = {json.loads(line)["event"] for line in (basil / "facts-dev.jsonl").open()}
    articles = defaultdict(list)
    for line in (basil / "articles.jsonl").open(encoding="utf-8"):
        article = json.loads(line)
        articles[article["triplet_uuid"]].append(article)
    facts = _facts()
    events = {fact["event"] for fact in facts}
    assert events and not events & dev  # new events, none of the six
    in_facts: Counter = Counter()
    for fact in facts:
        for member in fact["members"]:
            in_facts[(member["article_id"], member["sent_idx"])] += 1
    known = set()
    for event in events:
        assert {a["source"] for a in articles[event]} == {"fox", "nyt", "hpo"}
        for article in articles[event]:
            flat = [s for paragraph in article["paragraphs"] for s in paragraph]
            for idx, sentence in enumerate(flat):
                known.add((article["article_id"], idx))
                if sentence.strip():
                    assert 1 <= in_facts[(article["article_id"], idx)] <= 3, (
                        article["article_id"],
                        idx,
                    )
    assert set(in_facts) <= known  # no id outside the annotated articles


def test_the_extra_events_load_as_training_events_only() -> None:
    from summarize.lab import eval_compare as ev

    data = shared_data("basil").parent
    events, _articles = ev.load_events(data, EXTRA)
    extra = {event.uuid for event in events if event.extra}
    assert extra == {fact["event"] for fact in _facts()}
    assert not extra & ev.CHECK
    assert len(events) - len(extra) == len(ev.load_events(data)[0])
    # every extra event's gold has links across outlets to learn from
    assert all(ev.gold_links(event) for event in events if event.extra)


def test_the_second_annotation_covers_two_training_events_and_measures_agreement() -> None:
    from summarize.lab import eval_compare as ev
    from summarize.lab import facts_agreement as fa

    data = shared_data("basil").parent
    rows = fa.agreement(data)
    events = {event for event, *_ in rows}
    assert len(events) == 2 and not events & ev.CHECK
    dev = {event.uuid: event for event in ev.load_events(data)[0]}
    for event, gold, ours, shared in rows:
        assert gold == len(ev.gold_links(dev[event]))  # the same link measure as eval_compare
        assert 0 < shared <= min(gold, ours)
        # every non-empty sentence of the three articles is in a fact of the second annotation
        keys = {k for pair in fa.links(fa.AGREEMENT)[event] for k in pair}
        assert keys <= set(dev[event].texts)
    covered = {
        (m["article_id"], m["sent_idx"])
        for line in fa.AGREEMENT.open(encoding="utf-8")
        for m in json.loads(line)["members"]
    }
    for event in events:
        assert {k for k, text in dev[event].texts.items() if text.strip()} <= covered
