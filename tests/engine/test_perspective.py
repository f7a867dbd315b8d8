"""Perspective: every cue type, every restatement rule, attribution and kinds, on real sentences.

The sentences are the seed article's and sentences written for these tests in
the style of news and opinion writing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarize import analyze, neutralize
from summarize.errors import UsageError
from summarize.perspective import analyze_sentence, load_lexicon
from tests.conftest import SEED


def cue_types(sentence: str, *, quoted: bool | None = False) -> dict[str, list[str]]:
    result = analyze_sentence(sentence)
    found: dict[str, list[str]] = {}
    for cue in result.cues.cues:
        if quoted is None or cue.quoted == quoted:
            found.setdefault(cue.type, []).append(cue.text)
    return found


@pytest.fixture(scope="module")
def seed_report():
    return analyze(SEED.read_text(encoding="utf-8"))


def by_start(report, needle: str):
    return next(s for s in report.sentences if s.text.startswith(needle))


def claim_for(report, needle: str) -> str:
    sentence = by_start(report, needle)
    claim = next((c for c in report.claims if c.sentence_id == sentence.id), None)
    assert claim is not None, f"no claim for {needle!r} (kind {sentence.kind})"
    return claim.text


# --- cues ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "text"),
    [
        (
            "Talks between Russian and Biden regime delegations begin in Geneva.",
            "loaded_label",
            "regime",
        ),
        (
            "The minister slammed the proposal at a press conference on Tuesday.",
            "loaded_verb",
            "slammed",
        ),
        (
            "He falsely accused Moscow of “harsh rhetoric” against Ukraine.",
            "truth_verdict",
            "falsely",
        ),
        (
            "The ministry is “very disappointed” by the reckless NATO signals.",
            "evaluative",
            "reckless",
        ),
        (
            "The decision was utterly predictable to anyone watching the market.",
            "intensifier",
            "utterly",
        ),
        ("Clearly the council has run out of ideas for the harbour.", "certainty", "Clearly"),
        ("Perhaps the mayor will reconsider before the budget vote.", "hedge", "Perhaps"),
        ("The government must act before the winter sets in.", "obligation", "must"),
        ("The new tax will be a disaster for small shops.", "prediction", "will be a"),
        ("Politicians always blame someone else for their failures.", "generalization", "always"),
        ("Yet the committee approved the budget without a debate.", "argument", "Yet"),
        ("Sadly, the library closed its doors for good last spring.", "emotion", "Sadly"),
        ("Diplomacy is a waste of time with such partners.", "verdict_idiom", "waste of time"),
        ("We should welcome the new arrivals with open arms.", "first_person", "We"),
        ("Who could possibly believe such a promise after last year?", "rhetorical_question", "?"),
        ("The scheme collapsed within a week!", "exclamation", "!"),
        (
            "He condemned a “(nonexistent) military build-up” on the border.",
            "author_insertion",
            "(nonexistent)",
        ),
        ("She wrote that the plan would “help it’s neighbors (sic).”", "sic", "(sic)"),
        ("The “experts” on the panel disagreed with each other.", "scare_quote", "“experts”"),
        ("The board stubbornly refused to publish the figures.", "manner_adverb", "stubbornly"),
        (
            "What happened at the meeting is proof of a deeper rift.",
            "interpretation",
            "What happened at the meeting is",
        ),
        ("Russia is serious about what it seeks.", "copular_verdict", "Russia is serious"),
        ("Over the weekend, analyst Mark Sleboda said the following:", "attribution", "said"),
        ("The bridge reopened on Monday after repairs.", "time_reference", "Monday"),
        ("Prices rose by 4 percent in the year to March.", "number", "4"),
        ("The callous officials ignored the families.", "evaluative", "callous"),
    ],
)
def test_each_cue_type_is_found_with_its_span(sentence: str, kind: str, text: str) -> None:
    result = analyze_sentence(sentence)
    matching = [c for c in result.cues.cues if c.type == kind]
    assert matching, (
        f"no {kind} cue in {sentence!r}: {[(c.type, c.text) for c in result.cues.cues]}"
    )
    cue = next((c for c in matching if c.text == text), matching[0])
    assert cue.text == text
    assert sentence[cue.start : cue.end] == cue.text
    assert cue.explanation and len(cue.explanation) > 20


def test_cues_inside_quotations_are_the_speakers_not_the_authors() -> None:
    sentence = "“This is an unacceptable and shameful decision,” the mayor said on Monday."
    result = analyze_sentence(sentence)
    judged = [c for c in result.cues.cues if c.type == "evaluative"]
    assert judged and all(c.quoted for c in judged)
    assert result.decision.kind == "claim"


def test_author_insertions_are_the_authors_even_inside_quotes() -> None:
    cues = cue_types("He condemned a “(nonexistent) military build-up” on the border.")
    assert "author_insertion" in cues
    assert "truth_verdict" in cues  # "nonexistent" inside the author's brackets


def test_acronyms_are_not_words() -> None:
    cues = cue_types("The US and the EU signed the agreement in Brussels.")
    assert "first_person" not in cues


def test_scheduled_future_is_not_a_prediction() -> None:
    assert "prediction" not in cue_types("A NATO Council meeting will be held on Wednesday.")
    assert "prediction" in cue_types("The meeting will be a disaster for everyone involved.")


# --- attribution --------------------------------------------------------------------


def test_quote_only_sentences_take_the_speaker_who_introduced_them(seed_report) -> None:
    assert by_start(seed_report, "“(W)e need legal guarantees").speaker == "Sergey Rybakov"
    assert by_start(seed_report, "“(T)hey reflect").speaker == "Sergey Rybakov"
    assert by_start(seed_report, "“Our intention").speaker == "Michael Carpenter"
    assert by_start(seed_report, "“It seems specifically").speaker == "Mark Sleboda"


def test_pronoun_subject_refers_to_the_named_speaker(seed_report) -> None:
    sentence = by_start(seed_report, "He falsely accused")
    assert sentence.speaker == "Blinken"
    assert sentence.attribution is not None and sentence.attribution.verb == "accused"


def test_titles_are_dropped_from_speaker_names(seed_report) -> None:
    assert by_start(seed_report, "Heading them").speaker == "Sergey Rybakov"


def test_according_to_and_inverted_attribution() -> None:
    according = analyze_sentence(
        "Unemployment fell to 4 percent, according to the statistics office."
    )
    assert according.found.speaker == "the statistics office"  # a role keeps its article
    inverted = analyze_sentence("“We will rebuild the school,” said Mayor Ana Lopez.")
    assert inverted.found.speaker == "Ana Lopez"


def test_speaker_words_are_neutralised(seed_report) -> None:
    sentence = by_start(seed_report, "Dominant Biden regime hardliners")
    # 'Dominant' stays: issue 11 removed the seed's own entry for it, and neither the
    # lexicon nor the learned table calls it loaded ("Labour remains the dominant party").
    assert sentence.speaker is not None
    assert sentence.speaker.endswith("Biden government officials")
    assert "regime" not in sentence.speaker and "hardliners" not in sentence.speaker


# --- kinds ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The council voted 7-2 on Tuesday to close the library.", "claim"),
        ("“We will not back down,” the union leader told reporters.", "claim"),
        ("Diplomacy is a waste of time when undertaken with such partners.", "opinion"),
        ("We must not let this shameful plan go ahead.", "opinion"),
    ],
)
def test_kinds(sentence: str, kind: str) -> None:
    result = analyze_sentence(sentence)
    assert result.decision.kind == kind, result.decision.reasons
    assert result.decision.reasons


def test_every_decision_carries_reasons_and_confidence(seed_report) -> None:
    for sentence in seed_report.sentences:
        assert sentence.reasons, sentence.text
        assert sentence.confidence is not None and 0.0 <= sentence.confidence <= 1.0


def test_mixed_sentences_give_a_claim_and_an_opinion(seed_report) -> None:
    sentence = by_start(seed_report, "CSTO peacekeepers")
    assert sentence.kind == "mixed"
    assert any(c.sentence_id == sentence.id for c in seed_report.claims)
    opinion = next(o for o in seed_report.opinions if o.sentence_id == sentence.id)
    assert {c.text for c in opinion.cues} >= {"swiftly"}


def test_opinions_never_yield_claims(seed_report) -> None:
    claimed = {c.sentence_id for c in seed_report.claims}
    for sentence in seed_report.sentences:
        if sentence.kind == "opinion":
            assert sentence.id not in claimed


# --- neutral restatement --------------------------------------------------------------


def test_loaded_label_is_replaced(seed_report) -> None:
    text = claim_for(seed_report, "On Monday, talks")
    assert "regime" not in text and "Biden government delegations" in text
    assert "Geneva" in text and "Monday" in text


def test_verdict_wrapped_report_becomes_said(seed_report) -> None:
    text = claim_for(seed_report, "He lied claiming")
    assert text.startswith("Blinken said that Russia occupies Ukrainian territory")
    assert "(sic)" not in text and "lied" not in text


def test_verdict_with_participle_becomes_the_act(seed_report) -> None:
    assert claim_for(seed_report, "He lied “condemn") == (
        "Blinken condemned a Russian military build-up on Ukraine’s borders."
    )


def test_verdict_phrase_before_saying(seed_report) -> None:
    text = claim_for(seed_report, "Last week, Biden regime OSCE envoy")
    assert text.startswith("Last week, Biden government OSCE envoy Michael Carpenter ")
    assert text.endswith(":")


@pytest.mark.xfail(
    strict=True,
    reason="a known gap: the seed's verdict idiom had an entry of its own, which issue 11 "
    "removed; no general verdict-idiom detector catches it yet",
)
def test_verdict_idiom_before_saying_is_dropped(seed_report) -> None:
    text = claim_for(seed_report, "Last week, Biden regime OSCE envoy")
    assert text == "Last week, Biden government OSCE envoy Michael Carpenter said:"


def test_verdict_aside_after_a_dash_is_dropped(seed_report) -> None:
    text = claim_for(seed_report, "Ahead of talks, interventionist")
    assert text == (
        "Ahead of talks, Blinken and his German counterpart accused Moscow of posing "
        "“an immediate challenge” to regional security."
    )


def test_judging_insertion_dropped_and_substitution_kept_in_brackets(seed_report) -> None:
    assert "(US-dominated)" not in claim_for(seed_report, "“We will, of course")
    text = claim_for(seed_report, "For weeks, Russia")
    assert "has been hearing" in text and "(it) must do" in text
    assert "(Biden government remarks)" in text


def test_quote_only_sentence_names_its_speaker(seed_report) -> None:
    assert claim_for(seed_report, "“(W)e need") == (
        "Rybakov said: “We need legal guarantees that NATO will not expand further.”"
    )


def test_trailing_adding_is_folded_into_the_quote(seed_report) -> None:
    text = claim_for(seed_report, "“I don’t believe")
    assert text.startswith("Sleboda said: “I don’t believe")
    assert text.endswith("for cover.”")


def test_evaluative_words_and_loaded_verbs_in_a_mixed_sentence(seed_report) -> None:
    # the seed's own compound has no entry any more (issue 11)
    assert claim_for(seed_report, "CSTO peacekeepers").startswith(
        "CSTO peacekeepers and Kazakh security forces are suppressing"
    )


def test_every_edit_has_a_span_and_a_reason(seed_report) -> None:
    text = SEED.read_text(encoding="utf-8")
    edits = [e for c in seed_report.claims for e in c.edits]
    assert len(edits) > 20
    for edit in edits:
        assert text[edit.start : edit.end] == edit.original
        assert edit.reason and edit.rule


def test_article_is_fixed_after_removal() -> None:
    assert neutralize("They faced an unacceptable delay at the border.") == (
        "They faced a delay at the border."
    )


def test_capital_is_restored_when_the_first_word_goes() -> None:
    assert (
        neutralize("Arrogant officials demanded concessions.") == "Officials demanded concessions."
    )
    # a label with no plain word here stays, its capital kept ("hardliners" are "officials"
    # only after a word of government)
    assert neutralize("Arrogant hardliners demanded concessions.") == (
        "Hardliners demanded concessions."
    )


def test_neutralize_api() -> None:
    assert neutralize("He falsely accused Moscow of “harsh rhetoric” against Ukraine.") == (
        "He accused Moscow of “harsh rhetoric” against Ukraine."
    )
    assert neutralize("The mayor blasted the plan.") == "The mayor criticised the plan."
    assert neutralize("") == ""


def test_quoted_words_are_never_changed() -> None:
    sentence = "“This regime is a disgrace,” the senator said."
    assert neutralize(sentence) == sentence


# --- the lexicon is data, and users extend it ---------------------------------------


def test_user_lexicon_adds_terms(tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text('[loaded_label.terms]\n"fat cats" = "executives"\n', encoding="utf-8")
    lexicon = load_lexicon(str(mine))
    result = analyze_sentence("The fat cats met on Monday.", lexicon=lexicon)
    assert any(c.type == "loaded_label" and c.text == "fat cats" for c in result.cues.cues)
    assert result.restatement is not None
    assert result.restatement.text == "The executives met on Monday."


def test_bad_user_lexicon_is_a_usage_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[loaded_label\n", encoding="utf-8")
    with pytest.raises(UsageError, match="not valid TOML"):
        load_lexicon(str(broken))
    with pytest.raises(UsageError, match="not found"):
        load_lexicon(str(tmp_path / "missing.toml"))


# --- found by trying unspin as a new user ---------------------------------------------


def test_speaker_before_an_aside_and_pronoun_for_a_named_person() -> None:
    report = analyze(
        "Council member James Hale, who voted against the measure, said the city should have "
        "sought federal grants first.\n\nHe warned that property taxes could rise by 3 percent."
    )
    assert [s.speaker for s in report.sentences] == ["James Hale", "James Hale"]
    # plain reporting stays as written; a sentence rewritten anyway names its speaker
    assert report.claims[1].text == "He warned that property taxes could rise by 3 percent."
    report = analyze(
        "Council member James Hale, who voted against the measure, said the city should have "
        "sought federal grants first.\n\nHe falsely warned that property taxes could rise by "
        "3 percent."
    )
    assert report.claims[1].text.startswith("Hale warned")


def test_pronoun_is_not_resolved_when_two_people_were_named() -> None:
    report = analyze(
        "Senator Maria Gomez met Governor Anna Chen on Monday.\n\nShe said it went well."
    )
    assert report.sentences[1].speaker is None


def test_inverted_attribution_with_a_description() -> None:
    report = analyze(
        "Critics say the response was slow.\n\n“It was terrifying,” said resident Maria Lopez."
        "\n\n“The talks failed,” said the minister."
    )
    assert [s.speaker for s in report.sentences[1:]] == ["Maria Lopez", "the minister"]


def test_paraphrased_words_belong_to_the_speaker() -> None:
    assert neutralize("The minister slammed the decision as reckless.") == (
        "The minister criticised the decision as reckless."
    )
    result = analyze_sentence("Critics called the decision a terrible mistake.")
    assert result.found.speaker == "Critics"
    assert all(c.quoted for c in result.cues.cues if c.text == "terrible")


@pytest.mark.parametrize(
    "text",
    [
        "Forcing stations to vet every caller would stifle debate, the union said.",
        "The Halden Trust opened a clinic in May. Charging for parking would be a shameful "
        "betrayal of patients, it said on Monday.",
        "Such levies are a reckless gamble, regional newspaper the Valley Courier reported.",
        # a speaker's phrase of six words ("the regional farmers union of Otago")
        "Such levies are a reckless gamble, the regional farmers union of Otago said.",
    ],
)
def test_words_before_a_closing_speaker_are_theirs(text: str) -> None:
    """ "…, the union said.": the words before the speaker and the verb that close the
    sentence are the speaker's, as the words after "said" are."""
    report = analyze(text)
    last = report.sentences[-1]
    assert last.speaker
    assert last.kind == "claim"
    assert all(c.quoted for c in last.cues if c.type in ("loaded_verb", "evaluative"))
    assert not any(c.type in ("loaded_verb", "evaluative") and not c.quoted for c in last.cues)


