"""The facts table: one row per fact across every operation, under a clickable header.

Rows are a :class:`~store.search.FactRows` view (the snapshot's facts picked by a presorted
index array), drawn by :class:`~tui.widgets.row_list.RowList` on the Line API: a sort or a
new query hands over a new index array and repaints the visible lines, never a widget per
row. The header is a one-line widget of its own; both lay their columns out with
:func:`layout`, so they line up at any width.
"""

from __future__ import annotations

from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.message import Message

from store.format import amount, metric_label
from store.model import Fact
from store.outlets import NO_DATE
from store.repository import Repository
from store.views.fact_table import COLUMNS, MARK_WORDS, FactTable, row_date
from tui.widgets.cells import Cell
from tui.widgets.header_line import HeaderLine
from tui.widgets.row_list import RowList
from tui.widgets.text import match_spans, safe

BOLD = Style(bold=True)
QUALIFIER_WORDS = {"exact": "exact", "approximate": "about", "at_least": "at least", "at_most": "at most"}
QUALIFIER_SIGNS = {"exact": "", "approximate": "~", "at_least": "≥", "at_most": "≤"}
TIER_WORDS = {"official": "official", "news": "news", "trade_news": "trade news", "low": "low"}

# column -> (width when wide, width when narrow, right-aligned); "operation" takes the rest
_WIDTHS = {
    "date": (10, 10, False),
    "metric": (14, 12, False),
    "figure": (18, 16, True),  # narrow: "3.2 million EUR" whole
    "country": (7, 3, False),
    "qualifier": (9, 1, False),
    "tier": (10, 8, False),
    "mark": (14, 1, False),
}
GAP = 1
METRIC_MORE = 2  # what the metric column takes from the operation column when there is room


def layout(width: int) -> list[tuple[str, int, bool]]:
    """(column, width, right-aligned) for a table ``width`` cells wide; columns are
    separated by one blank cell."""
    wide = width >= 100
    fixed = {key: (w if wide else n, right) for key, (w, n, right) in _WIDTHS.items()}
    rest = width - sum(w for w, _ in fixed.values()) - GAP * len(COLUMNS)
    if wide and rest >= 16 + METRIC_MORE:  # "firearms seized" whole, while the operations keep room
        fixed["metric"] = (fixed["metric"][0] + METRIC_MORE, False)
        rest -= METRIC_MORE
    out = []
    for column in COLUMNS:
        if column.key == "operation":
            out.append(("operation", max(6, rest), False))
        else:
            w, right = fixed[column.key]
            out.append((column.key, w, right))
    return out


def column_at(width: int, x: int) -> str | None:
    """The column under cell ``x`` of a table ``width`` cells wide."""
    at = 0
    for key, w, _ in layout(width):
        if at <= x < at + w + GAP:
            return key
        at += w + GAP
    return None


class TableHeader(HeaderLine):
    """The column titles, with ▲/▼ at the sorted column; a click asks for a sort."""

    class SortRequested(Message):
        """Sort by ``column`` (a click on its title)."""

        def __init__(self, column: str) -> None:
            super().__init__()
            self.column = column

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.column: str | None = None
        self.descending = False

    def show_sort(self, column: str | None, descending: bool) -> None:
        if (column, descending) != (self.column, self.descending):
            self.column, self.descending = column, descending
            self.refresh()

    def cells(self, width: int) -> list[Cell]:
        titles = {c.key: c.title for c in COLUMNS}
        cells = []
        for key, w, right in layout(width):
            title = titles[key] if w > 3 else titles[key][:1]
            if key == self.column:
                arrow = "▼" if self.descending else "▲"
                title = f"{title} {arrow}" if w > len(title) + 1 else arrow
            cells += [Cell(title, Style(color="#e5c07b") if key == self.column else None, w, right=right), Cell(" ")]
        return cells

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        column = column_at(self.content_region.width, offset.x)
        if column:
            self.post_message(self.SortRequested(column))


