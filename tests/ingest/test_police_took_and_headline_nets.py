"""Two seizure wordings with no "seized" (#16, r2en): the police as the subject of "took" before a
money figure ("Agents also took about $8 million in cash and coins"), and a headline's present
"nets" before its counts ("Darknet sweep nets 61 arrests, 44 guns")."""

from tests.ingest.phrases import sent


def test_the_police_took_money():
    assert sent("Agents also took about $8 million in cash and coins.") == [("seized_money", 8_000_000, "USD", None)]


def test_a_headline_nets_its_counts():
    assert sent("Darknet sweep nets 61 arrests, 44 guns, pills") == [
        ("arrests", 61, "people", None), ("seized_firearms", 44, "items", None)]


def test_a_market_that_took_money_seized_nothing():
    assert sent("The shop took $3 million in fees from buyers.") == []
    assert sent("The forum took in about $3 million a year.") == []


def test_the_police_took_drugs_and_guns():
    assert sent("Officers also took 21 kg of cannabis and four pistols from the garage.") == [
        ("seized_drugs", 21, "kg", None), ("seized_firearms", 4, "items", None)]
    assert sent("They took 12 days to trace the parcels.") == []


def test_assets_taken_are_seized():
    assert sent("The total value of assets taken in the raids is put at more than $7 million.") == [
        ("seized_money", 7_000_000, "USD", None)]
    assert sent("Cash taken from the two flats came to £48,000.") == [("seized_money", 48_000, "GBP", None)]
