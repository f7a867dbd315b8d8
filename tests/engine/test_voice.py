"""The author's voice: the kind model, the opinion-word table and loaded words in context.

The swap tests rewrite slanted text with loaded words that no word list of the project
has (checked here), so a kind that stays right is the learned models' doing.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from summarize import analyze
from summarize.perspective import analyze_sentence, kind, load_lexicon
from summarize.perspective.lexicon import normalise_term
from summarize.perspective.wordtable import default_table
from tests.conftest import ROOT, SEED, shared_data

# --- no seed-specific entry ---------------------------------------------------------

#: Phrases of the seed article that once had entries or rules of their own (issue 11).
SEED_PHRASES = [
    "made-in-the-USA",
    "bald-faced Big Lie",
    "turned truth on its head",
    "which it was not",
    "virtually no chance",
    "tough talk",
    "with teeth",
]
RULE_FILES = [
    "summarize/data/lexicon.toml",
    "summarize/data/voice.toml",
    "summarize/perspective/neutral.py",
    "summarize/perspective/attribution.py",
    "summarize/perspective/kind.py",
    "summarize/perspective/cues.py",
    "summarize/perspective/loaded.py",
    "summarize/perspective/lexicon.py",
]


@pytest.mark.parametrize("path", RULE_FILES)
def test_no_seed_phrase_in_lexicon_or_rules(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8").lower()
    text = re.sub(r"[\s\-]+", " ", text)
    for phrase in SEED_PHRASES:
        assert re.sub(r"[\s\-]+", " ", phrase.lower()) not in text, (phrase, path)


def test_no_seed_adjectives_in_the_seeds_order() -> None:
    text = (ROOT / "summarize/data/lexicon.toml").read_text(encoding="utf-8").lower()
    order = ["unacceptable", "subservient", "interventionist", "dominant"]
    assert not re.search(r".{0,40}".join(order), text, re.S)


# --- the table and the model ----------------------------------------------------------


def test_table_is_compact_and_scores_words_no_list_has() -> None:
    path = ROOT / "summarize" / "data" / "opinion_words.tsv.gz"
    assert path.stat().st_size < 1.6e6
    table = default_table()
    assert len(table.entries) >= 90_000
    # words in neither seed list still score as judging, plain words do not
    assert table.entries["hellbent"][0] > 0.8
    assert table.entries["callous"][0] > table.entries["committee"][0] + 0.5


def test_summary_does_not_load_the_table() -> None:
    code = (
        "import sys; from summarize import analyze; "
        "analyze('The council met on Monday. It voted to close the library.', "
        "perspective=False, length=1); "
        "print('summarize.perspective.wordtable' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "False"


def test_contributions_add_up_to_the_decision() -> None:
    model = kind.default_model()
    text = "This reckless plan is, frankly, a disgrace, and everyone knows it!"
    result = analyze_sentence(text)
    features = kind.features_of(result.cues.features, result.cues.voice, model)
    terms = kind.explain(model, features, result.cues.cues, result.cues.voice, floor=0.0)
    total = model.average_logit() + sum(v for _label, v in terms)
    assert total == pytest.approx(model.logit(features), abs=1e-6)
    assert any("reckless" in label for label, _v in terms)
    assert result.decision.reasons[0].startswith("opinion score")


def test_a_feature_the_sentence_lacks_is_named_as_missing() -> None:
    """A term against the average sentence for a feature this sentence does not have says
    so ("no verb in the past tense"), never the feature's name as if it were there."""
    model = kind.default_model()
    result = analyze_sentence("Rates climbed 2% in May.")
    features = kind.features_of(result.cues.features, result.cues.voice, model)
    labels = [label for label, _v in kind.explain(model, features, result.cues.cues, [], 0.0)]
    assert not features.get("present_be") and not features.get("quote_share")
    assert "no ‘is/are’ statement, as a description or a verdict would have" in labels
    assert kind.FEATURE_TEXT["present_be"] not in labels
    assert kind.FEATURE_TEXT["past_tense"] in labels  # "climbed": there, so named as such
    assert "no hedge cue" in labels


