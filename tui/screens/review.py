"""The review of an article before its facts are saved: the text beside the proposed facts.

Left, the article (Line API) with every proposed figure marked; right, the operation it is
about and the proposed facts. Moving through the list scrolls the text to the figure, a click
on a figure selects its fact. ``space`` accepts or rejects, ``e`` edits, ``a`` adds the figure
selected in the text, ``n`` edits the operation's name, markets and countries. ``ctrl+s`` saves
the accepted facts in one transaction (a worker: the store may be large); escape cancels and
writes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from store import countries
from store.format import figure, metric_label
from store.review import Review, sentence_around
from store.storage import StoreError
from tui.bindings import REVIEW_BINDINGS
from tui.screens.confirm import Confirm
from tui.screens.edit_form import EditForm
from tui.screens.names_form import NamesForm
from tui.widgets.article_view import ArticleView, Mark
from tui.widgets.proposal_list import ProposalList
from tui.widgets.row_list import RowList
from tui.widgets.text import figure_span, safe

# How the existing facts of a text already in the store are corrected: (review) -> a line to
# tell the user. Given by the app (store.edits through tui.analyst); None: read-only.
SaveExisting = Callable[[Review], str]


class Saved(Message):
    def __init__(self, added: int, seconds: float) -> None:
        super().__init__()
        self.added, self.seconds = added, seconds


class SaveFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class ReviewScreen(Screen[str | None]):
    """Dismisses with the main operation's id once saved, None when cancelled."""

    BINDINGS = REVIEW_BINDINGS

    def __init__(self, review: Review, repo, *, note: str = "", save_existing: SaveExisting | None = None) -> None:
        super().__init__()
        self.review = review
        self.repo = repo
        self.note = note
        self.save_existing = save_existing
        self.changed = False
        self.saving = False

    def compose(self) -> ComposeResult:
        yield Static(id="review-head")
        with Horizontal(id="review-main"):
            yield ArticleView(self.review.source.text, id="review-text")
            with Vertical(id="review-side"):
                yield Static(id="review-names")
                yield ProposalList(empty_text="no figure found: select one in the text and press a", id="review-facts")
                yield Static(id="review-quote")
        yield Footer()

    @property
    def article(self) -> ArticleView:
        return self.query_one("#review-text", ArticleView)

    @property
    def facts(self) -> ProposalList:
        return self.query_one("#review-facts", ProposalList)

    def on_mount(self) -> None:
        self.article.border_title = Content("Article · " + safe(self.review.source.title))
        self.article.border_subtitle = "shift+arrows or drag: select · a: add the selection"
        self.facts.operation_name = self.review.operation_name
        self.refill(0)
        self.facts.focus()
        if self.note:
            self.notify(self.note, markup=False, timeout=6)

    # -- state → widgets ----------------------------------------------------------------
    def refill(self, cursor: int | None = None) -> None:
        review = self.review
        cursor = self.facts.cursor if cursor is None else cursor
        self.facts.set_rows(list(review.drafts), cursor)
        self.facts._cache.clear()
        self.facts.refresh()
        accepted = len(review.accepted)
        self.facts.set_title(f"Proposed facts {len(review.drafts)} · {accepted} accepted")
        self.facts.border_subtitle = "space accept/reject · e edit · ✓ ✗ ✎ +"
        marks = [Mark(d.fact.start, d.fact.end, i, rejected=not d.accepted) for i, d in enumerate(review.drafts)
                 if d.fact.start is not None and d.fact.end is not None and d.fact.end > d.fact.start]
        self.article.set_marks(marks, self.facts.cursor if review.drafts else None)
        self._show_head()
        self._show_names()
        self._show_current()

    def _show_head(self) -> None:
        source = self.review.source
        about = [v for v in (source.language, source.published, source.origin) if v]
        state = "already in the store: its stored facts" if self.review.existing else "not saved yet"
        # what to do first and the title last: a long title is what a narrow line cuts (with "…")
        self.query_one("#review-head", Static).update(
            Content(f"Review · {state} · ctrl+s save · esc cancel · {safe(source.title)} ({', '.join(safe(v) for v in about)})"))

    def _show_names(self) -> None:
        op = self.review.main
        lines = Text()
        lines.append("Operation ", style="bold")
        lines.append(safe(op.name) if op else "—")
        if op and op.markets:
            lines.append("\nMarkets ", style="bold")
            lines.append(safe(", ".join(op.markets)))
        lines.append("\nCountries ", style="bold")
        lines.append(safe(", ".join(countries.name_en(c) or c for c in op.countries)) if op and op.countries else "—")
        lines.append("   (n: edit)", style="dim")
        widget = self.query_one("#review-names", Static)
        widget.border_title = "Operation"
        widget.update(lines)

    def _show_current(self) -> None:
        draft = self.facts.current
        widget = self.query_one("#review-quote", Static)
        widget.border_title = "Sentence"
        if draft is None:
            widget.update("")
            return
        fact = draft.fact
        text = Text()
        text.append(f"{metric_label(fact.metric)}: {figure(fact)}", style="bold")
        text.append(f" · {countries.name_en(fact.country) if fact.country else 'worldwide'}")
        if fact.date:
            text.append(f" · {fact.date}")
        text.append("\n")
        text.append(safe(fact.quote), style="italic")
        widget.update(text)

    # -- list ↔ text ------------------------------------------------------------------------
    @on(RowList.Highlighted, "#review-facts")
    def _highlighted(self, event: RowList.Highlighted) -> None:
        self.article.select_fact(event.index)
        self._show_current()

    @on(RowList.Opened, "#review-facts")
    def _opened(self) -> None:
        self.action_edit()  # ⏎ (or a double click) on a proposed fact: its form

    @on(ArticleView.FigureClicked)
    def _figure_clicked(self, event: ArticleView.FigureClicked) -> None:
        self.facts.move_to(event.index, notify=False)
        self.article.select_fact(event.index)
        self._show_current()

    # -- decisions ----------------------------------------------------------------------------
    def action_toggle(self) -> None:
        if self.review.drafts:
            self.review.toggle(self.facts.cursor)
            self.changed = True
            self.refill()

    def action_edit(self) -> None:
        draft = self.facts.current
        if draft is None:
            return
        index = self.facts.cursor
        fact = draft.fact

        def submit(fields: dict[str, str]):
            return self.review.edit(index, fields)

        self._open_form(f"Edit · {metric_label(fact.metric)} {figure(fact)}", self.review.fields_of(index), submit,
                        fact.quote, figure_span(fact, self.review.source), index)

    def action_add(self) -> None:
        span = self.article.selection
        if span is None:
            self.notify("Select the figure in the text first (shift+arrows, or drag with the mouse), then press a.",
                        severity="warning", markup=False)
            return
        start, end = span
        words = self.review.source.text[start:end]
        main = self.review.main
        fields = {"metric": "arrests", "value": " ".join(words.split()), "unit": "", "qualifier": "exact", "country": "",
                  "date": self.review.source.published or "", "operation": main.name if main else ""}
        added: list[int] = []

        def submit(fields: dict[str, str]):
            index, errors = self.review.add(start, end, fields)
            if index is not None:
                added.append(index)
            return errors

        quote = sentence_around(self.review.source.text, start, end)
        at = self.review.source.text.rfind(quote, 0, start + 1) if quote else -1
        span = (start - at, end - at) if at != -1 and end <= at + len(quote) else None
        self._open_form("Add a figure · " + " ".join(safe(words).split())[:60], fields, submit, quote, span,
                        lambda: added[0] if added else None)
        self.article.action_clear_selection()

    def _open_form(self, title, fields, submit, quote, span, cursor) -> None:
        def done(saved: bool | None) -> None:
            if saved:
                self.changed = True
                self.refill(cursor() if callable(cursor) else cursor)
                self.article.select_fact(self.facts.cursor)
            self.facts.focus()

        self.app.push_screen(EditForm(title, fields, submit, quote=quote, figure=span,
                                      operations=self.review.operation_names(),
                                      countries_in_store=self.repo.countries_in_store()), done)

    def action_names(self) -> None:
        op = self.review.main

        def submit(name: str, markets: list[str], words: list[str]):
            return self.review.rename_main(name, markets, words)

        def done(saved: bool | None) -> None:
            if saved:
                self.changed = True
                self.refill()

        self.app.push_screen(NamesForm(op.name if op else "", op.markets if op else (), op.countries if op else (), submit,
                                       self.review.operation_names()), done)

    # -- save / cancel ------------------------------------------------------------------------
    def action_save(self) -> None:
        if self.saving:
            return
        if self.review.existing:
            if self.save_existing is None:
                self.notify("This text is already in the store; correct its facts from the explorer (e, d).", markup=False)
                return
            save_existing, review = self.save_existing, self.review
            write_in_background = getattr(self.app, "write_in_background", None)
            if write_in_background is None:  # a host app without background writes
                try:
                    self._saved_existing(save_existing(review))
                except StoreError as exc:
                    self.notify(str(exc), title="Not saved", severity="error", markup=False, timeout=8)
                return
            self.saving = True  # until the write is done (a failure is the app's notice)
            self.notify("Saving…", markup=False, timeout=2)
            write_in_background(lambda: save_existing(review), self._saved_existing, "Not saved",
                                failed=self._save_existing_failed)
            return
        if not self.review.accepted:
            self.notify("No fact is accepted: nothing to save (escape cancels).", severity="warning", markup=False)
            return
        self.saving = True
        self.notify("Saving…", markup=False, timeout=2)
        self.write()

    @work(thread=True, exclusive=True, group="review-save")
    def write(self) -> None:
        """One transaction (lock, re-read, atomic replace) through the repository."""
        began = time.perf_counter()
        try:
            added = self.repo.add_records(*self.review.records())
        except (StoreError, OSError, ValueError) as exc:
            self.post_message(SaveFailed(" ".join(str(exc).split())))
            return
        self.post_message(Saved(added, time.perf_counter() - began))

    def _saved_existing(self, line: str) -> None:
        self.saving = False
        self.notify(line, markup=False)
        self.dismiss(self.review.main_id)

    def _save_existing_failed(self) -> None:
        self.saving = False

    def on_saved(self, message: Saved) -> None:
        self.saving = False
        op = self.review.main
        self.notify(f"Saved {message.added} fact{'s' if message.added != 1 else ''} of {safe(op.name) if op else 'the article'}.",
                    markup=False)
        self.dismiss(self.review.main_id)

    def on_save_failed(self, message: SaveFailed) -> None:
        self.saving = False
        self.notify(message.error, title="Not saved", severity="error", markup=False, timeout=10)

    def action_cancel(self) -> None:
        if not self.changed and self.review.existing:
            self.dismiss(None)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.dismiss(None)

        self.app.push_screen(Confirm("Discard this review? Nothing will be written to the store.", "Discard", "Keep"), answered)

