"""Kind: claim, opinion or mixed, from one explained linear model.

The model reads three kinds of feature, all in the author's own words (outside
quotations and reported speech):

* cues: counts of each kind of cue (loaded labels, obligation, first person, ...) and
  marks of a report (attribution, numbers, dates, quotation share);
* structure: rhetorical questions, commands to the reader, sarcasm markers,
  counterfactuals, exclamations, an attributed subject;
* words: every word's weight from the opinion-word table
  (:mod:`summarize.perspective.wordtable`), summed over the number of words plus
  ``word_shrink`` (0 in the shipped model: their mean; more draws a short sentence's one
  or two words towards no evidence), how strongly the most judging words judge, and
  how loaded the most loaded words are (the table's ``loaded`` score, learned from the
  words news experts mark as biased: the three features of the most loaded word, the
  three most loaded and how many reach the flag cut).

It is a logistic regression, so the log-odds of opinion are a sum: each feature's
weight times how far the sentence's value lies from an average sentence's, plus the
average sentence's log-odds. Every term is a reason the reader sees, each word's terms
summed into one signed number per word. The weights, the averages, the prior and the
threshold are learned by ``python -m summarize.lab.train`` and kept in
``summarize/data/model.toml``. A sentence at or above the threshold is ``mixed`` when a
reported event or statement remains once the author's judgement is set aside (its
*factual core*), else ``opinion``. A sentence that is wholly a quotation is a claim
(reported speech), whatever the model says.
"""

from __future__ import annotations

import bisect
import math
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from summarize.perspective.attribution import Found, words
from summarize.perspective.cues import FACT_TYPES
from summarize.perspective.wordtable import VoiceWord
from summarize.report import Cue

#: What each non-cue feature means, for the reasons list.
FEATURE_TEXT = {
    "quote_share": "share of the sentence in quotation marks",
    "proper_nouns": "names of people, places and organisations",
    "length": "sentence length",
    "negation": "negation (not, never, nothing)",
    "comparative": "comparison (more, most, better, worse)",
    "second_person": "addresses the reader as ‘you’",
    "modal": "modal verbs (can, could, would, should)",
    "short": "a very short sentence",
    "past_tense": "verbs in the past tense, as in a report of events",
    "present_be": "‘is/are’ statements, as in a description or a verdict",
    "demonstrative_start": "opens with ‘this/that/it’, commenting on what came before",
    "conjunction_start": "opens with ‘but/and/so/yet’, continuing an argument",
    "superlative": "superlatives (most, best, worst)",
    "counterfactual": "what could or should have been (‘could have’, ‘if only’)",
    "rhetoric": "a rhetorical device: a question put for effect, a mark of irony "
    "(‘…, indeed.’, ‘How touching.’), a verbless exclamation (‘What a mess.’)",
    "attributed_subject": "someone else is the subject of saying or believing: their view, "
    "not the author's",
    "no_verb": "a fragment without a verb, as in a comment",
    "words": "the words, as the opinion-word table weighs them",
    "judging_max": "the most judging word",
    "judging_top": "the three most judging words",
    "judging_count": "words that strongly judge",
    "judging_mean": "how judging the words are on average",
    "loaded_max": "the most loaded word (as news experts mark biased wording)",
    "loaded_top": "the three most loaded words",
    "loaded_count": "loaded words",
    "attributed_verdict": "the author judges the words or deeds it reports",
}
#: The same features where the sentence has none, though an average sentence has some: a
#: term against the average is then about what is missing ("no verb in the past tense").
FEATURE_ABSENT = {
    "quote_share": "nothing in quotation marks",
    "proper_nouns": "no names of people, places or organisations",
    "negation": "no negation",
    "comparative": "no comparison",
    "second_person": "does not address the reader",
    "modal": "no modal verb",
    "short": "not a very short sentence",
    "past_tense": "no verb in the past tense, as a report of events would have",
    "present_be": "no ‘is/are’ statement, as a description or a verdict would have",
    "demonstrative_start": "does not open with ‘this/that/it’",
    "conjunction_start": "does not open with ‘but/and/so/yet’",
    "superlative": "no superlative",
    "counterfactual": "nothing about what could or should have been",
    "rhetoric": "no rhetorical device",
    "attributed_subject": "no one else is the subject of saying or believing",
    "no_verb": "a sentence with a verb",
    "attributed_verdict": "the author judges nothing it reports",
}
#: Word-table features: each is split over the words it comes from.
WORD_FEATURES = ("words", "judging_max", "judging_top", "judging_count", "judging_mean")
WORD_FEATURES += ("loaded_max", "loaded_top", "loaded_count")


