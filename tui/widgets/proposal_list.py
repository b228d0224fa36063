"""The facts proposed from an article, as rows: decision, metric, figure, country, operation."""

from __future__ import annotations

from collections.abc import Callable

from rich.style import Style

from store.format import metric_label, short_figure
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


class ProposalList(RowList[Draft]):
    """``✓ arrests   42 people  ES  Quillfeather``; rejected rows are struck through."""

    operation_name: Callable[[str], str] = staticmethod(lambda op_id: op_id)  # type: ignore[assignment]

    def render_row(self, draft: Draft, width: int) -> tuple[Cell, ...]:
        fact = draft.fact
        mark = decision_mark(draft)
        dim = self.style_of("row-list--dim")
        struck = (dim + STRIKE) if not draft.accepted else None
        metric_width = max(8, min(14, width // 5))
        figure_width = max(8, min(18, width // 3))
        op_width = max(0, width - 2 - metric_width - 1 - figure_width - 1 - 3 - 1)
        mark_style = self.style_of("row-list--warning") if mark == "✗" else self.style_of("row-list--accent")
        return (
            Cell(mark, mark_style),
            Cell(" "),
            Cell(safe(SHORT_METRICS.get(fact.metric) or metric_label(fact.metric)), struck, metric_width),
            Cell(" "),
            Cell(safe(short_figure(fact)), struck or BOLD, figure_width),
            Cell(" "),
            Cell(safe(fact.country or "all"), struck or self.style_of("row-list--accent"), 3, ellipsis=False),
            Cell(" "),
            Cell(safe(self.operation_name(fact.operation)), struck or dim, op_width),
        )
