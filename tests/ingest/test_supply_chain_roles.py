""""Police arrested a key supplier of heroin in Latvia and a courier in Lithuania": two people held,
each where the sentence puts them; supply-chain roles (shipper, recipient, supplier) are people."""

from store.ingest.extract import extract
from tests.ingest.phrases import sent


def test_two_roles_each_with_its_place():
    assert sent("Police arrested a key supplier of heroin in Latvia and a courier in Lithuania.") == [
        ("arrests", 1, "people", "LV"), ("arrests", 1, "people", "LT")]


def test_roles_held_in_one_country_are_one_figure():
    got = [(f.metric, f.value, f.country) for f in extract("Police in Estonia arrested a supplier and a recipient of the parcels.\n").facts]
    assert got == [("arrests", 2, "EE")]


def test_a_role_under_a_passive_verb_is_one_person():
    assert sent("A 36-year-old recipient was arrested in Tallinn.") == [("arrests", 1, "people", "EE")]
