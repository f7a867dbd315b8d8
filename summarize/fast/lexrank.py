"""LexRank as sumy computes it, vectorised.

sumy's ``LexRankSummarizer`` (0.13):

- each sentence is the list of stems of its non-stop words;
- ``tf`` is a term's count over the sentence's largest count; ``idf`` is
  ``log(N / (1 + n_j))`` with ``N`` sentences and ``n_j`` of them holding the
  term (so it is 0 for a term in N - 1 sentences, and negative in all N);
- the idf-modified cosine of every pair (the diagonal included) is 1 when above
  ``threshold = 0.1`` and 0 otherwise; a sentence whose tf-idf vector is zero
  has cosine 0 with everything, itself included;
- each row is divided by its number of ones (or by 1 when it has none);
- the power method starts from ``1/N`` everywhere and repeats ``p = M.T @ p;
  p /= |p|`` until ``|p - p_old| <= epsilon = 0.1`` (a loose stop: the ratings
  are the vector after those few steps, not the converged eigenvector);
- ratings are keyed by sentence, so repeated sentences all get the last copy's.

Up to :data:`DENSE_LIMIT` sentences the graph is built as the same dense matrix
and the power method runs the same numpy calls as sumy, so the ratings are the
same floating-point numbers (barring a cosine within rounding of 0.1, which
sumy itself decides differently from one run to the next: its sums follow the
order of a ``frozenset`` of strings, which changes with ``PYTHONHASHSEED``).
Above it the graph is a scipy sparse matrix built block by block. The exact
graph costs the square of the length (every pair of sentences sharing a term is
compared, and about 1 pair in 100 is an edge); when it would cost more than
:data:`PAIR_BUDGET` term co-occurrences per sentence, or hold more than
:data:`EDGE_BUDGET` edges, sentences are linked only within blocks of
consecutive sentences, which keeps the cost linear, and the result says so.
On the news text of docs/BENCHMARKS.md the graph is exact at 50,000 sentences.
"""

from __future__ import annotations

import math

import numpy as np

from summarize.fast.pairs import dense_gram
from summarize.fast.terms import Counts, Result, Terms

THRESHOLD = 0.1
EPSILON = 0.1
#: Largest document rated with sumy's dense matrices (n x n float64: 32 MB).
DENSE_LIMIT = 2000
#: Term co-occurrences per sentence (sum over terms of their sentence count,
#: squared, over the sentences) the similarity graph may cost; above, blocks.
PAIR_BUDGET = 5_000
#: Edges (upper triangle) the sparse graph may hold: about 16 bytes each while built.
EDGE_BUDGET = 30_000_000
#: Estimated pair products per chunk of rows in the sparse product (memory bound).
CHUNK_PAIRS = 4_000_000


def rate(terms: Terms) -> Result:
    n = terms.n
    if n == 0:
        return Result(np.zeros(0))
    weights = _tfidf(terms.content, n)
    if n <= DENSE_LIMIT:
        scores = _dense_scores(weights, n)
        notes: list[str] = []
    else:
        scores, notes = _sparse_scores(weights, n)
    return Result(scores[terms.last_of_each()], notes)


def _tfidf(counts: Counts, n: int) -> Counts:
    """Entries tf * idf, where sumy's cosine squares idf (sign does not matter)."""
    if counts.nnz == 0:
        return counts
    starts = counts.row_starts()
    present = np.flatnonzero(np.diff(starts))
    row_max = np.ones(n)
    row_max[present] = np.maximum.reduceat(counts.counts, starts[present])
    tf = counts.counts / row_max[counts.rows]
    df = np.bincount(counts.cols)
    # math.log, as sumy: the same floats as its idf (numpy's log may differ in the last bit).
    lookup = np.zeros(int(df.max()) + 1)
    for d in set(df.tolist()):
        lookup[d] = math.log(n / (1 + d))
    idf = lookup[df[counts.cols]]
    return Counts(n, counts.rows, counts.cols, tf * idf)


def _normalized(weights: Counts, n: int) -> tuple[Counts, np.ndarray]:
    """Rows scaled to unit length (zero rows stay zero) and which rows are non-zero."""
    squares = np.bincount(weights.rows, weights=weights.counts**2, minlength=n)
    norms = np.sqrt(squares)
    nonzero = squares > 0
    scale = np.zeros(n)
    scale[nonzero] = 1.0 / norms[nonzero]
    return Counts(n, weights.rows, weights.cols, weights.counts * scale[weights.rows]), nonzero


def _dense_scores(weights: Counts, n: int) -> np.ndarray:
    squares = np.bincount(weights.rows, weights=weights.counts**2, minlength=n)
    numerator = dense_gram(weights, n)
    roots = np.sqrt(squares)
    with np.errstate(divide="ignore", invalid="ignore"):
        cosine = numerator / (roots[:, None] * roots[None, :])
    cosine[~((squares > 0)[:, None] & (squares > 0)[None, :])] = 0.0
    matrix = np.zeros((n, n))
    matrix[cosine > THRESHOLD] = 1.0
    degrees = matrix.sum(axis=1)
    degrees[degrees == 0] = 1
    matrix = matrix / degrees[:, None]
    return power_method(matrix, EPSILON)


