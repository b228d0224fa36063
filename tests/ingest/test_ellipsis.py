"""Elliptic clauses: a figure whose verb, unit or actor the clause before gives.

Regrouped from the per-round files (#11); each test names its round."""

from store.ingest.extract import extract
from tests.ingest.phrases import sent, sent_ru


def test_each_clause_keeps_its_own_agency():
    """Round 4 (was test_generalise_r4.py)."""
    text = "The Spanish Guardia Civil arrested eight suspects, while Portuguese police detained five more."
    assert sorted(sent(text)) == [("arrests", 5, "people", "PT"), ("arrests", 8, "people", "ES")]
    ru = "Испанская гражданская гвардия задержала восемь подозреваемых, а португальская полиция задержала ещё пятерых."
    assert sorted(sent(ru, "ru")) == [("arrests", 5, "people", "PT"), ("arrests", 8, "people", "ES")]
    # two agencies acting together: no one country
    assert sent("Spanish and Portuguese police arrested 13 suspects, and Europol helped.") == [
        ("arrests", 13, "people", None)]


def test_elliptic_nationality_clauses_after_an_arrest_figure():
    """Round 5 (was test_generalise_r5.py)."""
    ru = "Австрийские полицейские арестовали 12, словенские – 4, а хорватская полиция – ещё троих."
    assert sorted(sent(ru, "ru")) == [("arrests", 3, "people", "HR"), ("arrests", 4, "people", "SI"),
                                      ("arrests", 12, "people", "AT")]
    en = "Belgian officers detained 21, Dutch police 8 and Danish authorities another three."
    assert sorted(sent(en)) == [("arrests", 3, "people", "DK"), ("arrests", 8, "people", "NL"),
                                ("arrests", 21, "people", "BE")]
    en2 = "Twenty of the arrests were made in Poland, while Czech police held seven."
    assert ("arrests", 7, "people", "CZ") in sent(en2)
    # the nationality an elliptic figure belongs to is a participant
    assert "SI" in extract("Австрийские полицейские арестовали 12, словенские – 4.").countries
    # no earlier arrest figure: no ellipsis, a bare number stays unread
    assert sent("Словенские – 4.", "ru") == []


def test_country_name_heading_an_elliptic_clause():
    """Round 6 (was test_generalise_r6.py)."""
    assert sorted(sent("Police detained 20 people: 14 in Belgium, and Luxembourg another 6.")) == \
        [("arrests", 6, "people", "LU"), ("arrests", 14, "people", "BE"), ("arrests", 20, "people", None)]
    assert sent("Больше всего задержанных в Латвии – 17, Эстония – 8, а Литва – ещё 5.", "ru") == \
        [("arrests", 17, "people", "LV"), ("arrests", 8, "people", "EE"), ("arrests", 5, "people", "LT")]
    # a country acting on something else is no ellipsis
    assert ("seized_drugs", 6, "kg", "AT") in sent("Police arrested 14 people in Germany, while Austria seized 6 kg of heroin.")


def test_elliptic_firearms_count_for_a_second_place():
    """Round 8 (was test_generalise_r8.py)."""
    got = sent_ru("В Румынии изъято 12 единиц оружия, в Болгарии – 4.")
    assert sorted(got) == [("seized_firearms", 4, "items", "BG"), ("seized_firearms", 12, "items", "RO")]
    # a bare number after an arrest stays an arrest
    got = sent_ru("В Румынии задержаны 12 человек, в Болгарии – 4.")
    assert ("arrests", 4, "people", "BG") in got and not any(m == "seized_firearms" for m, *_ in got)


def test_last_agency_of_an_elliptic_seizure_list():
    """Round 8 (was test_generalise_r8.py)."""
    got = sent_ru("Austrian police seized 40 kg of cocaine, Swiss officers 25 kg of heroin and Slovenian police 7 kg of MDMA.", "en")
    assert sorted(got) == [("seized_drugs", 7, "kg", "SI"), ("seized_drugs", 25, "kg", "CH"), ("seized_drugs", 40, "kg", "AT")]
    # one agency and a reported figure: unchanged
    assert sent_ru("Police in Spain and Italy seized 300 kg of cocaine.", "en") == [("seized_drugs", 300, "kg", None)]


def test_english_elided_firearms_count_after_place():
    """Round 9 (was test_generalise_r9.py)."""
    assert sent("In France, officers seized 22 firearms and in Belgium 5.") == [
        ("seized_firearms", 22, "items", "FR"), ("seized_firearms", 5, "items", "BE")]


def test_russian_elided_firearms_count_still_read():
    """Round 9 (was test_generalise_r9.py)."""
    assert sent("Во Франции изъято 22 единицы оружия, в Бельгии – 5.", "ru") == [
        ("seized_firearms", 22, "items", "FR"), ("seized_firearms", 5, "items", "BE")]


def test_bare_number_after_place_not_read_when_not_elided_firearms():
    """Round 9 (was test_generalise_r9.py)."""
    # the bare number has its own unit, or the first figure is money, whose scale it leaves open
    assert ("seized_firearms", 5, "items", "BE") not in sent(
        "In France, officers seized 22 firearms and in Belgium 5 kg of cocaine.")
    assert sent("In France, officers seized €3m in cash and in Belgium 5.") == [
        ("seized_money", 3000000, "EUR", None)]


def test_elided_drug_amount_after_place_repeats_the_unit():
    """Round 9 (was test_generalise_r9.py)."""
    # the firearms rule is general: a drug amount's unit carries to the bare number too (#11)
    assert sent("In France, officers seized 40 kg of cocaine and in Belgium 5.") == [
        ("seized_drugs", 40, "kg", "FR"), ("seized_drugs", 5, "kg", "BE")]
    assert sent("Во Франции изъято 40 кг героина, в Бельгии – 12.", "ru") == [
        ("seized_drugs", 40, "kg", "FR"), ("seized_drugs", 12, "kg", "BE")]
