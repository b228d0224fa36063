"""Arrests and seizures by year: each operation in its year with its own totals (one value
per figure group), units never added together, undated operations counted apart."""

from __future__ import annotations

from store.model import Fact, Operation, Source
from store.snapshot import Snapshot
from store.views.by_year import by_year, year_range


def _f(n, op, metric, value, unit, country=None, source="s1"):
    return Fact(id=f"f{n}", operation=op, metric=metric, value=value, unit=unit, country=country, source=source)


def _snapshot() -> Snapshot:
    ops = [Operation(id="a", name="A", announced="2021-05"), Operation(id="b", name="B", announced="2021-11"),
           Operation(id="c", name="C", announced="2023"), Operation(id="d", name="D")]
    facts = [
        _f(1, "a", "arrests", 100, "people"), _f(2, "a", "arrests", 60, "people", "DE"),  # worldwide stands
        _f(3, "a", "arrests", 100, "people", source="s2"),  # the same figure again: counted once
        _f(4, "b", "arrests", 20, "people", "US"), _f(5, "b", "arrests", 5, "people", "FR"),
        _f(6, "b", "seized_money", 1_000_000, "USD"), _f(7, "c", "seized_money", 2_000_000, "EUR"),
        _f(8, "c", "arrests", 7, "people"), _f(9, "d", "arrests", 3, "people"),
        _f(10, "c", "market_users", 50_000, "accounts"),  # not charted
    ]
    return Snapshot.build([Source(id="s1", title="x"), Source(id="s2", title="y")], ops, facts)


def test_arrests_by_year_one_value_per_figure_group():
    arrests = by_year(_snapshot())[0]
    assert (arrests.metric, arrests.unit) == ("arrests", "people")
    assert arrests.years == {"2021": 125, "2023": 7}  # A: 100 (worldwide), B: 20 + 5
    assert arrests.operations["2021"] == ["A", "B"]
    assert arrests.undated == 3 and arrests.undated_operations == ["D"]


def test_currencies_are_separate_series_and_other_metrics_are_not_charted():
    series = by_year(_snapshot())
    assert [(s.metric, s.unit) for s in series] == [("arrests", "people"), ("seized_money", "USD"), ("seized_money", "EUR")]
    assert series[1].years == {"2021": 1_000_000} and series[2].years == {"2023": 2_000_000}
    assert year_range(series) == ["2021", "2022", "2023"]


def test_the_operations_and_facts_counted_can_be_narrowed():
    snapshot = _snapshot()
    only_us = by_year(snapshot, ["b"], lambda op: [f for f in snapshot.facts_by_operation[op] if f.country == "US"])
    assert len(only_us) == 1 and only_us[0].years == {"2021": 20}
