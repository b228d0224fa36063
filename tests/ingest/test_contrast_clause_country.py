"""A ", while …" clause about a second group is not where the sentence's figures happened (#16)."""

from tests.ingest.phrases import facts


def test_the_while_clause_country_does_not_place_the_arrests():
    got = facts("Market shut\nFour administrators of the market were arrested, while a fifth man was being sought in Chile.")
    assert [f for f in got if f[0] == "arrests"] == [("arrests", 4, "people", None)]


def test_a_while_clause_with_its_own_figure_keeps_it():
    got = facts("Sweep\nPolice in Italy arrested 30 people, while 12 others were arrested in Greece.")
    assert ("arrests", 12, "people", "GR") in got and ("arrests", 30, "people", "IT") in got
