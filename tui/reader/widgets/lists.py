"""The four panes that list sentences: article, summary, claims, opinions.

Each is an :class:`~textual.widgets.OptionList` whose options all stand for a
sentence of the report, so the reader can link any of them to any other by
sentence id. Prompts are built by :mod:`tui.common.text` from the report: never markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Region
from textual.visual import Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from summarize.report import Edit, Report
from summarize.text.quotes import mended
from tui.common import text


class ItemList(OptionList):
    """An OptionList of sentences: j/k, g/G, Enter for detail, double-click for detail."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "First", show=False, id="list.first"),
        Binding("G", "last", "Last", show=False, id="list.last"),
        Binding("enter", "select", "Detail", id="list.detail", key_display="⏎"),
    ]

    #: Shown in the pane's border title.
    label = "Items"
    #: What the pane shows when it has nothing.
    empty = "(nothing)"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.sentence_ids: list[int] = []
        self._index: dict[int, int] = {}
        #: The sentence this pane was last pointed at, though it may have no item for it:
        #: with nothing highlighted, ↓ and ↑ start from there.
        self.anchor: int | None = None

    def set_items(self, items: Iterable[tuple[int, Visual]]) -> None:
        """Replace the options: (sentence id, prompt) pairs, in order."""
        pairs = list(items)
        self.sentence_ids = [sid for sid, _ in pairs]
        self._index = {}
        for position, sid in enumerate(self.sentence_ids):
            self._index.setdefault(sid, position)
        # The same sentence stays highlighted (not the same row: rows may come and go).
        current = self.current_sentence
        self.clear_options()
        if pairs:
            self.add_options([Option(prompt) for _, prompt in pairs])
            if current is not None:
                self.highlighted = self._index.get(current)
        else:
            self.add_option(Option(Content.styled(self.empty, text.DIM), disabled=True))

    def index_of(self, sentence_id: int) -> int | None:
        """The option that stands for ``sentence_id``, if any."""
        return self._index.get(sentence_id)

    @property
    def current_sentence(self) -> int | None:
        """The sentence id of the highlighted option."""
        if self.highlighted is None or self.highlighted >= len(self.sentence_ids):
            return None
        return self.sentence_ids[self.highlighted]

    def show_sentence(self, sentence_id: int | None) -> None:
        """Highlight the option for ``sentence_id`` (or nothing when it has none)."""
        self.anchor = sentence_id
        index = None if sentence_id is None else self.index_of(sentence_id)
        if index != self.highlighted:
            self.highlighted = index
        if index is not None:
            self.scroll_to_highlight(top=False)
        elif sentence_id is not None:
            self._scroll_near(self._after(sentence_id))

    def restore(self, highlighted: int | None, anchor: int | None) -> None:
        """Back to a state saved earlier (the highlight and the anchor)."""
        self.anchor = anchor
        if highlighted is not None and highlighted >= len(self.sentence_ids):
            highlighted = None
        if highlighted != self.highlighted:
            self.highlighted = highlighted
        if highlighted is not None:
            self.scroll_to_highlight(top=False)
        elif anchor is not None:
            self._scroll_near(self._after(anchor))

    def _after(self, sentence_id: int) -> int | None:
        """The first item after ``sentence_id`` (else the last)."""
        after = [i for i, sid in enumerate(self.sentence_ids) if sid > sentence_id]
        if after:
            return after[0]
        return len(self.sentence_ids) - 1 if self.sentence_ids else None

    def _before(self, sentence_id: int) -> int | None:
        """The last item before ``sentence_id`` (else the first)."""
        before = [i for i, sid in enumerate(self.sentence_ids) if sid < sentence_id]
        if before:
            return before[-1]
        return 0 if self.sentence_ids else None

    def _scroll_near(self, index: int | None) -> None:
        """Bring an option into view without highlighting it (OptionList's own arithmetic)."""
        if index is None or not self.is_mounted:
            return
        self._update_lines()
        line = self._index_to_line.get(index)
        if line is None:
            return
        region = Region(0, line, self.scrollable_content_region.width, self._heights[index])
        self.scroll_to_region(region, force=True, animate=False, immediate=True)

    def action_select(self) -> None:
        if self.highlighted is None and self.sentence_ids:
            where = f" for sentence #{self.anchor}" if self.anchor is not None else ""
            self.app.notify(
                f"{self.label}: nothing{where}. ↓ and ↑ go to the nearest.",
                timeout=3,
                markup=False,
            )
            return
        super().action_select()

    def action_cursor_down(self) -> None:
        # Nothing highlighted (the pane has no item for the current sentence): the first
        # item after that sentence, not the first of the list.
        if self.highlighted is None and self.anchor is not None and self.sentence_ids:
            self.highlighted = self._after(self.anchor)
        else:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.highlighted is None and self.anchor is not None and self.sentence_ids:
            self.highlighted = self._before(self.anchor)
        else:
            super().action_cursor_up()

    async def _on_key(self, event: events.Key) -> None:
        # Keys typed quickly after one that moved the focus (`/`, `e`, Tab) were already
        # queued here; they belong to the widget that has the focus now.
        focused = self.app.focused
        if focused is not None and focused is not self:
            event.prevent_default()
            event.stop()
            focused.post_message(events.Key(event.key, event.character))

    async def _on_click(self, event: events.Click) -> None:
        # One click highlights (and so links the other panes); a double click opens the detail.
        event.prevent_default()  # not OptionList's own handler, which selects on every click
        option: int | None = event.style.meta.get("option")
        if option is None or self._options[option].disabled:
            return
        self.highlighted = option
        if event.chain >= 2:
            self.action_select()


