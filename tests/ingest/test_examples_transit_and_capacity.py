"""Interpol round-ups name places that are not where a figure happened: an example ("such as here
in the Philippines"), where goods were bound or passed through, where travellers went, "Hong Kong,
China" (one place), a currency ("the US Dollar"); they also give weights that are no haul (what a
narco-sub could carry, acid, drugs and chemicals lumped together) and round a headline up ("4K")."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_an_example_place_does_not_take_the_total():
    text = "Scam sweep\nThe operation led to the arrest of 2,870 suspects, such as here in Indonesia, in 48 countries."
    assert facts(text) == [("arrests", 2870, "people", None)]


def test_destination_and_transit_are_not_participants():
    text = ("Drug sweep\n"
            "In Togo, authorities seized 12.4 kg of cannabis in parcels bound for the UK.\n"
            "Four tonnes of cocaine that passed through Guinea were seized in Rotterdam, Netherlands.\n"
            "Police arrested 9 members of a courier ring travelling from Peru to Spain.")
    ex = extract(text)
    assert sorted((f.value, f.country) for f in ex.facts if f.metric == "seized_drugs") == [(12.4, "TG"), (4000, "NL")]
    assert "GB" not in ex.countries and "GN" not in ex.countries and "ES" not in ex.countries


def test_hong_kong_china_and_the_us_dollar_name_no_extra_country():
    text = ("Scam crackdown\n"
            "Authorities in Hong Kong, China, arrested 40 suspects. Fiat currency, such as the US Dollar, was intercepted.")
    assert extract(text).countries == ["HK"]


def test_weights_that_are_no_haul():
    text = ("Drug sweep\n"
            "Police found a narco-sub used to transport up to 4 tonnes of cocaine.\n"
            "Officers seized 3.2 tonnes of sulfuric acid and 410 tonnes of illicit drugs and precursor chemicals.\n"
            "They also seized 12 tonnes of cocaine.")
    assert facts(text) == [("seized_drugs", 12000, "kg", None)]


def test_a_headline_rounded_up_is_the_body_figure():
    text = "Interpol arrests 3K suspects in scam sweep\nThe operation led to the arrest of 2,960 suspects worldwide."
    assert facts(text) == [("arrests", 2960, "people", None)]