def test_a_closing_participle_is_not_the_speakers_frame() -> None:
    """ "…, saying:" opens the quotation that follows; what comes before it is the
    author's telling, whose loaded words stay the author's."""
    result = analyze_sentence("Last week the envoy shamelessly twisted the facts, saying:")
    assert any(not c.quoted for c in result.cues.cues if c.text == "shamelessly")


def test_imperative_is_the_authors_exhortation() -> None:
    result = analyze_sentence("Vote them out in November.")
    assert result.decision.kind == "opinion"
    assert any(c.type == "imperative" for c in result.cues.cues)


def test_organisation_names_keep_their_words() -> None:
    result = analyze_sentence("Rain is expected, the National Weather Service said.")
    assert result.found.speaker == "National Weather Service"


def test_opinion_items_list_every_author_cue(seed_report) -> None:
    sentence = by_start(seed_report, "This approach cannot")
    opinion = next(o for o in seed_report.opinions if o.sentence_id == sentence.id)
    assert [c.text for c in opinion.cues] == ["cannot be"]
    assert all(c.weight >= 0 for o in seed_report.opinions for c in o.cues)


@pytest.mark.parametrize(
    "sentence",
    [
        "Even the regular news was matter of fact.",
        "Like the families of the victims, they want answers.",
        "Click here to read the full report.",
        "Say your city has just two roads.",
    ],
)
def test_openings_that_are_not_commands(sentence: str) -> None:
    result = analyze_sentence(sentence)
    assert not any(c.type == "imperative" for c in result.cues.cues)


