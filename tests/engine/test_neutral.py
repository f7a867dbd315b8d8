"""Neutral restatement: every example of issue 12's "What goes wrong", the self-check, the
edit trail and the neutral digest. The sentences are written here."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from summarize import analyze, neutralize
from summarize.perspective import analyze_sentence
from summarize.perspective.neutral import self_check
from summarize.report import Edit, Report

# --- word sense: these must not be edited --------------------------------------------


def assert_unchanged(*sentences: str) -> None:
    """Each sentence is restated as written (nothing in it is the author's slant)."""
    for sentence in sentences:
        assert neutralize(sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver was admitted to hospital with serious injuries.",
        "The minister said all claims would be processed overseas.",
        "The value of a reference lies in its accuracy.",
        "The committee is made up of 12 members.",
        "Two pilgrims were crushed to death at the gate.",
        "Arsenal hammered Leeds 5-0 on Saturday.",
        "The spin bowler took four wickets before lunch.",
        "Small firms will face a new tax regime from April.",
        "The firm was struggling under crushing debt.",
        "He lamented poverty rates, crushing college debt and crumbling roads.",
        "On the flip side, couples will pay more tax.",
        "The president acted unilaterally on the tariffs.",
        # "claim" as to win or take, "blast" as to strike a ball ("…" tails of literal_before)
        "She hopes to claim the British indoor title next month.",
        "Rovers claimed their first away win of the season.",
        "The crash claimed 12 lives.",
        "The group claimed responsibility for the attack.",
        "Federer blasts a forehand past his opponent.",
        "Lampard stepped up to blast a shot through the wall.",
        # a verb of saying as a participle after "once" (admitted to a college)
        "Once admitted students are given better housing.",
        # the torture conventions' legal term
        "The article bars torture and cruel, inhuman or degrading treatment of prisoners.",
    ],
)
def test_word_in_its_ordinary_sense_is_not_edited(sentence: str) -> None:
    assert neutralize(sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a view inside the sentence that is a third party's, whoever the main speaker is
        "It would be a boost for reformers who say the program is too generous.",
        "The council adopted the plan on Tuesday, despite claims from residents that it is a "
        "cynical ploy.",
        "It is a report that says the reforms are a disastrous failure.",
    ],
)
def test_a_third_partys_view_inside_the_sentence_is_not_edited(sentence: str) -> None:
    assert neutralize(sentence) == sentence


def test_the_restatements_own_finders_leave_a_third_partys_view_alone() -> None:
    sentence = (
        "The White House pushed back on claims by senators that they were insufficiently "
        "briefed on the details."
    )
    assert neutralize(sentence) == sentence


def test_a_comma_between_adjectives_goes_with_the_adjectives_after_it() -> None:
    assert (
        neutralize("The rules ban long, cruel, and brutal punishments of prisoners.")
        == "The rules ban long punishments of prisoners."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # the judging adjective is what puts the noun in a list of problems
        "The region is reeling from poverty, illiteracy and abysmal healthcare.",
        "Sales fell because of high prices and unfashionable models.",
        # words before a closing quotation mark whose opening mark is in an earlier sentence
        "He praised the office for “correcting the story” and asked the press to see that "
        "their hysterical campaign has gone too far.”",
    ],
)
def test_judging_words_whose_removal_changes_the_report_stay(sentence: str) -> None:
    assert neutralize(sentence) == sentence


def test_a_comma_goes_with_a_participle_and_its_adverb_after_it() -> None:
    assert (
        neutralize("The captain, a no-nonsense, highly respected commander, welcomed us.")
        == "The captain, a no-nonsense commander, welcomed us."
    )


def test_a_verb_of_wrecking_is_not_criticism_of_a_thing() -> None:
    out = neutralize("The tenants decided to trash the house on their way out.")
    assert "criticise the house" not in out


def test_a_noun_of_saying_without_a_source_is_no_report() -> None:
    # "the claims that he made": a relative clause; the verdict on them is the author's
    claim = analyze_sentence("The claims that he made were false and outrageous.").restatement
    assert claim is not None
    assert any(e.original == "outrageous" for e in claim.edits)  # removed or flagged


def test_claim_of_a_statement_and_an_infinitive_verb_stay_loaded() -> None:
    # the sense of "claim" turns on its object: a clause is a statement ("…" spans no verb)
    assert (
        neutralize("He claimed the champions were cheats.") == "He said the champions were cheats."
    )
    # an infinitive the tagger read as a noun ("to smear the party") is a verb
    assert (
        neutralize("Critics sought to smear the party.") == "Critics sought to criticise the party."
    )


def test_a_government_named_by_its_leader_keeps_the_name_and_loses_the_label() -> None:
    out = neutralize("The Assad regime bombed the town.")
    assert out == "The Assad government bombed the town."
    assert "administration" not in out


# --- changed meaning ------------------------------------------------------------------


def test_hedge_on_a_quantity_is_kept() -> None:
    sentence = "The mine is exporting practically all of its production."
    assert "practically all" in neutralize(sentence)


def test_adverbs_of_degree_and_frequency_are_kept() -> None:
    sentence = "Temperatures were unseasonably warm and the river periodically floods."
    out = neutralize(sentence)
    assert "unseasonably" in out and "periodically" in out


def test_a_word_inside_a_denial_is_not_removed() -> None:
    sentence = "He is not racist and will make his case on Monday."
    out = neutralize(sentence)
    assert "not racist and will make" in out
    claim = analyze_sentence(sentence).restatement
    assert claim is not None
    assert all(e.rule == "flag" for e in claim.edits if "racist" in e.original)


# --- grammar --------------------------------------------------------------------------


def test_degree_word_goes_with_its_adjective() -> None:
    # "the painter's most famous work" names which work: the rank stays whole (never "the
    # painter's most work"); "a most remarkable speech" is only praise, and goes
    out = neutralize("It is the painter's most famous work.")
    assert out == "It is the painter's most famous work."
    assert neutralize("She gave a most remarkable speech.") == "She gave a speech."


def test_coordinated_adjectives_go_with_their_conjunction() -> None:
    out = neutralize("The interventionist and subservient policy failed in 2003.")
    assert out == "The policy failed in 2003."


def test_a_predicate_is_not_cut_out_of_a_coordination() -> None:
    sentence = "Few of the programs are well tested, many are poorly written and use old code."
    out = neutralize(sentence)
    assert not re.search(r"\bare and\b", out)


_LEAD = "Deputy Minister Sergey Rybakov said the following:\n\n“We need legal guarantees.”\n\n"
_CAMPESE = "Coach David Campese said the team had played badly.\n\n"


def test_speaker_goes_after_an_opening_conjunction() -> None:
    # A scare-quoted phrase in a new paragraph is the author's, not the last speaker's
    # (issue 14); a pronoun subject of a continuing report is named after the "But".
    # ("shameless" is the author's: before the verb, not in what he blamed)
    report = analyze(_CAMPESE + "But he shamelessly blamed the referee for the loss.")
    last = report.claims[-1]
    assert last.text == "But Campese blamed the referee for the loss."
    assert "said that but" not in last.text.lower()
    scare = analyze(_LEAD + "But shameless concessions are “entirely impossible.”")
    assert all("Rybakov said that" not in claim.text for claim in scare.claims)


def test_no_restatement_starts_with_punctuation() -> None:
    out = neutralize("Unfortunately, she missed the deadline by two days.")
    assert out == "She missed the deadline by two days."


def test_a_name_after_said_that_keeps_its_capital() -> None:
    report = analyze(_CAMPESE + "But he shamelessly blamed Treasury officials for the loss.")
    assert report.claims[-1].text == "But Campese blamed Treasury officials for the loss."


def test_a_rhetorical_sneer_is_not_a_neutral_claim() -> None:
    text = "The council closed the library.\n\nWho could possibly believe such nonsense?"
    report = analyze(text)
    question = next(s for s in report.sentences if s.text.endswith("?"))
    claim = next((c for c in report.claims if c.sentence_id == question.id), None)
    assert claim is None or claim.self_check == "failed"
    assert report.digest is not None
    assert question.id not in report.digest.claim_ids


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Rioters set fire to three cars.", "Rioters"),
        ("Extremists attacked the embassy on Friday.", "Extremists"),
    ],
)
def test_no_swap_to_the_other_sides_word(sentence: str, word: str) -> None:
    out = neutralize(sentence)
    assert "protesters" not in out.lower() and "activists" not in out.lower()
    result = analyze_sentence(sentence)
    if result.restatement is not None:
        flags = [e for e in result.restatement.edits if e.rule == "flag"]
        assert any(e.original == word for e in flags)


# --- edits that should happen ---------------------------------------------------------


def test_verdict_adverb_removed_with_a_readable_note() -> None:
    result = analyze_sentence("The senator falsely claimed that the vote was rigged.")
    assert result.restatement is not None
    assert result.restatement.text == "The senator said that the vote was rigged."
    notes = [e.note for e in result.restatement.edits]
    assert "removed ‘falsely’ (the author's verdict on truth)" in notes
    assert all(e.rule for e in result.restatement.edits)  # JSON keeps the rule ids


def test_verb_replacement_inflects_to_its_slot() -> None:
    assert neutralize("The mayor slams the plan.") == "The mayor criticises the plan."


def test_article_agrees_after_a_removal() -> None:
    assert neutralize("It was an outrageous tax rise.") == "It was a tax rise."


# --- the self-check -------------------------------------------------------------------


def test_self_check_finds_what_a_bad_edit_breaks() -> None:
    original = "Officials said 12 people were not hurt in Leeds."
    problems = self_check(original, "Officials said people were hurt in leeds.", [])
    assert any("number" in p for p in problems)
    assert any("negation" in p for p in problems)
    assert any("Leeds" in p for p in problems)
    assert self_check(original, original, []) == []


def test_self_check_finds_dangling_words_and_new_words() -> None:
    original = "The committee approved the new plan."
    assert any("determiner" in p for p in self_check(original, "The committee approved the.", []))
    assert any("neither" in p for p in self_check(original, "The committee adored the plan.", []))
    assert any("capital" in p for p in self_check(original, "the committee approved.", []))


def test_a_failed_restatement_keeps_the_original_and_says_why(monkeypatch) -> None:
    from summarize.perspective import neutral

    monkeypatch.setattr(neutral, "self_check", lambda *a, **k: ["a test problem"])
    sentence = "The senator falsely claimed that the vote was rigged."
    result = analyze_sentence(sentence)
    assert result.restatement is not None
    assert result.restatement.text == sentence
    assert result.restatement.self_check == "failed"
    assert result.restatement.problems == ["a test problem"]
    assert any(e.rule == "flag" and e.original == "falsely" for e in result.restatement.edits)


_NAMES = ["Alice Moreno", "Berlin", "Chen Wei", "Mr Okafor", "NATO", "Ghana"]
_LOADED = ["falsely", "brutal", "regime", "slammed", "shamelessly", "famous", "very", "so-called"]
_NEGATIONS = ["not", "never", "no"]


@st.composite
def sentences(draw) -> str:
    name = draw(st.sampled_from(_NAMES))
    number = draw(st.integers(min_value=2, max_value=9999))
    loaded = draw(st.lists(st.sampled_from(_LOADED), min_size=1, max_size=3))
    negation = draw(st.sampled_from(_NEGATIONS))
    pattern = draw(st.integers(min_value=0, max_value=3))
    a, b = loaded[0], loaded[-1]
    return [
        f"{name} {a} said the {b} plan would {negation} cost {number} jobs.",
        f"The {a} government of {name} did {negation} pay {number} workers, a {b} move.",
        f"In {number}, {name} {a} accused the {b} regime of {negation} telling the truth.",
        f"{name} is {negation} {a} and has {number} {b} supporters.",
    ][pattern]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentences())
def test_restatement_never_drops_a_number_a_name_or_a_negation(sentence: str) -> None:
    out = neutralize(sentence)
    for number in re.findall(r"\d+", sentence):
        assert number in out
    for name in _NAMES:
        if name in sentence:
            assert name in out
    for negation in _NEGATIONS:
        count = len(re.findall(rf"\b{negation}\b", sentence))
        assert len(re.findall(rf"\b{negation}\b", out)) >= count


# --- the digest -----------------------------------------------------------------------


def test_report_digest_lists_neutral_claims_and_top_opinions(seed_text: str) -> None:
    report = analyze(seed_text)
    digest = report.digest
    assert digest is not None and digest.claim_ids and digest.opinion_ids
    claims = {c.sentence_id: c for c in report.claims}
    for sid, text in zip(digest.claim_ids, digest.claim_texts, strict=True):
        # the digest line is the restatement, a bare quotation with its speaker named
        assert text.endswith(claims[sid].text) and claims[sid].self_check == "passed"
        assert "regime" not in text.lower()
    assert "Sleboda said: “It seems specifically timed" in " ".join(digest.claim_texts)
    kinds = {report.sentences[i].kind for i in digest.opinion_ids}
    assert kinds <= {"opinion", "mixed"}
    data = report.to_dict()
    assert set(data["digest"]) >= {"claim_ids", "opinion_ids"}
    again = Report.from_dict(json.loads(json.dumps(data)))
    assert again.digest == digest


def _run(*args: str):
    from summarize.cli import app

    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_summary_neutral_on_the_seed(fmt: str) -> None:
    from tests.conftest import SEED

    result = _run("summary", "--neutral", "-n", "3", "-f", fmt, str(SEED))
    assert result.exit_code == 0, result.output
    if fmt == "json":
        data = json.loads(result.stdout)
        assert len(data["digest"]["claim_ids"]) == 3
    else:
        assert "regime" not in result.stdout.split("The author")[0].lower()
        if fmt == "markdown":
            assert "What happened, without the author" in result.stdout


def test_summary_neutral_on_html(tmp_path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Vote</title></head><body><article>"
        "<p>The council voted 7-2 on Tuesday to close the library.</p>"
        "<p>The mayor falsely claimed the building was unsafe.</p>"
        "<p>Residents said they would appeal.</p></article></body></html>",
        encoding="utf-8",
    )
    result = _run("summary", "--neutral", "-n", "5", str(page))
    assert result.exit_code == 0, result.output
    assert "falsely" not in result.stdout
    assert "7-2" in result.stdout


def test_neutral_belongs_to_summary() -> None:
    from tests.conftest import SEED

    result = _run("claims", "--neutral", str(SEED))
    assert result.exit_code == 2


def test_text_output_has_no_rule_names_or_empty_quotes() -> None:
    from tests.conftest import SEED

    result = _run("claims", "--color", "never", str(SEED))
    assert result.exit_code == 0
    assert "‘’" not in result.stdout and "“”" not in result.stdout
    for rule in ("loaded_label", "truth_verdict", "verdict_aside", "manner_adverb"):
        assert rule not in result.stdout


def test_edit_notes_are_set_on_every_edit(seed_text: str) -> None:
    report = analyze(seed_text)
    edits: list[Edit] = [e for c in report.claims for e in c.edits]
    assert edits and all(e.note for e in edits)


def test_a_noun_slot_takes_a_noun() -> None:
    assert neutralize("Voters heard his lies on Monday.") == "Voters heard his claims on Monday."
    assert "says" not in neutralize("He told lies about the budget in March.")


def test_say_is_not_forced_onto_a_topic() -> None:
    assert neutralize("The mayor lies about the budget.") == "The mayor lies about the budget."
    assert neutralize("The village lies about 20 miles north of Leeds.") == (
        "The village lies about 20 miles north of Leeds."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Investors have snapped up shares in the airline.",  # a phrasal verb
        "The amount of heroin seized on the border rose.",  # a participle, then a place
        "The scam, nicknamed evil twins, poses as a real network.",  # a name given
        "A pilot scheme will start in October.",  # a system of rules
        "The scheme, which will cost 2.4m pounds, was backed by 31 votes.",  # a plan, in UK news
        "The minister said: I do not know. ...",  # untouched text keeps its ellipsis
    ],
)
def test_more_ordinary_senses(sentence: str) -> None:
    assert neutralize(sentence) == sentence


def test_adjective_before_a_word_the_tagger_calls_a_verb() -> None:
    assert neutralize("The team powered on to an impressive win.") == (
        "The team powered on to a win."
    )


def test_quoted_words_stay_the_speakers_even_in_an_unclosed_quote() -> None:
    sentence = '"We have had a good year and are going very nicely in the qualifiers.'
    assert neutralize(sentence) == sentence


def test_a_verb_the_tagger_calls_a_noun_is_still_a_verb() -> None:
    assert neutralize("The agency claims that 10 athletes were banned.") == (
        "The agency says that 10 athletes were banned."
    )
    assert neutralize("For years the ministry has insisted that the system works.") == (
        "For years the ministry has said that the system works."
    )


def test_standard_terms_and_nouns_keep_their_words() -> None:
    assert_unchanged(
        "Police examined suspicious packages sent to the offices.",
        "The firms were abusing their dominant market position.",
        "The public relations offensive drew anger.",
    )


