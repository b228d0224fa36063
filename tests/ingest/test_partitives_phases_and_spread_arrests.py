"""Round-up copy counts people in shapes that need their own reading: "two of the criminals
behind the crew were arrested in Latvia and Moldova" (two, in no one country), "two more
suspects tied to the group were arrested in the United States" (the people's own verb places
them), "41 suspects arrested in the Danish phase" (Denmark's), "Amongst these arrests, 15
were …" (a part, not more)."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_a_partitive_spread_over_two_countries_and_a_placed_one_beside_it():
    text = ("Ransomware crew hit\n"
            "Europol said two of the criminals behind the crew were arrested in Latvia and Moldova, and "
            "two more suspects thought to be tied to the group were arrested in the United States.")
    got = sorted((f.value, f.country or "") for f in extract(text).facts)
    assert got == [(2, ""), (2, "US")]


def test_a_national_phase_places_its_arrests_and_its_parts_are_not_more():
    text = ("Fraud gang sweep\n"
            "A total of 41 suspects have been arrested in the Danish phase of the operation. "
            "Amongst these arrests, 15 were detained for questioning and 26 on suspicion of money laundering.")
    assert facts(text) == [("arrests", 41, "people", "DK")]


def test_a_conversion_before_the_drug_is_the_hauls_worth_too():
    text = "Drug sweep\nThe haul included $2.4 billion (2.2 billion euros) of cocaine and 310 arrests were made."
    assert facts(text) == [("arrests", 310, "people", None)]