@dataclass
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float = 0.5
    #: Each feature's value in an average training sentence.
    means: dict[str, float] = field(default_factory=dict)
    #: A word at or above this judging score counts as strongly judging.
    judging_cut: float = 0.8
    #: A word of the author's own is flagged as loaded from this loaded score ...
    flag_cut: float = 0.2
    #: ... when its judging score is at least this.
    flag_gate: float = 0.0
    #: A noun (a loaded label) is flagged from this loaded score (None: ``flag_cut``):
    #: the things a story is about are held to a bar of their own, chosen by CV.
    label_cut: float | None = None
    #: The share of opinion the threshold was chosen for (the training data's).
    prior: float = 0.36
    #: How many sentences' worth of evidence an article's own share is drawn towards
    #: ``prior`` with (below 0: no article shift).
    prior_weight: float = 10.0
    #: The verdict and forecast cues decide a sentence by rule (chosen by CV in training).
    hard_rules: bool = False
    #: Cue types that decide a sentence by rule on their own, in the author's own words
    #: (whoever the sentence reports): the author's verdict on the truth of what was said
    #: ("falsely", "lied", "nonexistent"). Chosen in training (``train --truth-rule``).
    rule_types: tuple[str, ...] = ()
    #: The "words" feature is the sum of the word weights over (number of words +
    #: ``word_shrink``): a short sentence's few words are drawn towards no evidence
    #: rather than taken at full weight (chosen by CV in training; 0: a plain mean).
    word_shrink: float = 0.0
    info: dict[str, str] = field(default_factory=dict)

    @property
    def flags(self) -> tuple[float, float, float]:
        """(flag cut, judging gate, noun cut) for the loaded-word finder."""
        cut = self.flag_cut
        return (cut, self.flag_gate, cut if self.label_cut is None else self.label_cut)

    def logit(self, features: dict[str, float]) -> float:
        return self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())

    def score(self, features: dict[str, float]) -> float:
        return _sigmoid(self.logit(features))

    def average_logit(self) -> float:
        """The log-odds of an average training sentence (made once: every reason reads it)."""
        return self._average_logit

    @cached_property
    def _average_logit(self) -> float:
        return self.bias + sum(w * self.means.get(k, 0.0) for k, w in self.weights.items())

    def contributions(
        self, features: dict[str, float], floor: float = 0.05
    ) -> list[tuple[str, float]]:
        """Each feature's term against an average sentence (word features excluded): the
        sentence's own features, then each the model knows that the sentence lacks."""
        weights, means = self.weights, self.means
        items = [
            (k, weights.get(k, 0.0) * (v - means.get(k, 0.0)))
            for k, v in features.items()
            if k not in WORD_FEATURES
        ]
        items += [term for term in self._absent_terms if term[0] not in features]
        return sorted((i for i in items if abs(i[1]) >= floor), key=lambda i: -abs(i[1]))

    @cached_property
    def _absent_terms(self) -> tuple[tuple[str, float], ...]:
        """The term of each feature with a weight and a mean, for a sentence without it
        (made once: it is the same for every such sentence)."""
        return tuple(
            (k, self.weights[k] * (0.0 - m))
            for k, m in self.means.items()
            if k in self.weights and k not in WORD_FEATURES
        )


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def default_model() -> Model:
    text = (resources.files("summarize") / "data" / "model.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return Model(
        weights={k: float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data.get("threshold", 0.5)),
        means={k: float(v) for k, v in data.get("means", {}).items()},
        judging_cut=float(data.get("judging_cut", 0.8)),
        flag_cut=float(data.get("flag_cut", 0.2)),
        flag_gate=float(data.get("flag_gate", 0.0)),
        label_cut=float(data["label_cut"]) if "label_cut" in data else None,
        hard_rules=bool(data.get("hard_rules", False)),
        rule_types=tuple(data.get("rule_types", ())),
        word_shrink=float(data.get("word_shrink", 0.0)),
        prior=float(data.get("prior", 0.36)),
        prior_weight=float(data.get("prior_weight", 10.0)),
        info={k: str(v) for k, v in data.get("info", {}).items()},
    )


