"""Arrests and seizures by year, across operations: what the charts view draws.

Each operation counts in the year it is filed under (announced, else ended, else started:
``Operation.year``) with its own totals: one value per figure group, its worldwide figure
standing for the whole where it states one (:func:`store.figure_groups.sum_groups`). Amounts
in different units (USD and EUR, kg and items) are separate series: never added together.
Operations with no year are counted apart, not put in a guessed year.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from store.figure_groups import metric_order, sum_groups
from store.metrics import ARRESTS, SEIZED_DRUGS, SEIZED_FIREARMS, SEIZED_MONEY
from store.model import Fact
from store.snapshot import Snapshot

CHARTED = (ARRESTS, SEIZED_MONEY, SEIZED_DRUGS, SEIZED_FIREARMS)


@dataclass
class Series:
    """One metric in one unit, year by year."""

    metric: str
    unit: str | None
    years: dict[str, float] = field(default_factory=dict)  # "2021" -> total
    operations: dict[str, list[str]] = field(default_factory=dict)  # "2021" -> operation names
    undated: float = 0.0  # the totals of operations with no year
    undated_operations: list[str] = field(default_factory=list)


def by_year(snapshot: Snapshot, op_ids: Iterable[str] | None = None,
            facts_of: Callable[[str], Iterable[Fact]] | None = None) -> list[Series]:
    """The series of the charted metrics (arrests, money per currency, drugs, firearms), core
    metrics first; ``op_ids`` (default: every operation) and ``facts_of`` (default: all of an
    operation's facts) narrow what is counted."""
    get = facts_of or (lambda op_id: snapshot.facts_by_operation.get(op_id, ()))
    ids = list(snapshot.operations) if op_ids is None else [i for i in op_ids if i in snapshot.operations]
    series: dict[tuple[str, str | None], Series] = {}
    for op_id in ids:
        op = snapshot.operations[op_id]
        facts = [f for f in get(op_id) if f.metric in CHARTED]
        if not facts:
            continue
        for total in sum_groups(facts, snapshot.sources, prefer_worldwide=True):
            key = (total.metric, total.unit)
            s = series.get(key)
            if s is None:
                s = series[key] = Series(total.metric, total.unit)
            if op.year:
                s.years[op.year] = s.years.get(op.year, 0.0) + total.value
                s.operations.setdefault(op.year, []).append(op.name)
            else:
                s.undated += total.value
                s.undated_operations.append(op.name)
    ordered = sorted(series.values(), key=lambda s: (metric_order(s.metric), s.unit != "USD", s.unit or ""))
    for s in ordered:
        s.years = dict(sorted(s.years.items()))
    return ordered


def year_range(series: Iterable[Series]) -> list[str]:
    """Every year from the first to the last any series has (gaps shown as empty years)."""
    years = sorted({int(y) for s in series for y in s.years})
    return [str(y) for y in range(years[0], years[-1] + 1)] if years else []


__all__ = ["CHARTED", "Series", "by_year", "year_range"]
