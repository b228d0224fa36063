"""What seized drugs are worth is no money seized, however the estimate is worded ("is estimated
to exceed 2.1 billion tenge"); money actually taken beside it still is."""

from tests.ingest.phrases import sent


def test_an_estimate_of_the_drugs_value_is_no_money():
    assert sent("The black-market value of the drugs taken is estimated to exceed 2.1 billion tenge.") == []
    assert sent("The value of the narcotics was estimated to be about $4 million.") == []


def test_cash_seized_beside_the_drugs_stays_money():
    assert sent("Officers seized 2 kg of heroin and 4.5 million tenge in cash.") == [
        ("seized_drugs", 2, "kg", None), ("seized_money", 4500000, "KZT", None)]


def test_an_estimate_put_on_the_haul_is_no_money():
    assert sent("Police put the street value of the cocaine at about $3 million.") == []
