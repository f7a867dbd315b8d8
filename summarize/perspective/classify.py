"""Kind: claim, opinion or mixed, with a confidence and the reasons.

A small logistic model reads the sentence's features (counts of the author's
own cues, and marks of a report such as attribution, dates and numbers) and
gives the probability that the sentence carries the author's view. Its few
weights are trained by ``python -m summarize.lab.train`` on labelled data and kept
in ``summarize/data/model.toml``; each weight times its feature is a reason the
reader can see. A sentence above the threshold is ``mixed`` when a reported
event or statement remains once the author's judgement is set aside (its
*factual core*), else ``opinion``.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from summarize.perspective.attribution import Found
from summarize.perspective.cues import FACT_TYPES
from summarize.report import Cue
from summarize.text.words import words

#: What each non-cue feature means, for the reasons list.
FEATURE_TEXT = {
    "quote_share": "share of the sentence in quotation marks",
    "quote_only": "the sentence is a quotation",
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
    "bias": "baseline",
}


@dataclass
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float = 0.5
    #: Threshold above which a sentence with a factual core is still "opinion".
    info: dict[str, str] = field(default_factory=dict)

    def score(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def contributions(self, features: dict[str, float]) -> list[tuple[str, float]]:
        items = [(k, self.weights.get(k, 0.0) * v) for k, v in features.items()]
        return sorted((i for i in items if abs(i[1]) >= 0.05), key=lambda i: -abs(i[1]))


@lru_cache(maxsize=1)
def default_model() -> Model:
    text = (resources.files("summarize") / "data" / "model.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return Model(
        weights={k: float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data.get("threshold", 0.5)),
        info={k: str(v) for k, v in data.get("info", {}).items()},
    )


@dataclass
class Decision:
    kind: str
    confidence: float
    probability: float
    reasons: list[str]
    core: str | None = None


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
        return None  # "What happened ... is an incentive": the event is only the subject
    # Judging words are not the event; a loaded verb ("crushing") still names one.
    judged = [
        (c.start - start, c.end - start) for c in author if c.weight > 0 and c.type != "loaded_verb"
    ]
    tokens = [
        w.lower()
        for s, e, w in words(text)
        if not (w.lower().endswith("ly") and len(w) > 4)  # "are swiftly crushing"
        and not any(a <= s and e <= b for a, b in judged)  # "US-dominated" is the judgement
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
    """The author's own verdicts that make a sentence opinion whatever the model says."""
    author = [c for c in cues if not c.quoted]
    verdicts = [c for c in author if c.type in JUDGING]
    if not found.speaker:
        verdicts += [c for c in author if c.type in FORWARD]
    return verdicts


def forced(cues: list[Cue], found: Found) -> int | None:
    """0 when the rules make the sentence a report, 1 when they make it opinion, else None."""
    if found.quote_only:
        return 0
    return 1 if judgements(cues, found) else None


def decide(
    features: dict[str, float],
    cues: list[Cue],
    found: Found,
    text: str,
    start: int = 0,
    model: Model | None = None,
) -> Decision:
    model = model or default_model()
    probability = model.score(features)
    reasons = _reasons(model, features, cues)
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
        )
    verdicts = judgements(cues, found)
    if probability < model.threshold and not verdicts:
        return Decision(
            kind="claim", confidence=1.0 - probability, probability=probability, reasons=reasons
        )
    if probability < model.threshold:
        cue = verdicts[0]
        reasons = [
            f"‘{cue.text}’ is the author's own {cue.type.replace('_', ' ')}: "
            "the sentence passes judgement whatever else it reports",
            *reasons,
        ]
        # The rule is right about 8 times in 10 on BABE's expert labels (docs/EVALUATION.md).
        probability = max(probability, RULE_CONFIDENCE)
    core = factual_core(text, start, found, cues)
    if core:
        return Decision(
            kind="mixed",
            confidence=probability,
            probability=probability,
            reasons=[*reasons, f"factual core kept as a claim: {core}"],
            core=core,
        )
    return Decision(
        kind="opinion",
        confidence=probability,
        probability=probability,
        reasons=[*reasons, "no reported event or statement to keep as a claim"],
    )


def _reasons(model: Model, features: dict[str, float], cues: list[Cue]) -> list[str]:
    examples: dict[str, list[str]] = {}
    for cue in cues:
        if not cue.quoted:
            examples.setdefault(cue.type, []).append(cue.text)
    reasons = []
    for name, value in model.contributions(features)[:6]:
        direction = "towards opinion" if value > 0 else "towards a report"
        if name in examples:
            shown = ", ".join(f"‘{t}’" for t in examples[name][:3])
            label = name.replace("_", " ")
            reasons.append(f"{label} {shown} ({direction}, {value:+.2f})")
        else:
            reasons.append(f"{FEATURE_TEXT.get(name, name)} ({direction}, {value:+.2f})")
    return reasons


def cue_weight(model: Model, cue: Cue) -> float:
    """The cue's weight in the trained model (its lexicon weight if untrained).

    Cues that decide a sentence by rule (verdicts, predictions, demands...) keep their
    lexicon weight when the model has none for them: the rule, not the model, uses them.
    """
    learned = model.weights.get(cue.type)
    if learned is not None and (learned > 0 or cue.type not in JUDGING + FORWARD):
        return round(learned, 3)
    return cue.weight if cue.type not in FACT_TYPES else -abs(cue.weight)