# --- the words --------------------------------------------------------------------------


def word_features(
    found: Sequence[VoiceWord], cut: float, shrink: float = 0.0, loaded_cut: float | None = None
) -> dict[str, float]:
    """The word-table features of a sentence ("words" is the sum of the kind-model
    weights over the number of words plus ``shrink``): how strongly its words judge
    (``cut``: a strongly judging word) and, with ``loaded_cut``, how loaded they are."""
    features: dict[str, float] = {}
    own = [w for w in found if w.judges]
    if own:
        features["words"] = sum(w.weight for w in own) / (len(own) + shrink)
    judged = sorted((w.judging for w in own), reverse=True)
    if judged:
        features["judging_max"] = judged[0]
        top = judged[:3]
        features["judging_top"] = sum(top) / len(top)
        features["judging_count"] = float(min(sum(1 for j in judged if j >= cut), 3))
        features["judging_mean"] = sum(judged) / len(judged)
    if loaded_cut is not None and own:
        scores = sorted((w.loaded for w in own), reverse=True)
        features["loaded_max"] = scores[0]
        features["loaded_top"] = sum(scores[:3]) / len(scores[:3])
        features["loaded_count"] = float(min(sum(1 for x in scores if x >= loaded_cut), 3))
    return {k: v for k, v in features.items() if v}


def word_contributions(model: Model, found: Sequence[VoiceWord]) -> dict[int, float]:
    """Each word's share (by index in ``found``) of the word features' terms against an
    average sentence. The shares add up exactly to those terms, but for the parts that
    belong to no word (an average sentence's words), returned under index -1."""
    shares: dict[int, float] = {}
    means, weights = model.means, model.weights

    def add(index: int, value: float) -> None:
        shares[index] = shares.get(index, 0.0) + value

    own = [i for i, w in enumerate(found) if w.judges]
    if own:
        # words: the word weights over (n + shrink) (the model weight is inside each
        # one); the shrunk part of the average sentence's mean belongs to no word.
        scale = weights.get("words", 1.0)
        size = len(own) + model.word_shrink
        for i in own:
            add(i, scale * (found[i].weight - means.get("words", 0.0)) / size)
        if model.word_shrink:
            add(-1, -scale * means.get("words", 0.0) * model.word_shrink / size)
    else:
        add(-1, -weights.get("words", 1.0) * means.get("words", 0.0))
    families = (("judging", model.judging_cut, True), ("loaded", model.flag_cut, False))
    for family, cut, with_mean in families:
        ranked = sorted(((getattr(found[i], family), i) for i in own), key=lambda t: (-t[0], t[1]))
        names = ("max", "top", "mean") if with_mean else ("max", "top")
        for part in names:
            name = f"{family}_{part}"
            weight = weights.get(name, 0.0)
            if not weight:
                continue
            group = {"max": ranked[:1], "top": ranked[:3]}.get(part, ranked)
            if not group:
                add(-1, -weight * means.get(name, 0.0))
                continue
            for value, i in group:
                add(i, weight * (value - means.get(name, 0.0)) / len(group))
        name = f"{family}_count"
        weight = weights.get(name, 0.0)
        if weight:
            strong = [i for v, i in ranked if v >= cut][:3]
            if strong:
                for i in strong:
                    add(i, weight * (1.0 - means.get(name, 0.0) / len(strong)))
            else:
                add(-1, -weight * means.get(name, 0.0))
    return shares


def features_of(
    cue_features: dict[str, float], found: Sequence[VoiceWord], model: Model | None = None
) -> dict[str, float]:
    """All the model's features of one sentence."""
    model = model or default_model()
    words = word_features(found, model.judging_cut, model.word_shrink, model.flag_cut)
    return {**cue_features, **words, **interactions(cue_features)}


