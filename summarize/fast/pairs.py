"""Sentence x sentence products of term weights, with numpy alone.

``dense_gram(w)[i, j] = sum over terms t of w[i, t] * w[j, t]``: every pair of
sentences that share a term gets that term's product, found through the
term's list of sentences (an inverted index) rather than a dense matrix
product over the whole vocabulary. The work is the sum over terms of the
square of their sentence counts, small for the documents that take the dense
path (up to a few thousand sentences).
"""

from __future__ import annotations

import numpy as np

from summarize.fast.terms import Counts

#: Pairs expanded at once (bounds the temporary arrays to a few tens of MB).
_CHUNK = 2_000_000


def dense_gram(weights: Counts, n: int) -> np.ndarray:
    """The n x n matrix of products of term weights, summed over shared terms."""
    gram = np.zeros(n * n)
    if weights.nnz == 0:
        return gram.reshape(n, n)
    order = np.argsort(weights.cols, kind="stable")
    rows = weights.rows[order]
    values = weights.counts[order]
    cols = weights.cols[order]
    starts = np.flatnonzero(np.r_[True, cols[1:] != cols[:-1]])
    sizes = np.diff(np.r_[starts, cols.size])
    pairs = sizes.astype(np.int64) ** 2
    group = 0
    while group < starts.size:
        # Take whole terms until the chunk holds about _CHUNK pairs.
        total = np.cumsum(pairs[group:])
        last = group + max(1, int(np.searchsorted(total, _CHUNK, side="right")))
        lo, hi = int(starts[group]), int(starts[last - 1] + sizes[last - 1])
        size_of_entry = np.repeat(sizes[group:last], sizes[group:last])
        start_of_entry = np.repeat(starts[group:last], sizes[group:last])
        left = np.repeat(np.arange(lo, hi), size_of_entry)
        block_start = np.repeat(np.cumsum(size_of_entry) - size_of_entry, size_of_entry)
        right = np.repeat(start_of_entry, size_of_entry) + (
            np.arange(left.size, dtype=np.int64) - block_start
        )
        gram += np.bincount(
            rows[left] * n + rows[right], weights=values[left] * values[right], minlength=n * n
        )
        group = last
    return gram.reshape(n, n)
