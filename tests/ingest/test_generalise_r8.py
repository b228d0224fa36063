"""Eighth blind round (development style): one test per phenomenon met in the r8 held-out
articles, each on text of its own."""

from tests.ingest import phrases
from tests.ingest.phrases import facts


def sent(text, lang="ru"):
    return phrases.sent(text, lang)


def test_accusative_unit_counts_firearms():
    assert ("seized_firearms", 21, "items", None) in sent("Полиция изъяла 1,2 млн рублей и 21 единицу оружия.")
    assert sent("Полиция изъяла 21 единицу огнестрельного оружия.") == [("seized_firearms", 21, "items", None)]


def test_instrumental_weight_units():
    assert sent("Таможенники задержали фуру с двумя тоннами гашиша и изъяли её.") == [("seized_drugs", 2000, "kg", None)]
    assert sent("Полиция изъяла сумку с пятью килограммами героина.") == [("seized_drugs", 5, "kg", None)]


def test_place_then_seizure_participle_attaches():
    got = sent("Польская полиция изъяла 2 тонны марихуаны, а в Чехии изъято ещё 80 кг.")
    assert ("seized_drugs", 80, "kg", "CZ") in got
    got = sent("В Венгрии изъяли 14 единиц оружия, а в Словакии задержали шестерых.")
    assert ("seized_firearms", 14, "items", "HU") in got


def test_elliptic_firearms_count_for_a_second_place():
    got = sent("В Румынии изъято 12 единиц оружия, в Болгарии – 4.")
    assert sorted(got) == [("seized_firearms", 4, "items", "BG"), ("seized_firearms", 12, "items", "RO")]
    # a bare number after an arrest stays an arrest
    got = sent("В Румынии задержаны 12 человек, в Болгарии – 4.")
    assert ("arrests", 4, "people", "BG") in got and not any(m == "seized_firearms" for m, *_ in got)


def test_dash_framed_figure_then_took_place_in():
    got = facts("Полиция задержала 90 человек. Больше всего задержаний – 38 – прошло в Италии, 20 – в Испании.")
    assert ("arrests", 38, "people", "IT") in got and ("arrests", 20, "people", "ES") in got


def test_last_agency_of_an_elliptic_seizure_list():
    got = sent("Austrian police seized 40 kg of cocaine, Swiss officers 25 kg of heroin and Slovenian police 7 kg of MDMA.", "en")
    assert sorted(got) == [("seized_drugs", 7, "kg", "SI"), ("seized_drugs", 25, "kg", "CH"), ("seized_drugs", 40, "kg", "AT")]
    # one agency and a reported figure: unchanged
    assert sent("Police in Spain and Italy seized 300 kg of cocaine.", "en") == [("seized_drugs", 300, "kg", None)]
