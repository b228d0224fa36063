"""What the operation list's figure column shows while a query filters by country or metric.

Without such a filter each operation shows its headline (its arrests, worldwide if stated).
With ``country:de`` the column shows the arrests in Germany; with ``metric:money`` the money
seized; with both, the money seized in Germany: the figures of the facts the filter keeps, a
figure reported by several sources counted once (``store.figure_groups.sum_groups``). Words
of the query do not change the column (``hydra`` still shows Hydra's arrests).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store import countries
from store.figure_groups import Total, sum_groups
from store.format import compact_amount, compact_number
from store.metrics import ARRESTS, metric_label, resolve_metric
from store.repository import Repository

if TYPE_CHECKING:
    from store.search import SearchResult


def compact(total: Total) -> str:
    """``52``, ``53.4M USD``, ``850 kg``: the fact list's short form (``store.format``), and
    no unit for people, which the column title names (``arrests in DE``)."""
    if total.unit in (None, "people"):
        return compact_number(total.value)
    return compact_amount(total.value, total.unit)


class HeadlineScope:
    """The figure column for one search result that filters by country and/or metric."""

    def __init__(self, repo: Repository, result: SearchResult, metrics: list[str], codes: list[str], label: str,
                 *, any_metric: bool = False) -> None:
        self.repo = repo
        self.result = result
        self.metrics = metrics  # the metrics the filter names (resolved), or [] for arrests
        self.any_metric = any_metric  # a metric filter none of whose values is one metric
        self.by_country = bool(codes)
        self.label = label  # what the column holds: "arrests in DE", "money seized"
        self._texts: dict[str, str] = {}

    @classmethod
    def of(cls, repo: Repository, result: SearchResult | None) -> HeadlineScope | None:
        """The scope of ``result``'s query, or None when it has no country or metric filter."""
        if result is None:
            return None
        from store.search.query import parse_query  # the search is loaded once a result exists

        _terms, filters = parse_query(result.query, [])
        country_values = [v for name, _op, value in filters if name == "country" for v in value.split(",") if v]
        metric_values = [v for name, _op, value in filters if name == "metric" for v in value.split(",") if v]
        if not country_values and not metric_values:
            return None
        codes = ["worldwide" if countries.is_worldwide(v) else countries.lookup(v) or v.upper() for v in country_values]
        metrics = [m for m in (resolve_metric(v) for v in metric_values) if m]
        what = ", ".join(metric_label(m) for m in metrics) if metrics else ", ".join(metric_values) or metric_label(ARRESTS)
        label = f"{what} worldwide" if codes == ["worldwide"] else f"{what} in {','.join(codes)}" if codes else what
        return cls(repo, result, metrics, codes, label, any_metric=bool(metric_values) and not metrics)

    def text(self, op_id: str) -> str:
        """The figure the column shows for one operation (computed once, for shown rows)."""
        text = self._texts.get(op_id)
        if text is None:
            text = self._texts[op_id] = self._compute(op_id)
        return text

    def _compute(self, op_id: str) -> str:
        facts = self.result.facts_in(op_id)
        totals = sum_groups(facts, self.repo.snapshot.sources, prefer_worldwide=not self.by_country)
        if self.metrics:
            wanted = [t for t in totals if t.metric in self.metrics]
        elif self.any_metric:  # ``metric:seized``: whichever of the kept metrics the filter named
            wanted = list(totals)
        else:
            wanted = [t for t in totals if t.metric == ARRESTS]
        if not wanted:
            return "—"
        return compact(max(wanted, key=lambda t: (t.groups, t.value)))
