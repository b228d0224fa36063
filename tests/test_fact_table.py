"""The facts table's sort orders: every column, both directions, blanks last, ties in the
explorer's order, and a query's rows kept in sorted order."""

from __future__ import annotations

import numpy as np
import pytest

from store.model import Fact, Operation, Source
from store.snapshot import Snapshot
from store.views.fact_table import COLUMN_KEYS, FactTable


def _fact(n: int, op: str, metric: str, value, unit, country=None, date=None, qualifier="exact", source="s1") -> Fact:
    return Fact(id=f"f{n}", operation=op, metric=metric, value=value, unit=unit, country=country, date=date,
                qualifier=qualifier, source=source)


@pytest.fixture
def table() -> FactTable:
    sources = [Source(id="s1", title="a", tier="news", published="2023-01-01"),
               Source(id="s2", title="b", tier="official", published="2020-06"), Source(id="s3", title="c")]
    ops = [Operation(id="b", name="beta", announced="2023"), Operation(id="a", name="Alpha", announced="2020")]
    facts = [
        _fact(0, "b", "arrests", 10, "people", "DE", "2023-05"),
        _fact(1, "a", "arrests", 300, "people", "US", None, "at_least", "s2"),
        _fact(2, "b", "seized_money", 5_000_000, "USD", None, "2023-04", "approximate"),
        _fact(3, "a", "shut_down", None, None, "DE", "2019-05", source="s3"),
        _fact(4, "b", "arrests", 12, "people", "DE", "2023-05", source="s2"),
        _fact(5, "a", "seized_drugs", 850, "kg", None, None, source="s3"),
    ]
    snapshot = Snapshot.build(sources, ops, facts)
    marks = {"f0": "!", "f4": "!", "f1": "="}
    base = [facts[i] for i in (0, 4, 2, 1, 5, 3)]  # as the explorer lists them
    return FactTable(snapshot, base, lambda f: marks.get(f.id, " "))


def ids(table: FactTable, rows) -> list[str]:
    return [table.snapshot.facts[r].id for r in rows.tolist()]


def test_without_a_sort_the_rows_are_in_the_explorers_order(table):
    assert ids(table, table.rows(None)) == ["f0", "f4", "f2", "f1", "f5", "f3"]


def test_operations_sort_by_name_ignoring_case_ties_in_explorer_order(table):
    assert ids(table, table.rows(None, "operation")) == ["f1", "f5", "f3", "f0", "f4", "f2"]
    assert ids(table, table.rows(None, "operation", True)) == ["f0", "f4", "f2", "f1", "f5", "f3"]


def test_dates_fall_back_to_the_source_and_unknown_dates_sort_last_both_ways(table):
    # f1 has no date of its own: its source's 2020-06; f5's source has no date at all
    assert ids(table, table.rows(None, "date")) == ["f3", "f1", "f2", "f0", "f4", "f5"]
    assert ids(table, table.rows(None, "date", True)) == ["f0", "f4", "f2", "f1", "f3", "f5"]


def test_figures_compare_within_what_they_count_and_no_value_is_last(table):
    # arrests first (largest first), then money, then drugs: the groups keep their order
    assert ids(table, table.rows(None, "figure", True)) == ["f1", "f4", "f0", "f2", "f5", "f3"]
    ascending = ids(table, table.rows(None, "figure"))
    assert ascending.index("f0") < ascending.index("f4") < ascending.index("f1")  # 10, 12, 300 people


def test_qualifier_tier_and_mark_columns(table):
    assert ids(table, table.rows(None, "qualifier"))[-2:] == ["f2", "f1"]  # exact, approximate, at least
    tiers = ids(table, table.rows(None, "tier"))
    assert tiers[:2] == ["f4", "f1"] and set(tiers[-2:]) == {"f5", "f3"}  # official first, untiered last
    assert ids(table, table.rows(None, "mark"))[:3] == ["f0", "f4", "f1"]  # conflicts, then corroborated


def test_a_query_mask_keeps_its_rows_in_sorted_order(table):
    mask = np.array([f.country == "DE" for f in table.snapshot.facts])
    assert ids(table, table.rows(mask, "date")) == ["f3", "f0", "f4"]
    assert ids(table, table.rows(mask, "figure", True)) == ["f4", "f0", "f3"]


def test_every_column_sorts_every_row_once(table):
    table.warm()
    for column in COLUMN_KEYS:
        for descending in (False, True):
            rows = table.rows(None, column, descending)
            assert sorted(rows.tolist()) == list(range(6)), column


def test_mark_of_a_fact(table):
    assert table.mark(table.snapshot.facts[0]) == "!"
    assert table.mark(_fact(9, "a", "arrests", 1, "people")) == " "


def test_an_order_is_made_once_and_then_known(table):
    assert table.has_order(None) and not table.has_order("tier", True)
    first = table.order("tier", True)
    assert table.has_order("tier", True) and table.order("tier", True) is first
