"""Seizure wording of real copy: what a bust involved, what coins fetched at auction, a named drug
inside an uncounted whole, an elided count placed with "at" (#16, fresh15/fresh5/fresh16)."""

from tests.ingest.phrases import facts, sent


def test_what_a_bust_involved_was_seized():
    assert sent("The bust involved $20 million in cryptocurrency and cash.") == [("seized_money", 20000000, "USD", None)]


def test_what_a_raid_cost_or_coins_fetched_at_auction_is_no_seizure():
    assert sent("The raid involved 200 officers and cost $2 million.") == []
    assert sent("The FBI seized 144,336 bitcoins during the bust, which they auctioned for a meager $48 million.") == [
        ("seized_crypto", 144336, "BTC", None)]


def test_a_named_drug_in_an_uncounted_whole_is_a_part():
    got = facts("Agents seized $20 million in bitcoin and drugs including 100 grams of fentanyl from vendors.")
    assert ("seized_fentanyl", 0.1, "kg", None) in got
    assert not any(f[0] == "seized_drugs" for f in got)


def test_a_named_drug_alone_stays_the_drugs_figure():
    assert facts("Agents seized 140 pounds of fentanyl from the vendor.") == [("seized_drugs", 63.502932, "kg", None)]


def test_an_elided_count_placed_with_at():
    assert sent("Arrests were made in the EU – 52 of them in Germany, ten at Netherlands and five in France.") == [
        ("arrests", 52, "people", "DE"), ("arrests", 10, "people", "NL"), ("arrests", 5, "people", "FR")]


def test_money_taken_along_with_the_arrested_is_seized():
    assert sent("Four alleged administrators of the sites were arrested along with $4.17 million in cryptocurrency.") == [
        ("arrests", 4, "people", None), ("seized_money", 4170000, "USD", None)]
    assert sent("Four administrators were arrested; the market had earned $4 million in sales.") == [("arrests", 4, "people", None)]