class ArticleView(ItemList):
    """The article, one sentence per row, tinted by kind, cues underlined."""

    label = "Article"
    empty = "(no sentences)"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._report: Report | None = None
        self._summary: set[int] = set()
        self._edits: dict[int, list[Edit]] = {}
        self.search = ""
        self.matches: list[int] = []
        self._matched: set[int] = set()

    def show(self, report: Report) -> None:
        self._report = report
        self._summary = set(report.summary.sentence_ids if report.summary else ())
        self._edits = text.edits_of(report)
        self.set_items((s.id, self._prompt(s.id)) for s in report.sentences)

    def _prompt(self, sid: int) -> text.Gutter:
        assert self._report is not None
        return text.sentence_prompt(
            self._report.sentences[sid],
            in_summary=sid in self._summary,
            edits=self._edits.get(sid, ()),
            search=self.search if sid in self._matched else "",
        )

    def _refresh_rows(self, ids: Iterable[int]) -> None:
        for sid in sorted(set(ids)):
            index = self.index_of(sid)
            if index is not None:
                self.replace_option_prompt_at_index(index, self._prompt(sid))

    def update_summary(self, report: Report) -> None:
        """Move the summary stars: ``report`` is the same article with a new summary."""
        if self._report is None:
            return
        self._report = report
        new = set(report.summary.sentence_ids if report.summary else ())
        changed = new ^ self._summary
        self._summary = new
        self._refresh_rows(changed)

    def find(self, needle: str) -> list[int]:
        """Mark every sentence containing ``needle``; return their ids."""
        if self._report is None:
            return []
        old = set(self.matches)
        self.search = needle
        lowered = needle.casefold()
        self.matches = (
            [s.id for s in self._report.sentences if lowered in text.literal(s.text).casefold()]
            if needle
            else []
        )
        self._matched = set(self.matches)
        self._refresh_rows(old | set(self.matches))
        return self.matches


class SummaryList(ItemList):
    """The extractive summary, or (toggled with ``d``) the neutral digest.

    The digest is the report's ``digest``: the claims' neutral restatements that the
    summary algorithm ranked ("what happened, without the author"), then the
    top-ranked opinions ("the author's view in brief"). Both link by sentence id.
    """

    label = "Summary"
    empty = "(no summary: the article has no sentences to choose from)"
    #: The label and empty text while the digest is on show.
    DIGEST_LABEL = "Without the author"
    DIGEST_EMPTY = "(no neutral digest: no claim's restatement passed its self-check)"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: True while the pane shows the neutral digest instead of the summary.
        self.digest = False

    def show(self, report: Report, *, digest: bool | None = None) -> None:
        if digest is not None:
            self.digest = digest
        self.label = self.DIGEST_LABEL if self.digest else type(self).label
        self.empty = self.DIGEST_EMPTY if self.digest else type(self).empty
        if self.digest:
            self.set_items(digest_items(report))
            return
        summary = report.summary
        if summary is None:
            self.set_items([])
            return
        self.set_items(
            (sid, text.summary_prompt(report.sentences[sid], rank, score))
            for sid, score, rank in zip(
                summary.sentence_ids, summary.scores, summary.ranks, strict=False
            )
        )


def digest_items(report: Report) -> list[tuple[int, Visual]]:
    """The digest's rows: neutral claims, then the author's view in brief (ranks in the meta)."""
    digest = report.digest
    if digest is None:
        return []
    rows: list[tuple[int, Visual]] = []
    claims = zip(digest.claim_ids, digest.claim_texts, digest.claim_ranks, strict=False)
    for sid, neutral, rank in claims:
        meta = Content.styled(f"#{sid} · rank {rank} · neutral restatement", text.DIM)
        body = text.plain(mended(neutral)).stylize(text.KIND_STYLE["claim"])
        mark = text.mark(report.sentences[sid].kind)
        rows.append((sid, text.Gutter(mark, Content("\n").join([body, meta]))))
    opinions = {o.sentence_id: o for o in report.opinions}
    for sid, rank in zip(digest.opinion_ids, digest.opinion_ranks, strict=False):
        sentence = report.sentences[sid]
        opinion = opinions.get(sid)
        body = (
            text.opinion_body(opinion, sentence)
            if opinion is not None
            else text.sentence_body(sentence)
        )
        meta = Content.styled(f"#{sid} · rank {rank} · the author's view", text.DIM)
        rows.append((sid, text.Gutter(text.mark(sentence.kind), Content("\n").join([body, meta]))))
    return rows


class ClaimList(ItemList):
    label = "Claims"
    empty = "(no claims found)"

    def show(self, report: Report) -> None:
        self.set_items(
            (c.sentence_id, text.claim_prompt(c, report.sentences[c.sentence_id]))
            for c in report.claims
        )


class OpinionList(ItemList):
    label = "Opinions"
    empty = "(no opinions found)"

    def show(self, report: Report) -> None:
        self.set_items(
            (o.sentence_id, text.opinion_prompt(o, report.sentences[o.sentence_id]))
            for o in report.opinions
        )
