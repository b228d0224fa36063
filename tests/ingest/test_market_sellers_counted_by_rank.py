"""Sellers counted by rank or by whose they are are arrests (#16, r2en: "six of the forum's busiest
vendors", "four top sellers"): neither a subset of a figure given before nor some other noun."""

from tests.ingest.phrases import sent


def test_a_ranked_count_of_sellers_after_an_active_verb_stands_apart():
    story = "Officers in Austria and Poland detained two administrators and four top sellers of the shop."
    assert sent(story) == [("arrests", 2, "people", None), ("arrests", 4, "people", None)]


def test_the_markets_own_sellers_join_the_person_named_before_them():
    assert sent("One admin and five of the forum's busiest vendors were arrested in Austria.") == [
        ("arrests", 6, "people", "AT")]
    assert sent("Three of its biggest sellers were arrested in Poland.") == [("arrests", 3, "people", "PL")]


def test_some_of_the_suspects_counted_before_stay_a_part():
    assert sent("Of the 30 suspects, four of the vendors were arrested.") == [("arrests", 30, "people", None)]


def test_sellers_arrested_later_in_two_countries_are_one_count():
    assert sent("The court heard that four of the forum's top sellers were later arrested in Austria and Poland.") == [
        ("arrests", 4, "people", None)]
