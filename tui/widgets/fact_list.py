"""The facts of the selected operation: metric, figure with unit and qualifier, country, date."""

from __future__ import annotations

from rich.style import Style

from store.format import metric_label, short_figure
from store.model import Fact
from store.outlets import fact_date, outlet, tier_label
from store.repository import Repository, Snapshot
from tui.widgets.row_list import RowList
from tui.widgets.cells import Cell
from tui.widgets.text import match_spans, safe


BOLD = Style(bold=True)
SHORT_METRICS = {"seized_money": "money", "seized_drugs": "drugs", "seized_firearms": "firearms"}
SOURCE_FROM = 60  # content width from which a row names its source (terminals from ~110 columns)
OUTLET_MAX = 32  # a wider column would only push the tier away from its outlet


class FactList(RowList[Fact]):
    """Facts as rows: ``arrests  155 people  US  2023-05``, and on a wide list the outlet and
    tier of the source (``europol.europa.eu  official``): two sources of one figure differ."""

    repo: Repository | None = None  # for the conflict marks
    _snapshot: Snapshot | None = None

    def use(self, repo: Repository) -> None:
        """Read conflict marks from ``repo``; a new snapshot may change the marks of rows
        that are the same objects as before, so nothing drawn is kept."""
        if repo is not self.repo or repo.snapshot is not self._snapshot:
            self.repo, self._snapshot = repo, repo.snapshot
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

    def render_row(self, fact: Fact, width: int) -> tuple[Cell, ...]:
        mark = self.repo.agreement(fact) if self.repo is not None else " "
        source = self.repo.source(fact.source) if self.repo is not None else None
        with_source = width >= SOURCE_FROM  # outlet and tier: rows of the same figure differ
        if with_source:
            metric_width, figure_width = 8, 16 if width < 66 else 18  # 8: firearms; 18: "207.58 million USD"
            date_width = 10
            source_width = width - (2 + metric_width + 1 + figure_width + 1 + 3 + 1 + date_width + 1)
        else:
            metric_width = max(9, min(16, width - 32))
            date_width = 10 if width >= 48 else 7 if width >= 34 else 0  # 7: year and month
            figure_width = max(6, width - 2 - (metric_width + 1) - 4 - (date_width + 1 if date_width else 0))
        country_style = self.style_of("row-list--accent") if fact.country else self.style_of("row-list--dim")
        cells = [
            Cell(mark, self.style_of("row-list--warning") if mark == "!" else self.style_of("row-list--accent")),
            Cell("✎" if fact.edited else " ", self.style_of("row-list--accent")),  # edited by hand
            Cell(safe(SHORT_METRICS.get(fact.metric) or metric_label(fact.metric)), None, metric_width, marks=True),
            Cell(" "),
            Cell(safe(short_figure(fact)), BOLD, figure_width, marks=True),
            Cell(" "),
            Cell(safe(fact.country or "all"), country_style, 3, marks=True, ellipsis=False),
        ]
        if date_width:
            date = safe(fact_date(fact.date, source))
            cells += [Cell(" "), Cell(date, self.style_of("row-list--dim"), date_width, ellipsis=False)]
        if with_source:
            tier_width = 8  # "official"
            cells += [
                Cell(" "),
                Cell(safe(outlet(source)), None, max(1, min(OUTLET_MAX, source_width - tier_width - 1))),
                Cell(" "),
                Cell(tier_label(source), self.style_of("row-list--dim"), tier_width, ellipsis=False),
            ]
        return tuple(cells)