class FactsTable(RowList[Fact]):
    """Facts as table rows: ``SpecTor  2023-05-02  arrests  288 people  US  exact  official  ! conflict``."""

    BINDINGS = [
        Binding("s", "sort_next", "Sort", id="table.sort"),
        Binding("S", "sort_reverse", "Reverse", id="table.reverse", key_display="S"),
    ]

    repo: Repository | None = None
    table: FactTable | None = None  # the sort keys (None until made)

    class SortStep(Message):
        """``s``: sort by the next column; ``S``: reverse the sort."""

        def __init__(self, step: str) -> None:
            super().__init__()
            self.step = step

    def __init__(self, *, empty_text: str = "nothing here", id: str | None = None, classes: str | None = None) -> None:
        super().__init__(empty_text=empty_text, id=id, classes=classes)
        # (id(fact), width, focus) -> (fact, cells): what a row shows does not depend on the
        # query, only its highlights do, so typing renders a row's cells once
        self._cells: LRUCache[tuple, tuple[Fact, tuple[Cell, ...]]] = LRUCache(1024)

    def use(self, repo: Repository, table: FactTable | None) -> None:
        """Read names, tiers and agreement marks from ``repo`` (``table``: its sort keys, of
        the same snapshot, or None before they are made); a new snapshot redraws everything."""
        self.repo, self.table = repo, table
        self._cache.clear()
        self._cells.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cells.clear()  # the cells hold resolved colours

    def match_key(self, fact: Fact) -> tuple:
        """The highlighted spans of the columns that show matches: a row whose highlights
        stay the same as the query grows keeps its line (neither rendered nor repainted)."""
        terms = self.terms
        if not terms:
            return ()
        return tuple(match_spans(cell.text, terms) for cell in self.cells_of(fact) if cell.marks)

    def cursor_match_key(self, fact: Fact) -> tuple:
        """The cursor row highlights matches in every column."""
        terms = self.terms
        if not terms:
            return ()
        return tuple(match_spans(cell.text, terms) for cell in self.cells_of(fact))

    def cells_of(self, fact: Fact, width: int | None = None) -> tuple[Cell, ...]:
        """The row of ``fact`` at the table's width (cached)."""
        if width is None:
            width = self._line_width if self._line_width is not None else self.scrollable_content_region.width
        key = (id(fact), width, self.has_focus)
        cached = self._cells.get(key)
        if cached is not None and cached[0] is fact:
            return cached[1]
        cells = self._make_cells(fact, width)
        self._cells[key] = (fact, cells)
        return cells

    def action_sort_next(self) -> None:
        self.post_message(self.SortStep("next"))

    def action_sort_reverse(self) -> None:
        self.post_message(self.SortStep("reverse"))

    def mark_of(self, fact: Fact) -> str:
        """The row's agreement mark, from the repository (made per figure group when first
        shown: the table's list of every fact's mark may not exist yet)."""
        return self.repo.agreement(fact) if self.repo is not None else " "

    def render_row(self, fact: Fact, width: int) -> tuple[Cell, ...]:
        return self.cells_of(fact, width)

    def _make_cells(self, fact: Fact, width: int) -> tuple[Cell, ...]:
        repo = self.repo
        op = repo.operation(fact.operation) if repo else None
        source = repo.source(fact.source) if repo else None
        dim, accent = self.style_of("row-list--dim"), self.style_of("row-list--accent")
        mark = self.mark_of(fact)
        figure = amount(fact.value, fact.unit) if fact.value is not None else (fact.value_text or "—")
        texts = {
            "operation": (safe(op.name if op else fact.operation), BOLD, True),
            "date": (safe(row_date(fact, repo.snapshot) if repo else fact.date) or NO_DATE, None if fact.date else dim, False),
            "metric": (safe(metric_label(fact.metric)), None, True),
            "figure": (safe(figure), BOLD, True),
            "country": (safe(fact.country or "all"), accent if fact.country else dim, True),
            "qualifier": (QUALIFIER_WORDS.get(fact.qualifier, safe(fact.qualifier)), dim if fact.qualifier == "exact" else None, False),
            "tier": (TIER_WORDS.get(source.tier, safe(source.tier)) if source and source.tier else "—", dim, False),
            "mark": (f"{mark} {MARK_WORDS[mark]}".rstrip() if mark != " " else "", self.style_of("row-list--warning") if mark == "!" else accent, False),
        }
        cells: list[Cell] = []
        for key, w, right in layout(width):
            text, style, marks = texts[key]
            if key == "qualifier" and w < 4:
                text = QUALIFIER_SIGNS.get(fact.qualifier, "")
            if key == "mark" and w < 4:
                text = mark.strip()
            cells += [Cell(text, style, w, right=right, marks=marks, ellipsis=key not in ("date", "country")), Cell(" ")]
        return tuple(cells)
