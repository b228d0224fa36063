"""A wire dateline or an agency's seat written "City, Country" names where the report was filed
or where the agency sits, not where police acted: the country after the city goes with it, and
a police noun after the dateline's dash is not that country's police."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_a_dateline_with_the_country_after_the_city_places_nothing():
    text = ("Global fraud sweep nets hundreds\n"
            "LYON, France – An INTERPOL police operation against online fraud has seen 742 suspects arrested "
            "in 21 countries.")
    assert facts(text) == [("arrests", 742, "people", None)]
    assert extract(text).countries == []


def test_the_seat_of_an_organisation_is_no_participant():
    text = ("Cocaine sweep\n"
            "The customs organisation, based in Brussels, Belgium, said the operation led to the seizure of "
            "48 tonnes of cocaine.")
    assert facts(text) == [("seized_drugs", 48000, "kg", None)]
    assert "BE" not in extract(text).countries


def test_a_country_after_a_city_where_police_acted_still_counts():
    text = "Raid in the south\nPolice in Marseille, France arrested 14 people on Tuesday."
    assert facts(text) == [("arrests", 14, "people", "FR")]
