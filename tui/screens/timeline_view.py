"""The timeline view: which markets were alive when, and when operations were announced.

One row per market or operation the query matches, oldest first, on an axis of the years
those rows cover (a query zooms in). Enter opens the row's operation in the explorer.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult

from store.views.matched import matched_operations
from store.views.timeline import TimelineRow, span
from tui.screens.view_base import ViewScreen
from tui.widgets.row_list import RowList
from tui.widgets.timeline import TimelineHeader, TimelineList
from tui.widgets.titled_box import TitledBox


class TimelineView(ViewScreen):
    """Markets' lifetimes and operations' announcements on one time axis."""

    VIEW = "timeline"
    DEFAULT_CSS = """
    TimelineView #timeline-box { height: 1fr; padding: 0; }
    TimelineView #timeline-list { height: 1fr; border: none; padding: 0 1; overflow-y: scroll;
                                  scrollbar-size-vertical: 1; background: $background; }
    TimelineView #timeline-legend { height: 1; padding: 0 1; color: $text-muted; }
    """

    def __init__(self, repo, query: str = "") -> None:
        super().__init__(repo, query)
        self.op_id: str | None = None

    def compose_body(self) -> ComposeResult:
        with TitledBox(id="timeline-box", classes="view-pane"):
            yield TimelineHeader(id="timeline-header")
            yield TimelineList(empty_text="no market or operation matches", id="timeline-list")

    @property
    def timeline(self) -> TimelineList:
        return self.query_one("#timeline-list", TimelineList)

    def on_mount(self) -> None:
        box = self.query_one("#timeline-box", TitledBox)
        box.border_subtitle = "━ lifetime (launch → shutdown)  ◆ announced  ─ operation ran  ? unknown  ! sources disagree  ⏎ open"
        self.set_focus(self.timeline)

    def focus_body(self) -> None:
        self.set_focus(self.timeline)

    def all_rows(self) -> list[TimelineRow]:
        """Every row of the current snapshot (computed once per snapshot, by the app)."""
        return self.app.timeline_rows()  # type: ignore[attr-defined]

    def apply(self) -> None:
        rows = self.all_rows()
        wanted = matched_operations(self.repo.snapshot, self.result)
        shown = rows if wanted is None else [r for r in rows if r.op_id in wanted]
        at = next((i for i, r in enumerate(shown) if r.op_id == self.op_id), 0)
        years = span(shown)
        self.timeline.set_years(years)
        self.query_one(TimelineHeader).show_years(years)
        terms = tuple(self.result.terms) if self.result else ()
        self.timeline.set_rows(shown, at, terms)
        markets = sum(1 for r in shown if r.kind == "market")
        total = f"{len(shown)}" if len(shown) == len(rows) else f"{len(shown)} of {len(rows)}"
        self.query_one("#timeline-box", TitledBox).set_title(
            f"Timeline {total} · {markets} markets · {len(shown) - markets} operations"
            + (f" · {years[0]}–{years[1]}" if years else ""))
        current = self.timeline.current
        self.op_id = current.op_id if current else None
        self.paint_now()

    @on(RowList.Highlighted, "#timeline-list")
    def _highlighted(self) -> None:
        current = self.timeline.current
        self.op_id = current.op_id if current else None
        self.paint_now()

    @on(RowList.Opened, "#timeline-list")
    def _opened(self) -> None:
        current = self.timeline.current
        if current is not None:
            self.app.reveal(current.op_id, None, self.query_text)  # type: ignore[attr-defined]

    @on(RowList.Back, "#timeline-list")
    def _back(self) -> None:
        self.action_leave()
