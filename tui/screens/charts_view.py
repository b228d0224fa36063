"""The charts view: arrests and seizures by year across operations, as terminal bars.

One chart per series (arrests; money per currency; drugs; firearms), one bar per year from
the first year to the last (an empty year shows as empty), each bar with its value and how
many operations it adds up. The query narrows the operations and facts counted.
"""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

from store.format import number
from store.metrics import metric_label
from store.views.by_year import Series, by_year, year_range
from store.views.matched import matched_operations
from tui.screens.view_base import ReportView
from tui.widgets.text import safe

EIGHTHS = " ▏▎▍▌▋▊▉"
COLOURS = {"arrests": "#7aa2f7", "seized_money": "#9ece6a", "seized_drugs": "#e0af68", "seized_firearms": "#f7768e"}
DIM = "#7f8c98"


def bar(value: float, top: float, width: int) -> str:
    """A bar of ``value`` out of ``top`` in ``width`` cells, to an eighth of a cell."""
    if top <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / top * width * 8))
    return "█" * (eighths // 8) + (EIGHTHS[eighths % 8] if eighths % 8 else "")


def render_series(series: Series, years: list[str], width: int) -> Text:
    """``2021  ████████▌  1,234  (3 operations)`` per year, under the series' title."""
    unit = f" ({series.unit})" if series.unit and series.metric != "arrests" else ""
    out = Text(safe(metric_label(series.metric) + unit) + " by year", style="bold")
    out.append("\n")
    top = max(series.years.values(), default=0)
    bar_width = max(10, width - 36)
    colour = COLOURS.get(series.metric, "#bb9af7")
    for year in years:
        value = series.years.get(year)
        names = series.operations.get(year, [])
        out.append(f"{year}  ", style=DIM)
        drawn = bar(value or 0, top, bar_width)
        out.append(drawn, style=colour)
        out.append(" " * (bar_width - len(drawn) + 1))
        out.append(f"{number(value):>14}" if value is not None else f"{'—':>14}", style="bold" if value else DIM)
        if names:
            out.append(f"  {len(names)} op{'s' if len(names) != 1 else ''}", style=DIM)
        out.append("\n")
    if series.undated_operations:
        out.append(f"no year: {number(series.undated)} in {len(series.undated_operations)} operation(s), not charted\n",
                   style=DIM)
    return out


class ChartsView(ReportView):
    """Bars of arrests and seizures per year."""

    VIEW = "charts"

    def on_resize(self) -> None:
        if self.is_mounted:
            self.apply()

    def apply(self) -> None:
        snapshot = self.repo.snapshot
        result = self.result
        ops = matched_operations(snapshot, result)
        series = by_year(snapshot, ops, None if result is None else result.facts_in)
        years = year_range(series)
        width = max(40, self.size.width - 6)
        body = self.report
        if not series:
            body.update(Text("No arrests or seizures among the facts the query matches.", style=DIM))
        else:
            parts: list[Text] = []
            for s in series:
                parts += [render_series(s, years, width), Text("")]
            parts.append(Text("Each operation counts in the year it was announced, with its own totals (one value "
                              "per figure: its worldwide figure where stated). Currencies are never added together.",
                              style=DIM))
            body.update(Group(*parts))
        box = self.report_box
        count = len({name for s in series for names in s.operations.values() for name in names})
        box.border_title = f"Charts · {count} operation{'s' if count != 1 else ''}" + (f" matching “{safe(result.query)}”" if result else "")
