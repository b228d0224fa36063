"""A local story that names a state or province and no country is that country's: its suburbs that
share a name with a foreign city (Swansea, Toronto, Belmont in New South Wales) are the local ones,
and the town of the police station someone is taken to is the force's own (#16, enlocal2 batch)."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts

STORY = ("Two held over online cannabis sales\n"
         "Detectives from the NSW Cybercrime Squad searched homes at Swansea and Windale on Monday.\n"
         "Officers arrested a 51-year-old woman in Swansea.\n"
         "Police also arrested a 23-year-old man at a Pacific Highway home, taking him to Toronto police station.")


def test_a_state_named_alone_makes_the_story_that_countrys():
    assert extract(STORY).countries == ["AU"]


def test_the_town_of_a_police_station_places_no_foreign_arrest():
    assert all(country in (None, "AU") for _, _, _, country in facts(STORY))


def test_a_foreign_city_with_no_state_named_is_still_itself():
    story = ("Dealer held\n"
             "Police in Toronto arrested a 40-year-old man over dark web sales on Friday.")
    assert extract(story).countries == ["CA"]
