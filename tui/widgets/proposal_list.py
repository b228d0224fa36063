"""The facts proposed from an article, as rows: decision, metric, figure, country, operation."""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from rich.style import Style

from store.format import metric_label, short_figure
from store.model import Fact
from store.review import Draft
from tui.widgets.cells import Cell
from tui.widgets.fact_list import SHORT_METRICS
from tui.widgets.row_list import RowList
from tui.widgets.text import safe

BOLD = Style(bold=True)
STRIKE = Style(strike=True)


def decision_mark(draft: Draft) -> str:
    """``✓`` accepted, ``✗`` rejected, ``✎`` edited, ``+`` added by hand."""
    if not draft.accepted:
        return "✗"
    if draft.added:
        return "+"
    return "✎" if draft.edited else "✓"


def metric_name(metric: str) -> str:
    return SHORT_METRICS.get(metric) or metric_label(metric)


def event_or_figure(fact: Fact) -> str:
    """An event (launched, shut down) has no figure: its date says when, or ``—``."""
    if fact.value is None and fact.date and not fact.value_text:
        return fact.date
    return short_figure(fact)


class ProposalList(RowList[Draft]):
    """``✓ arrests   42 people  ES  Quillfeather``; rejected rows are struck through."""

    operation_name: Callable[[str], str] = staticmethod(lambda op_id: op_id)  # type: ignore[assignment]

    def widest_metric(self) -> int:
        rows = self.rows
        if getattr(self, "_metric_rows", None) is not rows:
            self._metric_rows = rows
            self._metric_width = max((cell_len(metric_name(d.fact.metric)) for d in rows), default=0)
        return self._metric_width

    def render_row(self, draft: Draft, width: int) -> tuple[Cell, ...]:
        fact = draft.fact
        mark = decision_mark(draft)
        dim = self.style_of("row-list--dim")
        struck = (dim + STRIKE) if not draft.accepted else None
        # the widest metric of the list, so "shut down" is never "shut do…" (up to a third of the row)
        metric_width = max(8, min(14, max(width // 5, self.widest_metric()), width // 3))
        figure_width = max(8, min(18, width // 3))
        op_width = max(0, width - 2 - metric_width - 1 - figure_width - 1 - 3 - 1)
        mark_style = self.style_of("row-list--warning") if mark == "✗" else self.style_of("row-list--accent")
        return (
            Cell(mark, mark_style),
            Cell(" "),
            Cell(safe(metric_name(fact.metric)), struck, metric_width),
            Cell(" "),
            Cell(safe(event_or_figure(fact)), struck or BOLD, figure_width),
            Cell(" "),
            Cell(safe(fact.country or "all"), struck or self.style_of("row-list--accent"), 3, ellipsis=False),
            Cell(" "),
            Cell(safe(self.operation_name(fact.operation)), struck or dim, op_width),
        )
