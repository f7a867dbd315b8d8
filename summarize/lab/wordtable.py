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


JUDGING_GATES = (0.0, 0.5, 0.6, 0.7, 0.8)
LOADED_CUTS = (0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4)
#: How many occurrences' worth of the vector model's score a word's own rate of being
#: marked in the training sentences is shrunk towards (empirical Bayes): a word the
#: experts saw often and rarely marked ("games") falls, one they marked often
#: ("threatens") rises, an unseen word keeps its neighbours' score. None: the vector
#: model alone. Chosen with the gate and the cut by the same cross-validation.
SHRINKS = (None, 30.0, 10.0, 3.0)


def _loaded_counts(
    sentences: list[tuple[str, set[str]]], vocab: dict[str, int]
) -> tuple[np.ndarray, np.ndarray, list[list[tuple[int, bool]]]]:
    """Per word: occurrences and times marked biased; per sentence: (word, marked) tokens.
    Names (a capital inside the sentence) are left out: the product never flags them."""
    from summarize.text.words import words

    seen = np.zeros(len(vocab))
    marked = np.zeros(len(vocab))
    tokens: list[list[tuple[int, bool]]] = []
    for text, biased in sentences:
        row = []
        for i, (_s, _e, word) in enumerate(words(text)):
            if i > 0 and word[:1].isupper():
                continue
            key = word.replace("’", "'").lower()
            if key in vocab:
                row.append((vocab[key], key in biased))
        tokens.append(row)
    return seen, marked, tokens


def induce_loaded(
    vocabulary: list[str],
    matrix: np.ndarray,
    judging: np.ndarray,
    sentences: list[tuple[str, set[str]]],
    *,
    l2: float = 1.0,
    folds: int = 5,
) -> tuple[
    np.ndarray, tuple[float, float, float | None], dict[tuple[float, float, float | None], float]
]:
    """Each word's probability of being marked as biased wording (0..1), from the biased
    words of news sentences (BABE); and the (judging gate, loaded cut, shrink) whose flags
    best match the marks on held-out sentences (token F1 by ``folds``-fold CV), with
    each setting's F1. The score is the vector model's, or (``shrink`` k) a word's own
    marked rate in the training sentences shrunk towards it: (marked + k * model) /
    (seen + k)."""
    vocab = {w: i for i, w in enumerate(vocabulary)}
    _seen, _marked, tokens = _loaded_counts(sentences, vocab)
    features = np.hstack([matrix, judging[:, None]])

    def train(rows: list[int]) -> dict[float | None, np.ndarray]:
        from summarize.lab.linear import fit, predict

        seen = np.zeros(len(vocab))
        marked = np.zeros(len(vocab))
        for r in rows:
            for index, flag in tokens[r]:
                seen[index] += 1
                marked[index] += flag
        used = np.flatnonzero(seen)
        x = np.vstack([features[used], features[used]])
        y = np.concatenate([np.ones(len(used)), np.zeros(len(used))])
        w = np.concatenate([marked[used], seen[used] - marked[used]])
        keep = w > 0
        coef, intercept = fit(x[keep], y[keep], l2=l2, weights=w[keep] * keep.sum() / w.sum())
        prior = predict(features, coef, intercept)
        return {k: prior if k is None else (marked + k * prior) / (seen + k) for k in SHRINKS}

    order = np.random.default_rng(11).permutation(len(sentences))
    held_out: dict[float | None, list[tuple[float, float, bool]]] = {k: [] for k in SHRINKS}
    for k in range(folds):
        held = set(order[k::folds].tolist())
        scored = train([r for r in range(len(sentences)) if r not in held])
        for shrink, scores in scored.items():
            held_out[shrink] += [
                (float(scores[index]), float(judging[index]), flag)
                for r in held
                for index, flag in tokens[r]
            ]
    f1 = {}
    for shrink, rows in held_out.items():
        for gate in JUDGING_GATES:
            for cut in LOADED_CUTS:
                tp = sum(1 for s, j, f in rows if f and s >= cut and j >= gate)
                fp = sum(1 for s, j, f in rows if not f and s >= cut and j >= gate)
                fn = sum(1 for s, j, f in rows if f and not (s >= cut and j >= gate))
                p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
                f1[(gate, cut, shrink)] = 2 * p * r / max(p + r, 1e-9)
    best = max(f1, key=lambda c: f1[c])
    return train(list(range(len(sentences))))[best[2]], best, f1
