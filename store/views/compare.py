"""Operations side by side: their totals per metric and their arrests per country.

The numbers are the explorer's: one value per figure group, picked by the totals rule
(:func:`store.figure_groups.sum_groups`; an operation's worldwide figure stands for the whole
when it states one), so a figure three sources report counts once. A cell is marked as a
conflict when sources disagree about any figure it adds up.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from store.figure_groups import agreement_marks, figure_groups, metric_order, per_country, sum_groups
from store.metrics import ARRESTS
from store.model import Fact, Operation
from store.snapshot import Snapshot


@dataclass(frozen=True, slots=True)
class Cell:
    """One operation's value in one row (None: it has no figure for it)."""

    value: float | None
    conflict: bool = False
    facts: int = 0  # how many facts were read for it


@dataclass(frozen=True)
class Comparison:
    operations: tuple[Operation, ...]
    metrics: tuple[tuple[str, str | None], ...]  # (metric, unit) rows, core metrics first
    by_metric: dict[tuple[str, str | None], tuple[Cell, ...]]  # a cell per operation
    countries: tuple[str, ...]  # rows of the arrests table, most arrests first
    arrests: dict[str, tuple[Cell, ...]]


def _conflicted(facts: Iterable[Fact]) -> set[tuple]:
    """The figure groups (metric, unit, country) where some source states another figure."""
    out = set()
    for key, group in figure_groups(facts).items():
        if "!" in agreement_marks(group).values():
            out.add(key[1:])
    return out


def compare(snapshot: Snapshot, op_ids: Sequence[str], facts_of=None) -> Comparison:
    """Compare the operations ``op_ids`` (unknown ids are left out). ``facts_of(op_id)`` gives
    the facts to count (default: all of the operation's; the explorer passes those the query
    matches)."""
    ops = tuple(snapshot.operations[i] for i in op_ids if i in snapshot.operations)
    get = facts_of or (lambda op_id: snapshot.facts_by_operation.get(op_id, ()))
    sources = snapshot.sources
    totals_of, country_of, conflicts_of, by_id_of = [], [], [], []
    for op in ops:
        facts = list(get(op.id))
        conflicts = _conflicted(facts)
        conflicts_of.append(conflicts)
        by_id_of.append({f.id: f for f in facts})
        totals_of.append({(t.metric, t.unit): t for t in sum_groups(facts, sources, prefer_worldwide=True)})
        arrests = [f for f in facts if f.metric == ARRESTS]
        counts: dict[str, int] = defaultdict(int)
        for f in arrests:
            if f.country:
                counts[f.country] += 1
        country_of.append({code: (value, counts[code]) for code, value in per_country(arrests, sources)})
    metrics = sorted({key for totals in totals_of for key in totals}, key=lambda k: (metric_order(k[0]), k[1] or ""))
    by_metric = {}
    for key in metrics:
        cells = []
        for totals, conflicts, by_id in zip(totals_of, conflicts_of, by_id_of):
            total = totals.get(key)
            if total is None:
                cells.append(Cell(None))
                continue
            added = (by_id[i] for i in total.chosen if i in by_id)  # the figures the total adds
            conflict = any((f.metric, f.unit, f.country) in conflicts for f in added)
            cells.append(Cell(total.value, conflict, total.facts))
        by_metric[key] = tuple(cells)
    best: dict[str, float] = defaultdict(float)
    for per in country_of:
        for code, (value, _) in per.items():
            best[code] = max(best[code], value)
    countries = tuple(sorted(best, key=lambda c: (-best[c], c)))
    arrests_rows = {}
    for code in countries:
        cells = []
        for per, conflicts in zip(country_of, conflicts_of):
            if code in per:
                value, n = per[code]
                cells.append(Cell(value, (ARRESTS, "people", code) in conflicts, n))
            else:
                cells.append(Cell(None))
        arrests_rows[code] = tuple(cells)
    return Comparison(ops, tuple(metrics), by_metric, countries, arrests_rows)
