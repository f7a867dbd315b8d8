"""Property-based tests: on generated text, nothing is dropped and nothing invented.

The generated texts mix words, abbreviations, numbers, punctuation, quotation marks of every
kind, brackets, line breaks, blank lines, Unicode spaces, no-break spaces and the control
characters that :func:`summarize.ingest.normalize` removes.
"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from summarize import analyze
from summarize.ingest import normalize
from summarize.segment import paragraphs, segment, split_sentences
from tests.engine.test_segment import check_spans
from tests.invariants import check_report

WORDS = st.sampled_from(
    [
        "the", "vote", "Russia", "said", "I", "a", "U.S.", "Dr.", "Mr.", "Jan.", "No.", "e.g.",
        "a.m.", "p.m.", "Inc.", "St.", "3.5", "1,000", "$2.1", "J.", "(sic)", "it's", "don't",
        "'90s", "https://example.com/a.b", "x@example.org", "Title", "NATO", "etc.", "vs.",
    ]
)  # fmt: skip
PUNCTUATION = st.sampled_from(
    [*".,;:!?…", "...", "?!", " — ", " - ", "--", "[1]", "*", "•", "1.", "a)"]
)
QUOTES = st.sampled_from(list("\"'“”‘’„‚«»‹›「」『』()[]{}"))
SPACES = st.sampled_from(
    [" ", " ", " ", "  ", "\t", "\u00a0", "\u2003", "\u202f", "\u3000", "\u200b", "\u2028"]
)
BREAKS = st.sampled_from(["\n", "\n\n", "\n \n", "\r\n", "\r\n\r\n", "\n\u00a0\n", "\u2029"])
CONTROLS = st.sampled_from(["\x00", "\x07", "\x1b[31m", "\x1b]8;;x\x07", "\x0b", "\x0c", "\x7f"])
PIECES = st.one_of(WORDS, WORDS, WORDS, PUNCTUATION, QUOTES, SPACES, SPACES, BREAKS, CONTROLS)

articles = st.lists(PIECES, min_size=0, max_size=80).map("".join)
anything = st.text(max_size=200)

FEW = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)  # fmt: skip


@FEW
@given(articles)
def test_segment_holds_the_invariants_on_article_like_text(text: str) -> None:
    spans = segment(text)
    check_spans(text, spans)
    assert split_sentences(text) == [text[s.start : s.end] for s in spans]
    assert all(0 <= s.paragraph < len(paragraphs(text)) for s in spans)


@FEW
@given(anything)
def test_segment_holds_the_invariants_on_any_text(text: str) -> None:
    check_spans(text, segment(text))


@FEW
@given(articles)
def test_segment_of_normalised_text_holds_the_invariants(text: str) -> None:
    clean = normalize(text)
    check_spans(clean, segment(clean))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles, st.booleans())
def test_analyze_report_holds_the_contract(text: str, perspective: bool) -> None:
    clean = normalize(text)
    assume(clean.strip())
    report = analyze(text, perspective=perspective, length=3)
    check_report(report.to_dict(), clean)
    assert report.source.chars == len(clean)
