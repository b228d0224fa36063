"""The sorts ``s`` cycles through: operations by date, name, arrests, countries; facts by
metric, value, country, date, source tier. The first of each is the explorer's own order
(newest first; core metrics first), so sorting costs nothing until asked for."""

from __future__ import annotations

from collections.abc import Sequence

from store.figure_groups import source_rank
from store.model import Fact

OPERATION_SORTS = ("date", "name", "arrests", "countries")
FACT_SORTS = ("metric", "value", "country", "date", "source tier")


def next_sort(sorts: Sequence[str], current: str) -> str:
    return sorts[(sorts.index(current) + 1) % len(sorts)] if current in sorts else sorts[0]


def sort_operations(rows: list, by: str) -> list:
    """Operation rows (``OperationRow``) in the order ``by`` names; ``date`` keeps the given order."""
    if by == "name":
        return sorted(rows, key=lambda row: row.op.name.casefold())
    if by == "arrests":
        return sorted(rows, key=lambda row: -(row.headline.value if row.headline is not None else -1))
    if by == "countries":
        return sorted(rows, key=lambda row: -row.countries)
    return rows


def sort_facts(facts: Sequence[Fact], by: str, repo) -> Sequence[Fact]:
    """Facts in the order ``by`` names; ``metric`` keeps the given order (the explorer's)."""
    if by == "value":
        return sorted(facts, key=lambda f: (f.value is None, -(f.value or 0)))
    if by == "country":
        return sorted(facts, key=lambda f: (f.country is None, f.country or ""))
    if by == "date":  # newest first, undated last
        return sorted((f for f in facts if f.date), key=lambda f: f.date, reverse=True) + [f for f in facts if not f.date]
    if by == "source tier":
        sources = repo.snapshot.sources
        return sorted(facts, key=lambda f: source_rank(sources.get(f.source)))
    return facts
