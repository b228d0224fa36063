"""The facts of the selected operation: metric, figure with unit and qualifier, country, date."""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import NamedTuple

from rich.cells import cell_len
from rich.style import Style

from store.format import metric_label, short_figure
from store.model import Fact, Source
from store.outlets import outlet, shown_date, tier_label
from store.repository import Repository, Snapshot
from tui.widgets.cells import Cell, fit_host, fit_words
from tui.widgets.row_list import RowList
from tui.widgets.text import match_spans, safe

BOLD = Style(bold=True)
SHORT_METRICS = {"seized_money": "money", "seized_drugs": "drugs", "seized_firearms": "firearms"}
SOURCE_FROM = 60  # content width from which a row names its source (terminals from ~110 columns)
METRIC_MAX = 28  # "seized counterfeit products" is 27
OUTLET_MAX = 32  # a wider column would only push the tier away from its outlet
OUTLET_MIN = 6  # the outlet keeps this much on the narrowest rows that name a source
OUTLET_FLOOR = 16  # ...and this much where there is room: "tp-presseagentu…", "europol.europa…"
METRIC_FLOOR = 16  # a longer metric name gives way to the outlet, cut after a word
TEXT_FIGURE_MAX = 40  # a figure stated as text may ask for this much (longer ones are cut)
TIER = 8  # "official"
FIGURE_MIN, FIGURE_MAX = 6, 16  # the figure column: "≥2,000 people" is 13, "≥207.58M USD" 12
MARKS = 4  # "!✎ " before the metric and the gap after it: a mark never touches the metric
FIGURES_MEASURED = 5000  # facts of an operation measured for the column (a longer one past them widens its own row)


def widest_figure(facts) -> int:
    """Cells for the figure column: its longest figure within limits. Only numeric figures
    count; a figure stated as text (``early 2023``) may be cut with "…"."""
    widest = max((cell_len(short_figure(f)) for f in facts if f.value is not None), default=FIGURE_MIN)
    return max(FIGURE_MIN, min(FIGURE_MAX, widest))


class Columns(NamedTuple):
    """What the rows of one operation need, measured once: the widest numeric figure (never
    cut), the widest figure of any kind, metric name, outlet and date."""

    figure: int
    text_figure: int
    metric: int
    outlet: int
    date: int


def metric_text(fact: Fact) -> str:
    return safe(SHORT_METRICS.get(fact.metric) or metric_label(fact.metric))


def measure(facts, sources: Mapping[str, Source] | None) -> Columns:
    """The widths the rows of ``facts`` ask for (each within its limits)."""
    figure = widest_figure(facts)
    text_figure = max((cell_len(short_figure(f)) for f in facts), default=figure)
    metric = max((cell_len(metric_text(f)) for f in facts), default=8)
    outlet_w, date_w = 1, 0
    for fact in facts:
        source = sources.get(fact.source) if sources is not None and fact.source else None
        outlet_w = max(outlet_w, cell_len(outlet(source)))
        date_w = max(date_w, cell_len(shown_date(fact.date, source)[0]))
    return Columns(figure, max(figure, min(TEXT_FIGURE_MAX, text_figure)), max(5, min(METRIC_MAX, metric)),
                   min(OUTLET_MAX, outlet_w), min(10, date_w))


# The columns per operation of the newest snapshot seen: measuring up to 5,000 facts costs
# ~20 ms, so the app's background worker measures every operation beforehand.
_columns: tuple[weakref.ref, dict[str, Columns]] | None = None


def figure_columns(snapshot: Snapshot) -> dict[str, Columns]:
    """Operation id → measured columns, for ``snapshot`` (filled by :func:`operation_columns`)."""
    global _columns
    kept = _columns
    if kept is None or kept[0]() is not snapshot:
        kept = _columns = (weakref.ref(snapshot), {})
    return kept[1]