def test_a_bang_in_a_name_is_no_exclamation() -> None:
    # "Wham!", "Kerrang!": part of a name when the sentence goes on after it
    from summarize.perspective import analyze_sentence

    for text in (
        "The film follows him from his days in Wham! through to his solo career.",
        "She edited Kerrang! magazine for a decade.",
    ):
        types = {c.type for c in analyze_sentence(text).cues.cues}
        assert "exclamation" not in types, text
    types = {c.type for c in analyze_sentence("The scheme collapsed again in Leeds!").cues.cues}
    assert "exclamation" in types


def test_a_political_victory_is_not_read_as_sport() -> None:
    # one word shared by sport and politics ("victory") does not make a match report
    from summarize.perspective import analyze_sentence

    text = "Dave Brat celebrated his stunning victory over the House majority leader."
    assert "evaluative" in {c.type for c in analyze_sentence(text).cues.cues}
    # a score or a word of sport alone does (the restatement still takes the praise out,
    # and shows it as a cue of weight 0, which the kind never weighs)
    text = "The striker produced a stunning goal in the cup."
    assert "evaluative" not in {c.type for c in analyze_sentence(text).cues.cues if c.weight}


def test_a_term_or_a_measure_is_not_scored_as_slant() -> None:
    # the detection reads the restatement's standard terms and measures (neutral.toml)
    from summarize.perspective import analyze_sentence

    for text in (
        "Police examined suspicious packages sent to the offices.",
        "The bombing was the latest in a series of deadly attacks on the city.",
        "The virus spreads via malicious e-mail attachments.",
    ):
        result = analyze_sentence(text)
        assert not [c for c in result.cues.cues if c.type == "evaluative"], text
        assert result.decision.kind == "claim", text
    # the same words as a verdict still count, and so does a legal status a state's act is
    # given ("illegal sanctions"), where "illegal downloads" is a category
    types = {c.type for c in analyze_sentence("It was a malicious rumour.").cues.cues}
    assert "evaluative" in types
    types = {c.type for c in analyze_sentence("The EU imposed illegal sanctions.").cues.cues}
    assert "evaluative" in types
    types = {c.type for c in analyze_sentence("Police seized illegal downloads.").cues.cues}
    assert "evaluative" not in types


