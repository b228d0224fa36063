"""Comparing operations: one value per figure group (the totals rule), a worldwide figure
standing for the whole, arrests per country side by side, conflicts marked."""

from __future__ import annotations

import pytest

from store.repository import Repository
from store.views.compare import compare
from tests.tui.conftest import own_store


@pytest.fixture
def repo(tmp_path) -> Repository:
    """Harbor (worldwide and per-country arrests) and Nightfall (disputed German arrests)."""
    return own_store(tmp_path / "s.json")[0]


def test_totals_per_metric_one_value_per_figure_group(repo):
    result = compare(repo.snapshot, ["harbor", "nightfall", "no-such-operation"])
    assert [op.id for op in result.operations] == ["harbor", "nightfall"]
    assert result.metrics[0] == ("arrests", "people")  # core metrics first
    harbor, nightfall = result.by_metric[("arrests", "people")]
    assert harbor.value == 288 and not harbor.conflict  # the worldwide figure, not 288 + 153 + 52 + 45
    # Nightfall states no worldwide figure: Germany (160, 170, 160: one value, 160) + Netherlands (40, twice)
    assert nightfall.value == 200 and nightfall.conflict
    assert result.by_metric[("seized_money", "USD")][1].value is None  # Nightfall seized no money


def test_arrests_per_country_side_by_side(repo):
    result = compare(repo.snapshot, ["harbor", "nightfall"])
    assert result.countries[0] == "DE"  # 160 in Nightfall: the most arrests
    de_harbor, de_nightfall = result.arrests["DE"]
    assert (de_harbor.value, de_harbor.conflict) == (52, False)
    assert (de_nightfall.value, de_nightfall.conflict, de_nightfall.facts) == (160, True, 3)
    assert result.arrests["US"][1].value is None
    assert set(result.countries) == {"DE", "US", "GB", "NL"}


def test_the_facts_counted_can_be_narrowed(repo):
    only_nl = compare(repo.snapshot, ["nightfall"], lambda op_id: [f for f in repo.facts(operation=op_id) if f.country == "NL"])
    assert only_nl.by_metric[("arrests", "people")][0].value == 40
    assert not only_nl.by_metric[("arrests", "people")][0].conflict