def operation_columns(snapshot: Snapshot, op_id: str) -> Columns:
    """The columns for the facts of ``op_id``: the same for every row and every filter of
    that operation, so columns do not move while typing."""
    widths = figure_columns(snapshot)
    columns = widths.get(op_id)
    if columns is None:
        facts = snapshot.facts_by_operation.get(op_id, ())[:FIGURES_MEASURED]
        columns = widths[op_id] = measure(facts, snapshot.sources)
    return columns


def figure_column(snapshot: Snapshot, op_id: str) -> int:
    """The figure column's width (numeric figures) for the facts of ``op_id``."""
    return operation_columns(snapshot, op_id).figure


def warm_figure_columns(snapshot: Snapshot) -> None:
    """Measure every operation's columns now (a background worker), not on a key."""
    for op_id in list(snapshot.facts_by_operation):
        operation_columns(snapshot, op_id)


def source_layout(columns: Columns, width: int, figure_min: int) -> tuple[int, int, int, int]:
    """Widths of metric, figure, date and outlet on a row of ``width`` that names its source.

    Every column first gets what keeps it readable: the numeric figure whole, the metric
    ``METRIC_FLOOR`` cells (a longer name is cut after a word: ``participating…``), the outlet
    ``OUTLET_FLOOR`` (``tp-presseagentu…``). What is left makes whole first the metric, then
    the outlet, then a figure stated as text; the rest widens the outlet, that figure and
    the metric, in that order.
    Short of room the date shows year and month; on a very narrow row the outlet gives way to
    ``OUTLET_MIN``, then the metric to 8 cells ("firearms")."""
    text_figure = max(columns.text_figure, figure_min)  # a figure past those measured may be wider
    layout = (columns.metric, text_figure, columns.date, columns.outlet)
    for date in (columns.date, min(columns.date, 7)):
        avail = width - (MARKS + 1 + 1 + 3 + (1 + date if date else 0) + 1 + 1 + TIER)
        metric = min(columns.metric, METRIC_FLOOR)
        outlet_w = min(columns.outlet, OUTLET_FLOOR)
        figure = figure_min
        if metric + figure + outlet_w > avail:  # squeezed: the outlet gives way, then the metric
            outlet_w = max(min(columns.outlet, OUTLET_MIN), avail - metric - figure)
            metric = max(min(columns.metric, 8), avail - figure - outlet_w)
        spare = avail - metric - figure - outlet_w
        if spare >= columns.metric - metric:
            spare, metric = spare - (columns.metric - metric), columns.metric
        if spare >= columns.outlet - outlet_w:
            spare, outlet_w = spare - (columns.outlet - outlet_w), columns.outlet
        if spare >= text_figure - figure:
            spare, figure = spare - (text_figure - figure), text_figure
        more = max(0, min(spare, columns.outlet - outlet_w))  # a cut outlet reads more with every cell
        outlet_w, spare = outlet_w + more, spare - more
        more = max(0, min(spare, text_figure - figure))
        figure, spare = figure + more, spare - more
        metric += max(0, min(spare, columns.metric - metric))  # shorter names than the longest read whole
        layout = (metric, figure, date, max(1, outlet_w))
        if (metric, figure, outlet_w) == (columns.metric, text_figure, columns.outlet):
            break
    return layout


