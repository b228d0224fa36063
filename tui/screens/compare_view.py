"""The compare view: the operations marked in the explorer (space), side by side.

Two tables, one column per operation: its totals per metric, then its arrests per country,
one value per figure group (the explorer's totals rule), ``!`` where sources disagree about a
figure a cell adds up. The query narrows the facts counted (``country:de``, ``arrests``…).
"""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from store import countries
from store.format import number
from store.metrics import metric_label
from store.views.compare import Cell, Comparison, compare
from tui.screens.view_base import ReportView
from tui.widgets.text import safe

CONFLICT = "bold #f7768e"
DIM = "#7f8c98"
HINT = (
    "Mark two or more operations to compare: in the explorer (1), move to an operation and press "
    "space, then press 4 here again. Marked: {marked}."
)


def _value(cell: Cell) -> Text:
    if cell.value is None:
        return Text("—", style=DIM)
    text = Text(number(cell.value), style="bold")  # the row's label names the unit
    if cell.conflict:
        text.append(" !", style=CONFLICT)
    return text


def render_comparison(result: Comparison, filtered: bool) -> Group:
    """Both tables as Rich renderables; every store string goes through ``safe``."""
    names = [Text(safe(op.name) + (f" {op.year}" if op.year else ""), style="bold") for op in result.operations]
    totals = Table(title=Text("Totals" + (" (facts matching the query)" if filtered else ""), style="bold"),
                   title_justify="left", expand=True, header_style="bold #e5c07b", border_style="#3b4261")
    totals.add_column("metric", style="#a9b1d6", no_wrap=True)
    for name in names:
        totals.add_column(name, justify="right")
    for metric, unit in result.metrics:
        label = metric_label(metric) + (f" ({unit})" if unit and unit != "people" and metric != "arrests" else "")
        totals.add_row(Text(safe(label)), *(_value(c) for c in result.by_metric[(metric, unit)]))
    if not result.metrics:
        totals.add_row(Text("no figures", style=DIM), *(Text("—", style=DIM) for _ in names))
    arrests = Table(title=Text("Arrests per country", style="bold"), title_justify="left", expand=True,
                    header_style="bold #e5c07b", border_style="#3b4261")
    arrests.add_column("country", style="#a9b1d6", no_wrap=True)
    for name in names:
        arrests.add_column(name.copy(), justify="right")
    for code in result.countries:
        country = countries.get(code)
        label = f"{code} {country.name_en}" if country else code
        arrests.add_row(Text(safe(label)), *(_value(c) for c in result.arrests[code]))
    if not result.countries:
        arrests.add_row(Text("no arrests by country", style=DIM), *(Text("—", style=DIM) for _ in names))
    note = Text("! sources disagree about a figure this value adds up — its facts show which (2, the facts table)",
                style=DIM)
    return Group(totals, Text(""), arrests, Text(""), note)


class CompareView(ReportView):
    """Marked operations, metric by metric and country by country."""

    VIEW = "compare"

    def take_query(self, query: str) -> None:
        super().take_query(query)
        if self.is_mounted:
            self.apply()  # the marks may have changed in the explorer

    def marked(self) -> list[str]:
        explorer = self.app.explorer  # type: ignore[attr-defined]
        return list(explorer.operations.marked) if explorer is not None and explorer.is_mounted else []

    def apply(self) -> None:
        body, box = self.report, self.report_box
        ops = [i for i in self.marked() if self.repo.operation(i) is not None]
        if len(ops) < 2:
            names = ", ".join(safe(self.repo.operation(i).name) for i in ops) or "none"
            body.update(Text(HINT.format(marked=names), style=DIM))
            box.border_title = "Compare"
            return
        result = self.result
        facts_of = None if result is None else result.facts_in
        comparison = compare(self.repo.snapshot, ops, facts_of)
        body.update(render_comparison(comparison, result is not None))
        box.border_title = f"Compare {len(ops)} operations" + (f" · facts matching “{safe(result.query)}”" if result else "")
