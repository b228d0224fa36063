"""Amounts: halves, dozens, weight units, firearm counts, dotted thousands.

Regrouped from the per-round files (#11); each test names its round."""

from store.ingest.numbers import find_figures, parse_digits
from tests.ingest.phrases import figures, placed, sent, sent_ru


def test_tonne_abbreviation_and_precursors_scope():
    """Round 1 (was test_generalise.py)."""
    assert placed("Изъяли 2,5 т кокаина и 300 кг прекурсоров.", "ru") == [("seized_drugs", 2500, None)]


def test_halves():
    """Round 1 (was test_generalise.py)."""
    assert [f.value for f in find_figures("half a tonne, two and a half kilos", "en")] == [0.5, 2.5]
    assert placed("Officers seized half a tonne of cannabis and half a million euros.") == \
        [("seized_drugs", 500, None), ("seized_money", 500000, None)]
    assert placed("Изъято полкилограмма героина и полмиллиона рублей.", "ru") == \
        [("seized_drugs", 0.5, None), ("seized_money", 500000, None)]
    assert find_figures("half of the suspects", "en") == []


def test_a_firearm_is_one():
    """Round 1 (was test_generalise.py)."""
    assert placed("Officers seized 2 kg of cocaine and a loaded revolver.") == \
        [("seized_drugs", 2, None), ("seized_firearms", 1, None)]
    assert placed("Officers seized 2 kg of cocaine at a gun shop.") == [("seized_drugs", 2, None)]


def test_russian_single_firearm_without_number():
    """Round 2 (was test_generalise_r2.py)."""
    assert sent("Изъяли три пистолета и автомат.", "ru") == [("seized_firearms", 3, "items", None), ("seized_firearms", 1, "items", None)]
    assert sent("При обыске нашли охотничий карабин.", "ru") == [("seized_firearms", 1, "items", None)]
    assert sent("Изъят один пистолет.", "ru") == [("seized_firearms", 1, "items", None)]  # not counted twice
    assert sent("Изъят травматический пистолет и торговый автомат.", "ru") == []


def test_firearms_counted_after_the_noun():
    """Round 3 (was test_generalise_r3.py)."""
    assert sent("Изъято огнестрельного оружия в количестве 8 единиц.", "ru") == [("seized_firearms", 8, "items", None)]


def test_a_weight_unit_without_a_number():
    """Round 3 (was test_generalise_r3.py)."""
    assert sent("Agents seized more than a tonne of cocaine.") == [("seized_drugs", 1000, "kg", None)]
    assert sent("Полицейские изъяли тонну гашиша.", "ru") == [("seized_drugs", 1000, "kg", None)]
    assert sent("Изъято 2 тонны гашиша.", "ru") == [("seized_drugs", 2000, "kg", None)]


def test_half_a_dozen_is_six():
    """Round 4 (was test_generalise_r4.py)."""
    assert figures("half a dozen handguns", "en") == [(6, "half a dozen")]
    assert figures("a half-dozen rifles", "en") == [(6, "a half-dozen")]
    assert figures("a dozen pistols", "en") == [(12, "a dozen")]
    assert sent("Officers seized €90,000 and half a dozen handguns.") == [
        ("seized_money", 90000, "EUR", None), ("seized_firearms", 6, "items", None)]


def test_russian_group_words_desyatok_and_dyuzhina():
    """Round 4 (was test_generalise_r4.py)."""
    assert figures("десяток единиц оружия", "ru") == [(10, "десяток")]
    assert figures("около десятка пистолетов", "ru") == [(10, "десятка")]
    assert figures("два десятка автоматов", "ru") == [(20, "два десятка")]
    assert figures("около дюжины стволов", "ru") == [(12, "дюжины")]
    # vague plurals and "the top ten" are no figures
    assert figures("десятки расследований", "ru") == []
    assert figures("дюжины людей", "ru") == []
    assert figures("вошёл в десятку крупнейших", "ru") == []
    got = sent("Полиция изъяла 300 кг гашиша и десяток единиц оружия.", "ru")
    assert ("seized_firearms", 10, "items", None) in got


def test_russian_whole_and_a_half():
    """Round 5 (was test_generalise_r5.py)."""
    assert [(f.value, f.text) for f in find_figures("изъяли две с половиной тонны", "ru")] == [(2.5, "две с половиной")]
    assert sent("Изъято три с половиной тонны кокаина.", "ru") == [("seized_drugs", 3500, "kg", None)]
    assert sent("Изъято 4 с половиной миллиона евро.", "ru") == [("seized_money", 4500000, "EUR", None)]


def test_singular_stvol_counts_firearms():
    """Round 5 (was test_generalise_r5.py)."""
    assert sent("Изъяты 31 ствол и 2 кг героина.", "ru") == [("seized_firearms", 31, "items", None),
                                                             ("seized_drugs", 2, "kg", None)]


def test_dotted_thousands_in_russian():
    """Round 7 (was test_generalise_r7.py)."""
    assert parse_digits("1.250", "ru") == 1250
    assert parse_digits("1.250", "en") == 1.25
    assert parse_digits("0.250", "ru") == 0.25
    assert parse_digits("1.25", "ru") == 1.25


def test_pounds_and_ounces():
    """Round 7 (was test_generalise_r7.py)."""
    assert sent("Agents seized 110 pounds of cocaine.")[0][1:3] == (110 * 0.45359237, "kg") or \
        abs(sent("Agents seized 110 pounds of cocaine.")[0][1] - 49.9) < 0.1
    assert abs(sent("Officers seized 20 ounces of heroin.")[0][1] - 0.567) < 0.01


def test_accusative_unit_counts_firearms():
    """Round 8 (was test_generalise_r8.py)."""
    assert ("seized_firearms", 21, "items", None) in sent_ru("Полиция изъяла 1,2 млн рублей и 21 единицу оружия.")
    assert sent_ru("Полиция изъяла 21 единицу огнестрельного оружия.") == [("seized_firearms", 21, "items", None)]


def test_instrumental_weight_units():
    """Round 8 (was test_generalise_r8.py)."""
    assert sent_ru("Таможенники задержали фуру с двумя тоннами гашиша и изъяли её.") == [("seized_drugs", 2000, "kg", None)]
    assert sent_ru("Полиция изъяла сумку с пятью килограммами героина.") == [("seized_drugs", 5, "kg", None)]


def test_components_and_raw_materials_for_a_drug_are_no_drugs():
    assert placed("Изъяли 900 кг мефедрона, а также 12 тонн компонентов для его синтеза.", "ru") == [
        ("seized_drugs", 900, None)]
    assert placed("В цехе нашли 400 кг сырья для производства и 7 кг готового наркотика.", "ru") == [
        ("seized_drugs", 7, None)]
    assert placed("Officers seized 25 kg of ketamine and 600 kg of components used to make it.") == [
        ("seized_drugs", 25, None)]
