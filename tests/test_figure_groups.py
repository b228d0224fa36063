"""The rules for figures several sources report: which facts agree, which conflict, which one
value a total takes, and totals that count each figure once."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from store.figure_groups import (
    agreement_marks,
    figure_groups,
    group_key,
    other_reports,
    per_country,
    pick,
    sum_groups,
    support,
)
from tests.conftest import make_fact, make_source

_counter = itertools.count()


def _sources(*specs: tuple[str | None, str | None]) -> list:
    """One source per (tier, published) spec."""
    return [make_source(f"Report {next(_counter)}.", tier=tier, published=published) for tier, published in specs]


def _reports(values, sources, **kw) -> list:
    return [make_fact(src, i, value=value, **kw) for i, (value, src) in enumerate(zip(values, sources))]


def _by_id(sources) -> dict:
    return {s.id: s for s in sources}


# -- support: values within 2 % back each other ---------------------------------------------
def test_values_within_two_percent_support_each_other():
    backing = support([119, 120, 199])
    assert backing == {119: 2, 120: 2, 199: 1}


def test_support_stops_at_two_percent():
    assert support([100, 102])[100] == 2  # 102 is within 2 % of 100
    assert support([100, 103])[100] == 1
    assert support([-100, -101])[-100] == 2  # negative figures too


def test_facts_without_a_value_back_only_each_other():
    assert support([None, None, 5]) == {None: 2, 5: 1}


# -- pick: most support, then tier, then the exact value, then the date ---------------------
def test_the_value_most_sources_support_wins_over_a_better_tier():
    sources = _sources(("news", "2023-05-03"), ("news", "2023-05-04"), ("official", "2023-05-02"))
    facts = _reports([119, 120, 199], sources)
    assert pick(facts, _by_id(sources)).value in (119, 120)


def test_equal_support_goes_to_the_better_source_tier():
    sources = _sources(("low", "2020"), ("news", "2021"), ("official", "2022"), ("trade_news", "2019"))
    facts = _reports([10, 20, 30, 40], sources)
    assert pick(facts, _by_id(sources)).value == 30
    assert pick(list(reversed(facts)), _by_id(sources)).value == 30


def test_equal_support_and_tier_go_to_the_exact_value_most_sources_give():
    sources = _sources(("news", "2021"), ("news", "2022"), ("news", "2020"))
    facts = _reports([100, 100, 101], sources)  # all within 2 %: support 3 each
    assert pick(facts, _by_id(sources)).value == 100


def test_equal_support_and_tier_go_to_the_earlier_source_and_undated_last():
    sources = _sources(("news", "2021-06"), ("news", "2021-05-30"), ("news", None))
    facts = _reports([10, 20, 30], sources)
    assert pick(facts, _by_id(sources)).value == 20
    assert pick([facts[0], facts[2]], _by_id(sources)).value == 10


def test_a_source_missing_from_the_store_ranks_last():
    sources = _sources(("low", "2024"))
    orphan = make_fact(make_source("Unknown page."), 9, value=99)
    assert pick([orphan, *_reports([5], sources)], _by_id(sources)).value == 5


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 40), st.sampled_from(["official", "news", "low", None]),
                          st.sampled_from(["2020", "2021-03", None])), min_size=1, max_size=7), st.randoms())
def test_the_chosen_value_does_not_depend_on_the_order_of_the_reports(reports, random):
    sources = _sources(*((tier, published) for _, tier, published in reports))
    facts = _reports([value for value, _, _ in reports], sources)
    shuffled = list(facts)
    random.shuffle(shuffled)
    assert pick(shuffled, _by_id(sources)).id == pick(facts, _by_id(sources)).id


# -- grouping, agreement and conflict marks ---------------------------------------------------
def test_a_figure_group_is_one_operation_metric_unit_and_country():
    src = make_source()
    facts = [make_fact(src, 1), make_fact(src, 2), make_fact(src, 3, country="DE"), make_fact(src, 4, operation="other"),
             make_fact(src, 5, metric="seized_money", unit="USD"), make_fact(src, 6, metric="seized_money", unit="EUR"),
             make_fact(src, 7, metric="launched", value=None, unit=None, date="2020")]
    groups = figure_groups(facts)
    assert sorted(len(g) for g in groups.values()) == [1, 1, 1, 1, 2]
    assert groups[group_key(facts[0])] == (facts[0], facts[1])
    assert all(facts[6] not in g for g in groups.values())  # an event is no figure


def test_marks_say_conflict_agreement_or_nothing_to_compare():
    a, b, c = _sources(("official", None), ("news", None), ("news", None))
    agreeing, other_agreeing, dissent = make_fact(a, 1, value=153), make_fact(c, 2, value=153), make_fact(b, 3, value=155)
    marks = agreement_marks([agreeing, other_agreeing, dissent])
    assert marks == {agreeing.id: "!", other_agreeing.id: "!", dissent.id: "!"}
    assert agreement_marks([agreeing, other_agreeing]) == {agreeing.id: "=", other_agreeing.id: "="}
    assert agreement_marks([agreeing]) == {agreeing.id: " "}


def test_one_source_stating_two_values_is_no_conflict_with_itself():
    src = make_source()
    first, second = make_fact(src, 1, value=10), make_fact(src, 2, value=11)
    assert agreement_marks([first, second]) == {first.id: " ", second.id: " "}
    assert other_reports(first, [first, second]) == ((), ())


def test_figures_without_a_number_agree_on_their_words():
    a, b, c = _sources(("news", None), ("news", None), ("news", None))
    dozens = [make_fact(s, i, value=None, value_text="dozens") for i, s in enumerate((a, b))]
    hundreds = make_fact(c, 9, value=None, value_text="hundreds")
    corroborating, conflicting = other_reports(dozens[0], [*dozens, hundreds])
    assert corroborating == (dozens[1],) and conflicting == (hundreds,)


# -- totals: one value per figure group --------------------------------------------------------
def test_totals_take_one_value_per_figure_group():
    sources = _sources(("official", "2023"), ("news", "2023"), ("official", "2023"))
    by_id = _by_id(sources)
    op_a = _reports([153, 155, 153], sources, operation="op-a", country="US")
    op_b = _reports([40, 40], sources, operation="op-b", country="US")
    (arrests,) = sum_groups([*op_a, *op_b], by_id)
    assert (arrests.metric, arrests.unit, arrests.value) == ("arrests", "people", 193)
    assert (arrests.facts, arrests.groups) == (5, 2)
    assert {by_id[f.source].tier for f in op_a if f.id in arrests.chosen} == {"official"}


def test_totals_are_per_metric_and_unit_and_never_mix_currencies():
    src = make_source()
    facts = [make_fact(src, 1, metric="seized_money", value=1_000_000, unit="USD"),
             make_fact(src, 2, metric="seized_money", value=2_000_000, unit="EUR"),
             make_fact(src, 3, metric="seized_money", value=500, unit="EUR", operation="op-2"),
             make_fact(src, 4, value=7)]
    totals = {(t.metric, t.unit): t.value for t in sum_groups(facts, _by_id([src]))}
    assert totals == {("arrests", "people"): 7, ("seized_money", "USD"): 1_000_000, ("seized_money", "EUR"): 2_000_500}
    assert [t.metric for t in sum_groups(facts, _by_id([src]))][0] == "arrests"  # core metrics first


def test_totals_leave_out_what_does_not_add_up():
    src = make_source()
    facts = [make_fact(src, 1, metric="prison_sentence", value=30, unit="years"),
             make_fact(src, 2, metric="market_users", value=5000, unit=None),
             make_fact(src, 3, value=None, value_text="dozens"),
             make_fact(src, 4, metric="shut_down", value=None, unit=None, date="2021")]
    assert sum_groups(facts, _by_id([src])) == ()


def test_a_worldwide_figure_stands_for_its_countries_when_preferred():
    src = make_source()
    facts = [make_fact(src, 1, country=None, value=100), make_fact(src, 2, country="US", value=60),
             make_fact(src, 3, country="DE", value=40)]
    assert sum_groups(facts, _by_id([src]), prefer_worldwide=True)[0].value == 100
    assert sum_groups(facts, _by_id([src]))[0].value == 200
    assert sum_groups(facts[1:], _by_id([src]), prefer_worldwide=True)[0].value == 100  # no worldwide: the sum


def test_per_country_totals_count_each_figure_once_largest_first():
    sources = _sources(("official", "2023"), ("news", "2023"))
    facts = [*_reports([60, 60], sources, country="US"), *_reports([90], sources, country="DE"),
             *_reports([5], sources, country=None)]
    assert per_country(facts, _by_id(sources)) == [("DE", 90), ("US", 60)]