def test_a_euphemism_is_not_a_neutral_word() -> None:
    out = neutralize("Victims of the invasion are still demanding justice.")
    assert "incursion" not in out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She also claimed bias from the referee.", None),  # an object
        ("The report provides far more.", None),  # the comparison and its size stay
        ("Emissions have risen more than ever before.", None),
        ("Two men were lying face down.", None),
        ("It backed the establishment of a civilian oversight body.", None),
        ("Owners cite sincerely held religious beliefs.", None),
        ("Her letter, deeply felt, is worth reading.", None),
        ('Hopefully that can continue next year."', None),  # a quotation closing here
    ],
)
def test_review_sample_failures_stay_fixed(sentence: str, expected: str | None) -> None:
    assert neutralize(sentence) == (expected or sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plan set out to raise employment by encouraging older people to work.", None),
        ("The fund has asked for an extraordinary shareholders meeting.", None),
        (
            "The economy was successful because of it, claimed Mr Brown.",
            "The economy was successful because of it, said Mr Brown.",
        ),
        ("Four men were wrongly convicted of the robbery.", None),
        ("The rules are meant to stunt the growth of small firms.", None),
        (
            "The errors handed the admirable Jan Kowalski 20 points.",
            "The errors handed Jan Kowalski 20 points.",
        ),
        ("The old bridge was blasted to smithereens in the war.", None),
        (
            "It was a costly, slow and gratuitously destructive process.",
            "It was a costly, slow and destructive process.",
        ),
        ("Russia plans to improve its offensive missile forces.", None),
    ],
)
def test_fresh_review_sample_failures_stay_fixed(sentence: str, expected: str | None) -> None:
    assert neutralize(sentence) == (expected or sentence)


def test_a_degree_word_is_never_left_before_a_comparative() -> None:
    assert "so more" not in neutralize("It is so much more restful to know that.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The council has, predictably, made another decision.",
            "The council has made another decision.",
        ),
        ("Deporting them was not a realistic option.", None),  # inside a denial
        ("They do not have a reasonable shot of winning.", None),
        (
            "The senator slams 'crooked' rivals, calls on 'Deep State' officials to act",
            "The senator criticises 'crooked' rivals, calls on 'Deep State' officials to act",
        ),
        ("The meeting was a short but fairly typical exchange.", None),
        ("The group has two songs in the chart, including third-placed Wonderful.", None),
    ],
)
def test_second_fresh_sample_failures_stay_fixed(sentence: str, expected: str | None) -> None:
    assert neutralize(sentence) == (expected or sentence)


@pytest.mark.parametrize(
    ("speaker", "pronoun", "certain"),
    [
        ("Sergey Rybakov", False, True),
        ("Blinken", True, True),  # one word replaces "he" or "she"
        ("Blinken", False, False),  # but is not enough for an added "X said"
        ("Europe", True, False),  # a place is not "he"
        ("ITV Sport", True, False),  # an acronym: an organisation
        ("Lib Dem", True, False),
        ("Arab News", False, False),
        ("Several Senators", False, False),  # not a name
        ("Sri Mulyani Indrawati State Minister", False, False),  # ends in a title
    ],
)
def test_who_a_restatement_may_name(speaker: str, pronoun: bool, certain: bool) -> None:
    from summarize.perspective.attribution import Found
    from summarize.perspective.neutral import _certain

    assert _certain(Found(speaker=speaker), pronoun=pronoun) is certain


def test_speaker_confidence_decides_when_attribution_gives_it() -> None:
    from summarize.perspective.attribution import Found
    from summarize.perspective.neutral import _certain

    assert not _certain(Found(speaker="Sergey Rybakov", confidence=0.4, method="pronoun"))
    assert _certain(Found(speaker="Sergey Rybakov", confidence=0.95, method="named"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("These are jobs more commonly done by volunteers.", None),
        ("Files can be more easily moved between phones.", None),
        (
            "Several critics offered swift, negative reactions on Friday.",
            "Several critics offered negative reactions on Friday.",
        ),
        ("He described making sexually graphic jokes.", None),
        (
            'The report called it "a small port[that] grew into a city".',
            'The report called it "a small port that grew into a city".',
        ),
        ("The update keeps machines safe from malicious computer code.", None),
        (
            "The coach claims the sprinter regularly used drugs.",
            "The coach says the sprinter regularly used drugs.",
        ),
    ],
)
def test_third_fresh_sample_failures_stay_fixed(sentence: str, expected: str | None) -> None:
    assert neutralize(sentence) == (expected or sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Housing is the second-most dominant issue in the city.", None),
        (
            "The system has made it both predictable and inevitable.",
            "The system has made it inevitable.",
        ),
        ("Most respondents rated the service low/very low (12 percent).", None),
        ("The poorly educated children were left behind.", None),
        ("Members believe armed citizens are either extremely or very important.", None),
    ],
)
def test_fourth_fresh_sample_failures_stay_fixed(sentence: str, expected: str | None) -> None:
    assert neutralize(sentence) == (expected or sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The minister, tieless and supremely at ease, took questions.",
            "The minister, tieless and at ease, took questions.",
        ),
        ("It is a loosely organized political movement.", None),
        ("He was trying to negotiate, however gently, with him.", None),
    ],
)
def test_final_sample_failures_stay_fixed(sentence: str, expected: str | None) -> None:
    assert neutralize(sentence) == (expected or sentence)


def test_a_flag_is_described_as_kept_everywhere() -> None:
    from summarize.render import describe_edit

    result = analyze_sentence("Rioters set fire to three cars.")
    assert result.restatement is not None
    flag = next(e for e in result.restatement.edits if e.rule == "flag")
    assert describe_edit(flag) == "kept “Rioters” (flagged)"


def test_a_label_after_a_label_on_a_name_is_no_compound_term() -> None:
    # "regime hardliners" is not a term like "tax regime": both words label the named
    assert neutralize("The Assad regime hardliners rejected the plan.") == (
        "The Assad government officials rejected the plan."
    )
    assert neutralize("A new tax regime hit firms.") == "A new tax regime hit firms."


def test_a_label_is_never_given_a_verb_form() -> None:
    assert "peoples" not in neutralize("The Assad regime thugs fired on crowds.")


def test_a_verb_of_naming_stays() -> None:
    sentence = "The man, dubbed the Night Stalker, was arrested."
    assert neutralize(sentence) == sentence


# --- review sample seed 41: the failures fixed by general rules (sentences written here) ---


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ", of course," goes with both its commas
        (
            "The museum does, of course, keep records of every sale.",
            "The museum does keep records of every sale.",
        ),
        # an adverb after "more" is a comparison: "more" cannot stand alone
        (
            "The tool lets users move a cursor more easily than before.",
            "The tool lets users move a cursor more easily than before.",
        ),
        # "him mocking Senator Jones": a verb with its object, not an adjective
        (
            "A video surfaced of him mocking Senator Jones as a farmer.",
            "A video surfaced of him mocking Senator Jones as a farmer.",
        ),
        # a predicate adjective before a bracket is not attributive
        (
            "Some topics are serious and others are frivolous (sport, mostly).",
            "Some topics are serious and others are frivolous (sport, mostly).",
        ),
        # standard terms: "stumbling block", "speak freely"
        (
            "Funding remains the main stumbling block to the deal.",
            "Funding remains the main stumbling block to the deal.",
        ),
        (
            "Staff asked not to be named so they could speak freely.",
            "Staff asked not to be named so they could speak freely.",
        ),
        # the redraw of seed 41 after those fixes: "self-described" says whose description
        # it is (a hedge); "hostile work environment" is a legal term; a plural label cannot
        # modify a noun
        ("The suspect is a self-described inventor.", "The suspect is a self-described inventor."),
        (
            "The clerk sued in 2015, alleging a hostile work environment.",
            "The clerk sued in 2015, alleging a hostile work environment.",
        ),
        (
            "The bill is backed by establishment Democrats.",
            "The bill is backed by establishment Democrats.",
        ),
    ],
)
def test_review_sample_41_failures(sentence: str, expected: str) -> None:
    assert neutralize(sentence) == expected


# --- review sample seed 43: the failures fixed by general rules (sentences written here) ---


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adjective whose adverb would be left to modify the next word stays, unless
        # the adverb is a degree word that goes with it ("wildly", "much"); "successful"
        # is a reported fact (review seed 2323), and its degree stays with it
        (
            "Dana Cole, a wildly successful baker, spoke first.",
            "Dana Cole, a wildly successful baker, spoke first.",
        ),
        (
            "Dana Cole, a wildly brilliant baker, spoke first.",
            "Dana Cole, a baker, spoke first.",
        ),
        (
            "These largely inconsequential strikes went on for weeks.",
            "These largely inconsequential strikes went on for weeks.",
        ),
        # a noun before a dash is not a modifier of the noun after it
        (
            "The tool helps users find and remove spyware - programs which monitor use.",
            "The tool helps users find and remove spyware - programs which monitor use.",
        ),
        # after "has", the replacement is a participle
        (
            "A coalition of groups has railed against cuts to pensions.",
            "A coalition of groups has criticised cuts to pensions.",
        ),
        # standard terms
        (
            "He said the criminally insane should be freed.",
            "He said the criminally insane should be freed.",
        ),
        (
            "The quarter final pits wild card Ann Lee against Jo Smith.",
            "The quarter final pits wild card Ann Lee against Jo Smith.",
        ),
        ("Its best known brand is a lager.", "Its best known brand is a lager."),
    ],
)
def test_review_sample_43_failures(sentence: str, expected: str) -> None:
    assert neutralize(sentence) == expected


# --- BASIL training spans the restatement kept though it had found them (sentences written here)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a light noun with a relative clause after it says what it was without the adjective
        (
            "The mayor fired the auditor on Friday, a stunning move that came amid an inquiry.",
            "The mayor fired the auditor on Friday, a move that came amid an inquiry.",
        ),
        # without one, the adjective is what the phrase says
        ("He left the meeting in the most unfortunate fashion.", None),
        # a hyphened verdict goes whole
        (
            "The senator's gaffe-prone campaign has alarmed donors.",
            "The senator's campaign has alarmed donors.",
        ),
        # a hyphened kind or content stays
        (
            "The electro-rock group played for an hour.",
            "The electro-rock group played for an hour.",
        ),
        (
            "She sent an expletive-laden message to the editor.",
            "She sent an expletive-laden message to the editor.",
        ),
        # an adverb of how someone acted, in clearly loaded words, goes
        (
            "The senator smugly said that the plan could work.",
            "The senator said that the plan could work.",
        ),
        # adverbs of knowledge and intent state a fact
        (
            "A photographer unwittingly took pictures of the raid.",
            "A photographer unwittingly took pictures of the raid.",
        ),
        (
            "The man deliberately started the fire, police said.",
            "The man deliberately started the fire, police said.",
        ),
    ],
)
def test_found_slant_the_restatement_can_take_out(sentence: str, expected: str | None) -> None:
    restated = neutralize(sentence)
    if expected is None:
        assert "unfortunate" in restated and "fashion" in restated
    else:
        assert restated == expected


# --- verbs of saying and criticism that judge; review sample seed 1 (sentences written here)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb of saying that judges the speaker becomes "said" where "said" fits
        (
            "The senator complained that the bill was rushed.",
            "The senator said that the bill was rushed.",
        ),
        ('"We are ready," the minister bragged.', '"We are ready," the minister said.'),
        ("She grumbled that nobody listened.", "She said that nobody listened."),
        # ... and stays where it does not ("said about" is not English)
        ("Smith complained about the noise.", "Smith complained about the noise."),
        # a verb of criticism that judges becomes the plain verb of criticism
        ("Critics ridiculed the plan on Tuesday.", "Critics criticised the plan on Tuesday."),
        # quoted words stay the speaker's
        (
            'He said voters "complained that nobody listens" in 2019.',
            'He said voters "complained that nobody listens" in 2019.',
        ),
    ],
)
def test_plain_verbs_of_saying_and_criticism(sentence: str, expected: str) -> None:
    assert neutralize(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the clause's verb after an auxiliary is not a modifier
        "The firm had systematically been hiding records of faults.",
        # a bare singular noun after a preposition keeps its adjective: a fixed phrase
        "Eight men have been charged with disorderly conduct.",
        "The plan was damned with faint praise.",
    ],
)
def test_review_sample_1_failures(sentence: str) -> None:
    assert neutralize(sentence) == sentence


def test_a_plain_verb_edit_reads_as_a_person_reads_it() -> None:
    result = analyze_sentence("The senator complained that the bill was rushed.")
    assert result.restatement is not None
    (edit,) = [e for e in result.restatement.edits if e.original != e.replacement]
    # the author's-voice cue for a loaded verb of saying, or the restatement's own
    # reading of the attribution's verb when no cue flags it: either way "said"
    assert edit.replacement == "said"
    assert edit.rule in {"speech_verb", "loaded_speech_verb"}
    assert edit.note.startswith("‘complained’ → ‘said’ (")


def test_an_unchanged_restatement_passes_the_self_check_at_once() -> None:
    # the segmenter can leave a sentence starting with the colon of a title; the author's
    # own punctuation is not a fault of the restatement
    original = ": a guide to saving, was published in 2011 by the senator's office."
    assert self_check(original, original, []) == []
    edited = ": a guide to saving, was published in 2011 by the office."
    assert not any("punctuation" in p for p in self_check(original, edited, []))
    assert any("punctuation" in p for p in self_check("It was published.", ", published.", []))


def test_a_pronoun_after_a_name_in_its_own_sentence_stays() -> None:
    """'he' may refer to the name before it in the sentence, not to the last speaker: the
    restatement does not swap it for a name (review sample seed 73)."""
    report = analyze(
        _CAMPESE + "Fox, an outspoken critic of Campese, started the row when he said "
        "on radio that the team lacked spirit."
    )
    assert report.claims[-1].text == (
        "Fox, a critic of Campese, started the row when he said on radio that the team "
        "lacked spirit."
    )


def test_a_quotation_that_names_its_own_speaker_gets_no_other() -> None:
    """'"…," said Gebrselassie' names its speaker: no earlier speaker is put before it
    (review sample seed 71)."""
    report = analyze(
        _CAMPESE + '"I came here to win," said Gebrselassie after his illustrious win on Sunday.'
    )
    assert report.claims[-1].text == (
        '"I came here to win," said Gebrselassie after his win on Sunday.'
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The senator accused the governor of a so-called “apology tour” abroad.",
            "The senator accused the governor of an “apology tour” abroad.",
        ),
        (
            "In a bold and potentially historic move, the council signed the order.",
            "In a potentially historic move, the council signed the order.",
        ),
    ],
)
def test_an_attributive_word_before_a_quoted_noun_or_a_modified_conjunct_goes(
    sentence: str, expected: str
) -> None:
    assert neutralize(sentence) == expected


def test_a_noun_of_news_metaphor_becomes_the_plain_noun_in_its_number() -> None:
    out = neutralize("The furore over the tirades of the coach grew on Monday.")
    assert out == "The controversy over the attacks of the coach grew on Monday."


def test_a_word_that_names_a_time_is_never_edited() -> None:
    """'pre-election' says when, not how good (review sample seed 88)."""
    sentence = "During the tour he unveiled his party's six pre-election pledges."
    assert neutralize(sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a participle after a noun is a verb with its object (the tagger reads "F-4s" as
        # an adjective): "jets ISIL forces" would lose the action
        "The footage shows Iranian F-4s attacking ISIL forces in Iraq.",
        "The footage shows jets attacking rebel positions near the border.",
        # "so" stands for the adjective: "grateful, so." says nothing
        "I came away feeling grateful, devastatingly so.",
    ],
)
def test_a_word_whose_removal_breaks_the_phrase_stays(sentence: str) -> None:
    """From a review sample (seed 101) of the merged word scorer's edits."""
    out = neutralize(sentence)
    assert "attacking" in out or "devastatingly" in out


def test_a_conjunction_goes_with_its_removed_conjunct_however_the_other_is_tagged() -> None:
    """'blunt' reads as a base verb: 'In blunt and terms' was left (review sample seed 101)."""
    out = neutralize("In blunt and unvarnished terms, the senator lamented the jobs lost.")
    assert " and terms" not in out
    assert out.startswith("In blunt terms") or out.startswith("In terms")


def test_a_participle_before_its_noun_still_goes() -> None:
    # ("flawed" was the example until stop 20's kind model: its loaded score, discounted for
    # plain uses in straight news, fell to 0.243, under the flag cut of 0.25)
    out = neutralize("The deeply discredited report was released on Monday.")
    assert out == "The report was released on Monday."


def test_self_check_problems_come_in_text_order_on_every_run() -> None:
    """The self-check's problems are listed in the order of the text, whatever the
    process's string hashing: the same report on every run (they once came in a set's
    order, which differs between processes)."""
    import os
    import subprocess
    import sys

    code = (
        "from summarize.perspective.neutral import _form_problems as f;"
        "print(f('The dogs, which were loud, ran to their homes and barked, or not.',"
        " 'The dogs, , ran to their and barked, or.'))"
    )
    runs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        runs.add(out.stdout.strip())
    assert len(runs) == 1
    listed = runs.pop()
    assert listed.index("‘,,’") < listed.index("‘their and’") < listed.index("‘or’")


