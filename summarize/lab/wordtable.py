"""The opinion-word table: how strongly each common word signals the writer's judgement.

A logistic regression on GloVe vectors learns it from two MIT-licensed seed lists that
ship inside installed packages: TextBlob's subjectivity lexicon (words of subjectivity
>= 0.6) and VADER's valence lexicon (|valence| >= 1.5). Negatives are frequent words in
neither list. The regression then scores the 100,000 most frequent words, so that a
word no list has ("hellbent", "vassal") gets the score of its neighbours in meaning.
Training only: the product ships the scores, never the vectors.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

#: Seed thresholds.
SUBJECTIVE = 0.6
VALENCE = 1.5
#: Negatives are drawn from this many of the most frequent words.
NEGATIVE_POOL = 30_000


def textblob_subjectivity() -> dict[str, float]:
    """Each word form's mean subjectivity in TextBlob's bundled (pattern) lexicon."""
    import textblob.en

    path = Path(textblob.en.__file__).parent / "en-sentiment.xml"
    scores: dict[str, list[float]] = {}
    for node in ET.parse(path).getroot().iter("word"):
        form = (node.get("form") or "").lower()
        if form:
            scores.setdefault(form, []).append(float(node.get("subjectivity") or 0.0))
    return {w: sum(v) / len(v) for w, v in scores.items()}


def vader_valence() -> dict[str, float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return {w.lower(): float(v) for w, v in SentimentIntensityAnalyzer().lexicon.items()}


def seeds(vocabulary: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of positive and negative seed words in ``vocabulary``."""
    subjective = textblob_subjectivity()
    valence = vader_valence()
    positives, negatives = [], []
    for i, word in enumerate(vocabulary):
        s, v = subjective.get(word), valence.get(word)
        if (s is not None and s >= SUBJECTIVE) or (v is not None and abs(v) >= VALENCE):
            positives.append(i)
        elif s is None and v is None and i < NEGATIVE_POOL and re.fullmatch(r"[a-z]+", word):
            negatives.append(i)
    return positives, negatives


def _seed_matrix(vocabulary: list[str], matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    positives, negatives = seeds(vocabulary)
    x = matrix[positives + negatives]
    y = np.array([1] * len(positives) + [0] * len(negatives))
    return x, y


def induce(vocabulary: list[str], matrix: np.ndarray, *, l2: float = 1.0) -> np.ndarray:
    """Each word's probability of being an opinion word (0..1)."""
    from summarize.lab.linear import balanced, fit, predict

    x, y = _seed_matrix(vocabulary, matrix)
    coef, intercept = fit(x, y, l2=l2, weights=balanced(y))
    return predict(matrix, coef, intercept)


def seed_cv(vocabulary: list[str], matrix: np.ndarray, l2: float, folds: int = 5) -> float:
    """Cross-validated ROC AUC of the seed classifier (a check that it generalises)."""
    from summarize.lab.linear import auc, balanced, fit, predict

    x, y = _seed_matrix(vocabulary, matrix)
    order = np.random.default_rng(7).permutation(len(y))
    scores = np.zeros(len(y))
    for k in range(folds):
        held = order[k::folds]
        train = np.setdiff1d(order, held)
        coef, intercept = fit(x[train], y[train], l2=l2, weights=balanced(y[train]))
        scores[held] = predict(x[held], coef, intercept)
    return auc(scores, y)
