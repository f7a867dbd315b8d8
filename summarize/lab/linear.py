"""L2-regularised logistic regression on dense matrices (numpy + scipy L-BFGS-B): training only."""

from __future__ import annotations

import numpy as np


def fit(
    x: np.ndarray,
    y: np.ndarray,
    *,
    l2: float,
    weights: np.ndarray | None = None,
    bounds: list[tuple[float | None, float | None]] | None = None,
    penalty: np.ndarray | None = None,
) -> tuple[np.ndarray, float]:
    """Coefficients and intercept. ``bounds`` (one per column) constrain signs; ``penalty``
    scales the L2 strength per column (the intercept is never shrunk)."""
    from scipy.optimize import minimize

    n, d = x.shape
    sample = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    sample = sample / sample.mean()
    scale = np.ones(d) if penalty is None else np.asarray(penalty, dtype=float)
    yf = np.asarray(y, dtype=float)

    def loss(beta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = beta[:-1], beta[-1]
        z = np.clip(x @ w + b, -30, 30)
        p = 1.0 / (1.0 + np.exp(-z))
        value = float((sample * (np.logaddexp(0.0, z) - yf * z)).sum()) + 0.5 * l2 * float(
            (scale * w * w).sum()
        )
        r = sample * (p - yf)
        return value, np.append(x.T @ r + l2 * scale * w, r.sum())

    result = minimize(
        loss,
        np.zeros(d + 1),
        jac=True,
        method="L-BFGS-B",
        bounds=None if bounds is None else [*bounds, (None, None)],
        options={"maxiter": 500},
    )
    return result.x[:-1], float(result.x[-1])


def predict(x: np.ndarray, coef: np.ndarray, intercept: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x @ coef + intercept, -30, 30)))


def balanced(y: np.ndarray) -> np.ndarray:
    """Sample weights giving both classes the same total."""
    y = np.asarray(y)
    pos = max(int(y.sum()), 1)
    neg = max(len(y) - int(y.sum()), 1)
    return np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * neg))


def auc(score: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(score)
    ranks = np.empty(len(score))
    ranks[order] = np.arange(1, len(score) + 1)
    pos = y == 1
    n1, n0 = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))