#: Cue types of the author's own judgement of what someone said or did.
VERDICT_ON_REPORT = ("truth_verdict", "evaluative", "manner_adverb", "loaded_verb")
VERDICT_ON_REPORT += ("loaded_label", "verdict_idiom")


def interactions(cue_features: dict[str, float]) -> dict[str, float]:
    """``attributed_verdict``: the sentence reports someone's words or belief and the
    author judges them in the same breath ("He falsely accused ...", "the regime's
    hardliners unacceptably demand ..."). A report's marks push towards a claim; this
    feature gives back what the author's verdict on the report is worth."""
    reported = cue_features.get("attribution", 0.0) > 0 or cue_features.get(
        "attributed_subject", 0.0
    )
    if reported and any(cue_features.get(t, 0.0) > 0 for t in VERDICT_ON_REPORT):
        return {"attributed_verdict": 1.0}
    return {}


@dataclass
class Decision:
    kind: str
    confidence: float
    probability: float
    reasons: list[str]
    core: str | None = None
    #: (label, signed contribution to the log-odds of opinion, against an average sentence)
    contributions: list[tuple[str, float]] = field(default_factory=list)
    #: The model's log-odds before any article shift (None: not decided by the model).
    logit: float | None = None


def _asks(cues: Sequence[Cue]) -> bool:
    """The sentence is the author's own question (its words outside quotation end in ?)."""
    return any(c.type == "rhetorical_question" and not c.quoted for c in cues)


_BE = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"}
_COGNITIVE = {
    "know",
    "knows",
    "knew",
    "understand",
    "understands",
    "understood",
    "believe",
    "believes",
    "think",
    "thinks",
    "feel",
    "feels",
    "seem",
    "seems",
    "appear",
    "appears",
    "deserve",
    "deserves",
    "want",
    "wants",
    "like",
    "likes",
    "hate",
    "hates",
    "apply",
    "applies",
    "matter",
    "matters",
    "mean",
    "means",
}
_IRREGULAR_PAST = {
    "said",
    "told",
    "met",
    "went",
    "took",
    "held",
    "began",
    "won",
    "lost",
    "fled",
    "struck",
    "fought",
    "killed",
    "made",
    "came",
    "gave",
    "left",
    "sent",
    "spent",
    "built",
    "brought",
    "bought",
    "sold",
    "paid",
    "found",
    "wrote",
    "spoke",
    "chose",
    "rose",
    "fell",
    "broke",
    "drove",
    "flew",
    "ran",
    "saw",
    "shot",
    "stole",
    "swore",
    "threw",
    "wore",
    "hit",
    "cut",
    "put",
    "set",
    "shut",
    "led",
    "fed",
    "bled",
    "hid",
    "bit",
    "beat",
    "became",
    "did",
    "got",
}
_GENERIC = re.compile(
    r"(?i)\b(?:time and again|always|never|wherever|whenever|chances are|all too often|as usual)\b"
)


_FREE_RELATIVE = re.compile(
    r"(?i)^\W*(?:what|whatever|whoever|all that|everything that|the only thing)\b"
    r".*?\b(?:is|was|are|were)\b"
)
#: Cue types that are the author's verdict whatever the model's score: a sentence
#: with one of them in the author's own words is at least mixed.
JUDGING = ("truth_verdict", "evaluative", "verdict_idiom")
#: The author's forecast or demand, when the sentence attributes it to nobody else.
FORWARD = ("prediction", "obligation", "interpretation", "copular_verdict", "imperative")


