"""The facts table names a metric whole at 120 columns ("firearms seized", "servers seized"),
taking the room from the operation column, which has plenty to spare; a narrow table still fits."""

from __future__ import annotations

from store.format import metric_label
from tui.widgets.facts_table import layout


def test_common_metric_labels_fit_their_column_from_100_columns():
    for width in (110, 118, 160):
        widths = {key: w for key, w, _ in layout(width)}
        for metric in ("seized_firearms", "seized_money", "seized_drugs", "arrests", "servers_seized"):
            assert len(metric_label(metric)) <= widths["metric"], (width, metric, widths)
        assert widths["operation"] >= 12
        assert sum(widths.values()) + len(widths) <= width


def test_a_narrow_table_keeps_its_columns_inside_the_width():
    for width in (60, 78, 99):
        widths = {key: w for key, w, _ in layout(width)}
        assert sum(widths.values()) + len(widths) <= width + 6  # the operation column never below 6


def test_money_in_millions_reads_whole_in_a_narrow_table():
    from store.format import amount

    for width in (78, 99):
        widths = {key: w for key, w, _ in layout(width)}
        for value, unit in ((3_200_000, "EUR"), (53_400_000, "USD"), (1_874, "kg"), (288, "people")):
            assert len(amount(value, unit)) <= widths["figure"], (width, amount(value, unit), widths)