@pytest.mark.parametrize("shrink", [0.0, 4.0])
@pytest.mark.parametrize("text", ["Brilliant one minute, inept the next.", "Rates rose 2% in May."])
def test_contributions_add_up_with_the_word_shrink(shrink: float, text: str) -> None:
    """The shrunk mean of the word weights still splits exactly into per-word terms
    (the shrunk part of an average sentence's words goes to 'other words')."""
    import dataclasses

    model = dataclasses.replace(kind.default_model(), word_shrink=shrink)
    result = analyze_sentence(text)
    features = kind.features_of(result.cues.features, result.cues.voice, model)
    terms = kind.explain(model, features, result.cues.cues, result.cues.voice, floor=0.0)
    total = model.average_logit() + sum(v for _label, v in terms)
    assert total == pytest.approx(model.logit(features), abs=1e-6)


def test_word_shrink_draws_few_words_towards_no_evidence() -> None:
    voice = analyze_sentence("Brilliant one minute, inept the next.").cues.voice
    plain = kind.word_features(voice, 0.8, 0.0)["words"]
    shrunk = kind.word_features(voice, 0.8, 4.0)["words"]
    own = sum(1 for w in voice if w.judges)
    assert shrunk == pytest.approx(plain * own / (own + 4.0))


def test_loaded_scores_shrink_a_words_own_marks_towards_its_neighbours() -> None:
    """With a shrink, a word the annotators always marked scores above one near it in
    meaning that they saw as often and never marked; CV picks the shrink here."""
    import numpy as np

    from summarize.lab import wordtable as lab_table

    vocabulary = ["harsh", "plain", "cruel", "table", "unseen"]
    # two directions: "judging" words near (1, 0), plain words near (0, 1)
    matrix = np.array([[1.0, 0.0], [0.0, 1.0], [0.9, 0.1], [0.1, 0.9], [0.95, 0.05]])
    judging = np.array([0.9, 0.1, 0.9, 0.1, 0.9])
    sentences = [("the harsh cruel table plain", {"harsh"}) for _ in range(20)]
    sentences += [("a cruel plain table", set()) for _ in range(20)]
    scores, (_gate, _cut, shrink, news, noun_cut), f1 = lab_table.induce_loaded(
        vocabulary, matrix, judging, sentences, folds=2
    )
    assert {(g, c, k) for g, c, k, _n, _u in f1} == {
        (g, c, k)
        for g in lab_table.JUDGING_GATES
        for c in lab_table.LOADED_CUTS
        for k in lab_table.SHRINKS
    }
    assert all(u >= c for _g, c, _k, _n, u in f1)  # a noun's bar is never the lower one
    assert news == 0.0 and noun_cut >= _cut  # no news counts given: no news weight
    assert shrink is not None  # the words' own marks beat the vectors alone here
    assert scores[0] > scores[2]  # always marked above never marked, though near in meaning
    assert scores.min() >= 0.0 and scores.max() <= 1.0


def test_plain_uses_in_news_lower_a_words_loaded_score() -> None:
    """A word that straight news uses often in its own voice ("table" here), never marked,
    drops towards zero once the news counts weigh in; quoted words are not counted."""
    import numpy as np

    from summarize.lab import wordtable as lab_table

    vocabulary = ["harsh", "plain", "cruel", "table", "unseen"]
    matrix = np.array([[1.0, 0.0], [0.0, 1.0], [0.9, 0.1], [0.1, 0.9], [0.95, 0.05]])
    judging = np.array([0.9, 0.1, 0.9, 0.1, 0.9])
    counts = lab_table.news_counts(vocabulary, ["the table and the table", "“a harsh table”"])
    assert counts.tolist() == [0.0, 0.0, 0.0, 2.0, 0.0]
    sentences = [("the harsh cruel table plain", {"harsh", "table"}) for _ in range(20)]
    sentences += [("a cruel plain table", set()) for _ in range(20)]
    news = np.array([0.0, 0.0, 0.0, 5000.0, 0.0])
    _scores, (_g, _c, _k, _weight, _u), f1 = lab_table.induce_loaded(
        vocabulary, matrix, judging, sentences, news=news, folds=2
    )
    assert {n for *_rest, n, _u in f1} == set(lab_table.NEWS_WEIGHTS)


def test_a_noun_is_flagged_from_its_own_cut() -> None:
    """The loaded-word finder holds a noun (a label) to the model's noun cut and leaves
    adjectives at the common cut."""
    from summarize.perspective import loaded
    from summarize.perspective.wordtable import VoiceWord
    from summarize.text.words import words

    text = "The brutal regime fell."
    tokens = words(text)
    voice = [
        VoiceWord(s, e, w, 0.8, 0.5, 1.0, True) for s, e, w in tokens if w in ("brutal", "regime")
    ]
    sentence = loaded.Sentence(text, 0, tokens)
    both = loaded.table_cues(sentence, voice, [], 0.3, 0.0, 0.3)
    assert {c.text for c in both} == {"brutal", "regime"}
    strict = loaded.table_cues(sentence, voice, [], 0.3, 0.0, 0.6)
    assert {c.text for c in strict} == {"brutal"}


