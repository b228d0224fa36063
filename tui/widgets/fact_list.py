"""The facts of the selected operation: metric, figure with unit and qualifier, country, date."""

from __future__ import annotations

from rich.text import Text

from store.format import metric_label, short_figure
from store.model import Fact
from store.repository import Snapshot, group_key
from tui.widgets.row_list import RowList
from tui.widgets.text import highlight, match_spans, plain, safe


SHORT_METRICS = {"seized_money": "money", "seized_drugs": "drugs", "seized_firearms": "firearms"}


def conflict_mark(fact: Fact, snapshot: Snapshot) -> str:
    """``!`` when another source gives a different value, ``=`` when one agrees, else blank."""
    if fact.is_event:
        return " "
    others = [f for f in snapshot.groups.get(group_key(fact), ()) if f.source != fact.source and f.id != fact.id]
    if any(f.value != fact.value for f in others):
        return "!"
    if others:
        return "="
    return " "


class FactList(RowList[Fact]):
    """Facts as rows: ``arrests        155 people  US  2023-05``."""

    snapshot: Snapshot | None = None

    def match_key(self, fact: Fact) -> tuple:
        """The highlighted spans of the three columns that show matches."""
        terms = self.terms
        if not terms:
            return ()
        metric = safe(SHORT_METRICS.get(fact.metric) or metric_label(fact.metric))
        return (match_spans(metric, terms), match_spans(safe(short_figure(fact)), terms),
                match_spans(safe(fact.country or "all"), terms))

    def render_row(self, fact: Fact, width: int) -> Text:
        mark = conflict_mark(fact, self.snapshot) if self.snapshot is not None else " "
        metric_width = max(9, min(16, width - 32))
        metric = plain(SHORT_METRICS.get(fact.metric) or metric_label(fact.metric))
        highlight(metric, self.terms, self.style_of("row-list--match"))
        metric.truncate(metric_width, overflow="ellipsis", pad=True)
        figure = plain(short_figure(fact), style="bold")
        highlight(figure, self.terms, self.style_of("row-list--match"))
        country = plain(fact.country or "all", style=self.style_of("row-list--accent") if fact.country else self.style_of("row-list--dim"))
        highlight(country, self.terms, self.style_of("row-list--match"))
        country.truncate(3, pad=True)
        date_width = 10 if width >= 48 else 7 if width >= 34 else 0  # 7: year and month
        date = plain(fact.date or "", style=self.style_of("row-list--dim"))
        date.truncate(date_width, pad=True)
        figure_width = max(6, width - 2 - (metric_width + 1) - 4 - (date_width + 1 if date_width else 0))
        figure.truncate(figure_width, overflow="ellipsis", pad=True)
        mark_style = self.style_of("row-list--warning") if mark == "!" else self.style_of("row-list--accent")
        parts = [Text(mark, style=mark_style), Text(" "), metric, Text(" "), figure, Text(" "), country]
        if date_width:
            parts += [Text(" "), date]
        return Text.assemble(*parts)
