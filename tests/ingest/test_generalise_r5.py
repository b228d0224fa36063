"""Fifth blind round (harder paraphrases in the development style): one test per phenomenon met
in the r5 held-out articles, each on text of its own."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent
from store.ingest.numbers import find_figures
from store.ingest.places import find_mentions


def test_elliptic_nationality_clauses_after_an_arrest_figure():
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


def test_people_were_held_in_a_country():
    assert sorted(sent("Eleven were held in Ireland and four in Scotland.")) == [
        ("arrests", 4, "people", "GB"), ("arrests", 11, "people", "IE")]


def test_the_rest_in_a_country_is_not_the_totals_place():
    got = sent("At least 50 people were detained, 35 of them in Chile and the rest in Peru.")
    assert ("arrests", 50, "people", None) in got and ("arrests", 35, "people", "CL") in got


def test_helper_agency_is_not_the_one_actor():
    got = sent("Сотрудники ФСБ при участии МВД Армении задержали 12 человек.", "ru")
    assert got == [("arrests", 12, "people", None)]
    got = sent("Investigators, assisted by Polish authorities, arrested 6 suspects.")
    assert got == [("arrests", 6, "people", None)]
    # the helper is still a participant
    assert "PL" in extract("Investigators, assisted by Polish authorities, arrested 6 suspects.").countries


def test_russian_whole_and_a_half():
    assert [(f.value, f.text) for f in find_figures("изъяли две с половиной тонны", "ru")] == [(2.5, "две с половиной")]
    assert sent("Изъято три с половиной тонны кокаина.", "ru") == [("seized_drugs", 3500, "kg", None)]
    assert sent("Изъято 4 с половиной миллиона евро.", "ru") == [("seized_money", 4500000, "EUR", None)]


def test_singular_stvol_counts_firearms():
    assert sent("Изъяты 31 ствол и 2 кг героина.", "ru") == [("seized_firearms", 31, "items", None),
                                                             ("seized_drugs", 2, "kg", None)]


def test_short_title_in_guillemets_is_no_place():
    assert find_mentions("Операция «Атлантика» завершилась задержанием 58 человек.") == []
    assert [m.code for m in find_mentions("Операция «Атлантика» прошла в Германии.")] == ["DE"]


def test_adjectives_missing_from_the_country_table():
    assert [m.code for m in find_mentions("узбекские силовики задержали 11 человек")] == ["UZ"]
    assert [m.code for m in find_mentions("Paraguayan police arrested 4")] == ["PY"]
    assert sent("В 2023 году киргизские силовики задержали 11 человек.", "ru") == [("arrests", 11, "people", "KG")]


def test_rounded_headline_figure_gives_way_to_the_precise_one():
    text = "Операция «Рассвет»: более трёхсот арестов\nВсего арестованы 312 человек.\n"
    assert facts(text) == [("arrests", 312, "people", None)]
    text = "Over 80 arrested in dark web sweep\nPolice arrested 80 people and 3 in Spain.\n"
    assert ("arrests", 80, "people", None) in facts(text)
