"""LSA as sumy computes it: the SVD on articles, a closed form on long texts.

sumy's ``LsaSummarizer`` (0.13) builds a dense (dictionary x sentences) matrix:
the dictionary holds the stems of the document's non-stop words (headings
included), and a cell counts every word of the sentence whose stem is that
entry (stop words included). Each column with a non-zero maximum ``m`` then
becomes ``0.4 + 0.6 * count / m`` in *every* cell, the zero cells included,
so the matrix is dense. It takes the SVD ``A = U S V^T`` and rates sentence
``j`` with ``sqrt(sum_i s_i^2 * V[j, i]^2)`` over the first
``max(3, len(S) * REDUCTION_RATIO)`` singular values. ``REDUCTION_RATIO`` is 1,
so every singular value is kept, and that sum is ``|S V^T e_j|^2 = |A e_j|^2``
(``U`` has orthonormal columns): the rating is the Euclidean length of the
sentence's column, and the SVD only adds rounding noise.

That noise decides between sentences with exactly the same rating, which are
common: any two sentences whose words appear once each and are equally many.
sumy's dictionary is a ``frozenset`` of strings, so its row order, and with it
the noise, changes with ``PYTHONHASHSEED``: run to run, sumy itself picks
different sentences for about 4 in 100 BBC articles. The noise also depends on
how many threads OpenBLAS uses for the SVD; the fast engine uses one
(:mod:`summarize.fast._blas`), and gives sumy's floats when sumy's SVD runs
with one thread too.

- Up to :data:`SVD_LIMIT` sentences this module builds sumy's matrix with the
  same dictionary order (a ``frozenset`` built from the same stems in the same
  order, in this process) and makes the same numpy calls, so it gives sumy's
  floats, noise and all (with the same BLAS build and number of threads).
  Another BLAS build moves the noise by about 1e-15, which is why
  :func:`summarize.summary.select` ranks ratings to ten significant digits,
  ties in document order: the picks are sumy's on every machine.
- Above it, it computes the column lengths directly, in linear time and memory:
  ``sqrt(0.16 * (D - k) + sum over the k words present of (0.4 + 0.6 c / m)^2)``
  (D the dictionary size). Equal ratings are then equal floats (each sum is
  taken in a canonical order) and ties go to the earlier sentence. This is a
  deliberate difference: sumy's own choice among tied sentences is noise.
"""

from __future__ import annotations

import numpy as np

from summarize.fast.terms import Result, Terms

SMOOTH = 0.4
MIN_DIMENSIONS = 3
REDUCTION_RATIO = 1 / 1
#: Largest document rated through sumy's dense matrix and SVD (about 40 ms at 300).
SVD_LIMIT = 300


def rate(terms: Terms) -> Result:
    n = terms.n
    counts = terms.lsa
    ratings = np.zeros(n)
    if n == 0 or counts.nnz == 0 or terms.dictionary_size == 0:
        return Result(ratings)
    if n <= SVD_LIMIT:
        return Result(_svd_ratings(terms))
    starts = counts.row_starts()
    present = np.flatnonzero(np.diff(starts))
    row_max = np.ones(n)
    row_max[present] = np.maximum.reduceat(counts.counts, starts[present])
    frequency = counts.counts / row_max[counts.rows]
    cells = SMOOTH + (1.0 - SMOOTH) * frequency
    squares = cells * cells
    # Sum each row's squares in ascending order, so equal multisets give equal floats.
    order = np.lexsort((squares, counts.rows))
    squares = squares[order]
    sums = np.zeros(n)
    sums[present] = np.add.reduceat(squares, starts[present])
    words_present = np.diff(starts)
    zero_cells = (terms.dictionary_size - words_present) * (SMOOTH * SMOOTH)
    ratings[present] = np.sqrt(zero_cells[present] + sums[present])
    return Result(ratings)


def _svd_ratings(terms: Terms) -> np.ndarray:
    """sumy's computation, call for call, with its dictionary order."""
    order = [terms.stems[i] for i in terms.dictionary_order]
    dictionary = {w: i for i, w in enumerate(frozenset(order))}
    row_of_stem = np.full(len(terms.stems), -1, dtype=np.int64)
    for stem_id in terms.dictionary_order:
        row_of_stem[stem_id] = dictionary[terms.stems[stem_id]]
    counts = terms.lsa
    matrix = np.zeros((len(dictionary), terms.n))
    np.add.at(matrix, (row_of_stem[counts.cols], counts.rows), counts.counts)
    max_word_frequencies = np.max(matrix, axis=0)
    nonzero = max_word_frequencies != 0
    with np.errstate(divide="ignore", invalid="ignore"):
        frequency = matrix / max_word_frequencies
    matrix[:, nonzero] = SMOOTH + (1.0 - SMOOTH) * frequency[:, nonzero]
    sigma, v = _svd(matrix)
    dimensions = max(MIN_DIMENSIONS, int(len(sigma) * REDUCTION_RATIO))
    # ``s**2`` on a numpy scalar is C's pow(), not s * s: an array exponent keeps it so.
    powered = np.power(sigma, np.full_like(sigma, 2.0))
    powered[dimensions:] = 0.0
    squares = np.power(v, np.full_like(v, 2.0))
    rank = np.zeros(v.shape[1])
    for i in range(len(sigma)):  # the same order of additions as sumy's sum()
        rank = rank + powered[i] * squares[i]
    return np.sqrt(rank)


def _svd(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Singular values and right vectors as sumy gets them (numpy's divide-and-conquer
    LAPACK routine). That routine may fail to converge on a matrix near a tie, and with
    OpenBLAS whether it does can change from run to run (seen once, in the 300-sentence
    BBC test on a loaded machine, and not again when the test ran alone); the slower
    QR-iteration routine then gives the same decomposition, so a summary never fails."""
    try:
        _u, sigma, v = np.linalg.svd(matrix, full_matrices=False)
    except np.linalg.LinAlgError:
        from scipy.linalg import svd

        _u, sigma, v = svd(matrix, full_matrices=False, lapack_driver="gesvd")
    return sigma, v
