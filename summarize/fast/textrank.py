"""TextRank as sumy computes it, vectorised.

sumy's ``TextRankSummarizer`` (0.13):

- each sentence is the list of stems of its non-stop words, repeats kept;
- the weight of a pair (the diagonal included) is ``sum(words_j.count(w) for w
  in words_i)``, which is the dot product of the two count vectors, divided by
  ``log(len_i) + log(len_j)``; when both sentences have one word that sum is 0
  and the weight is the count itself (0 or 1);
- rows are divided by their sums plus ``1e-7``; the transition matrix is
  ``(1 - 0.85) / N`` everywhere plus ``0.85`` times those weights;
- the power method starts from ``1/N`` and repeats ``p = M.T @ p`` (no
  normalisation) until ``|p - p_old| <= 1e-4``. Mass that falls into a sentence
  without words is lost on every step, so ratings can shrink towards 0;
- ratings are keyed by sentence: repeated sentences get the last copy's rating.

Up to :data:`DENSE_LIMIT` sentences the same dense matrices go through the same
numpy calls as in sumy, so the ratings are the same floating-point numbers.
Above it nothing n x n is ever built, and the result is still exact (up to
rounding): the weight matrix is ``K / (L_i + L_j)`` with ``K = C C^T`` (``C``
the count matrix) and ``L = log(len)``; grouping sentences by length ``g``,
``(W x)_i = C_i . sum_h (C_h^T x_h) / (L_g + L_h)``, which costs a pass over
the counts plus a (lengths x lengths) by (lengths x terms) product per step.
"""

from __future__ import annotations

import math

import numpy as np

from summarize.fast.pairs import dense_gram
from summarize.fast.terms import Counts, Result, Terms

EPSILON = 1e-4
DAMPING = 0.85
ZERO_DIVISION_PREVENTION = 1e-7
DENSE_LIMIT = 2000
#: Terms whose (lengths x terms) block is made at once on the long-text path.
TERM_BLOCK = 4096


def rate(terms: Terms) -> Result:
    n = terms.n
    if n == 0:
        return Result(np.zeros(0))
    counts = terms.content
    lengths = counts.lengths().astype(np.int64)
    if n <= DENSE_LIMIT:
        scores = _dense_scores(counts, lengths, n)
    else:
        scores = _grouped_scores(counts, lengths, n)
    return Result(scores[terms.last_of_each()])


def _logs(lengths: np.ndarray) -> np.ndarray:
    """math.log of each length (the same float as sumy's), 0 where there are no words."""
    table = {k: math.log(k) for k in set(lengths.tolist()) if k > 0}
    return np.array([table.get(int(k), 0.0) for k in lengths])


def _dense_scores(counts: Counts, lengths: np.ndarray, n: int) -> np.ndarray:
    shared = dense_gram(counts, n)  # exact integers
    logs = _logs(lengths)
    norm = logs[:, None] + logs[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        weights = np.where(np.isclose(norm, 0.0), shared, shared / norm)
    weights[shared == 0] = 0.0
    weights /= weights.sum(axis=1)[:, np.newaxis] + ZERO_DIVISION_PREVENTION
    matrix = np.full((n, n), (1.0 - DAMPING) / n) + DAMPING * weights
    return power_method(matrix, EPSILON)


def power_method(matrix: np.ndarray, epsilon: float) -> np.ndarray:
    """sumy's ``TextRankSummarizer.power_method``, call for call."""
    transposed_matrix = matrix.T
    sentences_count = len(matrix)
    p_vector = np.array([1.0 / sentences_count] * sentences_count)
    lambda_val = 1.0
    while lambda_val > epsilon:
        next_p = np.dot(transposed_matrix, p_vector)
        lambda_val = np.linalg.norm(np.subtract(next_p, p_vector))
        p_vector = next_p
    return p_vector


class _Weights:
    """``x -> W x`` for TextRank's (symmetric) weight matrix, without forming it."""

    def __init__(self, counts: Counts, lengths: np.ndarray, n: int) -> None:
        self.counts = counts
        self.n = n
        distinct, group = np.unique(lengths, return_inverse=True)
        # 32-bit indexes when the counts have them (``lean``: a book): the same numbers
        narrow = counts.rows.dtype == np.int32
        self.group = group.astype(np.int32 if narrow else np.int64)
        self.groups = distinct.size
        self.width = int(counts.cols.max()) + 1 if counts.nnz else 1
        logs = _logs(distinct)
        norm = logs[:, None] + logs[None, :]
        with np.errstate(divide="ignore"):
            factor = np.where(np.isclose(norm, 0.0), 1.0, 1.0 / norm)
        factor[distinct == 0, :] = 0.0  # no words: no weight (and log 0 is not taken)
        factor[:, distinct == 0] = 0.0
        self.factor = factor
        self.entry_group = self.group[counts.rows]
        # Entries by term, so that Y and Z are made a block of terms at a time: the whole
        # (lengths x terms) matrices grow with the square of a book's size.
        self.by_term = np.argsort(counts.cols, kind="stable")
        if narrow:
            self.by_term = self.by_term.astype(np.int32)
        sorted_cols = counts.cols[self.by_term]
        self.starts = list(range(0, self.width, TERM_BLOCK))
        self.bounds = np.searchsorted(sorted_cols, [*self.starts, self.width], side="left")

    def __call__(self, x: np.ndarray) -> np.ndarray:
        c = self.counts
        weighted = np.empty(c.nnz)
        for index, start in enumerate(self.starts):
            entries = self.by_term[self.bounds[index] : self.bounds[index + 1]]
            if entries.size == 0:
                continue
            width = min(TERM_BLOCK, self.width - start)
            group = self.entry_group[entries]
            column = c.cols[entries] - start
            y = np.bincount(
                np.multiply(group, width, dtype=np.int64) + column,
                weights=c.counts[entries] * x[c.rows[entries]],
                minlength=self.groups * width,
            ).reshape(self.groups, width)
            z = self.factor @ y  # Z[g, t] = sum_h Y[h, t] / (L_g + L_h)
            weighted[entries] = c.counts[entries] * z[group, column]
        return np.bincount(c.rows, weights=weighted, minlength=self.n)


def _grouped_scores(counts: Counts, lengths: np.ndarray, n: int) -> np.ndarray:
    weights = _Weights(counts, lengths, n)
    row_sums = weights(np.ones(n)) + ZERO_DIVISION_PREVENTION
    teleport = (1.0 - DAMPING) / n
    p_vector = np.full(n, 1.0 / n)
    lambda_val = 1.0
    while lambda_val > EPSILON:
        next_p = teleport * p_vector.sum() + DAMPING * weights(p_vector / row_sums)
        lambda_val = np.linalg.norm(next_p - p_vector)
        p_vector = next_p
    return p_vector
