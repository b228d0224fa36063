"""Tables, bullet and emoji lines, label-and-colon lines, noise lines.

Regrouped from the per-round files (#11); each test names its round."""

from store.ingest.extract import extract
from store.ingest.sentences import split_sentences
from tests.ingest.phrases import facts, sent


def test_label_alone_on_its_line_makes_the_next_line_noise():
    """Round 1 (was test_generalise.py)."""
    text = "Полиция Чехии задержала 5 человек.\nЧитайте также\nВ Германии арестовали 120 хакеров\n"
    noise = [s.noise for s in split_sentences(text)]
    assert noise == [False, True, True]
    ex = extract(text)
    assert ex.countries == ["CZ"] and [f.value for f in ex.facts] == [5]


def test_emoji_lines_carry_the_verb():
    """Round 2 (was test_generalise_r2.py)."""
    text = ("🚨 Накрыли нарколабораторию\n\n❗️ Задержаны 5 человек\n💊 Изъято 2 кг мефедрона\n💰 Плюс 1,5 млн ₽ наличными\n"
            "🔫 Два пистолета\n\nМагазин зарабатывал 3 млн рублей.\n💰 500 тыс. рублей на счетах")
    got = facts(text)
    assert ("seized_money", 1500000, "RUB", None) in got and ("seized_firearms", 2, "items", None) in got
    assert not any(v == 500000 for _, v, _, _ in got)  # after a blank line and a plain paragraph nothing carries


def test_label_and_colon_lines_under_a_results_heading():
    """Round 3 (was test_generalise_r3.py)."""
    text = ("Police closed the Quarrystone market.\n\nKey results:\nArrests: 64\nNumber of arrests: 64\n"
            "Weapons recovered: 21\nSearch warrants executed: 90\nCountries involved: 5\n")
    assert facts(text) == [("arrests", 64, "people", None), ("seized_firearms", 21, "items", None)]
    ru = "Закрыт магазин «Лисица».\n\nИтоги операции:\nЗадержано лиц: 17\nОружие: 4 единицы\nПроведено обысков: 30\n"
    assert facts(ru) == [("arrests", 17, "people", None), ("seized_firearms", 4, "items", None)]
    # an arrest-warrant count is no arrest
    assert sent("Arrest warrants executed: 12") == []


def test_pipe_or_tab_table_with_country_rows():
    """Round 3 (was test_generalise_r3.py)."""
    text = ("Raids against the Ostrich market.\nResults by country:\n\n"
            "Country | Arrests | Cash seized\nItaly | 7 | EUR 120,000\nGreece\t|\t2\t|\tEUR 30,000\n")
    assert facts(text) == [("arrests", 2, "people", "GR"), ("arrests", 7, "people", "IT"),
                           ("seized_money", 30000, "EUR", "GR"), ("seized_money", 120000, "EUR", "IT")]
    assert {"IT", "GR"} <= set(extract(text).countries)


def test_an_abbreviation_does_not_end_the_sentence():
    """Round 12 (was test_generalise_r12.py)."""
    text = "Закрыта площадка Dusk.\nВ Испании задержаны 44 чел. (в т.ч. администратор), изъято ок. 9 ед. оружия."
    assert facts(text) == [("arrests", 44, "people", "ES"), ("seized_firearms", 9, "items", "ES")]
