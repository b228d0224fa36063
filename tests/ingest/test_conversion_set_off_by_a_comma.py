"""A conversion after a comma or dash, with no bracket, is the same figure again (#16, r2en: "€95
million, or roughly $103 million, in cash and crypto")."""

from tests.ingest.phrases import facts


def test_a_comma_or_and_a_hedge_restate_the_amount():
    assert facts("Investigators seized more than €95 million, or roughly $103 million, in cash and crypto.") == [
        ("seized_money", 95_000_000, "EUR", None)]
    assert facts("Officers seized £2.1 million, about $2.7 million, at the port.") == [("seized_money", 2_100_000, "GBP", None)]


def test_two_amounts_with_places_or_joined_by_and_stay_two():
    assert facts("Police seized €4 million in Austria, or $1 million in Poland.") == [
        ("seized_money", 1_000_000, "USD", "PL"), ("seized_money", 4_000_000, "EUR", "AT")]
    assert facts("Police seized €4 million, and $1 million in crypto.") == [
        ("seized_money", 1_000_000, "USD", None), ("seized_money", 4_000_000, "EUR", None)]
