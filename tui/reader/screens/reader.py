"""The reader: article beside summary, claims and opinions, all linked by sentence.

Wide terminals (120 columns and more) show the article on the left and the
three lists stacked on the right. Narrow ones stack the article above one list
at a time, with a tab strip; Tab walks article → summary → claims → opinions
and brings the list it lands on into view.

Whatever the reader moves to in one pane, the others follow: the article
scrolls to the sentence and highlights it, and the lists highlight the claim,
opinion or summary sentence made from it (or nothing, when there is none).
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, OptionList, ProgressBar, Static

from summarize.report import Report
from tui.common import text
from tui.messages import AlgorithmRequested, ExportRequested, OpenRequested, SummaryLengthStep
from tui.reader.screens.detail import DetailScreen
from tui.reader.widgets import (
    ArticleView,
    ClaimList,
    ItemList,
    Masthead,
    OpinionList,
    SearchBar,
    SummaryList,
)

#: At and above this width the panes sit side by side.
WIDE = 120
PANES = ("article", "summary", "claims", "opinions")
SIDE = ("summary", "claims", "opinions")


class ReaderScreen(Screen[None]):
    """The main screen of the reading room."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (WIDE, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "tab", "next_pane", "Pane", priority=True, id="reader.next-pane", key_display="tab"
        ),
        Binding(
            "shift+tab",
            "previous_pane",
            "Previous pane",
            show=False,
            priority=True,
            id="reader.prev-pane",
        ),
        Binding("slash", "search", "Search", priority=True, id="reader.search", key_display="/"),
        Binding("n", "next_match", "Next match", show=False, priority=True, id="reader.next-match"),
        Binding(
            "N",
            "previous_match",
            "Previous match",
            show=False,
            priority=True,
            id="reader.prev-match",
        ),
        Binding(
            "plus,equals_sign",
            "longer",
            "Longer summary",
            priority=True,
            id="reader.longer",
            key_display="+",
            group=Binding.Group("Length", compact=True),
        ),
        Binding(
            "minus",
            "shorter",
            "Shorter summary",
            priority=True,
            id="reader.shorter",
            key_display="-",
            group=Binding.Group("Length", compact=True),
        ),
        # Not in the footer, which has no cell to spare at 80 columns (q would fall off):
        # the summary pane's own border names the key, at every width.
        Binding(
            "d",
            "toggle_digest",
            "Summary ↔ without the author",
            show=False,
            priority=True,
            id="reader.toggle-digest",
        ),
        Binding("a", "algorithm", "Algorithm", priority=True, id="reader.algorithm"),
        Binding("e", "export", "Export", priority=True, id="reader.export"),
        Binding("o", "open", "Open", priority=True, id="reader.open"),
        Binding(
            "1", "show_pane('article')", "Article", show=False, priority=True, id="reader.article"
        ),
        Binding(
            "2", "show_pane('summary')", "Summary", show=False, priority=True, id="reader.summary"
        ),
        Binding(
            "3", "show_pane('claims')", "Claims", show=False, priority=True, id="reader.claims"
        ),
        Binding(
            "4",
            "show_pane('opinions')",
            "Opinions",
            show=False,
            priority=True,
            id="reader.opinions",
        ),
    ]

    def __init__(self) -> None:
        super().__init__(id="reader")
        self.report: Report | None = None
        #: What the masthead says beside the report: the app's (source, algorithm,
        #: length, status), given through :meth:`show_heading`.
        self._heading = ("", "", "", "analysing…")
        #: The list on show in the narrow layout.
        self.side_pane = "summary"
        #: The article sentence the current search started from.
        self._search_origin = 0
        #: Where the reader was when the search opened (Escape goes back there): the
        #: focused pane, and each pane's highlight and anchor.
        self._search_return: tuple[ItemList, dict[str, tuple[int | None, int | None]]] | None = None

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Masthead(id="masthead")
        with Vertical(id="loading"):
            yield Label("Analysing…", id="loading-stage", markup=False)
            yield ProgressBar(total=100, show_eta=False, id="loading-bar")
        yield Static(id="error", markup=False)
        with Container(id="body"):
            article = ArticleView(id="article")
            article.border_title = "Article"
            article.border_subtitle = text.legend()
            yield article
            with Vertical(id="side"):
                yield Static(id="tabs")
                for pane in (
                    SummaryList(id="summary"),
                    ClaimList(id="claims"),
                    OpinionList(id="opinions"),
                ):
                    pane.border_title = pane.label
                    yield pane
        yield SearchBar(id="search")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#search").display = False
        self.query_one("#error").display = False
        self.query_one("#body").display = False
        self.refresh_masthead()
        self._arrange()

    def on_resize(self, _event: events.Resize) -> None:
        self._arrange()

    @property
    def narrow(self) -> bool:
        return self.size.width < WIDE

    def _arrange(self) -> None:
        """Show every list when wide; only the chosen one (and the tab strip) when narrow."""
        narrow = self.narrow
        for name in SIDE:
            self.pane(name).display = not narrow or name == self.side_pane
        # Narrow: the footer needs every cell for the keys (ctrl+p is in the help).
        self.query_one(Footer).show_command_palette = not narrow
        tabs = self.query_one("#tabs", Static)
        tabs.display = narrow
        parts: list[str | tuple[str, str]] = []
        for number, name in enumerate(SIDE, start=2):
            pane = self.pane(name)
            active = name == self.side_pane
            # The arrow says which list is on show, for monochrome terminals too. No count
            # here: the list's title below gives it, with what its items are made from.
            label = f"{'▸' if active else ' '}{number} {pane.label} "
            style = "reverse bold" if active else "dim"
            parts.append((label, f"{style} @click=screen.show_pane('{name}')"))
            parts.append(" ")
        tabs.update(Content.assemble(*parts))

    def _count(self, name: str) -> str:
        if self.report is None:
            return ""
        if name == "summary" and self.summary_list.digest:
            digest = self.report.digest
            return str(len(digest.claim_ids)) if digest else "0"
        if name == "summary":
            return str(len(self.report.summary.sentence_ids)) if self.report.summary else "0"
        return str(len(getattr(self.report, name)))

    def pane(self, name: str) -> ItemList:
        return self.query_one(f"#{name}", ItemList)

    @property
    def summary_list(self) -> SummaryList:
        return self.query_one("#summary", SummaryList)

    @property
    def article(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    # ------------------------------------------------------------------ state from the app

    def show_heading(self, name: str, algorithm: str, length: str, status: str) -> None:
        """The source's name, the summary asked for, and the analysis's status."""
        self._heading = (name, algorithm, length, status)
        if self.is_mounted:
            self.refresh_masthead()

    def refresh_masthead(self) -> None:
        name, algorithm, length, status = self._heading
        self.query_one(Masthead).show(self.report, name, algorithm, length, status)

    def start_over(self) -> None:
        """Another article is being analysed: back to the progress bar."""
        self.report = None
        self.close_search(clear=True)
        self.query_one("#error").display = False
        self.query_one("#body").display = False
        self.query_one("#loading").display = True
        self.show_progress("", 0.0)
        self.refresh_masthead()
        self.refresh_bindings()

    def show_progress(self, stage: str, fraction: float) -> None:
        self.query_one("#loading-stage", Label).update(f"Analysing… {stage}")
        self.query_one("#loading-bar", ProgressBar).update(progress=round(fraction * 100))

    def show_error(self, message: str) -> None:
        self.query_one("#loading").display = False
        self.query_one("#body").display = False
        error = self.query_one("#error", Static)
        error.update(
            Content.assemble(
                ("The analysis failed\n\n", "bold $text-error"),
                text.literal(message),
                ("\n\nPress o to open another file or URL, q to quit.", "$text-muted"),
            )
        )
        error.display = True
        self.refresh_masthead()

    def show_report(self, report: Report) -> None:
        self.report = report
        self.query_one("#loading").display = False
        self.query_one("#error").display = False
        self.query_one("#body").display = True
        self.article.show(report)
        for name in SIDE:
            self.pane(name).show(report)  # type: ignore[attr-defined]
        self._digest_refused()
        self._titles()
        self.refresh_masthead()
        self._arrange()
        self.article.highlighted = 0 if report.sentences else None
        self.follow(0 if report.sentences else None, origin=self.article)
        self.article.focus()
        self.refresh_bindings()  # the keys that wait for a report are enabled now

    def show_summary(self, report: Report) -> None:
        """The summary changed (algorithm or length): ``report`` is the article's with it."""
        if self.report is None:
            return
        self.report = report
        summary_list = self.summary_list
        summary_list.show(report)
        self._digest_refused()
        summary_list.loading = False
        self.article.update_summary(report)
        current = self.article.current_sentence
        if current is not None and summary_list.current_sentence != current:
            summary_list.show_sentence(current)
        self._titles()
        self.refresh_masthead()
        self._arrange()

    def summary_pending(self) -> None:
        self.query_one("#summary", SummaryList).loading = True
        self.refresh_masthead()

    def _titles(self) -> None:
        for name in SIDE:
            pane = self.pane(name)
            pane.border_title = f"{pane.label} {self._count(name)}{self._made_of(name)}"
        if self.report is not None and self.report.digest is not None:
            back = "the summary" if self.summary_list.digest else "without the author"
            self.summary_list.border_subtitle = f"d: {back}"
        else:
            self.summary_list.border_subtitle = ""
        self._article_title()

    def _made_of(self, name: str) -> str:
        """What a list's items come from, by the kind of their sentence.

        The masthead counts sentences by kind (as ``unspin analyze`` does); a mixed
        sentence gives both a claim and an opinion, so the lists say so.
        """
        if self.report is None:
            return ""
        if name == "summary":
            digest = self.report.digest
            if not self.summary_list.digest or digest is None:
                return ""
            return f" claims · the author's view {len(digest.opinion_ids)}"
        kinds: dict[str, int] = {}
        for sid in self.pane(name).sentence_ids:
            kind = self.report.sentences[sid].kind
            kinds[kind] = kinds.get(kind, 0) + 1
        if not kinds:
            return ""
        order = [k for k in text.KIND_MARK if k in kinds]
        parts = " + ".join(f"{kinds[k]} {text.KIND_LABEL[k]}" for k in order)
        noun = "sentence" if sum(kinds.values()) == 1 else "sentences"
        restated = " restated" if name == "claims" else ""
        return f"{restated} (from {parts} {noun})"

    def _article_title(self) -> None:
        if self.report is None:
            return
        current = self.article.current_sentence
        last = len(self.report.sentences) - 1
        # Sentence ids as in the report and the pipe's output (#0 is the first).
        where = f" · sentence #{current} of #0–#{last}" if current is not None else ""
        self.article.border_title = f"Article{where}"

    # ------------------------------------------------------------------ linking

    @on(OptionList.OptionHighlighted)
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        source = event.option_list
        if not isinstance(source, ItemList):
            return
        if source is self.article:
            self._article_title()
        # Only the pane the reader is in leads; the others follow (and so never loop).
        if source.has_focus:
            self.follow(source.current_sentence, origin=source)

    def follow(self, sentence_id: int | None, origin: ItemList | None = None) -> None:
        """Point every pane but ``origin`` at ``sentence_id``."""
        if sentence_id is None:
            return
        for name in PANES:
            pane = self.pane(name)
            if pane is not origin:
                pane.show_sentence(sentence_id)
        self._article_title()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        source = event.option_list
        if isinstance(source, ItemList) and source.current_sentence is not None:
            event.stop()
            self.open_detail(source)

    def open_detail(self, source: ItemList) -> None:

        if self.report is None or source.current_sentence is None:
            return

        def back(sentence_id: int | None) -> None:
            if sentence_id is not None:
                source.show_sentence(sentence_id)
                self.follow(sentence_id, origin=source)

        self.app.push_screen(  # a view of this screen's report: no state of the app's
            DetailScreen(
                self.report,
                source.current_sentence,
                ids=list(dict.fromkeys(source.sentence_ids)),  # the digest may list one twice
                pane=source.label,
            ),
            back,
        )

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        widget = event.widget
        if not isinstance(widget, ItemList) or self.report is None:
            return
        if widget.id in SIDE and self.side_pane != widget.id:
            self.side_pane = widget.id or self.side_pane
            self._arrange()
        # Landing in a list changes nothing: it already shows the current sentence, or has
        # nothing highlighted when it has no item for it (↓ and ↑ then start from there).

    # ------------------------------------------------------------------ actions

    def action_detail(self) -> None:
        """Detail of the selected item in the focused pane (the article's otherwise)."""
        focused = self.focused
        source: ItemList = self.article
        # A pane with nothing highlighted (no item for the current sentence): the article's.
        if isinstance(focused, ItemList) and focused.current_sentence is not None:
            source = focused
        self.open_detail(source)

    def _focus_order(self) -> list[ItemList]:
        return [self.pane(name) for name in PANES]

    def _step_pane(self, step: int) -> None:
        order = self._focus_order()
        focused = self.focused
        index = order.index(focused) if focused in order else 0
        target = order[(index + step) % len(order)]
        self.action_show_pane(target.id or "article")

    def action_next_pane(self) -> None:
        """Move to the next pane (article, summary, claims, opinions)."""
        self._step_pane(1)

    def action_previous_pane(self) -> None:
        self._step_pane(-1)

    def action_show_pane(self, name: str) -> None:
        """Bring a pane into view and into focus."""
        if name in SIDE:
            self.side_pane = name
            self._arrange()
        # At once, not after a refresh: a second Tab pressed quickly must start from here.
        self.set_focus(self.pane(name))

    def action_search(self) -> None:
        """Open the search bar."""
        if self.report is None:
            return
        # Matches are looked for from here on, however the search narrows as it is typed.
        self._search_origin = self.article.current_sentence or 0
        focused = self.focused
        self._search_return = (
            focused if isinstance(focused, ItemList) else self.article,
            {name: (self.pane(name).highlighted, self.pane(name).anchor) for name in PANES},
        )
        self.query_one(SearchBar).open()

    @on(Input.Changed, "#search-input")
    def _search_changed(self, event: Input.Changed) -> None:
        matches = self.article.find(event.value)
        self._search_status()
        if matches:
            origin = self._search_origin
            ahead = [sid for sid in matches if sid >= origin]
            self._go_to_match(ahead[0] if ahead else matches[0])

    @on(Input.Submitted, "#search-input")
    def _search_submitted(self, _event: Input.Submitted) -> None:
        self.close_search(clear=False)

    def close_search(self, *, clear: bool) -> None:
        """Enter (``clear=False``) keeps the match; Escape goes back to where the search began."""
        bar = self.query_one(SearchBar)
        back = self._search_return
        self._search_return = None
        bar.display = False
        if not clear or back is None:
            self.article.focus()
            return
        bar.input.value = ""
        self.article.find("")
        pane, state = back
        for name, (highlighted, anchor) in state.items():
            self.pane(name).restore(highlighted, anchor)
        self._article_title()
        pane.focus()

    def _search_status(self) -> None:
        article = self.article
        bar = self.query_one(SearchBar)
        if not article.search:
            bar.set_status("")
            return
        if not article.matches:
            bar.set_status("no match")
            return
        current = article.current_sentence
        position = article.matches.index(current) + 1 if current in article.matches else 0
        count = text.plural(len(article.matches), "sentence")
        where = f"match {position} of {count}" if position else f"{count} match"
        bar.set_status(f"{where} · n next · N previous")

    def _go_to_match(self, sentence_id: int) -> None:
        self.article.show_sentence(sentence_id)
        self.follow(sentence_id, origin=self.article)
        self._search_status()

    def _step_match(self, step: int) -> None:
        matches = self.article.matches
        if not matches:
            self.app.notify("No search: press / to search the article.", timeout=3)
            return
        current = self.article.current_sentence
        current = -1 if current is None else current
        if step > 0:
            ahead = [sid for sid in matches if sid > current]
            target = ahead[0] if ahead else matches[0]
        else:
            behind = [sid for sid in matches if sid < current]
            target = behind[-1] if behind else matches[-1]
        self._go_to_match(target)
        bar = self.query_one(SearchBar)
        if not bar.display:
            position = matches.index(target) + 1
            self.app.notify(f"match {position} of {len(matches)}", timeout=2, markup=False)

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def action_toggle_digest(self) -> None:
        """Switch the summary pane between the summary and what happened, without the author."""
        if self.report is None:
            return
        summary_list = self.summary_list
        if not summary_list.digest and self.report.digest is None:
            self.app.notify(
                "No neutral digest: this report was made without the perspective stage.",
                timeout=3,
                markup=False,
            )
            return
        summary_list.show(self.report, digest=not summary_list.digest)
        current = self.article.current_sentence
        if current is not None:
            summary_list.show_sentence(current)
        self._titles()
        self._arrange()
        self.refresh_bindings()

    def _digest_refused(self) -> None:
        """A report without a digest (another article, made without the perspective stage)
        turns the digest off."""
        summary_list = self.summary_list
        if summary_list.digest and self.report is not None and self.report.digest is None:
            summary_list.show(self.report, digest=False)

    def action_longer(self) -> None:
        """One more sentence in the summary (5 more points for a percentage)."""
        self.post_message(SummaryLengthStep(+1))

    def action_shorter(self) -> None:
        self.post_message(SummaryLengthStep(-1))

    def action_algorithm(self) -> None:
        """Choose the summary algorithm."""
        self.post_message(AlgorithmRequested())

    def action_export(self) -> None:
        """Save the report as Markdown or JSON."""
        self.post_message(ExportRequested())

    def action_open(self) -> None:
        """Read another file or URL instead."""
        self.post_message(OpenRequested())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The reader's keys are priority bindings, run the moment they arrive (so the keys
        # typed right after `/` reach the search). While typing in the search they are
        # letters: let them through to the input.
        if isinstance(self.focused, Input) and action not in {"next_pane", "previous_pane"}:
            return False
        # Until there is a report, the actions that need one are shown disabled.
        if self.report is None and action in {
            "next_pane",
            "previous_pane",
            "search",
            "longer",
            "shorter",
            "algorithm",
            "export",
            "detail",
            "next_match",
            "previous_match",
            "show_pane",
            "toggle_digest",
        }:
            return None
        return True
