"""The operation list: newest first, one line each with year, countries and headline figure."""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from textual.binding import Binding
from textual.content import Content

from store.format import compact_number
from store.metrics import ARRESTS
from store.model import Operation
from store.repository import Repository, Total
from tui.headline_scope import HeadlineScope
from tui.widgets.cells import Cell
from tui.widgets.row_list import RowList
from tui.widgets.text import match_spans, safe

BOLD = Style(bold=True)


class OperationRow:
    """What a row shows. The figures are read on first render, so only the rows on screen
    pay for their headline (it reads every arrest of the operation) and start-up does not."""

    __slots__ = ("op", "_repo", "_countries", "_headline", "_done")

    def __init__(self, repo: Repository, op: Operation) -> None:
        self.op = op
        self._repo = repo
        self._done = False

    @classmethod
    def build(cls, repo: Repository, op: Operation) -> OperationRow:
        return cls(repo, op)

    def _compute(self) -> None:
        if not self._done:
            self._countries = len(self._repo.participants(self.op))
            self._headline = self._repo.headline(self.op)
            self._done = True

    @property
    def countries(self) -> int:
        self._compute()
        return self._countries

    @property
    def headline(self) -> Total | None:
        self._compute()
        return self._headline

    @property
    def headline_text(self) -> str:
        if self.headline is None:
            return "—"
        return compact_number(self.headline.value)


class OperationList(RowList[OperationRow]):
    """Operations as rows: ``SpecTor   2023   9   155 arrests``; space marks rows to compare (4)."""

    BINDINGS = [Binding("space", "toggle_mark", "Mark", id="operations.mark", key_display="space")]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.marked: list[str] = []  # operation ids, in the order they were marked
        self._subtitle: object = None

    def action_toggle_mark(self) -> None:
        """Mark (or unmark) the operation under the cursor for the compare view."""
        row = self.current
        if row is None:
            return
        if row.op.id in self.marked:
            self.marked.remove(row.op.id)
        else:
            self.marked.append(row.op.id)
        if self._subtitle is None:
            self._subtitle = self.border_subtitle
        count = len(self.marked)
        self.border_subtitle = Content(f"{count} marked · 4 compares · space unmarks") if count else self._subtitle
        self._refresh_changed_lines()

    def _line_key(self, index: int, y: int, width: int):
        key = super()._line_key(index, y, width)
        if self.marked and 0 <= index < len(self.rows):
            return (key, self.rows[index].op.id in self.marked)
        return key

    scope: HeadlineScope | None = None  # a country/metric filter: the figure column follows it

    def set_scope(self, scope: HeadlineScope | None) -> bool:
        """Show the figures of ``scope`` (None: each operation's headline); True if it changed."""
        changed = scope is not self.scope
        self.scope = scope
        return changed

    def headline(self, row: OperationRow) -> str:
        return self.scope.text(row.op.id) if self.scope is not None else row.headline_text

    def match_key(self, row: OperationRow) -> tuple:
        """Only the name is highlighted; the figure column may follow the filter."""
        spans = match_spans(safe(row.op.name), self.terms) if self.terms else ()
        return (spans, self.scope.text(row.op.id), self.headline_width()) if self.scope is not None else spans

    def headline_width(self) -> int:
        """Cells for the figure column: a count of people (``12,345``) or an amount with its
        unit (``207.58M USD``); a longer figure takes cells from the name, never its unit."""
        scope = self.scope
        counts_people = scope is None or (not scope.any_metric and scope.metrics in ([], [ARRESTS]))
        return 9 if counts_people else 11

    def render_row(self, row: OperationRow, width: int) -> tuple[Cell, ...]:
        year = row.op.year or "----"
        right = (Cell(f" {year:>4}", self.style_of("row-list--dim")),
                 Cell(f" {row.countries:>3}", self.style_of("row-list--accent")),
                 Cell(f" {self.headline(row):>{self.headline_width()}}"))
        name_width = max(4, width - sum(cell_len(cell.text) for cell in right))
        if row.op.id in self.marked:
            return (Cell("● ", self.style_of("row-list--warning")), Cell(safe(row.op.name), BOLD, name_width - 2, marks=True), *right)
        return (Cell(safe(row.op.name), BOLD, name_width, marks=True), *right)