def test_digest_names_the_speaker_of_a_sentence_inside_a_quotation_run() -> None:
    """A quotation over several sentences has its marks on the first and last: the middle
    one, listed alone in the digest, keeps its speaker and its marks."""
    text = (
        "The inspector's report on the county's bridges was published on Monday.\n\n"
        'Chief inspector Maria Alvarez said: "We found cracks in eleven of the forty '
        "bridges we examined. Three of them carry a school bus route every morning. "
        'Repairs should start before the winter."\n\n'
        "The county council will discuss the report on Thursday."
    )
    report = analyze(text, length=5)
    digest = report.digest
    assert digest is not None
    lines = dict(zip(digest.claim_ids, digest.claim_texts, strict=True))
    middle = next(i for i, s in enumerate(report.sentences) if s.text.startswith("Three of"))
    assert report.sentences[middle].speaker == "Maria Alvarez"
    assert lines[middle] == (
        'Alvarez said: "Three of them carry a school bus route every morning."'
    )
    closing = next(i for i, s in enumerate(report.sentences) if s.text.startswith("Repairs"))
    assert lines[closing] == 'Alvarez said: "Repairs should start before the winter."'
    last = next(i for i, s in enumerate(report.sentences) if s.text.startswith("The county"))
    assert lines[last] == report.sentences[last].text  # the author's own: no speaker, no marks


def test_digest_names_a_pronoun_speaker_once() -> None:
    """'"…," she said' lists as '"…," Kowalski said', never as 'Kowalski said: "…," she
    said'; a pronoun inside the quotation stays as it is."""
    text = (
        "Mayor Anne Kowalski defended the budget on Tuesday.\n\n"
        '"We did not have a painless option," she said.\n\n'
        '"She said no to us," he told reporters.\n\n'
        '"It hurts," she told reporters. "But it is needed."'
    )
    report = analyze(text, length=5)
    digest = report.digest
    assert digest is not None
    lines = " | ".join(digest.claim_texts)
    assert '"We did not have a painless option," Kowalski said.' in lines
    assert '"It hurts," Kowalski told reporters.' in lines
    assert "she said." not in lines and 'Kowalski said: "We did not' not in lines
    assert 'Kowalski said: "She said no' not in lines


def test_digest_names_the_pronoun_that_opens_an_indirect_report() -> None:
    """ "He said 2,400 machines had been delivered" lists with the name: out of its
    context the pronoun names no one."""
    text = (
        "Farm minister Lev Strakhov visited the region on Friday.\n\n"
        "He said 2,400 new machines had been delivered since March.\n\n"
        "The harvest reached 14 million tonnes, officials said."
    )
    report = analyze(text, length=5)
    assert report.digest is not None
    lines = " | ".join(report.digest.claim_texts)
    assert "Strakhov said 2,400 new machines had been delivered since March." in lines
    assert "He said 2,400" not in lines


# --- review sample seed 1912 (BBC and BASIL training articles, changed claims only): the
# failures fixed by general rules (sentences written here) ---


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a hyphened word that states a fact (a number first, an award, sales, a rule imposed
        # on oneself) stays
        (
            "Oscar-winning director Ang Lee's new film opens on Friday.",
            "Oscar-winning director Ang Lee's new film opens on Friday.",
        ),
        (
            "The story centres on the eight-year-old boy who finds the map.",
            "The story centres on the eight-year-old boy who finds the map.",
        ),
        (
            "Stephen King, the best-selling novelist, spoke first.",
            "Stephen King, the best-selling novelist, spoke first.",
        ),
        (
            "The team missed a self-imposed deadline in March.",
            "The team missed a self-imposed deadline in March.",
        ),
        # a measurable property or a category stays
        (
            "The party hopes to hold 20 winnable seats.",
            "The party hopes to hold 20 winnable seats.",
        ),
        (
            "The reforms would hit wealthy landlords hardest.",
            "The reforms would hit wealthy landlords hardest.",
        ),
        (
            "The museum is the first cinematic archive to win the prize.",
            "The museum is the first cinematic archive to win the prize.",
        ),
        (
            "The report lists countries with authoritarian governments.",
            "The report lists countries with authoritarian governments.",
        ),
        (
            "The ad was paid for by a neoconservative nonprofit group.",
            "The ad was paid for by a neoconservative nonprofit group.",
        ),
        # a scope word before the adjective would move onto the noun
        (
            "The fans came from one-time prosperous steel towns in the north.",
            "The fans came from one-time prosperous steel towns in the north.",
        ),
        # a comparison, and how much more, is part of the claim
        (
            "Unions are holding out for a far more generous offer.",
            "Unions are holding out for a far more generous offer.",
        ),
        # an -ing verb with its object, or in a list of -ing verbs, is a verb
        (
            "Attacking Nancy Pelosi struck a familiar note for the new year.",
            "Attacking Nancy Pelosi struck a familiar note for the new year.",
        ),
        (
            "Officers are spending more time making arrests, towing cars, impounding vehicles "
            "and chasing fines.",
            "Officers are spending more time making arrests, towing cars, impounding vehicles "
            "and chasing fines.",
        ),
        # two names never run together
        (
            "The shortlist includes war drama Dunkirk and Freddie Mercury biopic Bohemian "
            "Rhapsody.",
            "The shortlist includes war drama Dunkirk and Freddie Mercury biopic Bohemian "
            "Rhapsody.",
        ),
        # a name ending in a common noun keeps its "the"; a club's name loses it
        (
            "She next runs in the prestigious Diamond League on 3 May.",
            "She next runs in the Diamond League on 3 May.",
        ),
        # the comma that listed an adjective goes with it
        (
            "The bill would fast-track sweeping, secretive trade deals through Congress.",
            "The bill would fast-track sweeping trade deals through Congress.",
        ),
        # idioms and hedges
        (
            "Firms that run afoul of the rules face fines.",
            "Firms that run afoul of the rules face fines.",
        ),
        (
            "A judge must step aside if his fairness might reasonably be doubted.",
            "A judge must step aside if his fairness might reasonably be doubted.",
        ),
        # a verb and its preposition of criticism become the plain verb, in its tense
        (
            "The union lashed out at the board for cutting wages.",
            "The union criticised the board for cutting wages.",
        ),
        (
            "The senator railed against the plan on Tuesday.",
            "The senator criticised the plan on Tuesday.",
        ),
    ],
)
def test_review_sample_1912_failures(sentence: str, expected: str) -> None:
    assert neutralize(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # seen in the redraw of seed 1912 after the fixes above (sentences written here)
        "He scored minutes later - in the most bizarre fashion - as the ball hit the post.",
        "Protesters blocked roads with slow-moving convoys after the tax rise.",
        "The prop is a favourite on his top-rated show.",
        "The suit says the law breaks the Constitution's supremacy clause.",
        "The rules let funds lie to investors about fees.",
    ],
)
def test_review_sample_1912_redraw_failures(sentence: str) -> None:
    # each of these was edited by main and broke or lost a fact; the words stay
    assert neutralize(sentence) == sentence


# --- words the detection did not flag that the restatement's tables name with a plain word
# (neutral.toml plain_verbs, plain_phrasal, force_adverbs; sentences written here) ---


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "She doubled down on her criticism of the nominee.",
            "She reaffirmed her criticism of the nominee.",
        ),
        ("He took a swipe at the president on Tuesday.", "He criticised the president on Tuesday."),
        (
            "The minister sharply criticised the plan on Monday.",
            "The minister criticised the plan on Monday.",
        ),
        (
            "Clinton on Wednesday vigorously defended her record.",
            "Clinton on Wednesday defended her record.",
        ),
        # an adverb of force elsewhere states how much: it stays
        ("Prices fell sharply on Monday.", "Prices fell sharply on Monday."),
        # literal senses and an act named after a preposition stay
        (
            "The building was gutted by fire last night.",
            "The building was gutted by fire last night.",
        ),
        ("He accused the firm of lying.", "He accused the firm of lying."),
        (
            "Citizens are complaining of high water charges.",
            "Citizens are complaining of high water charges.",
        ),
    ],
)
def test_table_words_without_a_cue(sentence: str, expected: str) -> None:
    assert neutralize(sentence) == expected


# --- review sample seed 2031 (BBC and BASIL training articles, changed claims only, drawn after
# the fixes of seed 1912): the failures fixed by general rules (sentences written here; each
# fails on main) ---


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The club left Jones out in the cold and forced him to sign with a rival.",
            "The club left Jones out in the cold and forced him to sign with a rival.",
        ),
        (
            "The lawyer asked the court for new evidence to be admitted.",
            "The lawyer asked the court for new evidence to be admitted.",
        ),
        (
            "Ten men were held variously for assault, theft and fraud.",
            "Ten men were held variously for assault, theft and fraud.",
        ),
        (
            "Low-budget film Sideways has grossed about $45m.",
            "Low-budget film Sideways has grossed about $45m.",
        ),
        (
            "Worst offenders will be those aged 18 to 35, the research suggests.",
            "Worst offenders will be those aged 18 to 35, the research suggests.",
        ),
        (
            "Marketing films has become a multi-million dollar industry.",
            "Marketing films has become a multi-million dollar industry.",
        ),
        (
            "He spoke of his love for novelist Ayn Rand.",
            "He spoke of his love for novelist Ayn Rand.",
        ),
        (
            "The White House disputed Republican claims that the talks were illegal.",
            "The White House disputed Republican claims that the talks were illegal.",
        ),
        (
            "He had read the documents thoroughly and had understood the consequences.",
            "He had read the documents and had understood the consequences.",
        ),
        (
            "Her eyes are open wide - very, very wide - and focused on the camera.",
            "Her eyes are open wide - very, very wide - and focused on the camera.",
        ),
        (
            "American influence remains a benevolent force, Rubio said.",
            "American influence remains a benevolent force, Rubio said.",
        ),
        (
            "The weapons made it a dangerous environment for diplomats.",
            "The weapons made it a dangerous environment for diplomats.",
        ),
    ],
)
def test_review_sample_2031_failures(sentence: str, expected: str) -> None:
    assert neutralize(sentence) == expected


# --- review sample seed 3001 (fresh, after the fixes of seed 2031): the failures fixed by
# general rules (sentences written here; each fails on main) ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 45 million children will die needlessly before 2015, Oxfam says in a report.",
        "It raised millions of dollars for African famine relief.",
        "Infected sites started randomly searching for other websites.",
        "Victims often fail to notice until they receive an unusually high bill.",
        "The files come from sites offering illegal MP3s and pirated software.",
        "The band is known for its hardcore brand of rock.",
        "The firm hopes to stop malicious hackers and virus writers.",
    ],
)
def test_review_sample_3001_failures(sentence: str) -> None:
    assert neutralize(sentence) == sentence


def test_a_possessive_is_never_written_in_for_a_pronoun() -> None:
    report = analyze(
        "The vote came after a long debate in the Senate on Friday. It drew New Jersey Sen. "
        "Bob Menendez's response on Saturday. He bluntly accused Trump of forcing a pointless "
        "shutdown to pay for the wall."
    )
    texts = [c.text for c in report.claims]
    assert not any("Menendez's accused" in t for t in texts)


def test_hyphened_praise_that_names_no_fact_stays_editable() -> None:
    # "Oscar-winning" names a prize (a fact); "award-winning" names none (neutral.toml
    # vague_compounds), and the detection's praise edit still applies to it
    assert neutralize("The Oscar-winning director spoke.") == "The Oscar-winning director spoke."
    assert neutralize("She is an award-winning author.") == "She is an author."


# --- review sample seed 4242 (fresh, after the fixes of seed 3001): the failures fixed by
# general rules (sentences written here; each fails on main) ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Music downloading can be a costly business.",
        "Here are the oddest queries of 2004 - spelling errors left untouched - and their answers:",
        "Graphically the game is a convincing evocation of speed.",
        "2004 won't be remembered as one of Irish athletics' great years.",
        "The firm mailed thousands of fake dossiers to critics.",
        "Lawyers asked if televangelist Pat Robertson prayed for him.",
        "Twelve officers are accused of hacking emails from the campaign.",
        "The bureau is one of Washington's few apolitical institutions.",
        "The House refused to allow him to negotiate the deal freely.",
        "Changes were made over accuracy and other bureaucratic matters.",
    ],
)
def test_review_sample_4242_failures(sentence: str) -> None:
    assert neutralize(sentence) == sentence


# --- review sample seed 5151 (fresh, after the fixes of seed 4242; sentences written here) ---


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In September it won the prestigious Mercury Music Prize.",
            "In September it won the Mercury Music Prize.",
        ),
        (
            "The console is likely to be the first mass-market product to use the chip.",
            "The console is likely to be the first mass-market product to use the chip.",
        ),
        (
            "Sci-fi shooter Doom 3 won the top award at the ceremony.",
            "Sci-fi shooter Doom 3 won the top award at the ceremony.",
        ),
        (
            "The hearing veered into veiled accusations against the White House.",
            "The hearing veered into veiled accusations against the White House.",
        ),
    ],
)
def test_review_sample_5151_failures(sentence: str, expected: str) -> None:
    assert neutralize(sentence) == expected


# --- review sample seed 6262 (fresh, after the fixes of seed 5151): the failures fixed by
# general rules (sentences written here; each fails on main) ---


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "As part of the clamp-down on rogue diallers, firms must meet strict rules.",
            "As part of the clamp-down on rogue diallers, firms must meet strict rules.",
        ),
        (
            "Net use in China was still very much an urban phenomenon.",
            "Net use in China was still an urban phenomenon.",
        ),
        ("Hijacked computers are known as zombies.", "Hijacked computers are known as zombies."),
        (
            "The studio's historical epic Alexander has failed at the box office.",
            "The studio's historical epic Alexander has failed at the box office.",
        ),
        (
            "He used the money to buy items like stuffed animals and fur capes.",
            "He used the money to buy items like stuffed animals and fur capes.",
        ),
        (
            "The photo shows the blue-eyed candidate against a dark blue background.",
            "The photo shows the blue-eyed candidate against a dark blue background.",
        ),
        (
            "They called the meeting because he failed to clearly explain the law.",
            "They called the meeting because he failed to clearly explain the law.",
        ),
        (
            "He ran the campaign for a successful bid for governor in 2004.",
            "He ran the campaign for a successful bid for governor in 2004.",
        ),
    ],
)
def test_review_sample_6262_failures(sentence: str, expected: str) -> None:
    assert neutralize(sentence) == expected


# --- review sample seed 7373 (fresh, after the fixes of seed 6262): the failures fixed by
# general rules (sentences written here; each fails on main) ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Perhaps surprisingly, opinions about file-sharing were diverse.",
        "According to bookmaker Ladbrokes, he was the favourite to leave.",
        "In the sitcom category, dark comedy Nighty Night is nominated.",
        "The court ruled it was not unlawful for police to forcibly turn protesters away.",
        "Accepting his best dramatic actor prize, he thanked the director.",
        "The cash raised will go towards the UK's nuclear clean-up programme.",
        "These massively multi-player online games have a large economy.",
        "She faces allegations of harassment, misconduct and inappropriate behavior.",
        "The men have a filial connection through their daughters.",
        "In February he feigned ignorance in an interview.",
        "Bloomberg favorably compared his own achievements with those of Trump.",
    ],
)
def test_review_sample_7373_failures(sentence: str) -> None:
    assert neutralize(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Repeated calls for reform have fallen on deaf ears at the ministry.", "deaf ears"),
        ("The governor poured cold water on those suggestions on Friday.", "cold water"),
        ("Small firms say red tape costs them two days a month.", "red tape"),
        ("Congress on Wednesday overwhelmingly rejected the president's veto.", "overwhelmingly"),
        ("The measure narrowly passed the state senate on Tuesday.", "narrowly"),
        ("The bill passed with an overwhelming majority in the lower house.", "overwhelming"),
        ("Republicans welcomed the group's apparent reversal on the measure.", "apparent"),
    ],
)
def test_idioms_margins_and_hedges_stay_whole(sentence: str, kept: str) -> None:
    """An idiom says its plain thing only whole; the size of a vote is a fact of the count;
    'apparent' limits the claim. None of them is edited."""
    assert kept in neutralize(sentence)


def test_force_without_a_vote_still_goes() -> None:
    """The margin words stay only as the size of a vote: elsewhere they are force."""
    out = neutralize("The crowd gave an overwhelmingly hostile reception to the minister.")
    assert "overwhelmingly" not in out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Patrick reportedly bristled at his public pursuit of the job.", "objected to his"),
        ("Unions have balked at the proposed cuts.", "have objected to the proposed cuts"),
        ("The firm is bristling at the new rules.", "is objecting to the new rules"),
    ],
)
def test_a_phrasal_verb_takes_a_plain_verb_with_its_own_preposition(
    sentence: str, expected: str
) -> None:
    """'bristled at' is 'objected to', not 'objected at': the plain verb brings its
    preposition, and its verb takes the tense."""
    assert expected in neutralize(sentence)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The defendant, who speaks fluent Hebrew, was questioned for hours.", "fluent"),
        ("Children gain an absolute right to the money at age 18.", "absolute right"),
        ("The party won an absolute majority in the new parliament.", "absolute majority"),
    ],
)
def test_a_skill_and_a_legal_term_are_descriptions(sentence: str, kept: str) -> None:
    assert kept in neutralize(sentence)