def factual_core(text: str, start: int, found: Found, cues: list[Cue]) -> str | None:
    """Why a reported event or statement remains once the judgement is set aside."""
    author = [c for c in cues if not c.quoted]
    forward = {"prediction", "obligation", "hedge", "imperative"} & {c.type for c in author}
    if found.speaker and found.verb:
        return f"it reports what {found.speaker} said or did (‘{found.verb}’)"
    if found.speaker and found.quotes:
        return f"it quotes {found.speaker}"
    if _GENERIC.search(text) or forward:
        return None
    if any(c.type in ("time_reference", "number") for c in author):
        return "it dates or counts a specific event"
    if _FREE_RELATIVE.match(text):
        return None  # "What went wrong ... is a lesson": the event is only the subject
    # Judging words are not the event; a loaded verb ("crushing") still names one.
    judged = [
        (c.start - start, c.end - start) for c in author if c.weight > 0 and c.type != "loaded_verb"
    ]
    tokens = [
        w.lower()
        for s, e, w in words(text)
        if not (w.lower().endswith("ly") and len(w) > 4)  # "are quickly building"
        and not any(
            a <= s and e <= b for a, b in judged
        )  # a judging compound is the judgement, not the event
    ]
    for i, token in enumerate(tokens):
        if token in _COGNITIVE:
            continue
        if token in _IRREGULAR_PAST or (
            token.endswith("ed") and len(token) > 4 and i > 0 and tokens[i - 1] not in _BE
        ):
            return f"it reports an action (‘{token}’)"
        if token.endswith("ing") and i > 0 and tokens[i - 1] in {"is", "are", "was", "were"}:
            return f"it reports an action under way (‘{tokens[i - 1]} {token}’)"
    return None


RULE_CONFIDENCE = 0.8


def judgements(cues: list[Cue], found: Found) -> list[Cue]:
    """The author's own verdicts (what the hard rules, when switched on, decide by)."""
    author = [c for c in cues if not c.quoted]
    verdicts = [c for c in author if c.type in JUDGING]
    if not found.speaker:
        verdicts += [c for c in author if c.type in FORWARD]
    return verdicts


#: The features :func:`reported_only` reads: all that :func:`decide` reads of them when it
#: is given the log-odds and the terms already made (a sentence decided again).
REPORTED_FEATURES = ("attributed_subject", "judging_count")


def reported_only(features: dict[str, float], cues: list[Cue], found: Found) -> bool:
    """Someone else's words or belief ("Critics say …", "The council believes … should")
    and no cue of the author's own voice anywhere: reported speech, like a quotation.
    On CheckThat! train the rule is right 91 times in 100 and leaves macro-F1 as it is
    (0.756 -> 0.758); it keeps the model from reading the speaker's view as the author's."""
    from summarize.perspective.cues import OPINION_TYPES

    subject, judging = REPORTED_FEATURES
    attributed = features.get(subject) or (found.speaker and found.verb)
    if features.get(judging):
        return False  # a strongly judging word of the author's ("Cronies will say ...")
    return bool(attributed) and not any(c.type in OPINION_TYPES and not c.quoted for c in cues)


def exhortation(cues: list[Cue], found: Found) -> Cue | None:
    """An imperative addressed to the reader outside quotation marks, in a sentence that
    reports nobody ("Vote them out in November."). A hard rule, not a learned weight: the
    construction is too rare in CheckThat! train+dev for a weight (1 sentence once
    navigation and suppositions are set aside; the learned weight is 0), while on Webis
    editorials 22 of 26 such sentences are opinion, of which the model alone called about
    half opinion (``imperative_rows`` in summarize/lab/eval_voice.py measures it)."""
    if found.speaker or found.quote_only:
        return None
    return next((c for c in cues if c.type == "imperative" and not c.quoted), None)


def forced(cues: list[Cue], found: Found, hard_rules: bool) -> int | None:
    """0 when the rules make the sentence a report, 1 when they make it opinion, else None."""
    if found.quote_only:
        return 0
    if hard_rules and judgements(cues, found):
        return 1
    return None


