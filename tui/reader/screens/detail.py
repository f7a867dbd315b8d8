"""The detail view: everything the report says about one sentence.

For a claim: the original sentence beside its neutral restatement, and every
edit with what was removed or replaced and why. For an opinion: the cues that
make it one, each explained. For any sentence: its kind, confidence, speaker,
and the reasons for its kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.visual import Visual
from textual.widgets import Footer, Static

from summarize.report import Claim, Cue, Opinion, Report, Sentence
from tui.common import text


class DetailScreen(ModalScreen[int | None]):
    """Dismisses with the sentence id last shown (so the reader can follow it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="detail.close", key_display="esc"),
        Binding("enter", "close", "Close", show=False, id="detail.close-enter"),
        Binding("n,right,l", "step(1)", "Next", id="detail.next", key_display="n"),
        Binding("p,left,h", "step(-1)", "Previous", id="detail.previous", key_display="p"),
        Binding("j,down", "scroll(1)", "Scroll down", show=False, id="detail.down"),
        Binding("k,up", "scroll(-1)", "Scroll up", show=False, id="detail.up"),
    ]

    def __init__(
        self, report: Report, sentence_id: int, *, ids: Sequence[int] = (), pane: str = ""
    ) -> None:
        super().__init__(id="detail")
        self.report = report
        self.sentence_id = sentence_id
        self.ids = list(ids) or [sentence_id]
        self.pane_label = pane

    def compose(self) -> ComposeResult:
        with Vertical(id="detail-box"):
            with VerticalScroll(id="detail-scroll"):
                yield Static(id="detail-head", markup=False)
                with Grid(id="detail-pair"):
                    yield Static(id="detail-original", markup=False)
                    yield Static(id="detail-neutral", markup=False)
                yield Static(id="detail-edits", markup=False)
                yield Static(id="detail-cues", markup=False)
                yield Static(id="detail-why", markup=False)
            yield Footer(compact=True)

    def on_mount(self) -> None:
        self.render_sentence()

    # ------------------------------------------------------------------ content

    def _claim(self) -> Claim | None:
        return next((c for c in self.report.claims if c.sentence_id == self.sentence_id), None)

    def _opinion(self) -> Opinion | None:
        return next((o for o in self.report.opinions if o.sentence_id == self.sentence_id), None)

    def render_sentence(self) -> None:
        report = self.report
        sentence = report.sentences[self.sentence_id]
        claim, opinion = self._claim(), self._opinion()
        box = self.query_one("#detail-box")
        position = self.ids.index(self.sentence_id) + 1 if self.sentence_id in self.ids else 0
        # Sentences by the report's own ids (#0 is the first), as everywhere; in a list, the
        # item's place in it too ("item 3 of 24"), which n and p step through.
        if self.pane_label == "Article" and len(self.ids) == len(report.sentences):
            last = len(report.sentences) - 1
            box.border_title = f"Article · sentence #{sentence.id} of #0–#{last}"
        elif self.pane_label:
            box.border_title = (
                f"{self.pane_label} · item {position} of {len(self.ids)} · sentence #{sentence.id}"
            )
        else:
            box.border_title = f"sentence #{sentence.id}"
        self.query_one("#detail-head", Static).update(_head(report, sentence, claim))

        pair = self.query_one("#detail-pair")
        edits = claim.edits if claim else []
        original = Content.assemble(
            ("Original\n", "bold"), text.sentence_body(sentence, edits=edits)
        )
        self.query_one("#detail-original", Static).update(original)
        if claim is not None:
            neutral = Content.assemble(
                ("Neutral restatement\n", "bold"), _neutral(claim), _unchanged(claim)
            )
            self.query_one("#detail-neutral", Static).update(neutral)
        pair.set_class(claim is None, "-single")
        self.query_one("#detail-neutral").display = claim is not None

        edits_box = self.query_one("#detail-edits", Static)
        edits_box.display = claim is not None
        if claim is not None:
            edits_box.update(_edits(claim))

        cues = opinion.cues if opinion else sentence.cues
        cues_box = self.query_one("#detail-cues", Static)
        cues_box.display = bool(cues) or opinion is not None
        if cues_box.display:
            cues_box.update(_cues(cues, opinion is not None))

        why = self.query_one("#detail-why", Static)
        why.display = bool(sentence.reasons)
        if sentence.reasons:
            why.update(
                text.Stack(
                    [
                        Content.styled("Why this kind", "bold"),
                        *[text.hang("  • ", text.literal(r)) for r in sentence.reasons],
                    ]
                )
            )
        self.query_one("#detail-scroll").scroll_home(animate=False)

    # ------------------------------------------------------------------ actions

    def action_close(self) -> None:
        self.dismiss(self.sentence_id)

    def action_step(self, step: int) -> None:
        """The next (or previous) item of the pane the detail was opened from."""
        if self.sentence_id not in self.ids:
            return
        index = (self.ids.index(self.sentence_id) + step) % len(self.ids)
        self.sentence_id = self.ids[index]
        self.render_sentence()

    def action_scroll(self, step: int) -> None:
        self.query_one("#detail-scroll", VerticalScroll).scroll_relative(y=step, animate=False)