def test_an_adjective_after_a_linking_verb_is_the_predicate_and_stays() -> None:
    """'is still proving elusive and …': without 'elusive' the sentence runs two clauses
    into one ('is still proving Ifo president … said')."""
    out = neutralize(
        "Growth is still proving elusive and Kestra president Jonas Wehl said the outlook was weak."
    )
    assert "proving elusive and" in out


def test_a_label_between_a_noun_and_a_name_is_kept_and_flagged() -> None:
    """'Beer magnate Rajan Kohli' without 'magnate' is 'Beer Rajan Kohli'."""
    analysis = analyze_sentence("Beer magnate Rajan Kohli bought the team in 2008.")
    assert analysis.restatement is not None
    assert "Beer magnate Rajan Kohli" in analysis.restatement.text
    assert "Beer Rajan" not in analysis.restatement.text


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("He has pleaded guilty to those lies, his lawyer said.", "those lies"),
        ("She was charged with lying to investigators last year.", "lying to investigators"),
        ("Prosecutors say he tried to pressure other witnesses to lie.", "witnesses to lie"),
    ],
)
def test_an_offence_charged_and_a_bare_verb_keep_their_word(sentence: str, kept: str) -> None:
    """A verdict word that names the offence of a charge or plea is reported, and 'to lie.'
    has no plain verb of saying that stands without its words ('to claim.')."""
    assert kept in neutralize(sentence)


def test_a_lie_in_the_authors_voice_is_still_restated() -> None:
    assert neutralize("The senator lied that the vote was rigged.") == (
        "The senator said that the vote was rigged."
    )


def test_an_optional_plural_in_a_quotation_stays() -> None:
    """'a copy of the email(s)' means one or more: the round brackets are the speaker's
    hedge, not the author's change to the quoted word (those are square)."""
    text = 'The group wrote: "We want a copy of the email(s) cited in the report."'
    assert "email(s)" in neutralize(text)


def test_the_last_sentence_of_a_curly_quotation_run_gets_its_own_opening_mark() -> None:
    """A digest line (or a restatement that names the speaker) for the sentence that closes
    a quotation it did not open gets the opening mark of the same kind."""
    text = (
        "The council published its budget on Monday. Treasurer Ana Lopes said: “We have "
        "cut spending on roads. The savings go to the three libraries.”\n\n"
        "The vote is on Friday."
    )
    report = analyze(text, length=5)
    digest = report.digest
    assert digest is not None
    line = next(t for t in digest.claim_texts if "savings" in t)
    assert "“The savings go to the three libraries.”" in line
    assert '"' not in line


def test_an_opening_phrase_of_pure_framing_goes_whole() -> None:
    """'In a reckless move, …' without its judgement is 'In a move, …', which says nothing:
    the whole opening phrase goes, and the sentence starts with its subject."""
    out = neutralize("In a reckless move, the county board rammed through a $3 toll on Tuesday.")
    assert out.startswith("The county board")
    assert "move" not in out
    assert "in the most unfortunate fashion" in neutralize(
        "The council acted in the most unfortunate fashion on Monday."
    )


def test_a_legal_status_describes_goods_but_judges_a_states_act() -> None:
    """'illegal drugs' is a description; 'the illegal sanctions' in the author's voice is
    one side's charge in a dispute between states, and goes."""
    assert "illegal drugs" in neutralize("Police seized illegal drugs worth 2 million pounds.")
    # (in a sentence that also judges: a word only the table flags stays in a plain report)
    out = neutralize(
        "Steel output doubled despite the illegal sanctions that Western powers shamefully "
        "imposed last year."
    )
    assert "illegal" not in out and "the sanctions that" in out


def test_an_example_marker_and_a_label_after_an_acronym_stay() -> None:
    """'Several jurisdictions, notably California, …' without 'notably' makes the example an
    apposition; 'US tycoon X' without 'tycoon' leaves 'US X'."""
    out = neutralize("Several jurisdictions, notably the state of California, mandate the tests.")
    assert "notably the state of California" in out
    out = neutralize("The club was sold to US tycoon Malcolm Glazer in 2005.")
    assert "US Malcolm" not in out
    assert neutralize("The minister, notably, did not attend.") == "The minister did not attend."


def test_a_light_nouns_plural_names_things_and_loses_the_judgement() -> None:
    """'in a brutal fashion' keeps its adjective (the noun says nothing alone), but the
    plurals name things: 'our valiant armed forces' are troops, 'impressive figures' numbers."""
    out = neutralize("Thanks to the vigilance of our valiant armed forces, the border is calm.")
    assert "valiant" not in out and "our armed forces" in out
    assert "dangerous environment" in neutralize("He made it a dangerous environment for staff.")


def test_a_word_flagged_as_a_label_but_used_as_a_verb_keeps_the_tense() -> None:
    """'Some grumbled that …' is a past report; its plain verb is 'said', not 'say'."""
    assert neutralize("Some grumbled that the campaign had ousted the leader.").startswith(
        "Some said that"
    )


def test_a_compound_of_names_is_a_description() -> None:
    """'Anglo-Dutch' says where a company is from, not what the writer thinks of it."""
    out = neutralize("Anglo-Dutch consumer goods giant Unilever reported higher profits.")
    assert out.startswith("Anglo-Dutch")


# --- stop 20: the fourth review (train, seed 5151) ------------------------------------


def test_regime_without_a_ruler_is_a_system_of_rules() -> None:
    # "regime" judges only a government: with no ruler, state or adjective of rule it is a
    # system of rules and stays (neutral.toml ruler_adjectives, ruler_context)
    assert neutralize("A new regime that lets rival firms share the network starts soon.") == (
        "A new regime that lets rival firms share the network starts soon."
    )
    assert neutralize("Under the stricter regime, shops must close at ten.") == (
        "Under the stricter regime, shops must close at ten."
    )
    # a ruler named before or after it, a possessive, a plural or a word of state: a government
    assert (
        neutralize("The Assad regime bombed the town.") == "The Assad government bombed the town."
    )
    assert (
        neutralize("Moscow's regime jailed the editor.") == "Moscow's government jailed the editor."
    )
    assert neutralize("The regime in Tehran denied it.") == "The government in Tehran denied it."
    assert "regime" not in neutralize("The regime sent troops to the border.")


def test_a_title_before_a_name_keeps_its_noun_after_an_adjective() -> None:
    # removing "horror" from "the gothic horror Dracula" left "the gothic Dracula": the
    # adjective before it would land on the name
    out = neutralize("The gothic horror Dracula topped the charts in May.")
    assert "gothic horror Dracula" in out


def test_an_adjective_that_is_the_whole_predicate_is_kept() -> None:
    # "she's a terrible choice" -> "she's a choice" says nothing: kept (and flagged)
    out = neutralize("Most members agreed that she's a terrible choice.")
    assert "terrible choice" in out
    # a noun that says something of its own keeps the edit: she is an author
    assert neutralize("She is an award-winning author.") == "She is an author."
    # a phrase after the noun ("for the government") leaves the predicate as empty
    assert "strange week" in neutralize("It was a strange week for the government.")
    assert "terrible choice" in neutralize("Critics said he was a terrible choice for the job.")
    # a role whose adjective is the claim, after "be" or after "making her"
    assert "formidable opponent" in neutralize("She is a formidable opponent.")
    assert "powerful ally" in neutralize("Her votes are many, making her a powerful ally.")
    # the same words outside a predicate go
    assert neutralize("He met a formidable opponent in the final.") == (
        "He met an opponent in the final."
    )


def test_an_adverb_of_comparison_is_not_a_judgement() -> None:
    # "… should act differently" is not "… should act"
    out = neutralize(
        "Several members backed the plan, even as they said the council should act differently."
    )
    assert out.endswith("act differently.")


def test_sense_of_a_replacement_verb_depends_on_its_object() -> None:
    # a share price or a region cannot be criticised, nor rain launched: kept (and flagged)
    assert "criticised" not in neutralize("The profit warning hammered its share price on Monday.")
    assert "launched" not in neutralize("The storm unleashed heavy rain across the region.")
    # people and acts still take the plain verb
    assert neutralize("The company hammered its rivals in a statement.") == (
        "The company criticised its rivals in a statement."
    )
    assert neutralize("The army unleashed a wave of air strikes on the city.") == (
        "The army launched a wave of air strikes on the city."
    )


def test_a_noun_after_a_determiner_and_adverb_takes_a_plain_noun() -> None:
    # "a now familiar rant": a noun, however the word-only tagging reads it
    assert neutralize("He delivered a now familiar rant about the media.") == (
        "He delivered a now familiar attack about the media."
    )
    # "say" needs what was said: at the end of a clause with none, the verb stays
    assert "often say" not in neutralize("Critics say they often rant.")
    assert neutralize("“It is a disgrace,” he ranted.") == "“It is a disgrace,” he said."


def test_so_called_before_a_common_noun_is_kept() -> None:
    # removing it would state the label it doubts as fact
    assert "so-called charity" in neutralize(
        "The group is a so-called charity that funds the militia."
    )
    # before a name the name stays, and the removal is safe
    assert "so-called" not in neutralize("Protections for the so-called DREAMers expired.")


def test_facts_and_terms_in_the_review_of_bbc_training_claims_stay() -> None:
    assert_unchanged(
        "The Oscar went to writer-director Jane Roe for the film.",
        "The band's eponymous album rose to number two.",
        "Chart-topping band The Tins will tour in May.",
        "He was charged with assault with a deadly weapon.",
        "The next version, codenamed Vista, is due in 2006.",
        "She played a con artist in the film.",
        "Federer is the hot favourite for the title.",
    )


def test_an_adjective_that_measures_its_noun_stays() -> None:
    # "deadly" before an attack, "weak" before a currency: a measure (neutral.toml [measured])
    assert_unchanged(
        "The bombing was the latest in a series of deadly attacks on the city.",
        "A weak dollar helped exporters last year.",
        "The firm sells powerful servers to banks.",
    )
    # figures that fall short or that many people back (a review of development claims)
    assert_unchanged(
        "Weak figures from the retail sector pushed the pound lower.",
        "The company blamed disappointing sales for the loss.",
        "The popular view is that the bank will cut rates.",
    )
    # before another noun the same word judges, and goes
    # (in a sentence that judges: a word only the table flags stays in a plain report)
    assert neutralize("Predictably, he made a weak argument in court.") == (
        "He made an argument in court."
    )
    assert "popular leader" not in neutralize("The popular leader was a disastrous choice.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a flaw or a loophole is exploited in the plain technical sense: the verb stays
        (
            "Attackers exploited a flaw in the browser.",
            "Attackers exploited a flaw in the browser.",
        ),
        (
            "The loopholes can be exploited by criminals.",
            "The loopholes can be exploited by criminals.",
        ),
        (
            "A flaw in the router was exploited by hackers.",
            "A flaw in the router was exploited by hackers.",
        ),
        # people and feelings are exploited in the loaded sense: the plain verb
        ("The gang exploited migrant workers.", "The gang used migrant workers."),
        ("He exploited the fears of voters.", "He used the fears of voters."),
        # a massacre is many killings, a rant or a tirade a long attack in words, not one remark
        ("The massacre shocked the town.", "The mass killing shocked the town."),
        ("The massacres were investigated.", "The mass killings were investigated."),
        (
            "Her tirade against the press lasted an hour.",
            "Her attack against the press lasted an hour.",
        ),
    ],
)
def test_a_replacement_keeps_the_sense_and_the_size(sentence: str, expected: str) -> None:
    assert neutralize(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a describing word only the word table reads as judging, in a sentence that reports
        "Nearby, a thick line of cameras was assembled in the driveway.",
        "The agency hired untrained interrogators in 2003.",
    ],
)
def test_a_table_adjective_in_a_report_is_left_as_written(sentence: str) -> None:
    report = analyze(sentence, length=1)
    assert report.sentences[0].kind == "claim"
    assert report.claims[0].text == sentence


