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


#: How many occurrences' worth of evidence one occurrence of a word in the writer's own
#: words of straight news (BBC articles 400 on) counts as an unmarked use: a word that news
#: writers use plainly and often ("spam", "worm", "rap" in a music story) is conventional
#: news vocabulary, not a judgement. 0 leaves the news out. Chosen by the same CV.
NEWS_WEIGHTS = (0.0, 0.01, 0.03, 0.1, 0.3)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|‘[^’]*’(?!\w)")


def news_counts(vocabulary: list[str], texts: list[str]) -> np.ndarray:
    """Per word: how often it stands in the writer's own words of ``texts`` (outside
    quotation marks; capitalised words, names or sentence openings, left out, as the
    product never flags names)."""
    from summarize.text.words import words

    vocab = {w: i for i, w in enumerate(vocabulary)}
    counts = np.zeros(len(vocabulary))
    for text in texts:
        for _s, _e, word in words(_QUOTED.sub(" ", text)):
            if word[:1].isupper():
                continue
            index = vocab.get(word.replace("’", "'").lower())
            if index is not None:
                counts[index] += 1
    return counts


def _loaded_counts(
    sentences: list[tuple[str, set[str]]], vocab: dict[str, int]
) -> list[list[tuple[int, bool, bool]]]:
    """Per sentence: (word, marked, a noun) tokens. Names (a capital inside the sentence)
    are left out: the product never flags them."""
    from summarize.text.tagging import tags
    from summarize.text.words import words

    tokens: list[list[tuple[int, bool, bool]]] = []
    for text, biased in sentences:
        row = []
        found = words(text)
        tagged = tags([w for _s, _e, w in found])
        for i, (_s, _e, word) in enumerate(found):
            if i > 0 and word[:1].isupper():
                continue
            key = word.replace("’", "'").lower()
            if key in vocab:
                row.append((vocab[key], key in biased, tagged[i] in ("NN", "NNS")))
        tokens.append(row)
    return tokens


Setting = tuple[float, float, float | None, float, float]


def induce_loaded(
    vocabulary: list[str],
    matrix: np.ndarray,
    judging: np.ndarray,
    sentences: list[tuple[str, set[str]]],
    *,
    news: np.ndarray | None = None,
    l2: float = 1.0,
    folds: int = 5,
) -> tuple[np.ndarray, Setting, dict[Setting, float]]:
    """Each word's probability of being marked as biased wording (0..1), from the biased
    words of news sentences (BABE); and the setting (judging gate, loaded cut, shrink,
    news weight, noun cut) whose flags best match the marks on held-out sentences (token
    F1 by ``folds``-fold CV), with each setting's F1. The score is the vector model's,
    or (``shrink`` k) a word's own marked rate in the training sentences shrunk towards
    it: (marked + k * model) / (seen + news weight * news + k), where ``news`` counts
    each word's plain uses in straight news. A noun (a label) is flagged from its own cut,
    so that the names of things a story is about are held to a stricter bar than the
    adjectives and verbs that judge them, if the marks say so."""
    vocab = {w: i for i, w in enumerate(vocabulary)}
    tokens = _loaded_counts(sentences, vocab)
    features = np.hstack([matrix, judging[:, None]])
    plain_news = np.zeros(len(vocabulary)) if news is None else news
    weights = NEWS_WEIGHTS if news is not None else (0.0,)

    def train(rows: list[int]) -> dict[tuple[float | None, float], np.ndarray]:
        from summarize.lab.linear import fit, predict

        seen = np.zeros(len(vocab))
        marked = np.zeros(len(vocab))
        for r in rows:
            for index, flag, _noun in tokens[r]:
                seen[index] += 1
                marked[index] += flag
        used = np.flatnonzero(seen)
        x = np.vstack([features[used], features[used]])
        y = np.concatenate([np.ones(len(used)), np.zeros(len(used))])
        w = np.concatenate([marked[used], seen[used] - marked[used]])
        keep = w > 0
        coef, intercept = fit(x[keep], y[keep], l2=l2, weights=w[keep] * keep.sum() / w.sum())
        prior = predict(features, coef, intercept)
        out: dict[tuple[float | None, float], np.ndarray] = {(None, 0.0): prior}
        for k in SHRINKS:
            if k is not None:
                for n in weights:
                    out[(k, n)] = (marked + k * prior) / (seen + n * plain_news + k)
        return out

    order = np.random.default_rng(11).permutation(len(sentences))
    held_out: dict[tuple[float | None, float], list[np.ndarray]] = {}
    flags, nouns, judged = [], [], []
    for k in range(folds):
        held = order[k::folds].tolist()
        held_set = set(held)
        scored = train([r for r in range(len(sentences)) if r not in held_set])
        index = [i for r in held for i, _f, _n in tokens[r]]
        flags += [f for r in held for _i, f, _n in tokens[r]]
        nouns += [n for r in held for _i, _f, n in tokens[r]]
        judged.append(judging[index])
        for key, scores in scored.items():
            held_out.setdefault(key, []).append(scores[index])
    f = np.array(flags, dtype=bool)
    noun = np.array(nouns, dtype=bool)
    j = np.concatenate(judged)
    f1: dict[Setting, float] = {}
    for (shrink, weight), parts in held_out.items():
        s = np.concatenate(parts)
        for gate in JUDGING_GATES:
            gated = j >= gate
            for cut in LOADED_CUTS:
                other = gated & ~noun & (s >= cut)
                for noun_cut in LOADED_CUTS:
                    if noun_cut < cut:
                        continue  # a noun is held to the same bar or a stricter one
                    flagged = other | (gated & noun & (s >= noun_cut))
                    tp = int((flagged & f).sum())
                    fp = int((flagged & ~f).sum())
                    fn = int((~flagged & f).sum())
                    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
                    f1[(gate, cut, shrink, weight, noun_cut)] = 2 * p * r / max(p + r, 1e-9)
    best = max(f1, key=lambda c: (round(f1[c], 4), -c[3], -c[4]))
    return train(list(range(len(sentences))))[(best[2], best[3] if best[2] else 0.0)], best, f1
