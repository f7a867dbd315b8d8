"""The compare app: the facts of several sources, each source's wording side by side.

It reads a :class:`summarize.compare.Comparison` and computes nothing. Every text from
the sources is shown as Rich ``Text`` (never parsed as markup); a source's loaded
words (author-voice cues of the slant types) are underlined.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static, TabbedContent, TabPane

from summarize.compare import AS_WRITTEN, Comparison, Fact, default_settings
from tui.common.app import UnspinApp
from tui.common.text import plural
from tui.compare.help import CompareHelpScreen

#: From this many columns the sources stand side by side; below, one tab each.
WIDE = 160


def sentence_text(comparison: Comparison, source: int, sentence_id: int) -> Text:
    """A source's sentence with its loaded words underlined (offsets are the report's)."""
    sentence = comparison.reports[source].sentences[sentence_id]
    text = Text(sentence.text)
    types = set(default_settings().slant_types)
    for cue in sentence.cues:
        if cue.type in types and not cue.quoted:
            start, end = cue.start - sentence.start, cue.end - sentence.start
            if 0 <= start < end <= len(sentence.text):
                text.stylize("underline bold", start, end)
    return text


def source_label(comparison: Comparison, source: int) -> str:
    return f"[{source + 1}] {comparison.reports[source].source.name}"


class CompareScreen(Screen):
    """The facts table above, the selected fact's wording in each source below."""

    HORIZONTAL_BREAKPOINTS: ClassVar = [(0, "-narrow"), (WIDE, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("u", "next_unique", "Next unique", id="compare.next_unique"),
        Binding("]", "tab(1)", "Next source", id="compare.next_source"),
        Binding("[", "tab(-1)", "Previous source", show=False, id="compare.previous_source"),
        *(
            Binding(str(n), f"source({n - 1})", f"Source {n}", show=False, id=f"compare.source{n}")
            for n in range(1, 7)
        ),
    ]

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison
        self.facts: list[Fact] = list(comparison.facts)

    def compose(self) -> ComposeResult:
        count = len(self.comparison.reports)
        shared = sum(1 for f in self.facts if f.kind == "shared")
        yield Static(
            Text(
                f"unspin compare · {count} sources · {plural(shared, 'shared fact')} · "
                f"{len(self.facts) - shared} unique"
            ),
            id="title",
        )
        yield DataTable(id="facts", cursor_type="row", zebra_stripes=True)
        yield Static(id="neutral")
        with TabbedContent(id="detail-tabs"):
            for index in range(count):
                with (
                    TabPane(Content(f"[{index + 1}]"), id=f"tab-{index}"),
                    VerticalScroll(),
                ):
                    yield Static(id=f"narrow-{index}", classes="source-body")
        with Horizontal(id="detail-wide"):
            for index in range(count):
                with VerticalScroll(classes="source-panel"):
                    yield Static(id=f"wide-{index}", classes="source-body")
        yield Footer()

    def on_mount(self) -> None:
        self._fill_table()
        self.refresh_bindings()
        if self.facts:
            self._show(0)

    def on_resize(self) -> None:
        wide = self.size.width >= WIDE
        if getattr(self, "_wide", None) != wide:
            self._fill_table()
            self.refresh_bindings()
        # a smaller window still shows the selected fact (once the table has its new size)
        self.call_after_refresh(self._selected_in_view)

    def _selected_in_view(self) -> None:
        table = self.query_one("#facts", DataTable)
        if table.row_count:
            table.move_cursor(row=table.cursor_row)

    def _fill_table(self) -> None:
        table = self.query_one("#facts", DataTable)
        row = table.cursor_row if table.row_count else 0
        self._wide = wide = self.size.width >= WIDE
        table.clear(columns=True)
        count = len(self.comparison.reports)
        table.add_column(Text("fact"), key="fact", width=6)
        if wide:
            each = max(20, (self.size.width - 12) // count - 3)
            for index in range(count):
                label = Text(source_label(self.comparison, index)[: each - 1])
                table.add_column(label, key=f"s{index}", width=each)
        else:
            marks = max(7, count * 2 + 1)
            rest = max(20, self.size.width - 6 - marks - 9)
            table.add_column(Text("sources"), key="sources", width=marks)
            table.add_column(Text("the fact, in neutral words"), key="text", width=rest)
        for fact in self.facts:
            mark = Text(f"{fact.id:>3}" + (" ★" if fact.kind == "unique" else ""))
            by_source = {m.source: m for m in reversed(fact.members)}
            if wide:
                cells: list[Text] = []
                for index in range(count):
                    member = by_source.get(index)
                    if member is None:
                        cells.append(Text("—", style="dim"))
                    else:
                        cells.append(sentence_text(self.comparison, index, member.sentence_id))
                table.add_row(mark, *cells, key=str(fact.id))
            else:
                dots = Text(" ".join(str(i + 1) if i in by_source else "·" for i in range(count)))
                table.add_row(mark, dots, Text(fact.text), key=str(fact.id))
        if self.facts:
            table.move_cursor(row=min(row, len(self.facts) - 1))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row is not None and 0 <= event.cursor_row < len(self.facts):
            self._show(event.cursor_row)

    def _show(self, row: int) -> None:
        fact = self.facts[row]
        kind = "only one source tells this" if fact.kind == "unique" else "shared"
        head = Text(f"fact {fact.id} · {kind}", style="bold")
        if fact.speaker:
            head.append(Text(f" · {fact.speaker}"))
        if fact.kind != "unique":  # a fact of one source links nothing: no agreement to score
            head.append(Text(f" · score {fact.score:.2f}"))
        head.append("\n")
        head.append(Text("neutral: " if fact.neutral else AS_WRITTEN + ": ", style="italic"))
        head.append(Text(fact.text))
        if fact.conflicts:
            head.append(Text("\nnumbers differ: " + "; ".join(fact.conflicts), style="bold"))
        self.query_one("#neutral", Static).update(head)
        restated = [
            {c.sentence_id: c.text for c in report.claims} for report in self.comparison.reports
        ]
        tabs = self.query_one("#detail-tabs", TabbedContent)
        telling = sorted({m.source for m in fact.members})
        if tabs.active and int(tabs.active.split("-")[1]) not in telling:
            tabs.active = f"tab-{telling[0]}"  # show a source that tells it
        for index in range(len(self.comparison.reports)):
            body = Text()
            body.append(Text(source_label(self.comparison, index) + "\n", style="bold"))
            members = [m for m in fact.members if m.source == index]
            if not members:
                body.append(Text("does not report this fact", style="dim italic"))
            for member in members:
                body.append(Text(f"#{member.sentence_id} ", style="dim"))
                body.append(sentence_text(self.comparison, index, member.sentence_id))
                neutral = restated[index].get(member.sentence_id)
                if neutral:
                    body.append(Text("\nneutral: ", style="italic"))
                    body.append(Text(neutral))
                body.append("\n")
            for link in fact.links:
                a, b = fact.members[link.a], fact.members[link.b]
                if index in (a.source, b.source):
                    other = b if a.source == index else a
                    body.append(Text(f"\n~ [{other.source + 1}] {link.reason}", style="dim"))
            self.query_one(f"#narrow-{index}", Static).update(body)
            self.query_one(f"#wide-{index}", Static).update(body)

    def action_next_unique(self) -> None:
        table = self.query_one("#facts", DataTable)
        rows = len(self.facts)
        for step in range(1, rows + 1):
            row = (table.cursor_row + step) % rows
            if self.facts[row].kind == "unique":
                table.move_cursor(row=row)
                return

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The source tabs exist only under 160 columns; side by side they are all shown."""
        return not (action in ("tab", "source") and self.size.width >= WIDE)

    def action_source(self, index: int) -> None:
        if index < len(self.comparison.reports):
            self.query_one("#detail-tabs", TabbedContent).active = f"tab-{index}"

    def action_tab(self, step: int) -> None:
        tabs = self.query_one("#detail-tabs", TabbedContent)
        count = len(self.comparison.reports)
        current = int((tabs.active or "tab-0").split("-")[1])
        tabs.active = f"tab-{(current + step) % count}"


class CompareApp(UnspinApp):
    """``unspin compare --tui`` and ``unspin read A B …``."""

    CSS_PATH = "compare.tcss"
    TITLE = "unspin compare"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", priority=True, id="compare-app.quit"),
        Binding(
            "question_mark", "help", "Help", priority=True, id="compare-app.help", key_display="?"
        ),
    ]

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def on_mount(self) -> None:
        self.push_screen(CompareScreen(self.comparison))

    def help_screen(self) -> CompareHelpScreen:
        """What the table and the panels show, and the keys."""
        return CompareHelpScreen(CompareScreen.BINDINGS, self.BINDINGS)