def test_a_listed_judging_word_in_a_report_still_goes() -> None:
    """Control: a word the lexicon lists as judging is removed from a report."""
    assert neutralize("The agency hired incompetent interrogators in 2003.") == (
        "The agency hired interrogators in 2003."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb in -ed after "that"/"which" following a noun opens a relative clause
        "Democrats avoided the internal revolts that upended Republicans for years.",
        # a season is all that "to be a … summer" says without its adjective
        "The shows will open what promises to be a memorable summer for music fans.",
    ],
)
def test_a_relative_clauses_verb_and_a_seasons_word_stay(sentence: str) -> None:
    assert neutralize(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # what a named holder's assertion holds is theirs: their label stays
        (
            "The case became a symbol of the senator's unfounded assertions that a deep state "
            "of officials was working against him.",
            "deep state",
        ),
        ("Critics rejected their argument that the regime had changed.", "regime"),
    ],
)
def test_the_content_of_someones_assertion_keeps_their_words(sentence: str, kept: str) -> None:
    out = neutralize(sentence)
    assert kept in out
    assert "unfounded" not in out  # the author's verdict on the assertion still goes


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # by how much a quantity changed is part of the claim
        ("Prices have risen dramatically since May.", None),
        ("The number of cases sharply increased last year.", None),
        ("Shamefully, the council ignored a dramatic rise in rents last year.", None),
        # controls: the same adverb on another verb, a judging adverb on a change
        ("The team dramatically won the final.", "The team won the final."),
        ("Predictably, prices rose.", "Prices rose."),
    ],
)
def test_the_size_of_a_change_stays(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


def test_an_end_of_the_spectrum_is_not_swapped_for_a_wider_label() -> None:
    # "right-wing" names a larger group than "far-right": the news term stays
    assert neutralize("The far-right party won 12 seats.") == "The far-right party won 12 seats."
    assert neutralize("Far-left groups marched in Paris.") == "Far-left groups marched in Paris."


def test_the_outcome_of_an_attempt_is_measured_over_its_modifiers() -> None:
    # "successful" before "bid", over a party name between them: the outcome, a fact
    from summarize.perspective import neutral

    heads = neutral._data().measured["successful"]
    tagged = neutral._Tagged("He ran her successful Labour bid for mayor.", 0)
    assert neutral._measured_head(tagged, tagged.lower.index("successful"), heads) == "bid"
    tagged = neutral._Tagged("He gave a successful speech to the party.", 0)
    assert neutral._measured_head(tagged, tagged.lower.index("successful"), heads) == ""


def test_a_noun_of_amount_in_heat_goes_with_its_of() -> None:
    # "a torrent of abuse" -> "abuse": the noun after "of" says what there was
    from summarize.perspective import neutral

    assert "torrent" in neutral._data().amount_metaphors
    tagged = neutral._Tagged("The mayor now faces a torrent of abuse online.", 0)
    i = tagged.lower.index("torrent")
    cue = neutral.Cue(
        start=tagged.tokens[i][0],
        end=tagged.tokens[i][1],
        text="torrent",
        type="loaded_label",
        explanation="",
    )
    span = neutral._metaphor_of(cue, tagged, i, i)
    assert span is not None and tagged.text[span[0] : span[1]] == "a torrent of "
    # a noun not of amount, or a verb that agreed with the label: left alone
    tagged = neutral._Tagged("There was a torrent of abuse online.", 0)
    i = tagged.lower.index("torrent")
    cue = neutral.Cue(
        start=tagged.tokens[i][0],
        end=tagged.tokens[i][1],
        text="torrent",
        type="loaded_label",
        explanation="",
    )
    assert neutral._metaphor_of(cue, tagged, i, i) is None


def _word_cue(text: str, word: str, kind: str = "evaluative"):
    """The tagged sentence, a cue on ``word`` of type ``kind``, and the word's index."""
    from summarize.perspective import neutral

    tagged = neutral._Tagged(text, 0)
    i = tagged.words.index(word)
    start, end = tagged.tokens[i][0], tagged.tokens[i][1]
    cue = neutral.Cue(start=start, end=end, text=word, type=kind, explanation="")
    return tagged, cue, i


def test_the_sixth_review_causes_keep_the_claim() -> None:
    # train review seed 8282: each cause on a sentence written here
    from summarize.perspective import neutral

    # an adverb of manner on a denied verb: "did not perform" is another claim
    tagged, cue, _ = _word_cue("The film did not perform strongly at the box office.", "strongly")
    assert neutral._removal(cue, tagged, set()) == neutral._KEPT_NEGATION  # the reason shown
    tagged, cue, _ = _word_cue("The film was strongly marketed in the summer.", "strongly")
    assert not isinstance(neutral._removal(cue, tagged, set()), str)
    # (on a verb of performance the adverb is the claim: "performed strongly", seed 8585)
    tagged, cue, _ = _word_cue("The film performed strongly at the box office.", "strongly")
    assert neutral._removal(cue, tagged, set()) == neutral._KEPT_NOT_FORCE
    # a comparative is the claim: "a calmer debate" is not "a debate"
    tagged, cue, _ = _word_cue("He called for a calmer debate on the bill.", "calmer")
    assert neutral._removal(cue, tagged, set()) == neutral._KEPT_COMPARISON
    # "nine of the popular X films": the part of a whole keeps its "the"
    tagged, cue, _ = _word_cue("She starred in nine of the popular Carry On films.", "popular")
    span = neutral._removal(cue, tagged, set())
    assert not isinstance(span, str) and tagged.text[span[0] : span[1]].strip() == "popular"
    # a count before the adjective of an empty predicate: "they were 2 years" says nothing
    tagged, cue, i = _word_cue("They were 2 wonderful years and I miss them.", "wonderful")
    assert neutral._whole_predicate(tagged, [i])
    # a list entry with no verb: its capitalised words are a title
    tagged, cue, _ = _word_cue(
        "- Outstanding achievement in opera - The Royal Ballet", "Outstanding"
    )
    assert "title" in neutral._plain_sense(cue, tagged)
    # a field of an argument is a description
    tagged, cue, _ = _word_cue("He spoke about the biblical arguments against it.", "biblical")
    assert "description" in neutral._plain_sense(cue, tagged)
    # "pounced on" is not "responded on"
    tagged, cue, i = _word_cue("Novo pounced on a loose ball in the box.", "pounced", "loaded_verb")
    assert neutral._fit("responded", cue, tagged, [i]) == ""


def test_the_seventh_review_causes_keep_the_claim() -> None:
    # train review seed 9393: each cause on a sentence written here
    from summarize.perspective import neutral

    # "a lowly 38" -> "38": the article goes with the adjective before a closing number
    tagged, cue, _ = _word_cue("The band ended up at a lowly 38 in the chart.", "lowly")
    span = neutral._removal(cue, tagged, set())
    assert not isinstance(span, str) and tagged.text[span[0] : span[1]].strip() == "a lowly"
    # but "a 3-1 lead" keeps its article: the number is not the end of the phrase
    tagged, cue, _ = _word_cue(
        "It gave the hosts an unassailable 3-1 lead over them.", "unassailable"
    )
    span = neutral._removal(cue, tagged, set())
    assert isinstance(span, str) or "an" not in tagged.text[span[0] : span[1]].split()
    # "the Hollywood Walk of Fame" keeps its "the" whatever the tagging reads "Walk" as
    tagged = neutral._Tagged("He got a star on the famous Hollywood Walk of Fame.", 0)
    assert neutral._takes_the(tagged, tagged.words.index("Hollywood"))
    # "some of the most ardent X": the superlative picks which X
    tagged, cue, _ = _word_cue("Even some of the most ardent critics agree.", "ardent")
    assert neutral._removal(cue, tagged, set()) == neutral._KEPT_RANK
    # a genre is a description
    tagged, cue, _ = _word_cue("His next film is a supernatural thriller.", "supernatural")
    assert "description" in neutral._plain_sense(cue, tagged)


def test_a_loaded_verb_in_its_verb_sense_is_still_replaced() -> None:
    """'crushing debt' describes the debt; 'are crushing the protests' is the act."""
    assert "suppressing the protests" in neutralize("Police are crushing the protests.")
    assert "suppressing the protests" in neutralize("Troops moved in, crushing the protests.")


def test_the_singular_big_lie_is_a_claim_like_its_plural() -> None:
    """'big lies' was in the lexicon, its singular was not; in reported speech it stays."""
    assert neutralize("The minister repeated the big lie about the border.") == (
        "The minister repeated the claim about the border."
    )
    said = "Critics say the minister repeated a big lie about the border."
    assert neutralize(said) == said


def test_a_passive_participle_checks_its_sense_on_the_noun_before_it() -> None:
    """'launch' takes an act or a product: before 'by', the thing launched stands before."""
    kept = "The uncertainty unleashed by the scandal has prompted agencies to act."
    assert neutralize(kept) == kept
    assert neutralize("The attacks unleashed by the rebels killed ten people.") == (
        "The attacks launched by the rebels killed ten people."
    )


def test_took_replaces_grabbed_only_for_what_is_held() -> None:
    # "grabbed the student by the arm" is no taking; power and gold are taken
    assert "grabbed the student" in neutralize("He grabbed the student by the arm.")
    assert neutralize("The general grabbed power in 1999.") == "The general took power in 1999."
    # a past with its object after a plural noun is a past, not a participle
    assert neutralize("Soldiers looted gold from the palace.") == (
        "Soldiers took gold from the palace."
    )


def test_a_participle_with_its_object_is_a_verb_and_stays() -> None:
    # removing it would leave two noun phrases side by side (a review of training claims)
    assert_unchanged(
        "Patches stop worms, viruses and other threats penetrating PCs.",
        "Rebels attacked the town, terrorising residents.",
        "He said the presenter would have seen the funny side.",
    )
    # before its noun after a determiner it is a modifier, and goes
    assert neutralize("A terrifying storm hit the coast.") == "A storm hit the coast."


def test_facts_in_a_review_of_development_claims_stay() -> None:
    # an unsettled complaint, a court's finding, where output comes from, "at" + "all"
    assert_unchanged(
        "However, the firm still has an outstanding complaint against the bank.",
        "The tribunal decided that she had been unfairly dismissed.",
        "Venezuela will strengthen its indigenous industrial output.",
        "The government will audit payrolls at all other ministries.",
        "Staff at all levels were consulted.",
    )
    # the same words as praise or force still go
    assert neutralize("He gave an outstanding performance in the final.") == (
        "He gave a performance in the final."
    )
    assert neutralize("He did not help at all.") == "He did not help."


def test_the_words_the_restatement_takes_out_are_cues_of_the_report() -> None:
    """A verb with its preposition, a noun of news metaphor and an adverb of force that the
    restatement's tables replace show as cues too, after the kind is decided."""
    report = analyze(
        "Senator Jane Hale took a swipe at the governor on Monday. "
        "The plan caused an uproar in the capital. The mayor sharply criticised the council.",
        length=1,
    )
    found = [[(c.text, c.type) for c in s.cues if c.weight == 0.0] for s in report.sentences]
    assert ("took a swipe at", "loaded_verb") in found[0]
    assert ("uproar", "loaded_label") in found[1]
    assert ("sharply", "intensifier") in found[2]
    assert [s.kind for s in report.sentences] == ["claim", "claim", "claim"]


# --- review samples of stop 22, read by the lead: training claims (seeds 8787, 9191, 9292,
# 9393, 9494, 9696: 33, 31, 35, 37, 36 and 36 of 40 strict) and development claims (seed 8585, read
# once: 49/60 grammatical and meaning kept). The failures fixed by general rules (sentences
# written here)


@pytest.mark.parametrize(
    "sentence",
    [
        # how it turned out, or whether someone knew, is a fact about the act (8787)
        "The museum unsuccessfully tried to buy the painting from its owner.",
        "The winger shot early and caught the goalkeeper unawares.",
        # a field of law and a security status are categories (8787)
        "The claim was tested by an anti-trust law professor at the university.",
        "The review, in its unclassified form, says the motive is still under investigation.",
        # a rank after "the" or a possessive picks out the referent (8787)
        "It became the singer's most famous song after it was released in 1976.",
        # a sport's "blasted wide" criticises no one (8787)
        "In the first half he blasted wide when clear.",
        # a bodily state is a fact; a light noun says nothing without its adjective; the
        # state of the sea is a standard term (9191)
        "Protesters staged a naked protest outside the ministry.",
        "He also has a pragmatic approach to politics.",
        "The boat was found in rough seas some 40 miles off the coast.",
        # an idiom keeps its adverb (9191)
        "The plan was, to put it mildly, changed after the vote in May.",
        # a restatement with no verb left states nothing: shown as written (9191)
        "Yeah - he comes off as a jerk, but...when in Rome.",
        # "claims" after "to" and a verb is that verb's object, a noun (9292)
        "The club has moved to scotch claims that a rival could launch a bid.",
        "The firm will dismiss claims that it cheated.",
        # what food is made of is a fact ("a successful career" stays puffery: Wikipedia's
        # neutrality editors take it out, so the WNC pairs say) (9292)
        "Sugary drinks have a lot to do with the rise in obesity.",
        # a verb of saying the word table scores as loaded is the clause's verb (9393)
        "Senator Ann Vale, Republican of Ohio, threatened Monday to block the bill.",
        # "for reasons" says another thing than "for obvious reasons" (9393)
        "The deal leaves a reliance on the port, which for obvious reasons is not ideal.",
        # how someone looks is a description (9393)
        "The poster shows a bearded man handing out leaflets.",
        # a participle after its noun is no verb of saying (8585)
        "The damages claimed in 2004 eclipsed previous years.",
        # a plain word that would repeat the word before it is not used (8585)
        "The club had an approach from US business tycoon Ann Marsh.",
        # a verb after "to" before a name is a verb, not a label (8585)
        "If his aide were to insult Maria's mother, he could expect a reply.",
        # standard terms and idioms (8585)
        "Police used the data to identify suspicious individuals.",
        "The number of justifiable killings by police is small.",
        "The inquiry is focusing on the president's inner circle.",
        "The market is now to a great extent a duopoly.",
        "The plan sits uneasily with many voters.",
        # a calling before a name; an accident; a compound of content; a label of office
        # with no word of government (9494)
        "The film will be directed by Oscar-winning film-maker Ana Ruiz.",
        "Our attitudes to accidental phone rings are stuck in the past.",
        "The governor apologised for an expletive-ridden voicemail he left.",
        "He was not a bloodthirsty warmonger.",
        # a kind of behaviour a rule names (9696)
        "Labour plans to fund units to handle disruptive pupils.",
        # stop 23, seed 1717: spoken, planned, until then: facts about how or when
        "Offenders usually receive a verbal warning or a suspended sentence.",
        "The line was an unscripted addition to a speech on trade.",
        "Farmers, who were hitherto state employees with a fixed salary, now keep a share.",
        # an adjective in -ly is no adverb of manner ("disorderly conduct" is a charge)
        "Six protesters were charged with disorderly conduct on Monday.",
        # an idiom with "very" in it
        "The delay will cost the council at the very least two million pounds.",
    ],
)
def test_stop_22_and_23_review_failures_stay_as_written(sentence: str) -> None:
    assert neutralize(sentence) == sentence


def test_a_word_of_colour_for_a_role_has_a_plain_one() -> None:
    assert neutralize("Jailed tycoon Jan Marek has sold his stake in the firm.") == (
        "Jailed businessman Jan Marek has sold his stake in the firm."
    )


def test_to_verb_claims_is_no_report() -> None:
    assert (
        analyze_sentence("The club has moved to scotch claims that it will sell.").found.speaker
        is None
    )


def test_a_label_of_office_needs_a_word_of_government() -> None:
    """ "officials" fits "hardliners" only for those a word of government says hold office."""
    assert neutralize("Kremlin hardliners rejected the offer on Monday.") == (
        "Kremlin officials rejected the offer on Monday."
    )
    for sentence in (
        "Iran hardliners answered the new sanctions with threats.",
        "Some immigration hard-liners make up a key part of his base.",
    ):
        assert "officials" not in neutralize(sentence)


def test_a_word_that_opens_a_sentence_takes_its_comma_along() -> None:
    assert neutralize(
        "We marched on our city. overwhelmingly, we marched to defend our right."
    ) == ("We marched on our city. we marched to defend our right.")


# --- review sample seed 1717 (training claims, 23/40 strict; sentences written here) ----


def test_a_participle_that_is_the_clauses_verb_is_never_deleted() -> None:
    """The tagger reads "mimicked" after "she awkwardly" as a participle; it is the
    clause's past tense all the same, and a loaded verb there is kept, never deleted
    (a Webis claim read "she Liz Warren's rhetoric")."""
    from summarize.perspective.neutral import _finite_participle, _Tagged
    from summarize.report import Cue

    text = "In the fall campaigns she awkwardly mimicked Liz Warren's rhetoric."
    tagged = _Tagged(text, 0)
    i = tagged.words.index("mimicked")
    assert tagged.tag(i) == "VBN" and _finite_participle(tagged, i)
    cue = Cue(start=text.index("mimicked"), end=text.index("mimicked") + 8, text="mimicked",
              type="loaded_verb", explanation="")  # fmt: skip
    from summarize.perspective.neutral import _KEPT_VERB, _removal

    assert _removal(cue, tagged, set()) == _KEPT_VERB
    assert not _finite_participle(_Tagged("The report, mimicked widely, spread.", 0), 2)


def test_what_a_named_speaker_vowed_keeps_the_speakers_modifiers() -> None:
    report = analyze(
        "Mayor Ann Price spoke in Leeds on Tuesday. In a speech on housing, Price vowed to "
        "defeat the corrupt developers who own the riverside."
    )
    claim = next(c for c in report.claims if c.sentence_id == 1)
    assert "corrupt developers" in claim.text


def test_a_label_only_the_word_table_scores_is_never_flagged() -> None:
    """A flag takes a claim out of the digest: a label the lexicon does not list is edited
    where a plain word fits, else left alone ("powerful forehands" loses only "powerful")."""
    report = analyze(
        "Nadal beat Starace on Friday. Nadal hit some powerful forehands to win the match."
    )
    claim = next(c for c in report.claims if c.sentence_id == 1)
    assert not any(e.rule == "flag" and "forehands" in e.original for e in claim.edits)


def test_a_subject_with_its_relative_clause_is_not_a_closing_attribution() -> None:
    """ "Mayor X, who …, called the plan “responsible.”": the words before the comma are
    the subject and its clause, the author's, not words the verb reports."""
    report = analyze(
        "The council met on Tuesday. Mayor Anne Kowalski, who has spent three years pouring "
        'money into a bloated downtown office, called the plan "responsible."'
    )
    claim = next(c for c in report.claims if c.sentence_id == 1)
    assert "bloated" not in claim.text
    closing = neutralize("Poverty is rising in the north, the shameless minister said.")
    assert "shameless" not in closing


# --- review sample seed 2929 (fresh development claims, read once: 31/40 strict) -------


def test_a_force_of_nature_criticises_no_one() -> None:
    out = neutralize(
        "Aid agencies are counting the cost of the earthquake and waves that hammered "
        "southern Asia."
    )
    assert "criticised" not in out
    assert neutralize("The minister hammered the opposition over its plans.") == (
        "The minister criticised the opposition over its plans."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a business empire is a business; a doubted "deep state" is the civil service
        (
            "The two brothers took over control of the Reliance empire in 2002.",
            "The two brothers took over control of the Reliance business in 2002.",
        ),
        (
            "He echoed claims that a so-called deep state of bureaucrats was against him.",
            "He echoed claims that a civil service of bureaucrats was against him.",
        ),
        # half of a hyphened word, however it is spaced, stays
        (
            "Any highly- ranked official could attend the rally.",
            "Any highly- ranked official could attend the rally.",
        ),
    ],
)
def test_review_sample_2929_failures(sentence: str, expected: str) -> None:
    assert neutralize(sentence) == expected


def test_a_documents_name_is_no_one_a_pronoun_stands_for() -> None:
    report = analyze(
        "Interrogators followed the Army Field Manual. He later admitted that he made up the story."
    )
    assert report.sentences[1].speaker != "Army Field Manual"


def test_a_judging_word_only_the_table_scores_is_never_flagged() -> None:
    """Flagged, "spicy garlic sauce" would take the claim out of the digest; a word the
    lexicon does not list is edited where it goes cleanly, else left alone."""
    report = analyze("The council met on Monday. The professor ordered chicken with spicy sauce.")
    claim = next(c for c in report.claims if c.sentence_id == 1)
    assert not any(e.rule == "flag" for e in claim.edits)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # "a" goes with the word before a number it no longer fits
        (
            "The reform was rammed through parliament by a mere 3 votes.",
            "The reform was pushed through parliament by 3 votes.",
        ),
        ("She made a mere two appearances this season.", "She made two appearances this season."),
        ("The rally drew a mere 12 people.", "The rally drew 12 people."),
        ("They won by a mere 1.5 million votes.", "They won by 1.5 million votes."),
        # and stays before a number that is not a count of what follows
        ("They paid for a mere 3-day visit.", "They paid for a 3-day visit."),
        ("He joined as an arrogant 20 year-old.", "He joined as a 20 year-old."),
    ],
)
def test_an_article_before_a_number_follows_the_removed_word(sentence: str, restated: str) -> None:
    assert neutralize(sentence) == restated


@pytest.mark.parametrize(
    "sentence",
    [
        "The typical family paid 200 crowns more this year.",
        "About 1,800 vehicles use the street on a typical weekday.",
    ],
)
def test_typical_as_a_statistic_is_kept(sentence: str) -> None:
    """ "the typical household", "a typical weekday": the middle of a distribution, not the
    author's charge that something is typical of someone."""
    assert neutralize(sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "This is typical of the minister's arrogance.",
        "It was a typical example of the minister's arrogance.",
        "It was a typical day of chaos at the ministry.",
    ],
)
def test_typical_of_someone_is_still_a_judgement(sentence: str) -> None:
    result = analyze_sentence(sentence)
    assert any(c.text == "typical" and c.type == "evaluative" for c in result.cues.cues)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        (
            "The council rammed through a toll on Tuesday.",
            "The council pushed through a toll on Tuesday.",
        ),
        (
            "The bill will be rammed through parliament next week.",
            "The bill will be pushed through parliament next week.",
        ),
        (
            "The bills were hastily rammed through by the Senate.",
            "The bills were hastily pushed through by the Senate.",
        ),
    ],
)
def test_rammed_through_reads_in_every_voice(sentence: str, restated: str) -> None:
    assert neutralize(sentence) == restated