def _head(report: Report, sentence: Sentence, claim: Claim | None) -> Content:
    parts: list[str | tuple[str, str] | Content] = [text.kind_badge(sentence.kind)]
    if sentence.confidence is not None:
        parts.append(f" · confidence {sentence.confidence:.2f}")
    parts.append(f" · paragraph #{sentence.paragraph}")  # the report's id, like #sentence
    summary = report.summary
    if summary and sentence.id in summary.sentence_ids:
        rank = summary.ranks[summary.sentence_ids.index(sentence.id)]
        parts.append((f" · {text.SUMMARY_MARK} in the summary (rank {rank})", "bold"))
    speaker = (claim.speaker if claim else None) or sentence.speaker
    attribution = sentence.attribution
    if speaker or (attribution and attribution.speaker):
        who = text.literal(speaker or (attribution.speaker if attribution else "") or "")
        line = f"\nSpeaker: {who}"
        if attribution and attribution.verb:
            line += f" ({text.literal(attribution.verb)}"
            line += ", carried over from an earlier sentence)" if attribution.inherited else ")"
        if sentence.speaker_confidence is not None:
            line += f" · confidence {sentence.speaker_confidence:.2f}"
        if sentence.speaker_reason:  # how the speaker was found, for the reader to check
            line += f"\n  why: {text.literal(sentence.speaker_reason)}"
        parts.append(line)
    return Content.assemble(*parts)


def _neutral(claim: Claim) -> Content:
    """The restatement with each replacement shown in bold."""
    neutral = text.plain(claim.text).stylize(text.KIND_STYLE["claim"])
    for edit in claim.edits:
        if edit.replacement:
            for start, end in text.find_all(
                neutral.plain, text.literal(edit.replacement), words=True
            )[:1]:
                neutral = neutral.stylize("bold underline", start, end)
    return neutral


def _unchanged(claim: Claim) -> Content:
    if claim.edits:
        return Content("")
    return Content.styled("\n(no change needed: the sentence is already neutral)", text.DIM)


def _edits(claim: Claim) -> Visual:
    """Each edit, its reason under it: wrapped lines keep their indent."""
    if not claim.edits:
        return Content.styled("Edits: none", "bold")
    blocks: list[Visual] = [Content.styled(f"Edits ({len(claim.edits)})", "bold")]
    for number, edit in enumerate(claim.edits, start=1):
        # As a person reads it; the rule's id stays in the JSON, not on the screen.
        blocks.append(
            text.hang(f"  {number}. ", text.edit_phrase(edit), "\n", text.literal(edit.reason))
        )
    return text.Stack(blocks)


def _cues(cues: Sequence[Cue], is_opinion: bool) -> Visual:
    """Each cue, its explanation under it: wrapped lines keep their indent."""
    title = "What makes it an opinion" if is_opinion else "Cues"
    if not cues:
        return Content.styled(f"{title}: no cues recorded", "bold")
    blocks: list[Visual] = [Content.styled(f"{title} ({len(cues)})", "bold")]
    for cue in sorted(cues, key=lambda c: (-c.weight, c.start)):
        direction = "towards opinion" if cue.weight > 0 else "towards fact"
        if cue.weight == 0:
            direction = "neutral"
        style = text.QUOTED_CUE_STYLE if cue.quoted else text.CUE_STYLE
        quoted = " · in quoted speech (the speaker's words)" if cue.quoted else ""
        blocks.append(
            text.hang(
                "  ",
                (f"“{text.literal(cue.text)}”", style),
                f"  {cue.type.replace('_', ' ')} · {cue.weight:+.2f} {direction}",
                (quoted, text.DIM),
            )
        )
        blocks.append(text.hang("     ", text.literal(cue.explanation)))
    return text.Stack(blocks)