def test_article_shift_weight_is_chosen_on_whole_articles() -> None:
    """train.article_f1 shifts each article by its own mix: the borderline sentence of a
    report-heavy article is read as a report, of an opinion-heavy one as opinion."""
    import numpy as np

    from summarize.lab.datasets import Labelled
    from summarize.lab.train import Row, article_f1

    items = [Labelled(text="", label=lab, group="a") for lab in (0, 0, 0, 0, 1)]
    items += [Labelled(text="", label=lab, group="b") for lab in (1, 1, 1, 0, 1)]
    rows = [Row(features={}, words=[], forced=None, verdict=False) for _ in items]
    logits = np.array([-3.0, -3.0, -3.0, 0.3, 3.0, 3.0, 3.0, 3.0, -3.0, -0.3])
    strong = article_f1(items, rows, logits, 0.5, 1.0, 0.5)
    none = article_f1(items, rows, logits, 0.5, -1.0, 0.5)
    assert strong > none


# --- loaded words in context ----------------------------------------------------------


def _cue_types(sentence: str) -> dict[str, str]:
    return {c.text.lower(): c.type for c in analyze_sentence(sentence).cues.cues}


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Supreme Court will hear the case in March.", "supreme"),
        ("Great Britain sent a team of 40 athletes.", "great"),
        ("The spin bowler took four wickets for 30 runs.", "spin"),
        ("Companies will pay less under the new tax regime.", "regime"),
        ("The answer lies in the structure of the crystal.", "lies"),
        ("The panel is made up of nine judges.", "made up"),
        ("Two men were admitted to hospital after the crash.", "admitted"),
        ("His claims were rejected by the tribunal.", "claims"),
        ("Marek Kovac claimed the decisive break in the final set.", "claimed"),
        ("The striker claimed his first goal of the season on Saturday.", "claimed"),
        ("Chelsea thrashed Fulham 5-0 on Saturday.", "thrashed"),
        ("The striker tried to volley the ball and the keeper saved, 2-1 down.", "volley"),
        ("The winning goal took a deflection off a defender in the 80th minute.", "deflection"),
        ("The Ottoman Empire ruled the region for centuries.", "empire"),
        ("Economists expect gross domestic product to grow by 2%.", "gross"),
    ],
)
def test_plain_uses_of_judging_looking_words_are_not_cues(sentence: str, word: str) -> None:
    assert word not in _cue_types(sentence)


@pytest.mark.parametrize(
    ("sentence", "word", "types"),
    [
        ("The callous officials ignored the families.", "callous", {"evaluative"}),
        ("The minister's cronies were handed the contracts.", "cronies", {"loaded_label"}),
        ("He lied about the figures.", "lied", {"truth_verdict"}),
        ("The senator claims the bill will cut taxes.", "claims", {"loaded_verb"}),
        ("The leader claimed the vote, which was close, was rigged.", "claimed", {"loaded_verb"}),
        ("The mayor threatened to close the library.", "threatened", {"loaded_speech_verb"}),
        ("Residents deserve better than this.", "deserve", {"obligation"}),
    ],
)
def test_loaded_words_keep_a_type_and_a_general_explanation(
    sentence: str, word: str, types: set[str]
) -> None:
    # A word may carry several cues ("claims": a loaded verb and an attribution).
    cues = [c for c in analyze_sentence(sentence).cues.cues if c.text.lower() == word]
    typed = [c for c in cues if c.type in types]
    assert typed, [(c.text, c.type) for c in cues]
    assert all("seed" not in c.explanation.lower() and c.explanation for c in typed)


@pytest.mark.parametrize(
    "sentence",
    ["The mayor said the library would close.", "The threat to the library was real."],
)
def test_plain_verbs_of_saying_and_their_nouns_are_not_loaded_speech(sentence: str) -> None:
    assert "loaded_speech_verb" not in {c.type for c in analyze_sentence(sentence).cues.cues}