@pytest.mark.parametrize(
    "sentence",
    [
        # what is denied, protested or complained of is the speaker's proposition
        "Rail unions denied there had been a deliberate go-slow.",
        "Several firms protested that the levy was an unfair burden.",
        # an allegation's content is the accusers', not the author's
        "Two directors are suspected of wrongly moving £3m of pension funds.",
        "A driver has been charged with reckless driving after the crash.",
        "The senator accused the mayor and two aides of telling lies about the budget.",
        "Critics are accusing the council of a shameful cover-up.",
        # what a plural speaker says in the present is theirs: "officials warn that …"
        "Officials warn that the ruling would leave the city open to bogus lawsuits.",
        # a record over a stated time can be checked: no verdict aside
        "The town is recovering from last year's floods - its worst in a decade.",
        # bloodshed is a fact: "the bloody clashes of 1988"
        "The last bloody standoff between the two navies was in 1988.",
        # the direction of an effect and a sudden change are facts, not judgements of manner
        "The cuts are affecting the small rural schools negatively.",
        "Two days after suddenly halting the sale, the council reopened it.",
        # what an allegation, a rumour or speculation holds is theirs, with no source named
        "Lawmakers are examining allegations that the firm hid an unfair share of its costs.",
        "There are rumours that Northgate will sell its shameful stake.",
        # what "he" or "they" said is theirs, even when nobody is named for them to stand for
        "They said they will swiftly rewrite the shameful rules.",
        "He believes the council was reckless to sell the land.",
        # what a paper quotes someone telling is theirs
        "The Post quoted Mr Hale telling activists that he would end the shameful tyranny.",
        # a measure is kept: a duration, a live microphone, a measured word across a year
        "The economy is only now leaving a decade-long slump.",
        "The mayor was caught on a hot mic insulting a rival.",
        "Police are investigating the deadly 2019 floods in the valley.",
    ],
)
def test_words_that_are_others_or_measures_are_kept(sentence: str) -> None:
    assert neutralize(sentence) == sentence


def test_deny_with_a_noun_is_an_act_and_the_authors_words_go() -> None:
    """ "denied Gerrard with a last-ditch tackle": no words are denied; the author's
    colouring after it is edited as elsewhere."""
    result = analyze_sentence("The keeper denied the striker with a shameless dive.")
    assert any(not c.quoted for c in result.cues.cues if c.text == "shameless")


def test_an_accusation_ends_where_the_authors_setting_begins() -> None:
    """ "accused of panic … amid chaotic scenes": the scenes are the author's telling."""
    result = analyze_sentence(
        "Ministers were accused of panic over the bill amid shameless scenes in the chamber."
    )
    assert any(not c.quoted for c in result.cues.cues if c.text == "shameless")


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # the article that is left matches the sound of the word now after it
        ("They dreamed of a bygone utopia.", "They dreamed of a utopia."),
        ("He backed a reckless European project.", "He backed a European project."),
        ("It was a shocking one-off event.", "It was a one-off event."),
        ("They faced an unacceptable delay at the border.", "They faced a delay at the border."),
        ("It was a shameful act of vandalism.", "It was an act of vandalism."),
    ],
)
def test_the_article_left_matches_the_next_sound(sentence: str, restated: str) -> None:
    assert neutralize(sentence) == restated


def test_a_relative_clauses_verb_is_not_removed_as_a_modifier() -> None:
    """ "a move that fueled disputes": the clause's verb, which may be flagged or replaced
    but never dropped (the clause would lose its verb)."""
    restated = neutralize("Members boycotted the event, a move that fueled disputes with the team.")
    assert "a move that fueled disputes" in restated


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # "much", "hugely", "wildly" strengthen the adjective after them and go with it
        ("The party's much vaunted strategy failed.", "The party's strategy failed."),
        ("They put on wildly extravagant stage shows.", "They put on stage shows."),
        # and stay where they stand alone or before a noun
        ("They raised much money for the shameful plan.", "They raised much money for the plan."),
    ],
)
def test_much_goes_with_the_adjective_it_strengthens(sentence: str, restated: str) -> None:
    assert neutralize(sentence) == restated


def test_so_called_inside_an_accusation_is_still_the_writers() -> None:
    """The one accusing does not call their own charge so-called: the writer's distance."""
    result = analyze_sentence(
        "The group ran an ad accusing the president of embarking on a so-called apology tour."
    )
    assert "so-called" in [c.text for c in result.cues.cues if not c.quoted]
    shameful = analyze_sentence("Critics accused the mayor of a shameful reform.")
    assert not [c for c in shameful.cues.cues if c.text == "shameful" and not c.quoted]


def test_an_aside_holding_a_quotation_is_not_cut() -> None:
    """Dropping '— in attacking the audit as an illegitimate “witch hunt.”' left '.”' behind,
    half a quotation, and dropped someone's words with it."""
    sentence = "The mayor seized on the emails — in attacking the audit as a rigged “witch hunt.”"
    restated = neutralize(sentence)
    assert restated.startswith("The mayor seized on the emails — in attacking the audit")
    assert restated.endswith("“witch hunt.”")
    assert neutralize("The council approved the budget — a shameless giveaway.") == (
        "The council approved the budget."
    )


def test_self_check_finds_a_quotation_mark_left_without_its_pair() -> None:
    original = "The mayor seized on the emails — in attacking the audit as a “witch hunt.”"
    assert "a quotation mark left without its pair" in self_check(
        original, "The mayor seized on the emails.”", []
    )
    assert (
        self_check('He called it "fair." The plan won.', 'He called it "fair." The plan won.', [])
        == []
    )


def test_an_allegation_with_a_pronoun_after_that_may_be_a_relative_clause() -> None:
    """ "the allegations that he made were false": 'that' opens a relative clause, and the
    verdict is the author's; so a pronoun after 'that' opens no allegation's content."""
    from summarize.perspective.attribution import embedded_reports

    assert embedded_reports("The allegations that he made were false.", 0) == ()
    text = "They examined allegations that the firm cheated."
    assert embedded_reports(text, 0) == ((text.index("the firm"), len(text)),)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # the last of a series of verb phrases is a verb, whatever the tagger reads
        (
            "The council raised rents, cut services and burdened families with costly fees.",
            "The council raised rents, cut services and burdened families with costly fees.",
        ),
        ("A long drought has killed crops and drained wells.", None),
    ],
)
def test_a_verb_in_a_series_of_verb_phrases_is_not_removed(
    sentence: str, restated: str | None
) -> None:
    out = neutralize(sentence)
    if restated is not None:
        assert out == restated
    words_in, words_out = sentence.split(), out.split()
    verbs = {"burdened", "drained", "cut", "killed", "raised"} & set(words_in)
    assert all(v in words_out for v in verbs)


def test_only_a_series_of_verb_phrases_makes_a_participle_a_verb() -> None:
    from summarize.perspective.neutral import _coordinated_verb, _Tagged

    def at(sentence: str, word: str) -> bool:
        tagged = _Tagged(sentence, 0)
        return _coordinated_verb(tagged, tagged.lower.index(word))

    assert at("The council raised rents, cut services and burdened families.", "burdened")
    assert at("He raised taxes on small firms, and burdened banks.", "burdened")  # ", and"
    assert not at("Aid went to cats and burdened families.", "burdened")  # after "to"
    assert not at("He praised the new and improved plan.", "improved")  # an adjective before


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # "if at all" says the thing may not happen: it is kept whole
        ("Wages will rise slowly, if at all.", "Wages will rise slowly, if at all."),
        ("The grant shrank little, if at all, over the decade.", None),
        # "at all" alone adds force and goes
        ("The scheme did not work at all.", "The scheme did not work."),
    ],
)
def test_if_at_all_is_a_fixed_phrase(sentence: str, restated: str | None) -> None:
    out = neutralize(sentence)
    if restated is not None:
        assert out == restated
    else:
        assert out == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Tenants received curt and condescending letters from the agency.",
        "Staff got condescending and intimidating emails from the manager.",
        "Voters heard brief or dishonest answers from the minister.",
    ],
)
def test_the_conjunction_of_a_pair_of_adjectives_goes_with_the_second(sentence: str) -> None:
    out = neutralize(sentence)
    assert out != sentence  # the judging adjective went
    joined = re.search(r"\b(and|or) (letters|emails|answers)\b", out)
    assert joined is None, out  # not "curt and letters"
    assert len(out.split()) == len(sentence.split()) - 2


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # a ruler with unchecked power stays a ruler: "leader" lost what the word reports
        ("The dictator jailed hundreds of critics.", "The ruler jailed hundreds of critics."),
        ("The despot governed the island for years.", "The ruler governed the island for years."),
    ],
)
def test_a_dictator_is_restated_as_a_ruler(sentence: str, restated: str) -> None:
    assert neutralize(sentence) == restated


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # an organisation's name keeps its "the" when a judging word before it goes
        (
            "The plan was backed by Ana Ruiz of the notorious Carter Institute for Trade.",
            "The plan was backed by Ana Ruiz of the Carter Institute for Trade.",
        ),
        (
            "A grant came from the generous Hale Foundation.",
            "A grant came from the Hale Foundation.",
        ),
        # a size is a measure, not a verdict
        ("The court heard an enormous fraud case against the bank.", None),
        ("Workers found a gigantic hole in the road.", None),
        # a level needs how high it was; an outcome is a fact; a fixed phrase stays whole
        ("Over 60 members voted against her, a stunning level of dissent.", None),
        ("Both sides hoped for a successful mission by the crew.", None),
        ("Voters can see what an empty chair looks like on stage.", None),
    ],
)
def test_words_that_carry_the_fact_stay(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the adjective is all the predicate says of a course of action
        "The ban, which in my view is a shortsighted strategy to deal with crime, starts in May.",
        "Critics say the levy is a cynical response to the strike.",
    ],
)
def test_a_judged_course_of_action_keeps_its_adjective(sentence: str) -> None:
    assert neutralize(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # a ball is struck, a roof is raised: nobody is criticised
        (
            "The defender strode forward to lash a shot past the keeper.",
            "The defender strode forward to lash a shot past the keeper.",
        ),
        (
            "The speaker ripped the roof off the hall with a long speech.",
            "The speaker ripped the roof off the hall with a long speech.",
        ),
        (
            "The senator ripped the proposal in a speech.",
            "The senator criticised the proposal in a speech.",
        ),
        # a name with a number that modifies a noun keeps its "the"
        (
            "The groundbreaking Zephyr 64 computer sold well in the 1980s.",
            "The Zephyr 64 computer sold well in the 1980s.",
        ),
    ],
)
def test_verbs_and_names_in_their_sense(sentence: str, restated: str) -> None:
    assert neutralize(sentence) == restated


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # categories: a kind of fraud, a body's size, a kind of evidence, "of the people"
        ("The filter caught 18 million phishing e-mails in May.", None),
        ("The risk doubles, even for a skinny child.", None),
        ("These are anecdotal tales of long lives.", None),
        ("The vote went against the popular sentiment in every poll.", None),
        # a lead that cannot be caught, whatever the score between
        ("The win gave the hosts an unassailable 3-1 lead.", None),
        ("It was an unassailable argument.", "It was an argument."),
        # a place named with "the" keeps it
        (
            "He came back from some mythical town in the mystical Orient.",
            "He came back from some town in the Orient.",
        ),
    ],
)
def test_categories_and_places_stay_whole(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "She won the hotly contested award in May.",
        "The seat was fiercely contested by four parties.",
        "The bill was hotly debated in the Senate.",
    ],
)
def test_a_close_contest_is_a_fixed_phrase(sentence: str) -> None:
    # "the contested award" would say the award was disputed
    assert neutralize(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # what a speaker told someone is theirs, whoever they told (review seed 2468)
        (
            "Mondale told reporters he had come to regret the gutting of that agency.",
            "Mondale told reporters he had come to regret the gutting of that agency.",
        ),
        # after a quotation and its verb, the narrative is the author's again
        (
            "“Censorship is a dangerous thing,” he added, before embarking on a familiar rant "
            "about the press.",
            "“Censorship is a dangerous thing,” he added, before embarking on a familiar attack "
            "about the press.",
        ),
    ],
)
def test_a_speakers_clause_and_the_authors_narrative(sentence: str, restated: str) -> None:
    assert neutralize(sentence) == restated


