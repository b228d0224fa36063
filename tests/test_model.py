"""The records' JSON shape and validation: what a store file may hold."""

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.model import (
    Fact,
    Operation,
    Source,
    ValidationError,
    decoded_records_valid,
    from_dict,
    sha256_text,
    slugify,
    to_dict,
)
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


FIELD_VALUES = {
    "id": ["f-1", "f-2", "", 7, None],
    "operation": ["op", "", None, ["op"]],
    "metric": ["arrests", "seized_money", "shut_down", "Bad Metric", 3],
    "value": [12, 1.5, None, True, "12", float("nan")],
    "unit": ["people", "USD", "BTC", None, 5],
    "qualifier": ["exact", "about", "roughly", ["exact"]],
    "country": ["DE", None, "de", "DEU", 1],
    "date": [None, "2023", "2023-05-02", "2023-13", 2023],
    "source": ["s", 5],
    "quote": ["Police arrested 12.", None],
    "start": [None, 0, 4, -1, True, "0"],
    "end": [None, 2, 3, 10],
    "detail": [None, "cash", 1],
}


# Rules that tie two fields together need both changed at once.
PAIRS = [{}, {"start": 4, "end": 3}, {"start": -1, "end": 2}, {"start": 2}, {"start": 0, "end": 0},
         {"metric": "seized_money", "unit": "USD"}, {"metric": "seized_money", "unit": "BTC"},
         {"metric": "seized_money", "unit": None}, {"metric": "arrests", "unit": "kg"}]
CHANGES = st.tuples(
    st.dictionaries(st.sampled_from(sorted(FIELD_VALUES)), st.none(), max_size=2).flatmap(
        lambda keys: st.fixed_dictionaries({k: st.sampled_from(FIELD_VALUES[k]) for k in keys})),
    st.sampled_from(PAIRS),
).map(lambda both: {**both[1], **both[0]})


def _fact_documents(changes) -> dict[str, dict]:
    """Valid fact documents, each with a field or two changed or dropped."""
    documents = {}
    for i, (changed, dropped) in enumerate(changes):
        doc = {"id": f"f-{i}", "operation": "op", "metric": "arrests", "value": 12, "unit": "people", **changed}
        for key in dropped:
            doc.pop(key, None)
        documents[str(i)] = doc
    return documents


SOURCE_VALUES = {"id": ["s", ""], "published": [None, "2023-05", "May 2023"], "text": ["", "Police arrested 12."],
                 "sha256": ["", sha256_text("Police arrested 12."), "0" * 64]}
OPERATION_VALUES = {"kind": ["operation", "market_takedown", "raid"], "countries": [[], ["DE"], ["de"]],
                    "ended": [None, "2021", "21"]}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(CHANGES, st.sets(st.sampled_from(["value", "unit"]), max_size=1)), min_size=1, max_size=4),
       st.fixed_dictionaries({}, optional={k: st.sampled_from(v) for k, v in SOURCE_VALUES.items()}),
       st.fixed_dictionaries({}, optional={k: st.sampled_from(v) for k, v in OPERATION_VALUES.items()}))
def test_the_fast_check_of_a_decoded_store_agrees_with_each_records_validate(changes, source, operation):
    """A store file decoded straight into records is accepted by the fast whole-table check
    exactly when every record's own ``validate`` accepts it."""
    import orjson

    from store.repository import _typed_decoder

    document = {"meta": {"1": {"schema": 1}}, "facts": _fact_documents(changes),
                "sources": {"1": {"id": "s", "title": "t", **source}},
                "operations": {"1": {"id": "op", "name": "Op", **operation}}}
    try:
        typed = _typed_decoder().decode(orjson.dumps(document))
    except (msgspec.ValidationError, msgspec.DecodeError):
        return  # refused while decoding: the slow path takes over (tested with the store)
    tables = (list(typed.sources.values()), list(typed.operations.values()), list(typed.facts.values()))
    try:
        for table in tables:
            for record in table:
                record.validate()
        expected = True
    except ValidationError:
        expected = False
    assert decoded_records_valid(*tables) == expected
