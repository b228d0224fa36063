"""People a search or measure was aimed at are not people arrested, even beside an arrest (#16)."""

from tests.ingest.phrases import facts


def test_searches_targeting_people_beside_an_arrest_word():
    got = facts("Market shut\nAfter that arrest, officers in Poland and Czechia searched homes targeting a moderator and "
                "four of the market's busiest vendors.")
    assert [f for f in got if f[0] == "arrests"] == []


def test_measures_against_suspects_are_no_arrests():
    assert [f for f in facts("Sweep\nThe arrests came as measures against 14 suspects were taken.") if f[0] == "arrests"] == []


def test_an_arrest_count_beside_raids_against_gangs_stays():
    assert ("arrests", 9, "people", None) in facts("Sweep\nPolice arrested 9 people in raids against two gangs.")
