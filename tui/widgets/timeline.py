"""The timeline: one row per market or operation, drawn on a shared axis of years.

``━━━`` a market's lifetime (launch → shutdown, from its event facts), ``◆`` an announcement,
``───`` an operation's run (started → ended or announced), ``?`` a date nobody gives: drawn as
unknown where it would be, never guessed. Rows are a RowList (the Line API: only the visible
rows are drawn); the axis header is one line of its own, laid out by the same :class:`Axis`.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style

from store.views.timeline import TimelineRow, midpoint, year_fraction
from tui.widgets.cells import Cell
from tui.widgets.header_line import HeaderLine
from tui.widgets.row_list import RowList
from tui.widgets.text import safe

LABEL_WIDTH = 22
DATES_WIDTH = 28
BAR = Style(color="#7aa2f7", bold=True)
RUN = Style(color="#9ece6a")
POINT = Style(color="#e5c07b", bold=True)
UNKNOWN = Style(color="#e0af68", dim=True)
CONFLICT = Style(color="#f7768e", bold=True)
GRID = Style(color="#3b4261")
BOLD = Style(bold=True)


TICK_STEPS = (1, 2, 5, 10, 20, 50, 100)  # years between labelled ticks: round numbers
LABEL_ROOM = 5  # "2020" and a blank before the next label


@dataclass(frozen=True)
class Axis:
    """Years ``first``..``last`` (whole years) over ``width`` cells.

    Every year gets the same whole number of cells (the axis may end a few cells short of
    ``width``), so ticks a regular number of years apart are a regular number of cells
    apart too; only a span of more years than cells is drawn at a fractional scale."""

    first: int
    last: int
    width: int

    @property
    def scale(self) -> float:
        """Cells per year."""
        span = (self.last + 1) - self.first
        return float(self.width // span) if self.width >= span else self.width / span

    def col(self, year: float) -> int:
        return max(0, min(self.width - 1, int((year - self.first) * self.scale)))

    def step(self) -> int:
        """Years between ticks: the smallest round step whose labels do not touch."""
        return next((s for s in TICK_STEPS if s * self.scale >= LABEL_ROOM), TICK_STEPS[-1])

    def ticks(self) -> list[tuple[int, int]]:
        """(year, column) of every tick: the years divisible by :meth:`step` (every year at
        step 1), the same number of cells apart."""
        step = self.step()
        start = -(-self.first // step) * step
        return [(y, self.col(y)) for y in range(start, self.last + 1, step)]


def axis_for(width: int, years: tuple[int, int] | None) -> Axis:
    first, last = years or (2010, 2025)
    return Axis(first, last, max(10, width - LABEL_WIDTH - DATES_WIDTH - 2))


def _dates_text(row: TimelineRow) -> tuple[str, Style | None]:
    if row.kind == "market":
        start = row.launched.date or "?"
        end = row.shut_down.date or "?"
        conflict = row.launched.conflict or row.shut_down.conflict
        if not (row.launched.date or row.shut_down.date) and row.announced:
            return f"? → ?  announced {row.announced}", UNKNOWN
        return f"{start} → {end}" + (" !" if conflict else ""), CONFLICT if conflict else None
    if row.announced:
        return f"announced {row.announced}", None
    return "date unknown", UNKNOWN


def draw(row: TimelineRow, axis: Axis) -> list[tuple[str, Style | None]]:
    """The axis part of a row as (character, style) per cell."""
    cells: list[tuple[str, Style | None]] = [(" ", None)] * axis.width
    for _, at in axis.ticks():
        cells[at] = ("┊", GRID)

    def put(at: int, char: str, style: Style) -> None:
        if 0 <= at < axis.width:
            cells[at] = (char, style)

    if row.kind == "market":
        start, end = row.launched.date, row.shut_down.date
        style = CONFLICT if (row.launched.conflict or row.shut_down.conflict) else BAR
        if start and end:
            a, b = axis.col(year_fraction(start)), axis.col(year_fraction(end, end=True))
            for at in range(a, max(a, b) + 1):
                put(at, "━", style)
        elif start:
            a = axis.col(year_fraction(start))
            put(a, "━", style)
            put(a + 1, "╌", UNKNOWN)
            put(a + 2, "?", UNKNOWN)  # when it closed: unknown
        elif end:
            b = axis.col(year_fraction(end, end=True))
            put(b - 2, "?", UNKNOWN)  # when it opened: unknown
            put(b - 1, "╌", UNKNOWN)
            put(b, "━", style)
    else:
        until = row.ended or row.announced
        if row.started and until:
            a, b = axis.col(year_fraction(row.started)), axis.col(year_fraction(until, end=True))
            for at in range(a, max(a, b) + 1):
                put(at, "─", RUN)
    if row.announced:
        put(axis.col(midpoint(row.announced)), "◆", POINT)
    return cells


class TimelineHeader(HeaderLine):
    """``Market / operation   Dates   2014   2016 …`` over the axis."""

    years: tuple[int, int] | None = None

    def show_years(self, years: tuple[int, int] | None) -> None:
        if years != self.years:
            self.years = years
            self.refresh()

    def cells(self, width: int) -> tuple[Cell, ...]:
        axis = axis_for(width, self.years)
        line = [" "] * axis.width
        for year, at in axis.ticks():
            label = str(year)
            if at + len(label) <= axis.width:  # the ticks' step leaves room for every label
                line[at:at + len(label)] = label
        return (Cell("Market / operation", None, LABEL_WIDTH), Cell(" "), Cell("Dates", None, DATES_WIDTH), Cell(" "),
                Cell("".join(line)))


class TimelineList(RowList[TimelineRow]):
    """Rows of the timeline; the axis (years shown) is set with :meth:`set_years`."""

    years: tuple[int, int] | None = None

    def set_years(self, years: tuple[int, int] | None) -> None:
        if years != self.years:
            self.years = years
            self._cache.clear()
            self.refresh()

    def _line_key(self, index: int, y: int, width: int):
        return (super()._line_key(index, y, width), self.years)

    def render_row(self, row: TimelineRow, width: int) -> tuple[Cell, ...]:
        axis = axis_for(width, self.years)
        marker = ("● ", BAR) if row.kind == "market" else ("◆ ", POINT)
        dates, dates_style = _dates_text(row)
        cells = [Cell(marker[0], marker[1]), Cell(safe(row.name), BOLD if row.kind == "market" else None, LABEL_WIDTH - 2, marks=True),
                 Cell(" "), Cell(dates, dates_style or self.style_of("row-list--dim"), DATES_WIDTH), Cell(" ")]
        run_style: Style | None = None
        run = ""
        for char, style in draw(row, axis):
            if style is not run_style and run:
                cells.append(Cell(run, run_style))
                run = ""
            run_style = style
            run += char
        if run:
            cells.append(Cell(run, run_style))
        return tuple(cells)
