"""What every cross-operation view shares: the tab bar, the search box and its worker.

A view is a screen of its own over the explorer (installed once, so its sort and cursor stay
when the user switches away and back). The query is one for all views: switching hands the
current screen's query to the next one (``take_query``). Searching is the explorer's: the
app's index of the snapshot, in an exclusive worker; only the newest query's result is
applied, by :meth:`ViewScreen.apply`, which each view implements.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from store.repository import Repository
from tui.messages import IndexPending, SearchFinished, StoreReloaded
from tui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from store.search import SearchResult

PAINT_NOW_WINDOW = 0.05  # s: how long a key's change may wait for its repaint
HOLD_FOR_RESULT = 0.016  # s: how long the key's own frame waits for its search result (one 60 Hz frame)

# (name, key, title): the explorer first; tui.bindings binds the keys
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("explorer", "1", "Explorer"),
    ("facts", "2", "Facts table"),
    ("timeline", "3", "Timeline"),
    ("compare", "4", "Compare"),
    ("charts", "5", "Charts"),
)


class ViewSearchBox(SearchBox):
    """The views' search box: an edit starts the search at once, from the keystroke itself.

    ``Input.Changed`` reaches the screen only after the box has painted the key (the message
    goes through the box's queue, then the screen's): 3–12 ms at 100,000 facts, spent before
    the search thread even started. Here the value's watcher hands the query to the screen
    while the key is handled, so the search runs while the box paints."""

    def watch_value(self, value: str) -> None:
        screen = self.parent
        while screen is not None and not isinstance(screen, ViewScreen):
            screen = screen.parent
        if screen is not None:
            screen.query_edited(value)


def tab_bar(current: str) -> Text:
    """``1 Explorer  2 Facts table  …`` with the current view picked out."""
    out = Text(" ")
    for name, key, title in VIEWS:
        style = "bold reverse #7aa2f7" if name == current else "#a9b1d6"
        out.append(f" {key} ", style="bold #e5c07b" if name != current else style)
        out.append(f"{title} ", style=style)
        out.append("  ")
    return out


class ViewScreen(Screen[None]):
    """A view of the whole store under the shared query; subclasses compose the body."""

    VIEW = ""  # its name in VIEWS
    SEARCH_FACETS = True  # the view reads the operations and countries a query matched
    DEFAULT_CSS = """
    ViewScreen { layout: vertical; background: $background; }
    ViewScreen #view-tabs { height: 1; background: $panel; }
    ViewScreen #view-search {
        height: 3; border: round $primary 50%; border-title-color: $text-primary; background: $background;
        &:focus { border: round $primary; background: $surface; }
    }
    ViewScreen .view-pane {
        border: round $panel-lighten-2; border-title-color: $text-muted; border-title-style: bold;
        border-subtitle-color: $text-muted; background: $background; padding: 0 1;
        scrollbar-size-vertical: 1;
        &:focus, &:focus-within { border: round $accent; border-title-color: $text-accent; background: $surface; }
    }
    """
    PLACEHOLDER = "Filter by the same query as the explorer…  (/ to focus)"
    BINDINGS = [
        Binding("escape", "leave", "Explorer", id="view.leave", key_display="esc"),
        # Priority: Enter in the search box moves focus into the view while the app handles
        # the key, so the next key of a burst ("hydra⏎2", typed fast) is a key for the view,
        # not one more character of the query (check_action: only in the search box).
        Binding("enter", "into_view", "Results", id="view.into_results", show=False, priority=True),
    ]

    def __init__(self, repo: Repository, query: str = "") -> None:
        super().__init__(classes="view-screen")
        self.repo = repo
        self.result: SearchResult | None = None
        self._initial_query = query
        self._snapshot = repo.snapshot

    def compose(self) -> ComposeResult:
        yield Static(tab_bar(self.VIEW), id="view-tabs")
        yield ViewSearchBox(placeholder=self.PLACEHOLDER, id="view-search")
        yield from self.compose_body()
        yield Footer()

    def compose_body(self) -> ComposeResult:  # pragma: no cover - every view overrides it
        yield from ()

    @property
    def search_box(self) -> SearchBox:
        return self.query_one("#view-search", SearchBox)

    @property
    def query_text(self) -> str:
        return self.search_box.value if self.is_mounted else self._initial_query

    def on_mount(self) -> None:
        """Textual runs every class's ``on_mount`` (subclasses add theirs, without ``super``)."""
        box = self.search_box
        box.border_title = "Search"
        box.cursor_blink = self.app.is_headless is False
        if self._initial_query:
            box.value = self._initial_query  # Input.Changed runs the search
        else:
            self.apply()

    def take_query(self, query: str) -> None:
        """The query the previous view had; a new snapshot since the last visit refreshes."""
        if not self.is_mounted:
            self._initial_query = query
            return
        if self._snapshot is not self.repo.snapshot:
            self._snapshot = self.repo.snapshot
            self.snapshot_changed()
            if self.search_box.value == query:
                self.run_search(query) if query.strip() else self.apply()
                return
        if self.search_box.value != query:
            self.search_box.value = query

    def on_store_reloaded(self, message: StoreReloaded) -> None:
        """Another process changed the store: recompute for the new snapshot, same query."""
        if self._snapshot is self.repo.snapshot:
            return
        self._snapshot = self.repo.snapshot
        self.snapshot_changed()
        query = self.search_box.value
        if query.strip():
            self.run_search(query)  # the old result stays shown until the new one lands
        else:
            self.apply()

    def snapshot_changed(self) -> None:
        """The store was reloaded since this view last showed: drop what was computed from it."""

    def focus_search(self) -> None:
        self.set_focus(self.search_box)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "into_view":
            return self.focused is self.search_box
        return True

    def action_into_view(self) -> None:
        self.focus_body()

    def action_leave(self) -> None:
        self.app.show_view("explorer")  # type: ignore[attr-defined]

    # -- search -----------------------------------------------------------------------
    def query_edited(self, value: str) -> None:
        """The box's text changed (a key, or set by the app): search it (``ViewSearchBox``)."""
        if not value.strip():
            self._hold_until = 0.0
            self.result = None
            self.apply()
            return
        self._hold(HOLD_FOR_RESULT)
        self.run_search(value)

    _hold_until = 0.0

    def _hold(self, seconds: float) -> None:
        """Paint nothing for ``seconds`` unless the search result lands first: the key's
        character and its rows then share one frame, instead of a frame for the box (3–5 ms
        of compositing at 120×36, which the search thread waits behind for the GIL) and one
        for the rows after it."""
        first = not self._hold_until
        self._hold_until = time.monotonic() + seconds
        if first and self.is_mounted:
            self.set_timer(seconds, self._release_hold)

    def _release_hold(self) -> None:
        if self._hold_until and time.monotonic() < self._hold_until:  # held again by a later key
            self.set_timer(self._hold_until - time.monotonic(), self._release_hold)
            return
        self._hold_until = 0.0
        self.check_idle()  # paint what waited (the box; the rows follow when their search lands)

    @work(exclusive=True, thread=True, group="view-search")
    def run_search(self, query: str) -> None:
        if not self.app.index_ready():  # type: ignore[attr-defined]
            self.post_message(IndexPending())
        index = self.app.search_index()  # type: ignore[attr-defined]
        result = index.search(query, limit=1, facets=self.SEARCH_FACETS)  # the views read the mask of every match
        if not get_current_worker().is_cancelled:
            self.post_message(SearchFinished(query, result, index.snapshot))

    def on_index_pending(self, message: IndexPending) -> None:
        self._subtitle("building the search index… results follow")

    def on_search_finished(self, message: SearchFinished) -> None:
        self._subtitle("")
        if message.query != self.search_box.value or message.snapshot is not self.repo.snapshot:
            return
        self._hold_until = 0.0
        self.result = message.result
        self.apply()

    def _subtitle(self, text: str) -> None:
        """Set only when it changes: assigning one repaints the box."""
        if self.search_box.border_subtitle != text:
            self.search_box.border_subtitle = text

    @on(Input.Submitted, "#view-search")
    def _submitted(self) -> None:
        self.focus_body()

    @on(SearchBox.Leave)
    def _left(self) -> None:
        self.focus_body()

    def focus_body(self) -> None:
        """Focus the view's main widget (Enter or Escape in the search box)."""

    def apply(self) -> None:
        """Show the view for ``self.result`` (None: no query). Override."""

    # -- painting ---------------------------------------------------------------------
    _paint_by = 0.0

    def paint_now(self, *changed: Widget) -> None:
        """Paint what a key changed on the next idle, not on the next tick of the screen's
        update timer (which waits for its second grid point after an idle: 17–33 ms), as
        the explorer does for search results (see ``ExplorerScreen.on_idle``). The widgets
        in ``changed`` report their repaints to the screen now, not on their own next idle
        (each widget is a task of its own: measured 7–25 ms later on a busy machine)."""
        self._paint_by = time.monotonic() + PAINT_NOW_WINDOW
        for widget in changed:
            widget._check_refresh()
        self.check_idle()  # an idle event even if nothing else is queued for the screen

    def on_idle(self, event: events.Idle) -> None:
        if self._hold_until:
            if time.monotonic() < self._hold_until:
                event.prevent_default()  # Screen._on_idle: no frame until the result or the timer
                return
            self._hold_until = 0.0
        if not self._paint_by:
            return
        if time.monotonic() > self._paint_by:
            self._paint_by = 0.0
            return
        if not self.is_current or self.app._batch_count:
            return
        if self._dirty_widgets or self._layout_required or self._repaint_required:  # Screen._on_idle's test
            self._paint_by = 0.0
            event.prevent_default()
            self._on_timer_update()


class ReportView(ViewScreen):
    """A view whose body is one rendered report in a scrolling pane (compare, charts):
    small enough to draw whole, each query or change redraws it."""

    DEFAULT_CSS = """
    ReportView .report-box { height: 1fr; }
    """

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id=f"{self.VIEW}-box", classes="view-pane report-box"):
            yield Static(id=f"{self.VIEW}-body")

    @property
    def report_box(self) -> VerticalScroll:
        return self.query_one(f"#{self.VIEW}-box", VerticalScroll)

    @property
    def report(self) -> Static:
        return self.query_one(f"#{self.VIEW}-body", Static)

    def on_mount(self) -> None:
        self.focus_body()

    def focus_body(self) -> None:
        self.set_focus(self.report_box)
