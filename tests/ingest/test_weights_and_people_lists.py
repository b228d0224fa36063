"""A weight written in two units is one weight; chemicals are no drugs; people counted country by
country in brackets are arrests even without an arrest verb."""

from tests.ingest.phrases import sent


def test_tonnes_then_kilograms_is_one_weight():
    assert sent("Таможенники изъяли партию героина — 2 тонны 450 килограммов.", "ru") == [("seized_drugs", 2450, "kg", None)]


def test_separate_weights_stay_separate():
    assert sent("Police seized 40 kg of cocaine and 3 kg of heroin.") == \
        [("seized_drugs", 40, "kg", None), ("seized_drugs", 3, "kg", None)]


def test_tonnes_of_chemicals_are_no_drugs():
    assert sent("Изъято 9 тонн химических веществ и 300 литров кислот.", "ru") == []


def test_people_in_brackets_country_by_country_are_arrests():
    got = sent("The operation took place in Spain (12 people), Portugal (5 people) and Malta (2 people).")
    assert got == [("arrests", 12, "people", "ES"), ("arrests", 5, "people", "PT"), ("arrests", 2, "people", "MT")]


def test_one_country_with_people_in_brackets_is_not_enough():
    assert sent("The conference in Spain (300 people) discussed the darknet.") == []
