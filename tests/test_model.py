"""The records' JSON shape and validation: what a store file may hold."""

import pytest

from store.model import Fact, Operation, Source, ValidationError, from_dict, slugify, to_dict
from tests.conftest import make_fact, make_source


def test_fact_round_trips_through_json_shape():
    source = make_source()
    fact = make_fact(source, detail="cash and virtual currencies", date="2023-05")
    assert from_dict(Fact, to_dict(fact)) == fact


def test_operation_lists_become_tuples_and_back():
    op = Operation(id="spector", name="SpecTor", aliases=("Операция SpecTor",), countries=("US", "DE"), announced="2023-05")
    data = to_dict(op)
    assert data["aliases"] == ["Операция SpecTor"] and data["countries"] == ["US", "DE"]
    assert from_dict(Operation, data) == op


@pytest.mark.parametrize(
    "change, message",
    [
        ({"qualifier": "roughly"}, "qualifier"),
        ({"country": "Germany"}, "country"),
        ({"date": "May 2023"}, "date"),
        ({"value": "155"}, "not a number"),
        ({"metric": "seized_money", "unit": "dollars"}, "ISO 4217"),
        ({"metric": "seized_drugs", "unit": "tonnes"}, "kg"),
        ({"start": 9, "end": 3}, "span"),
    ],
)
def test_malformed_facts_are_refused_with_a_reason(change, message):
    data = to_dict(make_fact(make_source()))
    data.update(change)
    with pytest.raises(ValidationError, match=message):
        from_dict(Fact, data)


def test_unknown_fields_are_refused():
    data = to_dict(make_fact(make_source()))
    data["colour"] = "red"
    with pytest.raises(ValidationError, match="unknown field"):
        from_dict(Fact, data)


def test_source_hash_must_match_text():
    data = to_dict(make_source())
    data["text"] += " tampered"
    with pytest.raises(ValidationError, match="sha256"):
        from_dict(Source, data)


def test_partial_dates_are_accepted():
    for date in ("2021", "2023-05", "2023-05-02"):
        Operation(id="x", name="X", announced=date).validate()


def test_events_have_a_date_and_no_value():
    fact = make_fact(make_source(), metric="shut_down", value=None, unit=None, date="2021")
    fact.validate()
    assert fact.is_event


def test_slugs_are_ascii_and_transliterated():
    assert slugify("Monopoly Market") == "monopoly-market"
    assert slugify("Северный ветер") == "severnyy-veter"