def power_method(matrix: np.ndarray, epsilon: float) -> np.ndarray:
    """sumy's ``LexRankSummarizer.power_method``, call for call."""
    transposed_matrix = matrix.T
    sentences_count = len(matrix)
    p_vector = np.array([1.0 / sentences_count] * sentences_count)
    lambda_val = 1.0
    with np.errstate(divide="ignore", invalid="ignore"):
        while lambda_val > epsilon:
            next_p = np.dot(transposed_matrix, p_vector)
            next_p /= np.linalg.norm(next_p)
            lambda_val = np.linalg.norm(np.subtract(next_p, p_vector))
            p_vector = next_p
    return p_vector


def _sparse_scores(weights: Counts, n: int) -> tuple[np.ndarray, list[str]]:
    """The same graph and power method with scipy sparse matrices.

    The cosine matrix is symmetric, so only its upper triangle (diagonal
    included) is computed and stored: ``A q = U q + U^T q - diag(U) q``. The
    graph is cut into blocks of consecutive sentences when computing it would
    take more than :data:`PAIR_BUDGET` products per sentence, or when it turns out to hold
    more than :data:`EDGE_BUDGET` edges (a text that repeats itself).
    """
    import scipy.sparse as sp

    unit, _nonzero = _normalized(weights, n)
    width = int(unit.cols.max()) + 1 if unit.nnz else 1
    df = np.bincount(unit.cols, minlength=width).astype(np.float64)
    work = float((df**2).sum())
    matrix = sp.csr_matrix((unit.counts, (unit.rows, unit.cols)), shape=(n, width))
    blocks = max(1, math.ceil(work / (PAIR_BUDGET * n)))
    while True:
        upper = _upper_edges(matrix, unit, n, width, blocks)
        if upper is not None or blocks >= n:
            break
        blocks = min(n, blocks * 4)
    if upper is None:  # pragma: no cover - one sentence per block always fits
        raise RuntimeError("lexrank: the similarity graph does not fit")
    notes = []
    if blocks > 1:
        size = math.ceil(n / blocks)
        notes.append(
            f"lexrank: the exact similarity graph of {n:,} sentences is too large "
            f"({work:,.0f} term pairs to compare); sentences are linked only within "
            f"{blocks} blocks of about {size:,} consecutive sentences (idf stays "
            "document-wide), an approximation"
        )
    diagonal = upper.diagonal()
    degrees = (
        np.asarray(upper.sum(axis=1)).ravel() + np.asarray(upper.sum(axis=0)).ravel() - diagonal
    )
    degrees[degrees == 0] = 1
    upper_t = upper.T  # a CSC view: no copy

    p_vector = np.full(n, 1.0 / n)
    lambda_val = 1.0
    with np.errstate(divide="ignore", invalid="ignore"):
        while lambda_val > EPSILON:
            q = p_vector / degrees
            next_p = upper @ q + upper_t @ q - diagonal * q
            next_p /= np.linalg.norm(next_p)
            lambda_val = np.linalg.norm(next_p - p_vector)
            p_vector = next_p
    return p_vector, notes


def _upper_edges(matrix, unit: Counts, n: int, width: int, blocks: int):
    """The upper triangle of the thresholded cosine graph (within blocks), or None when it
    would hold more than EDGE_BUDGET edges."""
    import scipy.sparse as sp

    bounds = np.linspace(0, n, blocks + 1).round().astype(np.int64)
    row_counts = np.zeros(n, dtype=np.int64)
    col_parts: list[np.ndarray] = []
    total = 0
    for block in range(blocks):
        lo, hi = int(bounds[block]), int(bounds[block + 1])
        if lo == hi:
            continue
        mask = (unit.rows >= lo) & (unit.rows < hi)
        # Products per row are at most the summed sentence counts of its terms.
        block_df = np.bincount(unit.cols[mask], minlength=width).astype(np.float64)
        per_row = np.bincount(
            unit.rows[mask] - lo, weights=block_df[unit.cols[mask]], minlength=hi - lo
        )
        cumulative = np.cumsum(per_row)
        start = lo
        while start < hi:
            base = cumulative[start - lo - 1] if start > lo else 0.0
            # Upper triangle: about half the products of the rows from here on.
            stop = lo + int(np.searchsorted(cumulative, base + 2 * CHUNK_PAIRS, side="right"))
            stop = min(max(stop, start + 1), hi)
            right = matrix[start:hi].T.tocsr()
            product = (matrix[start:stop] @ right).tocoo()
            keep = (product.data > THRESHOLD) & (product.col >= product.row)
            kept_rows = product.row[keep]
            row_counts[start:stop] += np.bincount(kept_rows, minlength=stop - start)
            # CSR products come out row by row, columns sorted: the edges stay in order.
            col_parts.append((product.col[keep] + start).astype(np.int32))
            total += int(kept_rows.size)
            del product, keep, kept_rows
            if total > EDGE_BUDGET:
                return None
            start = stop
    indices = np.concatenate(col_parts) if col_parts else np.zeros(0, dtype=np.int32)
    del col_parts
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(row_counts, out=indptr[1:])
    upper = sp.csr_matrix((np.ones(indices.size), indices, indptr), shape=(n, n))
    return upper
