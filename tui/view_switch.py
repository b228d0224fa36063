"""Switching between the explorer and the cross-operation views (facts table, timeline,
compare, charts), for the app: the keys ``1``–``5``, the palette and Enter in a view land here.

Each view is installed once (its sort, cursor and scroll stay while the user looks
elsewhere) and shown over the explorer; the query travels with the switch. The facts table's
sort keys are one :class:`~store.views.fact_table.FactTable` per snapshot, built in a worker
on first use, like the search index.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy comes with them: imported when a view or the warm-up needs it
    from store.views.fact_table import FactTable
    from tui.screens.view_base import ViewScreen


def _view_classes() -> dict[str, type[ViewScreen]]:
    from tui.screens.charts_view import ChartsView
    from tui.screens.compare_view import CompareView
    from tui.screens.facts_view import FactsView
    from tui.screens.timeline_view import TimelineView

    return {"facts": FactsView, "timeline": TimelineView, "compare": CompareView, "charts": ChartsView}


class ViewSwitching:
    """Mixed into :class:`~tui.app.TakedownApp` (which provides ``repo``, ``explorer`` and
    the screen stack)."""

    _fact_table: FactTable | None = None
    _fact_table_lock = threading.Lock()

    # -- the facts table's sort keys ------------------------------------------------------
    def fact_table(self) -> FactTable:
        """The sort keys of the current snapshot, built on first use (thread-safe)."""
        from store.views.fact_table import FactTable

        repo = self.repo  # type: ignore[attr-defined]
        snapshot = repo.snapshot
        with self._fact_table_lock:
            if self._fact_table is None or self._fact_table.snapshot is not snapshot:
                # the explorer's order from ranks, not from every operation's sorted facts
                self._fact_table = FactTable(snapshot, None, repo.agreement)
            return self._fact_table

    _timeline: tuple[object, list] | None = None
    _views: dict[str, ViewScreen] = {}  # the views shown so far (installed screens)

    def views_reloaded(self) -> None:
        """The store changed on disk (called from the reload worker): every view shown so far
        recomputes when it next handles its messages."""
        from tui.messages import StoreReloaded

        for view in self._views.values():
            if view.is_mounted:
                view.post_message(StoreReloaded())

    def timeline_rows(self) -> list:
        """The timeline's rows of the current snapshot (store.views.timeline), computed once."""
        from store.views.timeline import timeline_rows

        snapshot = self.repo.snapshot  # type: ignore[attr-defined]
        cached = self._timeline
        if cached is None or cached[0] is not snapshot:
            cached = self._timeline = (snapshot, timeline_rows(snapshot))
        return cached[1]

    def warm_views(self, worker=None) -> None:
        """In the warm-up worker: the facts table's sort orders and the timeline's rows. An
        app that has quit (its worker cancelled) stops between steps: a thread cannot be
        stopped, and seconds of sorting at 100,000 facts would slow whatever runs next."""
        def cancelled() -> bool:
            return worker is not None and worker.is_cancelled

        if cancelled():
            return
        self.fact_table().warm(cancelled)
        if not cancelled():
            self.timeline_rows()

    def fact_table_if_ready(self) -> FactTable | None:
        table = self._fact_table
        return table if table is not None and table.snapshot is self.repo.snapshot else None  # type: ignore[attr-defined]

    # -- switching ------------------------------------------------------------------------
    def current_query(self) -> str:
        from tui.screens.view_base import ViewScreen

        screen = self.screen  # type: ignore[attr-defined]
        if isinstance(screen, ViewScreen):
            return screen.query_text
        explorer = self.explorer  # type: ignore[attr-defined]
        return explorer.search_box.value if explorer is not None and explorer.is_mounted else ""

    def action_view(self, name: str) -> None:
        self.show_view(name)

    def show_view(self, name: str) -> None:
        """Show view ``name`` (``explorer``, ``facts``, ``timeline``, ``compare``, ``charts``)
        with the current query."""
        from tui.screens.view_base import ViewScreen

        explorer = self.explorer  # type: ignore[attr-defined]
        if explorer is None:
            return
        query = self.current_query()
        app = self
        while not isinstance(app.screen, ViewScreen | type(explorer)) and len(app.screen_stack) > 1:  # type: ignore[attr-defined]
            app.pop_screen()  # type: ignore[attr-defined]  # a modal (help, picker) over the view
        top = app.screen  # type: ignore[attr-defined]
        if name == "explorer":
            if isinstance(top, ViewScreen):
                app.pop_screen()  # type: ignore[attr-defined]
            if explorer.search_box.value != query:
                explorer.search_box.value = query
            return
        classes = _view_classes()
        if name not in classes:
            return
        key = f"view-{name}"
        if not app.is_screen_installed(key):  # type: ignore[attr-defined]
            view = classes[name](self.repo, query)  # type: ignore[attr-defined]
            app.install_screen(view, key)  # type: ignore[attr-defined]
            self._views = {**self._views, name: view}
        screen = app.get_screen(key)  # type: ignore[attr-defined]
        if top is screen:
            return
        screen.take_query(query)
        if isinstance(top, ViewScreen):
            app.switch_screen(key)  # type: ignore[attr-defined]
        else:
            app.push_screen(key)  # type: ignore[attr-defined]

    def reveal(self, op_id: str, fact_id: str | None, query: str) -> None:
        """Back to the explorer at an operation (and one of its facts), keeping ``query``."""
        from tui.screens.view_base import ViewScreen

        if isinstance(self.screen, ViewScreen):  # type: ignore[attr-defined]
            self.pop_screen()  # type: ignore[attr-defined]
        self.explorer.reveal(op_id, fact_id, query)  # type: ignore[attr-defined]
