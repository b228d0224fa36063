"""Where arrested people "operated out of" is where they were held, and where an inquiry "spanned" is where
police worked — unlike a site run out of a country or a ring's reach (#16)."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_people_operating_out_of_a_city_were_arrested_there():
    story = ("Vendors charged\n\nFederal agents shut the shop on Tuesday. Three people operating out of Phoenix "
             "were also arrested.")
    assert facts(story) == [("arrests", 3, "people", "US")]


def test_people_out_of_one_place_arrested_in_another():
    story = "Vendors held\n\nTwo men operating out of Spain were arrested in Lyon."
    ex = extract(story)
    assert ex.countries == ["FR"]


def test_a_site_run_out_of_a_country_is_still_an_origin():
    story = "Market shut\n\nThe site operated out of Russia. German police arrested four administrators."
    assert extract(story).countries == ["DE"]


def test_an_inquiry_spanning_into_a_second_country():
    story = ("Ring dismantled\n\nPolice in Canada arrested 17 people in an inquiry that spanned from Calgary to "
             "Winnipeg and into the U.S.")
    assert sorted(extract(story).countries) == ["CA", "US"]


def test_a_ring_spread_across_countries_is_still_its_reach():
    story = ("Ring dismantled\n\nPolice in Canada arrested 17 people. The ring's network spread across the U.S. "
             "and Mexico.")
    assert extract(story).countries == ["CA"]
