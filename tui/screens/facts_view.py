"""The facts table view: every fact the query matches, across all operations, sortable.

``s`` sorts by the next column (operation, date, metric…), ``S`` reverses the sort, a click
on a title sorts by that column and a second click reverses it; the fact detail below follows
the cursor; Enter opens the fact in its operation in the explorer, keeping the query.
"""

from __future__ import annotations

import numpy as np
from textual import on, work
from textual.app import ComposeResult

from store.search import FactRows
from store.views.fact_table import COLUMN_KEYS, COLUMNS, FactTable
from store.views.matched import matched_mask
from tui.screens.view_base import ViewScreen
from tui.widgets.fact_detail import FactDetail
from tui.widgets.facts_table import FactsTable, TableHeader
from tui.widgets.row_list import RowList
from tui.widgets.titled_box import TitledBox

_FIRST_DESCENDING = {c.key: c.descending_first for c in COLUMNS}


class FactsView(ViewScreen):
    """Facts of every operation in one sortable table, with the detail of the current one."""

    VIEW = "facts"
    SEARCH_FACETS = False  # only which facts matched: the search skips most of its work
    DEFAULT_CSS = """
    FactsView #facts-box { height: 2fr; padding: 0; }
    FactsView #facts-table { height: 1fr; border: none; padding: 0 1; overflow-y: scroll; scrollbar-size-vertical: 1;
                             background: $background; }
    FactsView #facts-detail { height: 1fr; min-height: 6; }
    """

    def __init__(self, repo, query: str = "") -> None:
        super().__init__(repo, query)
        self.sort_column: str | None = None  # None: the explorer's order
        self.descending = False
        self.fact_id: str | None = None
        self._table: FactTable | None = None

    def compose_body(self) -> ComposeResult:
        with TitledBox(id="facts-box", classes="view-pane"):
            yield TableHeader(id="facts-header")
            yield FactsTable(empty_text="no fact matches", id="facts-table")
        detail = FactDetail(id="facts-detail")
        detail.add_class("view-pane")
        yield detail

    @property
    def table(self) -> FactsTable:
        return self.query_one("#facts-table", FactsTable)

    @property
    def box(self) -> TitledBox:
        return self.query_one("#facts-box", TitledBox)

    @property
    def header(self) -> TableHeader:
        return self.query_one("#facts-header", TableHeader)

    def on_mount(self) -> None:
        self.box.set_title("Facts")
        self.query_one("#facts-box").border_subtitle = "s sort by next column · S reverse · click a title · ⏎ open in its operation"
        self.query_one("#facts-detail").border_title = "Fact"
        self.set_focus(self.table)

    def focus_body(self) -> None:
        self.set_focus(self.table)

    def snapshot_changed(self) -> None:
        self._table = None

    # -- data ---------------------------------------------------------------------------
    def apply(self) -> None:
        table = self.app.fact_table_if_ready()  # type: ignore[attr-defined]
        if table is None or table.snapshot is not self.repo.snapshot:
            self._show_unsorted()
            self.prepare_table()
            return
        if table is not self._table:
            self._table = table
            self.table.use(self.repo, table)
        if not table.has_order(self.sort_column, self.descending):
            # a sort before the warm-up made this order (its keys and argsort): in a worker
            self.box.set_title(f"Facts · sorting by {self._column_title(self.sort_column)}…")
            self.paint_now(self.box)
            self.prepare_table()
            return
        if self._unsorted and not self._moved:  # the first ordered rows replace the store's
            self._cursor_row = None  # order: a cursor the user never moved stays at the top
            self.fact_id = None
        self._unsorted = False
        mask = None if self.result is None else matched_mask(self.repo.snapshot, self.result)
        order = table.rows(mask, self.sort_column, self.descending)
        sort = ""
        if self.sort_column:
            sort = f" · by {self._column_title(self.sort_column)} {'▼' if self.descending else '▲'}"
        self._show(order, sort)

    def _show_unsorted(self) -> None:
        """The rows before the table's orders exist (a second or more at a million facts,
        longer while the store's first open builds its index): every matched fact at once, in
        the store's order; the explorer's order and the sorts follow when they are made."""
        if self.table.repo is None:
            self.table.use(self.repo, None)
        if not self._unsorted:
            self._unsorted, self._moved = True, False
        mask = None if self.result is None else matched_mask(self.repo.snapshot, self.result)
        order = np.arange(len(self.repo.snapshot.facts)) if mask is None else np.flatnonzero(mask)
        then = f"sorting by {self._column_title(self.sort_column)}" if self.sort_column else "the explorer's order follows"
        self._show(order, f" · in store order — {then}…")

    def _show(self, order: np.ndarray, suffix: str) -> None:
        """Show the rows ``order`` picks, the cursor kept on its fact when it is among them."""
        self.table.empty_text = "no fact matches"
        rows = FactRows(self.repo.snapshot.facts, order)
        at = self._position(order)
        terms = tuple(self.result.terms) if self.result else ()
        self._order = order
        self.table.set_rows(rows, at or 0, terms)
        total = len(self.repo.snapshot.facts)
        count = f"{len(rows):,}" if len(rows) == total else f"{len(rows):,} of {total:,}"
        self.box.set_title(f"Facts {count}{suffix}")
        self.header.show_sort(self.sort_column, self.descending)
        self._remember_cursor()
        self.paint_now(self.table, self.box, self.header)  # the table first; the detail in the frame after
        self.call_after_refresh(self.show_current)

    @staticmethod
    def _column_title(column: str | None) -> str:
        return next((c.title for c in COLUMNS if c.key == column), "").lower()

    _order: np.ndarray | None = None  # the rows shown (rows of ``snapshot.facts``)
    _unsorted = False  # the rows shown are in the store's order (the table is being made)
    _moved = False  # the user moved the cursor since
    _cursor_row: tuple[object, int] | None = None  # (snapshot, row) of the fact under the cursor

    def _remember_cursor(self) -> None:
        fact = self.table.current
        self.fact_id = fact.id if fact else None
        order, cursor = self._order, self.table.cursor
        inside = fact is not None and order is not None and cursor < len(order)
        self._cursor_row = (self.repo.snapshot, int(order[cursor])) if inside else None  # type: ignore[index]

    def _position(self, order: np.ndarray) -> int:
        """Where the fact under the cursor went (0 when the query dropped it): one compare
        of the index array, not a scan of 100,000 facts."""
        if self._cursor_row is not None and self._cursor_row[0] is self.repo.snapshot:
            row: int | None = self._cursor_row[1]
        else:  # the store was reloaded: find the fact by id in the new snapshot
            fact = self.repo.fact(self.fact_id) if self.fact_id else None
            table = self.app.fact_table_if_ready()  # type: ignore[attr-defined]
            row = table.row_of.get(id(fact)) if fact is not None and table is not None else None
        if row is None:
            return 0
        found = np.flatnonzero(order == row)
        return int(found[0]) if len(found) else 0

    @work(thread=True, exclusive=True, group="fact-table")
    def prepare_table(self) -> None:
        """Build the sort keys, and the order of the current sort, off the UI thread (a
        fraction of a second at 100,000 facts, done by the warm-up worker unless the user
        was quicker)."""
        table = self.app.fact_table()  # type: ignore[attr-defined]
        table.order(self.sort_column, self.descending)
        self.app.call_from_thread(self.apply)

    def show_current(self) -> None:
        fact = self.table.current
        self._remember_cursor()
        self.query_one("#facts-detail", FactDetail).show(self.repo, fact, self.table.terms)

    # -- sorting ------------------------------------------------------------------------
    def sort_by(self, column: str) -> None:
        """Sort by ``column``; the same column again reverses it."""
        if column == self.sort_column:
            self.descending = not self.descending
        else:
            self.sort_column, self.descending = column, _FIRST_DESCENDING.get(column, False)
        self._resort()

    def _resort(self) -> None:
        """Show the new sort: from its top when the cursor is on the first row (``s`` answers
        "which is largest" at a glance), else with the cursor kept on its fact."""
        if self.table.cursor == 0:
            self._cursor_row = None
            self.fact_id = None
        self.apply()

    @on(TableHeader.SortRequested)
    def _header_clicked(self, event: TableHeader.SortRequested) -> None:
        self.sort_by(event.column)

    @on(FactsTable.SortStep)
    def _sort_step(self, event: FactsTable.SortStep) -> None:
        """``s``: the next column (from the explorer's order: the first); ``S``: reverse."""
        if event.step == "reverse":
            if self.sort_column is None:
                self.sort_column = COLUMN_KEYS[0]
            self.descending = not self.descending
            self._resort()
            return
        at = -1 if self.sort_column is None else COLUMN_KEYS.index(self.sort_column)
        column = COLUMN_KEYS[(at + 1) % len(COLUMN_KEYS)]
        self.sort_column, self.descending = column, _FIRST_DESCENDING.get(column, False)
        self._resort()

    # -- cursor -------------------------------------------------------------------------
    @on(RowList.Highlighted, "#facts-table")
    def _highlighted(self) -> None:
        self._moved = True
        self.show_current()
        self.paint_now(self.table, self.query_one("#facts-detail"))

    @on(RowList.Opened, "#facts-table")
    def _opened(self) -> None:
        fact = self.table.current
        if fact is not None:
            self.app.reveal(fact.operation, fact.id, self.query_text)  # type: ignore[attr-defined]

    @on(RowList.Back, "#facts-table")
    def _back(self) -> None:
        self.action_leave()  # Escape: back to the explorer ("/" reaches the search box)