def decide(
    features: dict[str, float],
    cues: list[Cue],
    found: Found,
    text: str,
    start: int = 0,
    model: Model | None = None,
    voice: Sequence[VoiceWord] = (),
    *,
    shift: float = 0.0,
    share: float | None = None,
    explained: bool = True,
    terms: Sequence[tuple[str, float]] | None = None,
    logit: float | None = None,
    lines: Sequence[str] | None = None,
    core: tuple[str | None] | None = None,
) -> Decision:
    """The sentence's kind. ``shift`` moves the log-odds by the article's own share of
    opinion (``share``), estimated by :func:`article_shift`. ``explained=False`` gives
    the same kind, scores and signed terms (``contributions``, which do not depend on
    the shift) without the reasons: a first look, for a sentence decided again once its
    article is known, where the terms are made (in parallel for a long text). ``terms``
    are those terms when they are already made: ``voice`` is then not read; ``logit`` is
    ``model.logit(features)`` when it is already known; ``lines`` are the reason lines of
    the first :data:`REASON_TERMS` terms (:func:`term_line`) when they are made; ``core``
    is :func:`factual_core`'s answer, in a 1-tuple, when it has been asked already."""
    model = model or default_model()
    logit = model.logit(features) if logit is None else logit
    probability = _sigmoid(logit + shift)
    contributions = list(terms) if terms is not None else explain(model, features, cues, voice)
    reasons: list[str] = []
    if explained or found.quote_only:  # a quotation is not decided again (no logit)
        made = list(lines) if lines is not None else None
        if shift:
            # the terms are largest first (explain): the shift goes after those as large
            whole = (f"the article as a whole (about {share:.0%} opinion)", shift)
            at = bisect.bisect_right(contributions, _largest_first(whole), key=_largest_first)
            contributions.insert(at, whole)
            if made is not None:
                made.insert(at, term_line(*whole))
        reasons = _reasons(model, probability, contributions, made)
    if found.quote_only:
        return Decision(
            kind="claim",
            confidence=0.9,
            probability=probability,
            reasons=[
                f"the whole sentence is a quotation of {found.speaker or 'someone'}: "
                "reported speech, not the author's own words",
                *reasons,
            ],
            core="it is a quotation",
            contributions=contributions,
        )
    if reported_only(features, cues, found):
        return Decision(
            kind="claim",
            confidence=max(1.0 - probability, 0.6),
            probability=probability,
            reasons=[
                f"it reports the words or thoughts of {found.speaker or 'someone else'}, "
                "with no judging word of the author's own: their view, not the author's",
                *reasons,
            ],
            core="it reports someone else's view",
            contributions=contributions,
            logit=logit,
        )
    verdicts = judgements(cues, found) if model.hard_rules else []
    verdicts += [c for c in cues if c.type in model.rule_types and not c.quoted]
    command = exhortation(cues, found)
    if probability < model.threshold and command is not None:
        reasons = [
            f"‘{command.text}’ opens a command to the reader in the author's own voice: "
            "the author's exhortation, not a report",
            *reasons,
        ]
        probability = max(probability, RULE_CONFIDENCE)
    if probability < model.threshold and not verdicts and _asks(cues):
        return Decision(
            kind="other",
            confidence=1.0 - probability,
            probability=probability,
            reasons=[
                "a question in the author's own voice: it asks and states nothing, so there "
                "is no claim to restate (and its opinion score is below the line)",
                *reasons,
            ],
            contributions=contributions,
            logit=logit,
        )
    if probability < model.threshold and not verdicts:
        return Decision(
            kind="claim",
            confidence=1.0 - probability,
            probability=probability,
            reasons=reasons,
            contributions=contributions,
            logit=logit,
        )
    if probability < model.threshold:
        cue = verdicts[0]
        reasons = [
            f"‘{cue.text}’ is the author's own {cue.type.replace('_', ' ')}: "
            "the sentence passes judgement whatever else it reports",
            *reasons,
        ]
        probability = max(probability, RULE_CONFIDENCE)
    core_text = factual_core(text, start, found, cues) if core is None else core[0]
    if core_text:
        return Decision(
            kind="mixed",
            confidence=probability,
            probability=probability,
            reasons=[*reasons, f"factual core kept as a claim: {core_text}"],
            core=core_text,
            contributions=contributions,
            logit=logit,
        )
    return Decision(
        kind="opinion",
        confidence=probability,
        probability=probability,
        reasons=[*reasons, "no reported event or statement to keep as a claim"],
        contributions=contributions,
        logit=logit,
    )