def test_a_perfect_tense_verb_is_never_removed_as_an_adjective() -> None:
    from summarize.perspective import neutral

    tagged, cue, _ = _word_cue(
        "The deal that has splintered Obama from his party was signed.", "splintered"
    )
    assert neutral._removal(cue, tagged, set()) == neutral._KEPT_VERB
    tagged, cue, _ = _word_cue("The club had talented players in every position.", "talented")
    assert not isinstance(neutral._removal(cue, tagged, set()), str)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        (
            "More importantly, the plan will cut costs for small firms.",
            "The plan will cut costs for small firms.",
        ),
        ("Even more importantly, the law was passed in May.", "The law was passed in May."),
        # inside the clause the comparison stays
        ("The drug works more effectively in children.", None),
    ],
)
def test_an_opener_that_ranks_the_point_goes_whole(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seed 3579, each cause on a sentence written here
        ("Gangs use new tools to help them con people out of cash.", None),  # a verb
        ("Bad design meant the level became a frustrating affair for players.", None),
        ("The party has not been drawn too deeply into the row.", None),  # "too" stays whole
        ("Flat screens are replacing old-style televisions.", None),
        ("Defeat was a taboo subject for years.", None),
        (  # "otherwise" would be left on the noun: the adjective stays, the intensifier goes
            "She broke the silence in an otherwise completely unproductive week.",
            "She broke the silence in an otherwise unproductive week.",
        ),
        ("By contrast, said Mr Okafor, pupils may not feel they are studying at all.", None),
        (
            "Three years ago she smashed the world record in Chicago.",
            "Three years ago she broke the world record in Chicago.",
        ),
        ("Rioters smashed windows in the high street.", None),  # not only broken
    ],
)
def test_the_fifth_sample_causes_keep_the_claim(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # what news reports as a fact about a thing (review seeds 2468 and 3579)
        "The governor has a long history of making controversial statements.",
        "Prominent attacks were publicised with videos.",
        "The bill bans dangerous firearms in public parks.",
    ],
)
def test_controversial_prominent_and_dangerous_are_descriptions(sentence: str) -> None:
    assert neutralize(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seed 5791, each cause on a sentence written here
        # an occasion gone through: the adjective is all that is said of it
        (
            "The club endured a very disappointing season last year.",
            "The club endured a disappointing season last year.",
        ),
        ("The visitors enjoyed a wonderful afternoon at the coast.", None),
        ("He spent a miserable week in hospital.", "He spent a week in hospital."),
        # the article was there for the adjective before a name
        (
            "Rovers stunned a ragged Leicester with a goal in the first minute.",
            "Rovers stunned Leicester with a goal in the first minute.",
        ),
        (  # a name of a kind of thing keeps its article
            "The film won a prestigious Golden Globe.",
            "The film won a Golden Globe.",
        ),
        # a label noun before a name
        ("The minister met her nemesis Paul Hart on Tuesday.", None),
        (
            "The court heard from the mastermind Karl Brandt on Monday.",
            "The court heard from Karl Brandt on Monday.",
        ),
        # "tyranny" is "rule" only where a ruler is named
        ("As a safeguard against tyranny, the founders divided power in 1787.", None),
        (
            "The general's tyranny lasted for two decades.",
            "The general's rule lasted for two decades.",
        ),
        # terms and light nouns
        ("The senator asked for a redacted, shareable copy of the file.", None),
        ("He took over the party at a bleak moment.", None),
    ],
)
def test_the_sample_5791_causes_keep_the_claim(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 6802 and 7913, each cause on a sentence written here
        # "admitted" + an object and a second verb: no statement for "said" to take
        ("Mr Okoro, who has admitted theft and will testify later, was paid.", None),
        ("The firm admitted the accounts were wrong.", "The firm said the accounts were wrong."),
        # a participle before its noun keeps a word that fits there
        ("As the murdered reporter of the paper told friends in 2011, the risk was real.", None),
        # a crime's name is kept (and flagged): "killed" would drop its legal status
        ("Gunmen murdered the reporter in 2015.", None),
        # "stormed" is no longer replaced at all (review seed 1212: "entered" loses the force)
        ("Three gunmen stormed into the school on Tuesday.", None),
        # "a" before an initialism read as a word starting "you"
        ("The band began a well-received UK tour.", "The band began a UK tour."),
        ("The chef cooked an incredibly unusual dish.", "The chef cooked an unusual dish."),
        # terms, idioms and measures
        ("The side was told to play creative attacking football.", None),
        ("Many questionable loans come from smaller banks.", None),
        ("His slide down the greasy pole was swift.", None),
        ("That is the reason for its weak implementation rates.", None),
        # a label noun between a modifier and a name
        ("US behemoth Norland Electric posted a jump in sales.", None),
    ],
)
def test_the_samples_6802_and_7913_causes_keep_the_claim(
    sentence: str, restated: str | None
) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 8024 and 9135, each cause on a sentence written here
        # a dash before "and" opens a second clause, not an aside
        (
            "Through his tutor, he made an approach to MI6 - and then began passing secrets "
            "to the British intelligence service.",
            None,
        ),
        # a firm's finances, an aspiring role, a stance toward a named state
        ("GM no longer wants to own the unprofitable Fiat unit.", None),
        ("The show is a talent contest for would-be politicians.", None),
        ("The visit was met with protests from anti-Soviet Georgians.", None),
        ("Years after popular revolts overthrew the government, the country voted.", None),
        # a phrase quoted after "admitted" is no statement for "said"
        ('The minister admitted "serious mistakes" but insisted the plan was sound.', None),
        # … but a quoted subject of a clause is a statement
        (
            'The mayor insisted "nothing improper" happened at the depot.',
            'The mayor said "nothing improper" happened at the depot.',
        ),
        # a label the tagger reads in a verb's place keeps its word
        (
            "A new crisis would undermine confidence, stunt the region's recovery and "
            "hurt exports.",
            None,
        ),
        # the verdict after "nothing short of" keeps its word
        ("This was nothing short of a witch hunt led by the mayor.", None),
    ],
)
def test_the_samples_8024_and_9135_causes_keep_the_claim(
    sentence: str, restated: str | None
) -> None:
    out = neutralize(sentence)
    if restated is None and "insisted" in sentence:
        assert out == sentence.replace("insisted", "said")  # the statement after it is one
    else:
        assert out == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 1470 and 2581, each cause on a sentence written here
        ("Ministers backed the plan amid opposition claims it was rushed.", None),  # a noun
        ("The minister claims he was misquoted.", "The minister says he was misquoted."),
        # an -ed word between its subject and its object is the clause's verb
        ("The promised vote enraged liberals, who accused the party of betrayal.", None),
        # what follows measures the adjective
        (
            "The law has incredibly harsh penalties, so much so that many want them cut.",
            "The law has harsh penalties, so much so that many want them cut.",
        ),
        # a wish stays a wish; a manner reported stays; the rubber that decides
        ("Hopefully, cities such as Leeds will change their rules next year.", None),
        ("The study found officers were more likely to treat residents respectfully.", None),
        ("Koubek won the decisive rubber of the Davis Cup in September.", None),
        # a phrase of force set off by commas goes with both of them (review seed 4703)
        (
            "She, above all, helped popularise ballet in Britain.",
            "She helped popularise ballet in Britain.",
        ),
    ],
)
def test_the_samples_1470_and_2581_causes_keep_the_claim(
    sentence: str, restated: str | None
) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 4703 and 9135, each cause on a sentence written here
        ("Democrats greatly outnumber Republicans in the state.", None),  # the size of it
        ("The rough and tumble of the campaign seemed far away.", None),  # an idiom
        # a label of the name quoted after it takes no noun in its place
        ('For all his talk about his sham "northern powerhouse", the gap has widened.', None),
    ],
)
def test_the_sample_4703_causes_keep_the_claim(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 5858 and 6969, each cause on a sentence written here
        # a word in brackets is a word, not an ending; an ending is glued on
        (
            'She said the board "would have acted had[it] known" and "was condemn(ing) staff".',
            'She said the board "would have acted had it known" and "was condemning staff".',
        ),
        # how much more, and how much of the action was done, are facts
        ("A far more common fault is a failing disk.", None),
        ("The firm is wholly owned by the state.", None),
        ("The old files were deleted entirely.", None),
        ("The verdict was completely wrong.", "The verdict was wrong."),  # force, not extent
        # an adjective opening a title before a name is not a predicate of "were"
        (
            "Among the guests were legendary blues singer Ray Holt and his band.",
            "Among the guests were blues singer Ray Holt and his band.",
        ),
        ("The singers were legendary in their home town.", None),
        # a noun told only by its adjective keeps it; a contested label names the group
        ("Critics objected to the brutal nature of the game.", None),
        ("The species has a remarkable capacity for survival.", None),
        ("He declined to call the attackers radical Islamist militants.", None),
    ],
)
def test_the_samples_5858_and_6969_causes_keep_the_claim(
    sentence: str, restated: str | None
) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # a word of praise before a title, capitalised only because it opens the text
        (
            "Beloved President Ian Marsh opened the new bridge on Friday.",
            "President Ian Marsh opened the new bridge on Friday.",
        ),
        (
            "KESTON, May 2 (State News Agency) — Beloved President Ian Marsh opened a bridge.",
            "KESTON, May 2 (State News Agency) — President Ian Marsh opened a bridge.",
        ),
        # a word only the learned table knows, after a wire dateline's dash
        (
            "LONDON (Reuters) - Embattled Prime Minister Ian Marsh said he would stay.",
            "LONDON (Reuters) - Prime Minister Ian Marsh said he would stay.",
        ),
        # a name stays a name, and so does a title of a work after a colon
        ("The Great Britain team won the relay on Friday.", None),
        ("New releases, GoldenEye: Rogue Agent and Killzone, failed to chart.", None),
    ],
)
def test_a_judging_word_before_a_title_is_no_name(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 7171 and 8282, each cause on a sentence written here
        ("The firm is by far the largest lender in the region.", None),  # the size of the lead
        # an adverb on a participle before its noun: "a used drug" is another thing
        ("Doctors prescribe a widely used drug for the pain.", None),
        ("There are cheap, easily learned ways to save energy.", None),
        # but on the clause's verb it is force
        (
            "Critics on Monday harshly criticised the plan.",
            "Critics on Monday criticised the plan.",
        ),
        # which way an effect goes is a fact; force on a past tense is not
        ("The rules will negatively affect small firms.", None),
        ("She positively relished the chance.", "She relished the chance."),
        # a pair of phrases, one a play on the other
        ("He is, in fact and in jest, the best-known man in town.", None),
        # a stretch of time told only by how it went
        ("After a successful season she changed her mind.", None),
    ],
)
def test_the_samples_7171_and_8282_causes_keep_the_claim(
    sentence: str, restated: str | None
) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 9393 and 1414, each cause on a sentence written here
        # a phrase in place of a participle takes the participle's form
        (
            "Thousands of accounts have been hijacked to send spam.",
            "Thousands of accounts have been taken over to send spam.",
        ),
        # a participle after a comma is a clause's verb, not a word before its noun
        ("Costs keep rising, further burdening small firms in the town.", None),
        ("Hale, 31, barged referee Tom Ince after the match.", None),
        # a calling before a name is no loaded label
        ("Last week I met the cartoonist Anton Reyes at his studio.", None),
        # how many: "very few" (but "very much a …" is force)
        ("Very few members attend the briefings, she said.", None),
        ("It was still very much a rural sport.", "It was still a rural sport."),
        # a day told only by what it was like; an adjective in a series of guesses
        ("The crowds on a soggy day were smaller than expected.", None),
        # a share before its noun keeps its article
        (
            "The firm added 900 jobs -- a mere 7 percent increase on last year.",
            "The firm added 900 jobs -- a 7 percent increase on last year.",
        ),
        ("He won by a mere 3 votes.", "He won by 3 votes."),
        # a name after a modal's verb is an owner: "claims" is a noun
        ("The outage could dent Lycos claims that the service is safe.", None),
        # an aside that names something is no verdict
        (
            "Credit went to a small unit of special forces - the so-called Golden Division.",
            "Credit went to a small unit of special forces - the Golden Division.",
        ),
        # a relative clause after the dash reports; one that only characterises still goes
        ("Their songs made them a political band - which the singer rejected as a cliche.", None),
        (
            "The minister denied the report — a typical Western smear.",
            "The minister denied the report.",
        ),
    ],
)
def test_the_samples_9393_and_1414_causes_keep_the_claim(
    sentence: str, restated: str | None
) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what a named speaker praises, blames or points to is their view
        ("The minister praised the generous response of the volunteers.", "generous"),
        ("The scholars pointed to the devastating impact of the cuts.", "devastating"),
        ("Farmers blamed the losses on reckless lending by the banks.", "reckless"),
    ],
)
def test_the_object_of_praise_or_blame_keeps_the_speakers_words(text: str, word: str) -> None:
    sentence = analyze(text, length=1).sentences[0]
    assert sentence.speaker is not None
    assert not [c for c in sentence.cues if c.text == word and not c.quoted]
    assert word in neutralize(text)


def test_the_authors_own_adjective_beside_praise_is_still_edited() -> None:
    """Controls: the same word outside any speaker's words is the author's. A word that
    opens what a speaker demands was the author's too until review seeds 3838 and 4949:
    two judges each failed "calling for the swift release" losing "swift" (and one of seed
    9696 "unilateral"), as the demand is the speakers' own; it is kept now."""
    assert "devastating" not in neutralize("The devastating cuts hit the poor hardest.")
    assert "unilateral" in neutralize("Officials demand unilateral concessions by Moscow.")
    # but where the author judges the demanders or the demand, the demand is worded by them
    judged = neutralize("Hardliners unacceptably demand unilateral concessions by Moscow.")
    assert "unilateral" not in judged


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 8585 and 9696, each cause on a sentence written here
        # "enter" needs an object: "stormed to the title" is no entering
        ("She stormed to her first world title in 10.9 seconds.", None),
        ("The rebels stormed back to win the final set.", None),
        ("The embassy was stormed by protesters.", None),
        # a second verb of saying of the subject: what follows is that speaker's
        (
            'The mayor attacked the budget as "reckless" and said the council was very worried.',
            None,
        ),
        ("The firm rejected the bid, saying it was a hopelessly low offer.", None),
        (
            "The union sent a letter to the board warning them that it would strike unless "
            "the board swiftly settles the dispute.",
            None,
        ),
        ("She left because of what she depicted as the board's overly cautious plan.", None),
        (
            "The firm rejected the bid and added a hopelessly low offer of its own.",
            "The firm rejected the bid and added a low offer of its own.",
        ),
        # a name of a thing of two words keeps its "the"; a person's name loses it
        (
            "Mr Okafor will deliver the prestigious Hartley Lecture next week.",
            "Mr Okafor will deliver the Hartley Lecture next week.",
        ),
        ("He met the legendary Bob Marley in 1975.", "He met Bob Marley in 1975."),
        # an adjective under "any" or a lack narrows it
        ("The lack of any coherent policy has made the ministry reluctant to act.", None),
        ("Any reasonable person would accept the deal.", None),
        # an adjective before a noun of quantity is its size
        ("An untold number of the documents were destroyed.", None),
        # how well a thing was done is what a verb of performance reports
        ("The shares have performed dismally since the float.", None),
        ("The markets reacted angrily to the new tax.", None),
        ("Shoppers have adapted easily to the new rules.", None),
        # a long attack in words is an attack, which takes "into" and "against"
        (
            "He launched into a tirade against the referee.",
            "He launched into an attack against the referee.",
        ),
    ],
)
def test_the_samples_8585_and_9696_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 1717 and 2828, each cause on a sentence written here
        # a degree word before a word that does not judge is how far it holds
        ("The filter can be tuned across a very wide range of colours.", None),
        ("The dispute became highly public last year.", None),
        # (before a judging word it goes with the judgement; emphasis without degree goes)
        ("It was a very stupid decision.", "It was a stupid decision."),
        ("It was a really warm day.", "It was a warm day."),
        # a word strengthened by repetition keeps its strengthening
        ("Prices are rising, really rising, in the north.", None),
        # a removal before a dash takes the comma with it
        (
            "The car is red, of course - the colour of the brand.",
            "The car is red - the colour of the brand.",
        ),
        # "suppressed" only of what is put down: a protest, a revolt
        ("The army crushed the uprising in 1956.", "The army suppressed the uprising in 1956."),
        ("The champions crushed the visiting side in May.", None),
        ("Senate Democrats have crushed most primary challenges.", None),
        # words not meant as said: the adverb that says so stays
        ("Mr Lowe facetiously said that the mayor could help.", None),
        ("Fans sarcastically called the defender their best striker.", None),
        # what experts wonder, fear or doubt is their view
        ("Experts who wonder whether governments will spend wisely were not consulted.", None),
        ("The plan worries experts who fear that ministers will not spend the money wisely.", None),
    ],
)
def test_the_samples_1717_and_2828_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 3939 and 4141, each cause on a sentence written here
        # examples stay examples
        ("Some markets - notably Peru and Chile - have been hit by the drought.", None),
        ("The band was notably absent.", "The band was absent."),
        # how someone spoke is what the reporter heard
        ("At the hearing, Mr Hale spoke emotionally about the flood.", None),
        # a mass noun's plain word is a mass noun too: the verb still agrees (in the
        # author's voice: what a study found is the study's, its words with it)
        (
            "In the north, propaganda has spread across the region.",
            "In the north, messaging has spread across the region.",
        ),
    ],
)
def test_the_samples_3939_and_4141_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 5252 and 6363, each cause on a sentence written here
        # one side of a contrast does not go alone
        ("He made some ridiculous, but harmless claims about the moon.", None),
        # a label among roles before a name is one of them
        ("She wrote to her colleague and lover Tom Reyes.", None),
        # a word with its "of" after a measure or a superlative is what the clause says
        ("Kerr finished 40cm adrift of his best in fourth.", None),
        ("It was the most brutal of the three attacks.", None),
        # what an occasion was like is all that is said of it, after a possessive too
        ("The paper struggled to survive its disastrous year in 2014.", None),
        ("The club survived a disastrous fire in 2010.", "The club survived a fire in 2010."),
        # a negation before a list covers its later items
        ("The show wasn't carefully staged, cheaply made or just plain dull.", None),
        (
            "The show was carefully staged, cheaply made and dull.",
            "The show was staged, made and dull.",
        ),
        # how the subject feels about what they remember is theirs
        ("The villagers fondly remember the old mill.", None),
        ("The pair dramatically missed another test.", "The pair missed another test."),
    ],
)
def test_the_samples_5252_and_6363_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


def test_the_pronoun_named_is_the_subject_of_the_verb_of_saying() -> None:
    """Review seed 6363: not the "he" of an opening clause ("While saying he admired …")."""
    text = (
        "Robert Jackson, the party's spokesman, spoke on Monday. "
        "While saying he admired the plan, he bitterly criticised the budget."
    )
    claim = analyze(text, length=1).claims[-1]
    assert claim.text == "While saying he admired the plan, Jackson criticised the budget."


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 1212 and 3434, each cause on a sentence written here
        # what is conceded after "despite" is its adjective
        ("The side lost, despite a superb performance from Jones.", None),
        ("The plan failed in spite of their brilliant campaign.", None),
        (
            "A superb performance from Jones sealed the win.",
            "A performance from Jones sealed the win.",
        ),
        # a speaker's long phrase closing the sentence: the words before it are theirs
        (
            "Floods could be completely out of control within decades, the National "
            "Flood Forecasting Agency is warning a committee of MPs.",
            None,
        ),
        (
            "Floods could be completely out of control within decades.",
            "Floods could be out of control within decades.",
        ),
        # but "as X notes," is the author's aside: the words after it are the reported ones
        (
            "Certainly, as Klein notes, it will add to the unease.",
            "As Klein notes, it will add to the unease.",
        ),
        # how exactly a thing is done, and where, are facts
        ("The photos were accurately arranged into a composite.", None),
        ("Fans can now see precisely how the ball was bowled.", None),
        ("The soldiers guarding them afar were never thanked.", None),
        # how an image looks is what the camera caught
        ("The camera caught a blurry image of the car.", None),
        # "stormed" is the plain word for an entry by force: "entered" loses the force
        ("Police stormed the building at dawn.", None),
    ],
)
def test_the_samples_1212_and_3434_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # a closing verb of saying with whom, where or how it was told after it: the words
        # before are the speaker's, the words after the author's
        ("Networks will be exploited by media firms, says a panel of industry experts.", None),
        (
            "Ground zero is hallowed ground, Tom Baker said in a typical statement.",
            "Ground zero is hallowed ground, Tom Baker said in a statement.",
        ),
        # a role before a name takes no "a" once its adjective goes
        (
            '"We want to win," said a proud coach Mike Ruddock.',
            '"We want to win," said coach Mike Ruddock.',
        ),
        ("She met a brilliant lawyer in Leeds.", "She met a lawyer in Leeds."),
        # but what follows the verb with a verb of its own is what was said
        ("The centre said the measures unfairly penalised Roma people.", None),
        (
            "The firm exploited its workers, and a panel says it will act soon.",
            "The firm used its workers, and a panel says it will act soon.",
        ),
    ],
)
def test_a_closing_speaker_with_an_addressee(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    "text",
    [
        "The plan is utterly reckless, Tony Blair told a rally in Leeds.",
        "The new rules are a disgraceful attack, the union leader told BBC Radio 4's Today "
        "programme.",
    ],
)
def test_a_judgement_before_a_closing_speaker_is_theirs(text: str) -> None:
    sentence = analyze(text, length=1).sentences[0]
    assert sentence.kind == "claim", sentence.reasons


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 5656 and 7878, each cause on a sentence written here
        # "as expected" reports a forecast: the claim loses it without the words
        ("The vote will be held, as expected, on 5 May.", None),
        ("The vote will, of course, be held on 5 May.", "The vote will be held on 5 May."),
        # what a food holds is a property of it
        ("Firms cut back on promoting sugar and fattening snacks to children.", None),
    ],
)
def test_the_samples_5656_and_7878_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


