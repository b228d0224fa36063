"""What the edit form and ``takedown edit`` say about values that do not make a fact."""

from __future__ import annotations

import pytest

from store.validation import FieldError, validate_fact


@pytest.mark.parametrize(
    "fields, field, words",
    [
        ({"metric": "arrests", "value": "12", "unit": "kg"}, "unit", "unit 'kg' is not a unit for arrests (people)"),
        ({"metric": "money", "value": "5", "unit": "BTC"}, "unit", "'BTC' is not a currency for money seized"),
        ({"metric": "money", "value": "5"}, "unit", "money seized needs a currency"),
        ({"value": "twelve-ish"}, "value", "value 'twelve-ish' is not a number"),
        ({"value": "-3"}, "value", "negative"),
        ({"value": "12 kg"}, "value", "put the unit in the unit field"),
        ({"date": "yesterday"}, "date", "date 'yesterday' is not a date"),
        ({"date": "2023-02-30"}, "date", "February 2023 has 28 days"),
        ({"date": "2023-13"}, "date", "there is no month 13"),
        ({"country": "Narnia"}, "country", "country 'Narnia' is not a country takedown knows"),
        ({"metric": "vibes"}, "metric", "metric 'vibes' is not a metric takedown knows"),
        ({"qualifier": "maybe"}, "qualifier", "qualifier 'maybe' is not one of exact, approximate, at least, at most"),
        ({"metric": "launched", "value": "3"}, "value", "launched is an event"),
        ({"operation": "  "}, "operation", "operation is empty"),
        ({"colour": "red"}, "colour", "is not a field of a fact"),
        ({"metric": "arrests", "value": "2.5"}, "value", "value '2.5' is not a whole number of people (arrests)"),
    ],
)
def test_a_bad_field_is_explained_in_words(fields, field, words):
    cleaned, errors = validate_fact(fields)
    assert [e.field for e in errors] == [field]
    assert words in errors[0].message
    assert field not in cleaned  # a field in error is not offered as a value


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"metric": "аресты", "value": "1 234", "unit": ""}, {"metric": "arrests", "value": 1234, "unit": "people"}),
        ({"metric": "money", "value": "53.4 million", "unit": "$"}, {"metric": "seized_money", "value": 53_400_000, "unit": "USD"}),
        ({"metric": "seized_money", "value": "53,4 млн", "unit": "eur"}, {"metric": "seized_money", "value": 53_400_000, "unit": "EUR"}),
        ({"metric": "drugs", "value": "2.5", "unit": "kilograms"}, {"metric": "seized_drugs", "value": 2.5, "unit": "kg"}),
        ({"country": "Германии"}, {"country": "DE"}),
        ({"country": "nl"}, {"country": "NL"}),
        ({"country": "worldwide"}, {"country": None}),
        ({"country": ""}, {"country": None}),
        ({"date": "2023"}, {"date": "2023"}),
        ({"date": "02.05.2023"}, {"date": "2023-05-02"}),
        ({"date": "2023/5"}, {"date": "2023-05"}),
        ({"qualifier": "около"}, {"qualifier": "approximate"}),
        ({"qualifier": "at least"}, {"qualifier": "at_least"}),
        ({"value": ""}, {"value": None}),
    ],
)
def test_what_people_type_becomes_the_stored_value(fields, expected):
    cleaned, errors = validate_fact(fields)
    assert errors == []
    assert cleaned == expected


def test_an_operation_matches_the_known_spelling_or_is_new():
    known = ["Quillfeather", "SpecTor"]
    assert validate_fact({"operation": "spectór"}, known_operations=known)[0] == {"operation": "SpecTor"}
    assert validate_fact({"operation": "Operation   New"}, known_operations=known)[0] == {"operation": "Operation New"}
    _, errors = validate_fact({"operation": "Nowhere"}, known_operations=known, new_operations=False)
    assert errors == [FieldError("operation", "operation 'Nowhere' is not in the store")]


def test_several_bad_fields_give_one_error_each():
    _, errors = validate_fact({"value": "x", "date": "y", "country": "z1"})
    assert sorted(e.field for e in errors) == ["country", "date", "value"]


def test_hostile_text_in_a_message_is_shown_escaped():
    _, errors = validate_fact({"qualifier": "\x1b[31mred\x07", "country": "[bold]x[/bold]"})
    messages = " ".join(e.message for e in errors)
    assert "\x1b" not in messages and "\x07" not in messages
    assert "\\x1b[31mred\\x07" in messages and "[bold]x[/bold]" in messages