def test_a_loaded_verb_of_saying_is_shown_but_does_not_move_the_kind() -> None:
    result = analyze_sentence("The mayor threatened to close the library.")
    assert "loaded_speech_verb" in {c.type for c in result.cues.cues}
    assert "loaded_speech_verb" not in result.cues.features
    assert "loaded_speech_verb" not in kind.default_model().weights


def test_no_cue_rests_on_vader_alone() -> None:
    text = "The charity hoped the medal would bring clean energy to the recession-hit town."
    assert not any(c.type == "sentiment_word" for c in analyze_sentence(text).cues.cues)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Scottish Executive believes the matter should be handled by local councils.",
        "But opposition parties say that will not happen.",
    ],
)
def test_attributed_views_are_not_the_authors(sentence: str) -> None:
    result = analyze_sentence(sentence)
    own = [c for c in result.cues.cues if c.type == "obligation" and not c.quoted]
    assert not own
    assert result.decision.kind == "claim", result.decision.reasons


def test_an_authors_plain_question_is_no_claim_and_a_quoted_one_is_reported() -> None:
    """A question asks: it is not restated as a claim (kind "other", with its reason),
    unless its words judge (then the model calls it opinion); a question in quotation
    marks is someone's words, reported."""
    report = analyze(
        "The council voted on the budget on Tuesday. Which districts are hardest hit? "
        '"Why now?" asked Councilwoman Rita Ocampo.'
    )
    asked, quoted = report.sentences[1], report.sentences[2]
    assert asked.kind == "other" and "a question" in asked.reasons[0]
    assert asked.id not in {c.sentence_id for c in report.claims}
    assert quoted.kind == "claim" and quoted.speaker == "Rita Ocampo"


# --- swap tests -----------------------------------------------------------------------

#: The seed's loaded wording -> synonyms that no list of the project has.
SEED_SWAPS = [
    ("bald-faced Big Lie", "unblushing fabrication"),
    ("Big Lie", "grand fabrication"),
    ("Biden regime", "Biden clique"),
    ("ruling regimes", "ruling cliques"),
    ("hardliners", "diehards"),
    ("unacceptably", "impermissibly"),
    ("unacceptable", "impermissible"),
    ("interventionist", "meddlesome"),
    ("subservient", "servile-minded"),
    ("falsely", "untruthfully"),
    ("lied", "fibbed"),
    ("nonexistent", "imaginary"),
    ("hegemon", "overlord"),
    ("vassal states", "underling states"),
    ("dirty tricks", "sordid manoeuvres"),
    ("dirty hands", "grubby fingerprints"),
    ("invented enemies", "phantom foes"),
    ("hellbent", "fixated-minded"),
    ("swiftly crushing", "rapidly quashing"),
    ("made-in-the-USA", "American-engineered"),
    ("typical", "customary"),
    ("forever wars", "endless-seeming wars"),
]
SWAP_BAR = 0.85


def _listed(word: str) -> bool:
    from summarize.lab.wordtable import textblob_subjectivity, vader_valence

    lexicon = load_lexicon()
    key = normalise_term(word)
    terms = {normalise_term(t) for c in lexicon.categories.values() for t in c.terms}
    return (
        key in terms or word.lower() in textblob_subjectivity() or word.lower() in (vader_valence())
    )


def test_swapped_words_are_in_no_list() -> None:
    new_words = {w for _old, new in SEED_SWAPS for w in re.findall(r"[\w\-]+", new)}
    new_words |= {w for text, _kind in SLANTED for w in re.findall(r"[a-z\-]{5,}", text)}
    plain = {"american", "engineered", "minded", "states", "wars", "ruling", "grand"}
    listed = sorted(w for w in SWAPPED_LOADED if _listed(w))
    assert not listed
    assert all(not _listed(w) for w in (new_words & set(SWAPPED_LOADED)) - plain)


def _kinds_right(text: str, gold: list[str]) -> tuple[int, list[str]]:
    report = analyze(text)
    sentences = [s for s in report.sentences if s.kind != "title"]
    assert len(sentences) == len(gold)
    wrong = [
        f"{s.text[:50]}: {s.kind} (gold {g})"
        for s, g in zip(sentences, gold, strict=True)
        if s.kind != g
    ]
    return len(gold) - len(wrong), wrong