class FactList(RowList[Fact]):
    """Facts as rows: ``arrests  155 people  US  2023-05``, and on a wide list the outlet and
    tier of the source (``europol.europa.eu  official``): two sources of one figure differ."""

    repo: Repository | None = None  # for the conflict marks
    _snapshot: Snapshot | None = None

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._figure_widths: dict[str, int] = {}  # operation id -> figure column width, for this snapshot
        self._columns: dict[str, Columns] = {}  # operation id -> measured columns, without a snapshot

    def use(self, repo: Repository) -> None:
        """Read conflict marks from ``repo``; a new snapshot may change the marks of rows
        that are the same objects as before, so nothing drawn is kept."""
        if repo is not self.repo or repo.snapshot is not self._snapshot:
            self.repo, self._snapshot = repo, repo.snapshot
            self._figure_widths = {}
            self._columns = {}
            self._cache.clear()
            self.refresh()

    def match_key(self, fact: Fact) -> tuple:
        """The highlighted spans of the three columns that show matches."""
        terms = self.terms
        if not terms:
            return ()
        metric = safe(SHORT_METRICS.get(fact.metric) or metric_label(fact.metric))
        return (match_spans(metric, terms), match_spans(safe(short_figure(fact)), terms),
                match_spans(safe(fact.country or "all"), terms))

    def figure_width(self, fact: Fact) -> int:
        """The figure column's width for the list of ``fact``'s operation: the same for every
        row and every filter of that operation, so columns do not move while typing."""
        if self._snapshot is not None:
            return figure_column(self._snapshot, fact.operation)
        widths = self._figure_widths
        width = widths.get(fact.operation)
        if width is None:
            width = widths[fact.operation] = widest_figure(self.rows[:FIGURES_MEASURED])
        return width

    def columns(self, fact: Fact) -> Columns:
        """The measured columns of ``fact``'s operation (the snapshot's, else the rows')."""
        if self._snapshot is not None:
            return operation_columns(self._snapshot, fact.operation)
        columns = self._columns.get(fact.operation)
        if columns is None:
            sources = self.repo.snapshot.sources if self.repo is not None else None
            columns = self._columns[fact.operation] = measure(self.rows[:FIGURES_MEASURED], sources)
        return columns

    def render_row(self, fact: Fact, width: int) -> tuple[Cell, ...]:
        mark = self.repo.agreement(fact) if self.repo is not None else " "
        source = self.repo.source(fact.source) if self.repo is not None else None
        with_source = width >= SOURCE_FROM  # outlet and tier: rows of the same figure differ
        figure = safe(short_figure(fact))
        # the column's width, or more for a longer figure past those measured: a figure is never
        # cut, the metric, date and source give way
        figure_width = max(self.figure_width(fact), cell_len(figure) if fact.value is not None else 0)
        if with_source:
            columns = self.columns(fact)
            metric_width, figure_width, date_width, outlet_width = source_layout(columns, width, figure_width)
        else:
            rest = width - (MARKS + figure_width + 1 + 3)  # marks, figure, country and their gaps
            date_width = 10 if rest >= 9 + 11 else 7 if rest >= 8 + 8 else 0  # 7: year and month; 8: "firearms"
            metric_width = max(5, min(16, rest - (date_width + 1 if date_width else 0)))
        country_style = self.style_of("row-list--accent") if fact.country else self.style_of("row-list--dim")
        cells = [
            Cell(mark, self.style_of("row-list--warning") if mark == "!" else self.style_of("row-list--accent")),
            # edited by hand, and the marks' own gap: the metric starts in the same column on every row
            Cell("✎ " if fact.edited else "  ", self.style_of("row-list--accent")),
            Cell(fit_words(metric_text(fact), metric_width), None, metric_width, marks=True),
            Cell(" "),
            Cell(figure, BOLD, figure_width, marks=True),
            Cell(" "),
            Cell(safe(fact.country or "all"), country_style, 3, marks=True, ellipsis=False),
        ]
        if date_width:
            date, own = shown_date(fact.date, source)  # the publication's date is dimmed, as in the facts table
            cells += [Cell(" "), Cell(safe(date), None if own else self.style_of("row-list--dim"), date_width, ellipsis=False)]
        if with_source:
            cells += [
                Cell(" "),
                Cell(fit_host(safe(outlet(source)), outlet_width), None, outlet_width),
                Cell(" "),
                Cell(tier_label(source), self.style_of("row-list--dim"), TIER, ellipsis=False),
            ]
        return tuple(cells)