def test_a_pronoun_after_a_persons_role_in_its_sentence_stays() -> None:
    """Review seeds 5656 and 7474: "The 40-year-old comedian caused a furore when he said …"
    does not become "… when Rock said …", which reads as a second person."""
    text = (
        "Chris Rock will host the show. The 40-year-old comedian caused a furore when he "
        "said in an interview that he hardly ever watched the Oscars."
    )
    claim = analyze(text, length=1).claims[-1]
    assert claim.text.startswith("The 40-year-old comedian caused a controversy when he said")


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 9090 and 2323, each cause on a sentence written here
        # a body named after a place keeps its "the", even when the place is also a first name
        (
            "The plan was condemned by the brilliant Georgia Baptist Convention.",
            "The plan was condemned by the Georgia Baptist Convention.",
        ),
        ("The talented Georgia Brown sang.", "Georgia Brown sang."),
        # that a body has sway, or a thing succeeded, is reported as a fact
        ("The plan was condemned by the influential Lantern Society.", None),
        ("The tax hits successful firms, not risky ventures.", None),
        # the margin of a defeat is a count, like "narrowly"
        ("Cantor was soundly defeated in the primary.", None),
        ("He sharply criticised the plan.", "He criticised the plan."),
    ],
)
def test_the_samples_9090_and_2323_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 4545 and 6767, each cause on a sentence written here
        # a life of pretence is an idiom: "lived a claim" says nothing
        ("For years he lived a lie about his past.", None),
        # how figures read is all "make … reading" says
        ("The figures make impressive reading for the board.", None),
        ("The report made for grim reading.", None),
        ("It was an impressive reading of the poem.", "It was a reading of the poem."),
    ],
)
def test_the_samples_4545_and_6767_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # "wild" that says how far a thing swings or strays is a description (stop 39's
        # retrained table had taken it from four BBC sentences)
        ("Traders fear the wild swings of oil prices.", None),
        ("His wild volley gave her a vital break.", None),
        ("He made wild claims about the budget.", "He made claims about the budget."),
    ],
)
def test_wild_that_measures_stays(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seed 6767: "take a … line" names a stance only with its adjective
        ("The government has taken an increasingly harsh line on migrants.", None),
        ("The board adopted a tough line on pay.", None),
        ("He drew a harsh line under the affair.", "He drew a line under the affair."),
    ],
)
def test_a_line_taken_keeps_its_adjective(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 1919 and 2929, each cause on a sentence written here
        # after a word of scarcity, as after a negation, the adjective narrows what is rare
        ("There were few groundbreaking announcements at the trade fair.", None),
        ("Few brilliant ideas emerged from the summit.", None),
        ("Far from a principled stance, the move looked like a retreat.", None),
        # but "a few" is an amount, and "the little" a size
        (
            "A few groundbreaking announcements were made at the fair.",
            "A few announcements were made at the fair.",
        ),
        ("The little village staged a superb festival.", "The little village staged a festival."),
        # how a side is doing is told only by its adjective
        ("Wales maintained their superb start to the tournament.", None),
        ("The striker continued his excellent form with two goals.", None),
        # how thick or dense, and an event still going on, are descriptions
        ("They exchanged thinly veiled attacks on Monday.", None),
        ("Lerner is a key figure in the unfolding FBI inquiry.", None),
    ],
)
def test_the_samples_1919_and_2929_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The paint was thinly spread across the wall.",
        "The village is thinly populated.",
        "The unfolding crisis has forced the minister to resign.",
        "Lerner is a key figure in the unfolding FBI inquiry.",
    ],
)
def test_words_of_density_and_of_an_event_going_on_report(sentence: str) -> None:
    """Review seeds 1919 and 2929: "thinly", "unfolding" were read as the author's words."""
    assert analyze(sentence, length=1).sentences[0].kind == "claim"


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # a sport report's praise goes, but not from what a speaker is reported to have said
        ("The stadium will be a magnificent asset, the mayor said.", None),
        ("Coach Smith said his side played a superb game at the stadium.", None),
        # "exploit" a flaw is the plain technical verb (review seed 1919)
        ("Windows is heavily exploited by virus writers because it is so widespread.", None),
        ("Attackers exploited security holes in the router.", None),
        ("Landlords exploited the housing shortage.", "Landlords used the housing shortage."),
    ],
)
def test_reported_praise_and_exploiting_a_flaw_stay(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seed 2929: the words between "best" and an award's noun name its category
        ("The soap won the best popular comedy award on Sunday.", None),
        ("The show won the best popular drama moment title.", None),
        (
            "The brilliant actress won the best actress prize.",
            "The actress won the best actress prize.",
        ),
    ],
)
def test_an_award_category_keeps_its_words(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 3838 and 4949, each cause on a sentence written here
        # after its verb, "highly" says how high a thing ranks; "entirely", how much
        ("Trade would also feature highly at the summit.", None),
        ("Most households rely entirely on one income.", None),
        # "at least" is a hedge: the adjective after it limits what it covers
        ("Some voters - at least weird voters - ignore the polls.", None),
        # what a demand asks for is the demanders' words
        ("Campaigners are calling for the swift release of the files.", None),
        ("Residents demanded a swift inquiry into the fire.", None),
        (
            "The swift release of the files surprised many.",
            "The release of the files surprised many.",
        ),
        # "great" between a field or a club and a name is a noun
        ("Liverpool great Ian Rush opened the stand.", None),
        # a form in -s after a preposition or a verb's object place is a noun
        ("The report rejects government claims that the scheme works.", None),
        ("Regulators dismissed oil company claims that prices would fall.", None),
        ("The senator claims that the plan works.", "The senator says that the plan works."),
    ],
)
def test_the_samples_3838_and_4949_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 5757 and 6868: what a passive verb says its subject is held to be
        ("I fear being thought rude or uncompromising.", None),
        ("He was thought arrogant and rude by colleagues.", None),
        ("The arrogant manager was sacked.", "The manager was sacked."),
        # an adverb before a cause says how much of the cause it was
        ("The budget rose purely because of demand.", None),
    ],
)
def test_the_samples_5757_and_6868_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seed 5757: what a named source's criticism or warning holds is their view
        ("Warnings by economists that the reckless plan will fail grew louder.", None),
        ("The mayor brushed off criticism from rivals that she had caved to developers.", None),
        # the control: the author's own word, outside any source's view
        ("The reckless reforms were rushed through.", "The reforms were rushed through."),
    ],
)
def test_what_a_named_sources_criticism_holds_is_theirs(
    sentence: str, restated: str | None
) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seed 1111, each cause on a sentence written here
        # what a source found is the source's finding, its words with it
        ("Ofsted found that the school had made disappointing progress.", None),
        ("The Audit Commission found that councils showed worrying delays in repairs.", None),
        # the qualities in the object of praise are the praiser's
        ("The manager saluted the outstanding work of his back four.", None),
        ("The judge commended the brave actions of the passers-by.", None),
        ("The mayor congratulated the staff on a remarkable recovery.", None),
        # the control: the same word in the author's own voice
        (
            "The outstanding work of the staff saved the firm.",
            "The work of the staff saved the firm.",
        ),
        # a way of doing a thing told only by its adjective keeps it (flagged)
        ("Reporters learned that cruel methods were being used.", None),
        ("The guards resorted to brutal tactics.", None),
        # a hegemon is a dominant power, not any power
        (
            "The country has become the hegemon of the region.",
            "The country has become the dominant power of the region.",
        ),
    ],
)
def test_the_sample_1111_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 3333 and 4444, each cause on a sentence written here
        # a verb of saying's plain word does not fit a place or a route
        ("Arguments raged between the two parties for a decade.", None),
        ("Fires raged across the valley overnight.", None),
        # a day told only by what it was like, with a name before it
        ("After a dismal Election Day for the party, its leader resigned.", None),
        ("The grim subject matter put off viewers.", "The subject matter put off viewers."),
        # what is well known is known
        ("The gunman was a well-known criminal.", None),
        # what a thing is known, seen or dismissed as is the holders' view
        ("When he dismissed the story as unfair and misleading, she did not challenge him.", None),
        ("Mr Hale is known as a brilliant lawyer.", None),
        ("Critics portray the mayor as a reckless spender.", None),
        # controls: the author's supposition, and the author's own view
        (
            "The announcement could be seen as a shameful retreat.",
            "The announcement could be seen as a retreat.",
        ),
        ("I see the plan as a shameful retreat.", "I see the plan as a retreat."),
        # "establishment" is also a business
        ("Health inspectors closed the establishment on Friday.", None),
    ],
)
def test_the_samples_3333_and_4444_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 7777 and 8888, each cause on a sentence written here
        # no adjective stands right after a modal: the word there is the verb
        ("The figures, released on Monday, will astonish most economists.", None),
        # a negated degree: "not completely" is not "not"
        ("The estimate, published in May, was not completely off the mark.", None),
        ("It is not that the estimate was completely off the mark.", None),
        (
            "The estimate, published in May, was completely off the mark.",
            "The estimate, published in May, was off the mark.",
        ),
        # a closing verb of saying reports words only when they are set off right before it
        (
            "A school that calls itself an “inclusive community” banned Santa from its "
            "concert after someone complained.",
            None,
        ),
        ("“We will win,” he ranted.", "“We will win,” he said."),
        (
            "“We will win,” the former party leader Ann Hale ranted.",
            "“We will win,” the former party leader Ann Hale said.",
        ),
        # a passive with an adverb before it: claimed (as one's own), not said
        ("The attacks, if they are eventually claimed by the group, would widen the war.", None),
        # a hedge is no judgement: the degree before it stays
        ("A highly improbable exchange of missiles would follow.", None),
        (
            "A highly stupid exchange of missiles would follow.",
            "An exchange of missiles would follow.",
        ),
        # what someone describes is their description
        ("The aides came forward, describing a congressman with a harsh temper.", None),
        # review seed 1010: how much, before a plain adjective, is part of the claim
        ("Employers, surveyed in May, are demanding a completely different set of skills.", None),
    ],
)
def test_the_samples_7777_and_8888_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 1313 and 2424, each cause on a sentence written here
        # "and" before a verb with its object joins two actions, not a removed modifier
        (
            "The results raise the bar enormously and signal a remarkable achievement.",
            "The results raise the bar and signal an achievement.",
        ),
        # "popular" as "of the people" in a name or a vote
        ("The popular mobilisation militias, backed by Tehran, took the town.", None),
        ("She lost the popular vote, the count shows, by a wide margin.", None),
        # in stages is how a thing is done
        ("The restriction, set in 2004, is being eased piecemeal.", None),
    ],
)
def test_the_samples_1313_and_2424_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 3737 and 4848, each cause on a sentence written here
        # the middle of three joined by "or" takes one conjunction with it
        (
            "Voters worry about looking weak or uncompromising or seeming distant.",
            "Voters worry about looking weak or seeming distant.",
        ),
        # "claimed himself a member" is "declared himself": no "said himself"
        ("The gunman had claimed himself a soldier of the movement in a letter.", None),
        # an adverb before a participle before its noun, after a conjunction
        ("Several and arbitrarily chosen dates were given for the vote.", None),
        # how safely or easily a thing is done is a property of the method
        ("Staff can log in to the office network securely from home.", None),
        # a size, not praise: before a noun of quantity; and power over others
        ("The ruling gives great latitude to the courts in such cases.", None),
        ("The union could have a powerful influence on the vote.", None),
        # the margin of a vote after its verb
        ("Voters rejected the plan overwhelmingly in March.", None),
        # fixed phrases
        ("The strike went on to the bitter end.", None),
        # (a control: the adjective before its noun still goes)
        (
            "Officials made an offensive and cruel remark on Monday.",
            "Officials made a remark on Monday.",
        ),
    ],
)
def test_the_samples_3737_and_4848_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # "did so" stands for the verb of the vote: the margin after it is no judgement
        "The council needed a majority to pass the plan, and did so decisively.",
        # a judging adjective that is also a plain noun, used as the noun
        "The army began a new offensive in the north on Monday.",
        "The government pressed on with its offensive this week.",
        # a word before a name's possessive is part of the name
        "Greg Cruel's science fiction film opened in fourth place.",
        # a ranking of a measured result
        "She ran a world-leading time of 14.2 seconds in the heats.",
    ],
)
def test_plain_words_of_the_samples_3737_and_4848_are_not_even_flagged(sentence: str) -> None:
    report = analyze(sentence)
    assert [e.note for c in report.claims for e in c.edits] == []


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 1515 and 2626, each cause on a sentence written here
        # a hyphened plural before "and" is a noun phrase: "and" joins two of them
        (
            "Councils face rising care costs from cost-overruns and exploding staff costs.",
            "Councils face rising care costs from cost-overruns and staff costs.",
        ),
        # (the control: two adjectives before one noun)
        (
            "The minister announced a new and outrageous tax on Monday.",
            "The minister announced a new tax on Monday.",
        ),
        # a participle that says how well placed only with its adverb
        ("The striker was perfectly placed to score from close range.", None),
        # poisonous as a substance is; the last try; a class; an offence as recorded
        ("The old batteries contain toxic metals that leak into the soil.", None),
        ("The club made a last-ditch bid to keep its captain.", None),
        ("The novel mocks the patrician world of the county set.", None),
        ("Police are treating the assault as a racist attack.", None),
    ],
)
def test_the_samples_1515_and_2626_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 3535 and 4646, each cause on a sentence written here
        # an aside between commas after "and" goes; the "and" stays for what follows
        (
            "The shortage was wholly foreseeable and, indeed, widely foreseen.",
            "The shortage was foreseeable and widely foreseen.",
        ),
        # "so-called" before a label that has no plain word stays with it
        ("The court fined two of the so-called oligarchs on Monday.", None),
        # how people feel, right before the people: their reaction
        ("Shocked relatives gathered outside the court on Monday.", None),
        # "invariably" is "always"
        ("Such wars invariably bring a flood of refugees.", None),
        # what kind of result, rule or offence; how much was given
        ("Labour won an outright majority in the election.", None),
        ("Ministers offered nurses a generous pay rise on Monday.", None),
    ],
)
def test_the_samples_3535_and_4646_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


def test_a_share_of_a_group_named_by_a_number_speaks_for_it() -> None:
    report = analyze("Three of his aides said the plan had failed.")
    assert report.sentences[0].speaker == "his aides"


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 6464 and 7575, each cause on a sentence written here
        # "slashed" is "cut" only of an amount: not of a person
        ("The man who slashed a guard with a knife was jailed on Monday.", None),
        (
            "The airline slashed fares on Monday.",
            "The airline cut fares on Monday.",
        ),
        # "claiming it as" is regarding it so: no "saying … as"
        (
            "The conversions which the zealots are painstakingly claiming as voluntary began.",
            "The conversions which the supporters are painstakingly claiming as voluntary began.",
        ),
        # a diagnosis; the speed of a change; a softer manner; a saying marked as one
        (
            "The minister ordered a report on the decision to free a paranoid "
            "schizophrenic killer.",
            None,
        ),
        ("The swift rise in prices led to a new code for lenders.", None),
        ("The judge gently rebuked the lawyers for arriving late.", None),
        ("Rebels ruled the valley by the proverbial fire and sword.", None),
        # how strongly people feel, after "be"
        ("Shareholders were deeply suspicious of the new chairman.", None),
        # a part of a whole named by its quality
        ("The fighters have added a volatile element to the war.", None),
    ],
)
def test_the_samples_6464_and_7575_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # review seeds 5353 and 8181, each cause on a sentence written here
        # how loud a crowd; by how much it changed
        ("The mayor spoke on Monday, to wild applause from the crowd.", None),
        ("After the vote the protests greatly receded in the capital.", None),
        # a term of intelligence work
        (
            "A critical finding of the report was that torture did not yield otherwise "
            "unobtainable actionable intelligence.",
            None,
        ),
    ],
)
def test_the_samples_5353_and_8181_causes(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        # loaded verbs kept and flagged though a plain verb said the same (review seeds
        # 2626, 4848, 6464): "hurled" is "threw" of a thing thrown, "retorted" is "said"
        ("Youths hurled bottles at the riot van.", "Youths threw bottles at the riot van."),
        ("Fans hurled abuse at the referee.", None),
        (
            "The mayor retorted that the count was wrong.",
            "The mayor said that the count was wrong.",
        ),
        # the means after "by": no "said by saying"
        ("Cruz quickly retorted by saying that the ads were not his.", None),
    ],
)
def test_plain_verbs_for_throwing_and_replying(sentence: str, restated: str | None) -> None:
    assert neutralize(sentence) == (restated or sentence)
