"""The summary algorithms: one table, read by the engine, the command line and the TUI.

Each entry says what the algorithm does in a line, which of sumy's classes runs it,
the most sentences that class is asked to rate (and why), and whether unspin has a
vectorised engine for it (:mod:`summarize.fast`, no length limit). The limits: past
them sumy takes minutes to hours (measured in docs/BENCHMARKS.md) or, for its dense
n x n matrices, gigabytes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Algorithm:
    name: str
    #: What it does, in a line (the chooser and the help).
    description: str
    #: sumy's class: module and name.
    sumy: tuple[str, str]
    #: The most sentences sumy's own class is asked to rate, and why.
    sumy_limit: int
    limit_reason: str
    #: True when summarize.fast gives sumy's answers at any length.
    fast: bool = False

    def limit(self, engine: str = "auto") -> int | None:
        """The most sentences this algorithm takes with ``engine``; None: any number."""
        if self.fast and engine in ("auto", "fast"):
            return None
        return self.sumy_limit

    def line(self, engine: str = "auto") -> str:
        """The description, with the limit where the algorithm refuses longer texts."""
        limit = self.limit(engine)
        return (
            self.description
            if limit is None
            else f"{self.description}; {limit:,} sentences at most"
        )


_SQUARE = "its cost grows with the square of the length"

REGISTRY: dict[str, Algorithm] = {
    a.name: a
    for a in (
        Algorithm(
            "lexrank",
            "sentences most similar to many others (graph centrality)",
            ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
            5_000,
            _SQUARE,
            fast=True,
        ),
        Algorithm(
            "textrank",
            "PageRank over word overlap between sentences",
            ("sumy.summarizers.text_rank", "TextRankSummarizer"),
            5_000,
            _SQUARE,
            fast=True,
        ),
        Algorithm(
            "lsa",
            "sentences that carry the main topics (singular value decomposition)",
            ("sumy.summarizers.lsa", "LsaSummarizer"),
            5_000,
            "its dense term matrix and SVD grow with the square of the length",
            fast=True,
        ),
        Algorithm(
            "luhn",
            "sentences dense in the article's frequent words",
            ("sumy.summarizers.luhn", "LuhnSummarizer"),
            10_000,
            "its cost grows faster than the length",
        ),
        Algorithm(
            "edmundson",
            "cue words, title words and position",
            ("sumy.summarizers.edmundson", "EdmundsonSummarizer"),
            100_000,
            "its memory grows with the length",
        ),
        Algorithm(
            "kl",
            "keeps the summary's word mix close to the article's",
            ("sumy.summarizers.kl", "KLSummarizer"),
            300,
            "its cost grows with the cube of the length",
        ),
        Algorithm(
            "sumbasic",
            "frequent words, each used once",
            ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
            5_000,
            _SQUARE,
        ),
        Algorithm(
            "reduction",
            "graph of sentences, weighted by shared words",
            ("sumy.summarizers.reduction", "ReductionSummarizer"),
            2_000,
            _SQUARE,
        ),
    )
}

#: Every algorithm's name, in the order the help and the chooser list them.
ALGORITHMS = tuple(REGISTRY)
#: The algorithms summarize.fast implements.
FAST_ALGORITHMS = tuple(name for name, a in REGISTRY.items() if a.fast)
DEFAULT_ALGORITHM = "textrank"  # best on BBC News references (docs/EVALUATION.md)
DEFAULT_LENGTH = "5"
