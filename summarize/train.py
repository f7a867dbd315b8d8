"""Train the sentence-kind model's few weights: ``python -m summarize.train --data ../shared/data``.

The model is a logistic regression over unspin's interpretable features (how
many of each kind of cue the author uses, and the marks of a report). It is
trained on CheckThat! train (SUBJ = the author's view) and BABE (opinionated
vs entirely factual), with the L2 strength and decision threshold chosen by
cross-validation on CheckThat! train, grouped so no sentence is on both sides.
It writes ``summarize/data/model.toml``; no data is copied, only weights.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import math
import random
from pathlib import Path

from summarize.datasets import Labelled, babe, checkthat

DEFAULT_OUT = Path(__file__).parent / "data" / "model.toml"


def features_of(rows: list[Labelled]) -> list[dict[str, float]]:
    from summarize.perspective import analyze_sentence, load_lexicon

    lexicon = load_lexicon()
    return [analyze_sentence(row.text, lexicon=lexicon).cues.features for row in rows]


def fit(
    xs: list[dict[str, float]], ys: list[int], *, l2: float, weights: list[float] | None = None,
    iterations: int = 60,
) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression by Newton's method (numpy)."""
    import numpy as np

    names = sorted({k for x in xs for k in x})
    matrix = np.array([[x.get(n, 0.0) for n in names] + [1.0] for x in xs])
    target = np.array(ys, dtype=float)
    sample = np.array(weights if weights is not None else [1.0] * len(ys))
    beta = np.zeros(matrix.shape[1])
    penalty = np.full(matrix.shape[1], l2)
    penalty[-1] = 1e-6  # the bias is not shrunk
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(matrix @ beta, -30, 30)))
        gradient = matrix.T @ (sample * (p - target)) + penalty * beta
        hessian = (matrix * (sample * p * (1 - p))[:, None]).T @ matrix + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return {n: float(b) for n, b in zip(names, beta[:-1], strict=True)}, float(beta[-1])


def predict(model: tuple[dict[str, float], float], x: dict[str, float]) -> float:
    weights, bias = model
    z = bias + sum(weights.get(k, 0.0) * v for k, v in x.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def macro_f1(truth: list[int], guess: list[int]) -> float:
    scores = []
    for label in (0, 1):
        tp = sum(1 for t, g in zip(truth, guess, strict=True) if t == label and g == label)
        fp = sum(1 for t, g in zip(truth, guess, strict=True) if t != label and g == label)
        fn = sum(1 for t, g in zip(truth, guess, strict=True) if t == label and g != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / 2


def cross_validate(
    xs: list[dict[str, float]], ys: list[int], extra_x: list[dict[str, float]], extra_y: list[int],
    *, l2: float, extra_weight: float, folds: int = 5, seed: int = 13,
) -> list[tuple[float, int]]:
    """Out-of-fold probabilities for the CheckThat rows, the extra rows always in training."""
    order = list(range(len(xs)))
    random.Random(seed).shuffle(order)
    out: list[tuple[float, int]] = [(0.0, 0)] * len(xs)
    for fold in range(folds):
        held = set(order[fold::folds])
        train_x = [xs[i] for i in order if i not in held] + extra_x
        train_y = [ys[i] for i in order if i not in held] + extra_y
        weights = [1.0] * (len(train_x) - len(extra_x)) + [extra_weight] * len(extra_x)
        model = fit(train_x, train_y, l2=l2, weights=weights)
        for i in held:
            out[i] = (predict(model, xs[i]), ys[i])
    return out


def best_threshold(scored: list[tuple[float, int]]) -> tuple[float, float]:
    best = (0.5, 0.0)
    for step in range(20, 81):
        threshold = step / 100
        score = macro_f1([y for _p, y in scored], [int(p >= threshold) for p, _y in scored])
        if score > best[1] + 1e-9:
            best = (threshold, score)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the model")
    args = parser.parse_args(argv)

    ct = checkthat(args.data, "train")
    bb = babe(args.data)
    print(f"features for {len(ct)} CheckThat! and {len(bb)} BABE sentences ...")
    ct_x, ct_y = features_of(ct), [r.label for r in ct]
    bb_x, bb_y = features_of(bb), [r.label for r in bb]

    results = []
    for l2 in (0.3, 1.0, 3.0, 10.0, 30.0):
        for extra_weight in (0.0, 0.25, 0.5, 1.0):
            scored = cross_validate(ct_x, ct_y, bb_x if extra_weight else [],
                                    bb_y if extra_weight else [], l2=l2,
                                    extra_weight=extra_weight)
            threshold, score = best_threshold(scored)
            at_half = macro_f1([y for _p, y in scored], [int(p >= 0.5) for p, _y in scored])
            results.append((score, l2, extra_weight, threshold, at_half))
            print(f"  l2={l2:<5} babe_weight={extra_weight:<4} cv macro-F1 {score:.3f} "
                  f"at threshold {threshold:.2f} ({at_half:.3f} at 0.50)")
    score, l2, extra_weight, threshold, _ = max(results)
    train_x = ct_x + (bb_x if extra_weight else [])
    train_y = ct_y + (bb_y if extra_weight else [])
    weights = [1.0] * len(ct_x) + ([extra_weight] * len(bb_x) if extra_weight else [])
    model = fit(train_x, train_y, l2=l2, weights=weights)
    print(f"chosen: l2={l2}, babe_weight={extra_weight}, threshold={threshold:.2f}, "
          f"cv macro-F1 {score:.3f}")
    text = _toml(model, threshold, l2, extra_weight, score)
    if args.dry_run:
        print(text)
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")


def _toml(model: tuple[dict[str, float], float], threshold: float, l2: float,
          extra_weight: float, score: float) -> str:
    weights, bias = model
    lines = [
        "# Weights of unspin's sentence-kind model, written by",
        "#   python -m summarize.train --data ../shared/data",
        "# Each weight multiplies one interpretable feature (see summarize/perspective/cues.py);",
        "# > 0 pushes towards the author's opinion. Only weights are stored, no data.",
        f"bias = {bias:.4f}",
        f"threshold = {threshold:.2f}",
        "",
        "[weights]",
        *(f"{name} = {value:.4f}" for name, value in sorted(weights.items())),
        "",
        "[info]",
        'trained_on = "CheckThat! 2024 English train (830) + BABE SG2 opinion labels"',
        f'l2 = "{l2}"',
        f'babe_weight = "{extra_weight}"',
        f'cv_macro_f1 = "{score:.3f}"',
        f'date = "{_dt.date.today().isoformat()}"',
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
