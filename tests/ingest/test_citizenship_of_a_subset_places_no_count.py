"""«Задержано 8 человек, трое из которых — граждане Латвии»: the citizenship named in a partitive clause
after a count says who some of the people are, not where the count happened; a place in that clause
(«из них 6 — в Германии») is still a breakdown. Own sentences."""

from tests.ingest.phrases import facts


def _arrests(text: str) -> list[tuple]:
    return [(v, c) for m, v, _, c in facts(text) if m == "arrests"]


def test_the_citizens_of_a_subset_do_not_place_the_total():
    assert _arrests("Задержаны 11 человек, четверо из которых граждане Польши, а ещё один — житель Польши.") == [(11, None)]


def test_the_story_country_still_places_the_total():
    assert _arrests("В Финляндии задержаны 11 человек, четверо из которых — граждане Швеции.") == [(11, "FI")]


def test_a_place_in_the_subset_is_still_a_breakdown():
    assert (6, "DE") in _arrests("Задержаны 10 человек, из них 6 — в Германии.")
