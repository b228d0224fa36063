"""Counts and figures read as English: one thing is singular, a figure keeps its unit."""

from __future__ import annotations

import pytest

from store.format import amount, compact_amount, figure, number, short_figure
from store.model import Fact
from store.words import count, plural


@pytest.mark.parametrize(("n", "word", "expected"), [
    (1, "operation", "1 operation"),
    (11, "operation", "11 operations"),
    (0, "source", "0 sources"),
    (1, "country", "1 country"),
    (26, "country", "26 countries"),
    (1, "person", "1 person"),
    (2, "person", "2 people"),
    (1_234, "fact", "1,234 facts"),
    (1.0, "figure", "1 figure"),
    (1.5, "day", "1.5 days"),
])
def test_a_count_takes_the_form_its_number_needs(n, word, expected):
    assert count(n, word) == expected


def test_plural_follows_the_number():
    assert plural("match", 1) == "match" and plural("match", 3) == "matches"


@pytest.mark.parametrize(("value", "unit", "expected"), [
    (1, "people", "1 person"),
    (2, "people", "2 people"),
    (1, "items", "1 item"),
    (1, "years", "1 year"),
    (1, "kg", "1 kg"),
    (1_000_000, "people", "1 million people"),
])
def test_one_person_is_not_one_people(value, unit, expected):
    assert amount(value, unit) == expected


def _fact(value, unit, qualifier="exact", metric="seized_money") -> Fact:
    return Fact(id="f", operation="op", metric=metric, value=value, unit=unit, qualifier=qualifier, country=None, source="s")


def test_a_qualified_single_arrest_reads_in_the_singular():
    fact = _fact(1, "people", "at_least", "arrests")
    assert figure(fact) == "more than 1 person"
    assert short_figure(fact) == "≥1 person"


@pytest.mark.parametrize(("value", "unit", "long", "short"), [
    (207_580_000, "USD", "207.58 million USD", "207.58M USD"),
    (53_400_000, "USD", "53.4 million USD", "53.4M USD"),
    (1_200_000_000, "EUR", "1.2 billion EUR", "1.2B EUR"),
    (850_000, "EUR", "850,000 EUR", "850,000 EUR"),
    (2_000, "kg", "2,000 kg", "2,000 kg"),
])
def test_the_short_form_has_the_digits_of_the_long_one(value, unit, long, short):
    """A list row and the detail pane agree to the last decimal; only the scale word shortens."""
    assert amount(value, unit) == long
    assert compact_amount(value, unit) == short


def test_a_figure_just_under_a_billion_rounds_to_a_billion():
    assert number(999_999_999) == "1 billion"
    assert compact_amount(999_999_999, "USD") == "1B USD"
    assert number(999_999.999) == "1 million"


def test_the_short_figure_keeps_the_qualifier_sign_and_the_unit():
    assert short_figure(_fact(207_580_000, "USD", "at_least")) == "≥207.58M USD"
    assert short_figure(_fact(184_000_000, "EUR", "approximate")) == "~184M EUR"
