"""The timeline view: which markets were alive when, and when operations were announced.

One row per market or operation the query matches, oldest first, on an axis of the years
those rows cover (a query zooms in). Enter opens the row's operation in the explorer.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import Static

from store.views.matched import matched_operations
from store.views.timeline import EventDate, TimelineRow, span
from tui.screens.view_base import ViewScreen
from tui.widgets.row_list import RowList
from tui.widgets.text import safe
from tui.widgets.timeline import TimelineHeader, TimelineList
from tui.widgets.titled_box import TitledBox


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _event(label: str, event: EventDate) -> str:
    if event.date is None:
        return f"{label} unknown"
    sources = f"{event.facts} fact{'s' if event.facts != 1 else ''}"
    return f"{label} {event.date} ({sources}{', sources disagree' if event.conflict else ''})"


def describe(repo, row: TimelineRow) -> Text:
    """``Monopoly Market  market · launched 2019 (4 facts) · shut down 2021-12 … · closed by SpecTor``."""
    out = Text(safe(row.name), style="bold")
    if row.kind == "market":
        parts = [_event("launched", row.launched), _event("shut down", row.shut_down)]
        if row.announced:
            parts.append(f"announced {row.announced}")
        closers = [repo.operation(i) for i in row.closed_by]
        if closers:
            parts.append("closed by " + ", ".join(f"{op.name}" + (f" ({op.announced})" if op.announced else "")
                                                  for op in closers if op))
    else:
        parts = [f"started {row.started or 'unknown'}", f"announced {row.announced or 'unknown'}"]
        if row.ended:
            parts.append(f"ended {row.ended}")
        op = repo.operation(row.op_id)
        if op is not None and op.markets:
            parts.append("targets " + ", ".join(op.markets))
    out.append(f"  {row.kind}\n", style="#7f8c98")
    out.append(safe(" · ".join(parts)))
    return out


class TimelineView(ViewScreen):
    """Markets' lifetimes and operations' announcements on one time axis."""

    VIEW = "timeline"
    DEFAULT_CSS = """
    TimelineView #timeline-box { height: 1fr; padding: 0; }
    TimelineView #timeline-list { height: 1fr; border: none; padding: 0 1; overflow-y: scroll;
                                  scrollbar-size-vertical: 1; background: $background; }
    TimelineView #timeline-detail { height: 4; }
    """

    def __init__(self, repo, query: str = "") -> None:
        super().__init__(repo, query)
        self.op_id: str | None = None

    def compose_body(self) -> ComposeResult:
        with TitledBox(id="timeline-box", classes="view-pane"):
            yield TimelineHeader(id="timeline-header")
            yield TimelineList(empty_text="no market or operation matches", id="timeline-list")
        yield Static(id="timeline-detail", classes="view-pane")

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
            f"Timeline {total} · {_count(markets, 'market')} · {_count(len(shown) - markets, 'operation')}"
            + (f" · {years[0]}–{years[1]}" if years else ""))
        current = self.timeline.current
        self.op_id = current.op_id if current else None
        self.paint_now(self.timeline, self.query_one(TimelineHeader), self.query_one("#timeline-box"))
        self.call_after_refresh(self.show_current)

    def show_current(self) -> None:
        """What the row under the cursor says, in words: its dates, how many facts give
        them, and who closed the market (or which markets the operation targeted)."""
        row = self.timeline.current
        self.query_one("#timeline-detail", Static).update(describe(self.repo, row) if row else Text(""))

    @on(RowList.Highlighted, "#timeline-list")
    def _highlighted(self) -> None:
        current = self.timeline.current
        self.op_id = current.op_id if current else None
        self.paint_now(self.timeline)
        self.call_after_refresh(self.show_current)

    @on(RowList.Opened, "#timeline-list")
    def _opened(self) -> None:
        current = self.timeline.current
        if current is not None:
            self.app.reveal(current.op_id, None, self.query_text)  # type: ignore[attr-defined]

    @on(RowList.Back, "#timeline-list")
    def _back(self) -> None:
        self.action_leave()
