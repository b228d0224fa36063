"""People "arrested overseas" are no arrests of the one country the sentence names; members of a
gang or cult are people ("100 organized crime members"), but "20 criminal groups" are not; an
origin list with an Oxford comma stays an origin to its end."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_arrested_overseas_is_not_the_named_country():
    text = ("Sting update\n"
            "Since March, 410 people have been arrested overseas and another 96 were charged with 300 offences in Canada.")
    assert facts(text) == [("arrests", 410, "people", None)]


def test_gang_members_are_people_but_criminal_groups_are_not():
    text = ("Gang sweep\n"
            "More than 60 organized crime members have been arrested in Spain.\n"
            "Police also disrupted 14 criminal groups, including the arrest of their leaders.")
    assert facts(text) == [("arrests", 60, "people", "ES")]


def test_an_origin_list_with_an_oxford_comma():
    text = "Fraud ring\nThe operation apprehended suspects from Ghana, Togo, and Benin."
    assert extract(text).countries == []
