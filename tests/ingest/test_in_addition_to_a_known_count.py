""""In addition to the 61 arrests, agents shut down 50 accounts": the count "in addition to" governs is the
one already reported, not a second group of arrests (#16, DoJ pickups)."""

from tests.ingest.phrases import facts


def test_in_addition_to_the_arrests_restates_the_count():
    got = facts("Task force arrests 48\nAgents announced the arrest of 48 darknet vendors. In addition to the 48 arrests, "
                "officers shut down 30 vendor accounts.")
    assert [f for f in got if f[0] == "arrests"] == [("arrests", 48, "people", None)]


def test_in_addition_to_the_arrests_of_people_restates_the_count():
    got = facts("Task force arrests 48\nThe sweep netted 48 arrests. It led to the closure of 30 shops in addition to "
                "the arrests of 48 people.")
    assert [f for f in got if f[0] == "arrests"] == [("arrests", 48, "people", None)]


def test_a_people_noun_naming_a_things_kind_is_no_arrest_count():
    got = facts("Shops closed\nInvestigators shut down 30 vendor accounts and 12 seller profiles.")
    assert not any(f[0] == "arrests" for f in got)
