"""A weight written in two units joined by "and" ("95 kilograms and 100 grams") is one weight, in
English as in Russian («1 тонна и 140 килограммов»); a bracket of named drugs after it lists parts."""

from tests.ingest.phrases import facts, sent


def test_kilograms_and_grams_are_one_weight():
    assert sent("Border guards found and seized a total of 41 kilograms and 300 grams of drugs.") == [("seized_drugs", 41.3, "kg", None)]
    assert sent("Всего изъято 2 тонны и 150 килограммов наркотиков.", "ru") == [("seized_drugs", 2150, "kg", None)]


def test_two_drugs_joined_by_and_stay_two_figures():
    assert sent("Officers seized 12 kg of heroin and 3 kg of opium.") == [("seized_drugs", 12, "kg", None), ("seized_drugs", 3, "kg", None)]


def test_named_drugs_in_brackets_after_the_total_are_parts():
    got = facts("Guards seized a total of 41 kilograms and 300 grams of drugs (30 kg and 300 grams of opium, 11 kg of hashish).\n")
    assert [f for f in got if f[0] == "seized_drugs"] == [("seized_drugs", 41.3, "kg", None)]
