"""Fit the pair model of ``unspin compare`` and write it into ``compare.toml``.

    python -m summarize.lab.train_compare --data ../shared/data --out summarize/data/

The model is :func:`summarize.lab.eval_compare.fit`: a logistic regression over the pair
features of :mod:`summarize.compare` (every weight held to the sign of its evidence), fitted on
the cross-outlet sentence pairs of all six events of ``basil/facts-dev.jsonl``. First the
kinds of evidence are chosen (:func:`summarize.lab.eval_compare.select_evidence`: a kind is
left out, weight 0, when leave-one-event-out on the six events scores better without it);
the link threshold is the one with the best leave-one-event-out link F1 on them. Only
the numbers of ``[model]`` and the ``[model.weights]`` table are replaced: the comments,
``second_fact``, ``merge`` and the ``[slant]`` section stay as written. The honest figure
of this recipe is leave-one-event-out (the same fit on five events, scored on the sixth):
``python -m summarize.lab.eval_compare --data ../shared/data``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from summarize import compare as engine
from summarize.lab import eval_compare


def train(data: Path, out: Path) -> engine.Settings:
    """Fit on every development event and write ``out/compare.toml``; the fitted settings."""
    events, articles = eval_compare.load_events(data)
    eval_compare.analyse(events, articles)
    off = eval_compare.select_evidence(events)
    dropped = [name for name, feats in eval_compare.GROUPS.items() if set(feats) <= off]
    print("evidence left out by cross-validation: " + (", ".join(dropped) or "none"))
    settings = eval_compare.fit(events, engine.default_settings(), off)
    eval_compare.write_model(out / "compare.toml" if out.is_dir() else out, settings)
    return settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    parser.add_argument(
        "--out", type=Path, required=True, help="folder holding compare.toml (or the file)"
    )
    args = parser.parse_args(argv)
    if not (args.data / "basil" / "facts-dev.jsonl").is_file():
        print(f"train_compare: no basil/facts-dev.jsonl under {args.data}", file=sys.stderr)
        return 2
    target = args.out / "compare.toml" if args.out.is_dir() else args.out
    if not target.is_file():
        print(f"train_compare: {target} not found (the file keeps its comments)", file=sys.stderr)
        return 2
    settings = train(args.data, args.out)
    weights = ", ".join(f"{k} {v:+.3g}" for k, v in settings.weights.items() if v)
    print(f"bias {settings.bias:+.3g}; threshold {settings.threshold:g}; {weights}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