def test_a_byline_or_dateline_on_its_own_line_is_no_claim() -> None:
    from summarize import analyze
    from summarize.segment import is_byline_or_dateline

    report = analyze(
        "Council Cuts Library Budget\n\nBy Dana Whitfield and Tom Hale\n\n"
        "June 5, 2024, 10:32 GMT\n\nThe council voted 5-2 on Tuesday to cut the budget.\n",
        length=1,
    )
    kinds = [s.kind for s in report.sentences]
    assert kinds == ["title", "other", "other", "claim"]
    assert "byline" in report.sentences[1].reasons[0]
    # a sentence that opens with "By" is no byline
    assert not is_byline_or_dateline("By Monday it was over.")
    assert not is_byline_or_dateline("By the end of the year profits rose")


def test_a_reported_view_reads_well_with_a_plural_speaker() -> None:
    """The reason names whose view it is without a verb that must agree with them (it
    said "what officials says")."""
    result = analyze_sentence("Officials say the new bridge is unsafe and should close.")
    assert result.decision.kind == "claim"
    assert result.decision.reasons[0].startswith("it reports the words or thoughts of Officials")


@pytest.mark.parametrize(
    ("sentence", "idiom", "quoted"),
    [
        ("Both unions have a point about the rota.", "have a point", False),
        ("Critics are right to worry about the cost.", "are right to", False),
        ("Still, the mayor is not wrong about the numbers.", "is not wrong", False),
        # the inspector's ruling, not the author's
        ("The inspector said the council was wrong to close the library.", "was wrong to", True),
    ],
)
def test_a_ruling_on_who_is_right_is_a_verdict(sentence: str, idiom: str, quoted: bool) -> None:
    cues = analyze_sentence(sentence).cues.cues
    found = [c for c in cues if c.type == "verdict_idiom"]
    assert [c.text for c in found] == [idiom]
    assert found[0].quoted is quoted