def article_shift(model: Model, logits: Sequence[float]) -> tuple[float, float]:
    """How far the article's own mix of opinion moves each sentence's log-odds, and that
    mix (the share of opinion), estimated from all its sentences at once.

    The model is trained as if opinion and report were equally common, and its threshold
    is chosen on its training data, whose share of opinion this same estimate puts at
    ``model.prior``. Articles differ: straight news is mostly report, an editorial mostly
    opinion. The share is estimated by expectation-maximisation over the article's
    sentences (Saerens et al. 2002), drawn towards ``model.prior`` by
    ``model.prior_weight`` sentences' worth of evidence; the shift is the change in prior
    odds. Sentences taken one by one get none.
    """
    if len(logits) < 2 or model.prior_weight < 0:
        return 0.0, model.prior
    import numpy as np  # loaded by the summary already; not by a sentence taken alone

    prior = model.prior
    share = 0.5
    z = np.asarray(logits, dtype=float)
    for _ in range(30):
        odds = math.log(share / (1.0 - share))
        total = float((1.0 / (1.0 + np.exp(-np.clip(z + odds, -30.0, 30.0)))).sum())
        share = (total + model.prior_weight * prior) / (len(logits) + model.prior_weight)
        share = min(max(share, 0.02), 0.98)
    shift = math.log(share / (1.0 - share)) - math.log(prior / (1.0 - prior))
    return (shift if abs(shift) >= 0.01 else 0.0), share


def explain(
    model: Model,
    features: dict[str, float],
    cues: list[Cue],
    voice: Sequence[VoiceWord],
    floor: float = 0.05,
) -> list[tuple[str, float]]:
    """Signed terms of the log-odds against an average sentence: cues and features by
    name (with the author's words that fired them), words one by one, largest first.
    With ``floor=0`` they add up exactly to the log-odds minus an average sentence's."""
    examples: dict[str, list[str]] = {}
    for cue in cues:
        if not cue.quoted:
            examples.setdefault(cue.type, []).append(cue.text)
    terms: list[tuple[str, float]] = []
    for name, value in model.contributions(features, floor):
        label = FEATURE_TEXT.get(name, name.replace("_", " "))
        if not features.get(name):  # what the sentence lacks, not what it has
            label = FEATURE_ABSENT.get(name) or f"no {label} cue"
        elif features.get(name, 0.0) < model.means.get(name, 0.0):
            label += " (less than in an average sentence)"
        if name in examples:
            label += " " + ", ".join(f"‘{t}’" for t in examples[name][:3])
        terms.append((label, value))
    shares = word_contributions(model, voice)
    by_word: dict[str, float] = {}
    for index, value in shares.items():
        label = "other words" if index < 0 else f"‘{voice[index].text}’"
        by_word[label] = by_word.get(label, 0.0) + value
    terms += [(k, v) for k, v in by_word.items() if abs(v) >= floor]
    return sorted(terms, key=_largest_first)


def _largest_first(term: tuple[str, float]) -> float:
    return -abs(term[1])


#: A decision's reasons name at most this many of its signed terms, largest first.
REASON_TERMS = 8


def term_line(label: str, value: float) -> str:
    """One signed term as a reason: "‘slammed’ (towards opinion, +0.84)"."""
    direction = "towards opinion" if value > 0 else "towards a report"
    return f"{label} ({direction}, {value:+.2f})"


def _reasons(
    model: Model,
    probability: float,
    terms: list[tuple[str, float]],
    lines: list[str] | None = None,
) -> list[str]:
    average = _sigmoid(model.average_logit())
    reasons = [
        f"opinion score {probability:.0%} (an average sentence {average:.0%}; "
        f"opinion from {model.threshold:.0%})"
    ]
    if lines is None:
        reasons += [term_line(label, value) for label, value in terms[:REASON_TERMS]]
    else:
        reasons += lines[:REASON_TERMS]
    return reasons


def cue_weight(model: Model, cue: Cue) -> float:
    """The cue's weight in the trained model (its lexicon weight if the model has none)."""
    learned = model.weights.get(cue.type)
    if learned is not None and learned != 0:
        return round(learned, 3)
    return cue.weight if cue.type not in FACT_TYPES else -abs(cue.weight)
