""""The capital" of a story that names one country is in that country: "two women held on suspicion of
selling drugs from the capital" in a Lithuanian story is an arrest in Lithuania («в столице» likewise).  In
a story of several countries, or for "the capital of …" and money ("working capital"), nothing is placed.
Own sentences."""

from tests.ingest.phrases import facts


def test_selling_from_the_capital_places_the_arrest():
    text = ("Two women were arrested on suspicion of selling drugs from the capital. "
            "Lithuanian police said they seized 3 kg of cannabis.")
    assert facts(text) == [("arrests", 2, "people", "LT"), ("seized_drugs", 3, "kg", "LT")]


def test_russian_v_stolitse():
    assert facts("Кыргызские милиционеры сообщили, что в столице задержаны 4 закладчика.") == [("arrests", 4, "people", "KG")]


def test_a_story_of_two_countries_leaves_the_capital_unplaced():
    assert facts("Police in Spain and Italy arrested 5 people in the capital.") == [("arrests", 5, "people", None)]


def test_working_capital_is_no_place():
    got = facts("The firm had working capital of €2 million. Police in Spain and Italy arrested 3 people.")
    assert ("arrests", 3, "people", None) in got
