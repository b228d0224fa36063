"""The explorer screen: search, operations, facts, fact detail and country summary.

This screen is the one owner of the panes. Keys and workers only change state (the query,
the selected operation/fact/country ids) through its methods, which then refresh the panes
that depend on that state: operations → facts → detail → country.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from store.model import Fact, Operation
from store.repository import Repository
from tui.country_filter import has_country, with_country
from tui.focus_memory import FocusMemory
from tui.headline_scope import HeadlineScope
from tui.messages import IndexPending, SearchFinished, StoreReloaded, StoreReloadFailed
from tui.pane_titles import position, search_hint, set_title
from tui.sorting import FACT_SORTS, OPERATION_SORTS, sort_facts, sort_operations
from tui.textual_internals import app_is_batching, paint_screen_now, report_repaints, screen_has_paint_pending
from tui.widgets.country_pane import CountryPane
from tui.widgets.fact_detail import FactDetail
from tui.widgets.fact_list import FactList
from tui.widgets.operation_list import OperationList, OperationRow
from tui.widgets.row_list import RowList
from tui.widgets.search_box import SearchBox
from tui.widgets.store_bar import StoreBar
from tui.widgets.text import safe

if TYPE_CHECKING:  # numpy comes with it: imported by the worker that builds the index
    from store.search import SearchResult

MIN_WIDTH, MIN_HEIGHT = 80, 24
WIDE_FROM = 100  # columns from which the lists get more of the width (app.tcss: -wide)
PAINT_NOW_WINDOW = 0.05  # s: how long an applied search result may wait for its repaints
# s: how long the box's echo of a key waits for that key's search result, so that one frame
# shows the key, the lists and the panes together (a slower search shows the key first)
HOLD_FOR_RESULT = 0.016


class ExplorerScreen(Screen[None]):
    """The main screen of ``takedown``."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="explorer.back", show=False),
        # Priority: Enter in the search box moves focus into the results while the app handles
        # the key, so the next key of a fast burst ("/hydra⏎2") is a key, not a character of
        # the query; check_action keeps it to the search box (elsewhere Enter opens a row).
        Binding("enter", "into_results", "Results", id="explorer.into_results", show=False, priority=True),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "into_results":
            return self.is_mounted and self.focused is self.search_box
        return True

    def action_into_results(self) -> None:
        self._query_submitted()

    def __init__(self, repo: Repository, path_label: str | None = None) -> None:
        super().__init__()
        self.repo = repo
        self.path_label = path_label
        self.result: SearchResult | None = None  # None: no filter
        self.op_id: str | None = None
        self.fact_id: str | None = None
        self.country: str | None = None
        self.country_pinned = False
        self._op_rows: dict[str, OperationRow] = {}
        self._op_order: dict[str, int] = {}
        self._facts_cache: dict[str, Sequence[Fact]] = {}  # per fill: an operation's shown facts
        self._paint_by = 0.0  # until when a search result waits to be painted (monotonic)
        self._panes_pending = False  # a render of the detail and country panes is scheduled
        self._hold_until = 0.0  # until when painting waits for a search result (monotonic)
        self.search_requested = False  # "/" was pressed: start-up must not move focus away
        self.op_sort, self.fact_sort = OPERATION_SORTS[0], FACT_SORTS[0]  # what ``s`` cycles
        self.focus_memory = FocusMemory()  # the pane to focus again after "terminal too small"

    # -- layout -----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield StoreBar(id="store-bar")
        yield SearchBox(placeholder="Search operations, markets, countries, metrics, quotes…  (/ to focus)", id="search")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield OperationList(empty_text="no operation matches", id="operations")
                yield FactList(empty_text="no fact matches", id="facts")
            with Vertical(id="right"):
                yield FactDetail(id="detail")
                yield CountryPane(id="country")
        yield Static(id="too-small")
        yield Footer()

    @property
    def search_box(self) -> SearchBox:
        return self.query_one("#search", SearchBox)

    @property
    def operations(self) -> OperationList:
        return self.query_one("#operations", OperationList)

    @property
    def facts(self) -> FactList:
        return self.query_one("#facts", FactList)

    @property
    def detail(self) -> FactDetail:
        return self.query_one("#detail", FactDetail)

    @property
    def country_pane(self) -> CountryPane:
        return self.query_one("#country", CountryPane)

    def on_mount(self) -> None:
        self.query_one("#search").border_title = "Search"
        self.detail.border_title = "Fact"
        self.country_pane.border_title = "Country"
        set_title(self.operations, "year · countries · arrests", subtitle=True)
        self.facts.border_subtitle = "! conflict  = corroborated  ✎ edited"
        self.search_box.cursor_blink = self.app.is_headless is False
        self._check_size(self.app.size.width, self.app.size.height)
        self.refresh_store(lists_first=True)  # the first frame with data: lists, then the panes
        self.app.call_later(self._initial_focus)  # when Widget.focus() would run

    def _initial_focus(self) -> None:
        """The operations start with focus, unless a "/" typed during start-up got there first."""
        if not self.search_requested:
            self.set_focus(self.operations)

    def focus_search(self) -> None:
        """Focus the box now (not on the next idle, as Widget.focus does): the keys typed right
        after "/" in one burst (fast typing, a paste) must land in it, not in a list."""
        self.search_requested = True
        self.set_focus(self.search_box)

    def on_resize(self, event: events.Resize) -> None:
        self._check_size(event.size.width, event.size.height)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        width, height = self.app.size  # under a modal the screen hears of no resize
        if width >= MIN_WIDTH and height >= MIN_HEIGHT:
            self.focus_memory.focused(event.widget)

    def on_screen_resume(self) -> None:
        """Back from the help or the picker: the terminal may have changed size meanwhile."""
        self._check_size(self.app.size.width, self.app.size.height)

    def _check_size(self, width: int, height: int) -> None:
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        self.set_class(small, "-too-small")
        self.set_class(width >= WIDE_FROM, "-wide")
        if self.focus_memory.resized(small):
            self.call_after_refresh(self._refocus)
        if small:
            self.query_one("#too-small", Static).update(
                Text(f"Terminal too small ({width}×{height}).\nThe explorer needs at least {MIN_WIDTH}×{MIN_HEIGHT}.\n\nctrl+q quits.", justify="center")
            )

    def _refocus(self) -> None:
        """Back from "too small": the pane that had focus has it again."""
        target = self.focus_memory.target() or self.operations
        if self.focused is not target and not self.has_class("-too-small"):
            # (Textual may have handed focus to another hidden widget meanwhile)
            self.set_focus(target)
            if isinstance(target, Input):  # focusing selects all: the next key would replace the query
                selection = target.selection
                self.call_after_refresh(setattr, target, "selection", selection)

    # -- state → panes ----------------------------------------------------------------
    def refresh_store(self, note: str = "", *, lists_first: bool = False) -> None:
        """Recompute per-snapshot rows (after start or a reload) and refill every pane."""
        ops = self.repo.operations()
        self._op_order = {op.id: i for i, op in enumerate(ops)}
        self._op_rows = {op.id: OperationRow.build(self.repo, op) for op in ops}
        self.facts.use(self.repo)
        self.query_one(StoreBar).show(self.repo, self.path_label, note)
        self.fill(lists_first=lists_first)

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(self.result.terms) if self.result else ()

    def fill(self, *, lists_first: bool = False, paint_now: bool = False) -> None:
        """Operations for the current filter, keeping the selected operation by id.

        ``lists_first``: render the detail and country panes after the next frame, so the
        first frame with data comes before the two biggest panes. ``paint_now``: every
        pane is updated now and painted in one frame at once (a key in the search box)."""
        self._facts_cache.clear()
        if self.result is None:
            ops: list[Operation] = [row.op for row in self._op_rows.values()]  # newest first
        else:
            # Operations the query names first, those named by more of its words before the
            # others (``old market``: Old Market, then an operation with a market of another
            # name), then the rest that matched; newest first within each, as without a filter.
            known = [op for op in self.result.operations if op.id in self._op_rows]
            named = self.result.named
            ops = sorted(known, key=lambda op: (-named.get(op.id, 0), self._op_order.get(op.id, 0)))
        rows = [self._op_rows[op.id] for op in ops if op.id in self._op_rows]
        if self.op_sort != OPERATION_SORTS[0]:  # ``s`` on the operations (tui/sorting.py)
            rows = sort_operations(rows, self.op_sort)
        index = next((i for i, row in enumerate(rows) if row.op.id == self.op_id), 0)
        scope = HeadlineScope.of(self.repo, self.result)  # country:/metric: change the figures shown
        rescoped = self.operations.set_scope(scope)
        self.operations.set_rows(rows, index, self.terms)
        if rescoped:
            self.operations.refresh_changed()
            set_title(self.operations, f"year · countries · {scope.label if scope else 'arrests'}", subtitle=True)
        title = f"Operations {len(rows)}" if self.result is None else f"Operations {len(rows)} of {len(self._op_rows)}"
        self.operations.set_title(title + ("" if self.op_sort == OPERATION_SORTS[0] else f" · by {self.op_sort}"))
        current = self.operations.current
        self.op_id = current.op.id if current else None
        self.show_operation(lists_first=lists_first)
        if paint_now and self.is_mounted:  # the screen's next idle paints it all (on_idle)
            panes = (self.search_box, self.operations, self.facts, self.detail, self.country_pane)
            report_repaints([*panes, *(pane.vertical_scrollbar for pane in panes[1:])])
            self._paint_by = time.monotonic() + PAINT_NOW_WINDOW
            self.check_idle()

    def facts_of(self, op_id: str) -> Sequence[Fact]:
        """The facts shown for an operation: those matching the filter, or all of them."""
        ordered = self.repo.ordered_facts(op_id)  # sorted once per snapshot (and warmed)
        if self.result is None:
            return ordered
        cached = self._facts_cache.get(op_id)
        if cached is None:  # an operation can match by name or country with no fact
            if ordered and self.result.op_counts.get(op_id) == len(ordered):  # every fact matched
                cached = ordered
            elif self.result.snapshot is self.repo.snapshot:
                cached = self.result.facts_in_order(op_id, ordered)  # a view, not a list
            else:  # the store was reloaded and the new search has not landed yet
                matched = {fact.id for fact in self.result.facts_in(op_id)}
                cached = [fact for fact in ordered if fact.id in matched]
            self._facts_cache[op_id] = cached
        return cached

    def show_operation(self, *, lists_first: bool = False) -> None:
        """Facts of the selected operation, keeping the highlighted fact by id."""
        op = self.repo.operation(self.op_id) if self.op_id else None
        facts = self.facts_of(op.id) if op else []
        if self.fact_sort != FACT_SORTS[0]:  # ``s`` on the facts (tui/sorting.py)
            facts = sort_facts(facts, self.fact_sort, self.repo)
        kept = self.repo.fact(self.fact_id) if self.fact_id else None
        at = position(facts, self.fact_id, self.facts.cursor) if kept is not None and op and kept.operation == op.id else 0
        self.facts.set_rows(facts, at, self.terms)
        total = len(self.repo.snapshot.facts_by_operation.get(op.id, ())) if op else 0
        count = f"{len(facts)}" if len(facts) == total else f"{len(facts)} of {total}"
        by = "" if self.fact_sort == FACT_SORTS[0] else f" · by {self.fact_sort}"
        self.facts.set_title((f"Facts · {safe(op.name)} {count}" if op else "Facts") + by)
        fact = self.facts.current
        self.fact_id = fact.id if fact else None
        self.show_fact(fact, lists_first=lists_first)

    def show_fact(self, fact: Fact | None, *, lists_first: bool = False) -> None:
        """Detail of the highlighted fact; the country pane follows unless a country was picked."""
        if not self.country_pinned:
            if fact is not None and fact.country:
                self.country = fact.country
            elif self.result is not None and self.result.countries:
                self.country = self.result.countries[0]
            elif fact is not None:
                self.country = None
        if lists_first and self.is_mounted:
            # painted by on_idle right after the frame with the lists
            if not self._panes_pending:
                self.set_timer(PAINT_NOW_WINDOW * 1.1, self.check_idle)  # in case nothing is painted
            self._panes_pending = True
            self._paint_by = time.monotonic() + PAINT_NOW_WINDOW
            self.check_idle()
        elif lists_first:  # the first fill, before the screen's first frame
            if not self._panes_pending:
                self._panes_pending = True
                self.call_after_refresh(self._render_panes)
        else:
            self._render_panes()

    def _render_panes(self) -> None:
        """The detail of the highlighted fact and the country pane, from the current state
        (a render scheduled by ``lists_first`` may run after further keys changed it)."""
        self._panes_pending = False
        fact = self.facts.current
        self.detail.show(self.repo, fact, self.terms)
        if fact is not None:
            op = self.repo.operation(fact.operation)
            self.detail.set_title(f"Fact · {safe(op.name) if op else fact.operation}")
        else:
            self.detail.set_title("Fact")
        self.show_country()

    def _render_panes_now(self) -> None:
        """The panes after the lists' frame, painted at once: the update timer, resumed by
        that frame, would wait for its next grid point (up to 17 ms) before showing them."""
        self._render_panes()
        if self.is_mounted:  # the panes report their repaints by message: the next idle with work
            self._paint_by = time.monotonic() + PAINT_NOW_WINDOW
            self.check_idle()

    def show_country(self) -> None:
        op = self.repo.operation(self.op_id) if self.op_id else None
        try:
            self.country_pane.show(self.repo, self.country, op)
        except Exception as exc:  # noqa: BLE001 - a bad record must not take the explorer down
            self.app.notify(f"cannot summarise {self.country}: {exc}", severity="error", markup=False)
        label = f"Country · {self.country}" if self.country else "Country · worldwide"
        self.country_pane.set_title(label + (" (picked)" if self.country_pinned else ""))

    # -- navigation from outside (palette, picker) ----------------------------------------
    def _clear_filter(self) -> None:
        if self.search_box.value:
            self.search_box.value = ""  # Input.Changed will refill again, harmlessly
        self.result = None

    def goto_operation(self, op_id: str) -> None:
        if self.repo.operation(op_id) is None:
            self.app.notify(f"operation {op_id} is no longer in the store", severity="warning", markup=False)
            return
        self.op_id, self.fact_id = op_id, None
        self.country_pinned = False
        self._clear_filter()
        self.fill()
        self.set_focus(self.operations)

    def goto_fact(self, fact_id: str) -> None:
        fact = self.repo.fact(fact_id)
        if fact is None:
            self.app.notify("that fact is no longer in the store", severity="warning", markup=False)
            return
        self.op_id, self.fact_id = fact.operation, fact.id
        self.country_pinned = False
        self._clear_filter()
        self.fill()
        self.set_focus(self.facts)

    def goto_country(self, code: str | None) -> None:
        """Pick a country (None: worldwide again): the lists are filtered to it through a
        ``country:`` filter in the search box, the country pane stays on it."""
        self.country, self.country_pinned = code, code is not None
        query = with_country(self.search_box.value, code)
        if query != self.search_box.value:
            self.search_box.value = query  # Input.Changed runs the search
        self.show_country()

    def reveal(self, op_id: str, fact_id: str | None, query: str) -> None:
        """Show an operation (and one of its facts) under ``query``: Enter in a view. A new
        query's search result refills the panes and keeps these ids."""
        if self.repo.operation(op_id) is None:
            self.app.notify(f"operation {op_id} is not in the store", severity="warning", markup=False)
            return
        self.op_id, self.fact_id, self.country_pinned = op_id, fact_id, False
        if self.search_box.value != query:
            self.search_box.value = query
        else:
            self.fill()
        self.set_focus(self.facts if fact_id else self.operations)

    # -- search -----------------------------------------------------------------------
    @on(Input.Changed, "#search")
    def _query_changed(self, event: Input.Changed) -> None:
        query = event.value
        if self.country_pinned and not has_country(query):  # the pick was erased from the box
            self.country_pinned = False
        if not query.strip():
            set_title(self.search_box, "", subtitle=True)  # no query, no hint
            if self.result is not None:
                self.result = None
                self.fill(paint_now=True)
            return
        self.run_search(query)
        if self.is_mounted and not self._hold_until and self.app.index_ready():  # type: ignore[attr-defined]
            # the box's echo of the key waits (a little) for the result: one frame for both;
            # counted from the first key not yet shown, so fast typing never holds it longer
            self._hold_until = time.monotonic() + HOLD_FOR_RESULT
            self.set_timer(HOLD_FOR_RESULT * 1.1, self.check_idle)

    @work(exclusive=True, thread=True, group="search")
    def run_search(self, query: str) -> None:
        """Search off the UI thread; only the newest query's result will be applied."""
        if not self.app.index_ready():  # type: ignore[attr-defined]
            self.post_message(IndexPending())  # say why nothing happens yet
        index = self.app.search_index()  # type: ignore[attr-defined]
        result = index.search(query)
        if not get_current_worker().is_cancelled:
            self.post_message(SearchFinished(query, result, index.snapshot))

    def on_index_pending(self, message: IndexPending) -> None:
        set_title(self.search_box, "building the search index… results follow", subtitle=True)

    def on_search_finished(self, message: SearchFinished) -> None:
        if message.query != self.search_box.value or message.snapshot is not self.repo.snapshot:
            return  # the user typed on, or the store changed: a newer search is coming
        self.result = message.result
        # Under the box for as long as this query stands (a toast would go while it stays).
        set_title(self.search_box, search_hint(message.result.hints), subtitle=True)
        self._hold_until = 0.0
        self.fill(paint_now=True)

    def on_idle(self, event: events.Idle) -> None:
        """Paint a key and its search result in one frame, at once.

        A key in the search box holds the screen's painting (up to ``HOLD_FOR_RESULT``) until
        its result is applied: the box, both lists, the fact detail and the country pane then
        go out in one frame (``fill(paint_now=True)``), never a frame with the new query over
        the old panes; a slower search shows the key alone when the hold runs out. The frame
        is painted at the first idle with work, not on the next tick of the screen's 60 fps
        update timer (which, resumed by the refresh, waits for its next grid point: up to
        17 ms, more than the search and the repaint together); the changed panes report their
        repaints at once for it (``report_repaints``). At start-up (``lists_first``) the lists
        are painted first and the detail and country panes right after
        (``_render_panes_now``)."""
        if self._hold_until:
            if time.monotonic() < self._hold_until and self.is_current:
                event.prevent_default()  # Screen._on_idle would paint the key alone
                return
            self._hold_until = 0.0
            if not self._paint_by:  # no result in time: the key is shown now, without it
                self._paint_by = time.monotonic() + PAINT_NOW_WINDOW
        if not self._paint_by:
            return
        if time.monotonic() > self._paint_by:  # nothing to paint came: just do the panes
            self._paint_by = 0.0
            if self._panes_pending:
                self._render_panes()
            return
        if not self.is_current or app_is_batching(self.app):
            return
        if screen_has_paint_pending(self):
            self._paint_by = 0.0
            event.prevent_default()  # Screen._on_idle would only resume the timer
            paint_screen_now(self)
            if self._panes_pending:
                self.call_next(self._render_panes_now)

    @on(Input.Submitted, "#search")
    def _query_submitted(self) -> None:
        self.set_focus(self.facts if self.facts.rows else self.operations)

    @on(SearchBox.Leave)
    def _leave_search(self) -> None:
        self.set_focus(self.operations)

    # -- list events ------------------------------------------------------------------
    @on(RowList.Highlighted, "#operations")
    def _operation_highlighted(self, event: RowList.Highlighted) -> None:
        row = self.operations.current
        self.op_id = row.op.id if row else None
        self.fact_id = None
        self.country_pinned = self._pick_stands()
        self.show_operation()

    @on(RowList.Highlighted, "#facts")
    def _fact_highlighted(self, event: RowList.Highlighted) -> None:
        fact = self.facts.current
        self.fact_id = fact.id if fact else None
        self.country_pinned = self._pick_stands()
        self.show_fact(fact)

    @on(RowList.Opened, "#operations")
    def _operation_opened(self) -> None:
        self.set_focus(self.facts)

    @on(RowList.Opened, "#facts")
    def _fact_opened(self) -> None:
        self.set_focus(self.detail)

    @on(RowList.Back, "#facts")
    def _facts_back(self) -> None:
        self.set_focus(self.operations)

    @on(RowList.Back, "#operations")
    def _operations_back(self) -> None:
        """The top level: Escape does nothing (only "/" goes to the search box, so the keys
        that follow an extra Escape are never typed into it)."""

    def _pick_stands(self) -> bool:
        """A picked country stays picked while its ``country:`` filter is in the box."""
        return self.country_pinned and has_country(self.search_box.value)

    def action_back(self) -> None:
        if self.focused in (self.detail, self.country_pane):
            self.set_focus(self.facts)

    # -- live reload --------------------------------------------------------------------
    def on_store_reloaded(self, message: StoreReloaded) -> None:
        note = time.strftime("reloaded %H:%M:%S")
        query = self.search_box.value
        self.refresh_store(note)  # the old filter (ids) is kept until the new search lands
        if query.strip():
            self.run_search(query)
        self.app.notify("The store changed on disk: reloaded.", timeout=2)

    def on_store_reload_failed(self, message: StoreReloadFailed) -> None:
        self.app.notify(message.error, title="Cannot reload the store", severity="error", markup=False, timeout=8)