@pytest.mark.xfail(
    strict=True,
    reason="issue 11's bar is not met yet: 30/39 with the loaded words swapped (bar 85%)",
)
def test_seed_kinds_with_loaded_words_swapped() -> None:
    gold_file = shared_data("seed", "seed-gold.json")
    gold = [s["label"] for s in json.loads(gold_file.read_text("utf-8"))["sentences"]]
    text = SEED.read_text(encoding="utf-8")
    for old, new in SEED_SWAPS:
        text = text.replace(old, new)
    right, wrong = _kinds_right(text, [g for g in gold if g != "title"])
    assert right / len(wrong + [""] * right) >= SWAP_BAR, wrong


def test_seed_kinds() -> None:
    gold_file = shared_data("seed", "seed-gold.json")
    gold = [s["label"] for s in json.loads(gold_file.read_text("utf-8"))["sentences"]]
    right, wrong = _kinds_right(SEED.read_text(encoding="utf-8"), [g for g in gold if g != "title"])
    assert right >= 36, wrong


#: A slanted article written for this test, its loaded words already ones no list has,
#: with the kind of each sentence.
SLANTED = [
    ("The city council voted 6-3 on Tuesday to sell the riverside depot to a developer.", "claim"),
    ("The sale raises £4.2m, according to the council's finance report.", "claim"),
    (
        "Councillor Ann Hale, who chairs the planning committee, said the depot had been empty "
        "for six years.",
        "claim",
    ),
    ("“We looked at every option,” she told reporters.", "claim"),
    (
        "This shambolic giveaway is the latest boondoggle from a cabal of apparatchiks who "
        "treat public land as a piggy bank.",
        "opinion",
    ),
    (
        "The councillors kowtowing to developers have squandered a site that belonged to everyone.",
        "opinion",
    ),
    ("Residents who objected were stonewalled for months.", "mixed"),
    ("Who, exactly, asked for another block of empty flats?", "opinion"),
    ("The developer, Northgate Homes, plans 140 flats and a car park.", "claim"),
    (
        "Its hare-brained design, a slapdash copy of a dozen others, insults the river it "
        "overlooks.",
        "opinion",
    ),
    ("Voters should remember this in May.", "opinion"),
    ("The council will publish the contract next month.", "claim"),
    ("Reimagining the riverside, indeed.", "opinion"),
    ("Sycophants and shills will call it progress.", "opinion"),
]
#: The loaded words of the slanted article and of the seed swaps.
SWAPPED_LOADED = [
    "shambolic", "boondoggle", "cabal", "apparatchiks", "kowtowing", "squandered",
    "stonewalled", "hare-brained", "slapdash", "sycophants", "shills", "clique", "cliques",
    "diehards", "impermissibly", "impermissible", "meddlesome", "untruthfully", "fibbed",
    "imaginary", "overlord", "underling", "sordid", "manoeuvres", "grubby", "phantom",
    "rapidly", "quashing", "customary", "unblushing", "fabrication",
]  # fmt: skip


@pytest.mark.xfail(
    strict=True, reason="issue 11's bar is not met yet: 9/14 on the written article (bar 85%)"
)
def test_slanted_article_kinds() -> None:
    text = "\n\n".join(t for t, _k in SLANTED)
    right, wrong = _kinds_right(text, [k for _t, k in SLANTED])
    assert right / len(SLANTED) >= SWAP_BAR, wrong


def test_a_report_the_author_judges_is_a_feature_of_its_own() -> None:
    """'attributed_verdict': the sentence reports someone and judges them in the author's
    own words; a plain report does not have it."""
    judged = analyze_sentence("The minister falsely accused his rivals of fraud.")
    plain = analyze_sentence("The minister accused his rivals of fraud.")
    assert kind.interactions(judged.cues.features) == {"attributed_verdict": 1.0}
    assert kind.interactions(plain.cues.features) == {}


def test_truth_rule_makes_a_reported_truth_verdict_the_authors_judgement() -> None:
    """With ``rule_types`` holding truth verdicts, a report whose speaker the author calls
    a liar is at least mixed, and says why; without the rule the model alone decides."""
    import dataclasses

    text = "Last week, the minister falsely accused his rivals of fraud."
    base = dataclasses.replace(kind.default_model(), rule_types=(), threshold=0.99)
    ruled = dataclasses.replace(base, rule_types=("truth_verdict",))
    assert analyze_sentence(text, model=base).decision.kind == "claim"
    decision = analyze_sentence(text, model=ruled).decision
    assert decision.kind in ("mixed", "opinion")
    assert any("truth verdict" in r for r in decision.reasons)
