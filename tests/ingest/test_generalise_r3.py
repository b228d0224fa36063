"""Third blind round: one test per phenomenon met in the r3 held-out articles, each on text of its own."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent
from store.ingest.places import find_mentions


def test_label_and_colon_lines_under_a_results_heading():
    text = ("Police closed the Quarrystone market.\n\nKey results:\nArrests: 64\nNumber of arrests: 64\n"
            "Weapons recovered: 21\nSearch warrants executed: 90\nCountries involved: 5\n")
    assert facts(text) == [("arrests", 64, "people", None), ("seized_firearms", 21, "items", None)]
    ru = "Закрыт магазин «Лисица».\n\nИтоги операции:\nЗадержано лиц: 17\nОружие: 4 единицы\nПроведено обысков: 30\n"
    assert facts(ru) == [("arrests", 17, "people", None), ("seized_firearms", 4, "items", None)]
    # an arrest-warrant count is no arrest
    assert sent("Arrest warrants executed: 12") == []


def test_firearms_counted_after_the_noun():
    assert sent("Изъято огнестрельного оружия в количестве 8 единиц.", "ru") == [("seized_firearms", 8, "items", None)]


def test_pipe_or_tab_table_with_country_rows():
    text = ("Raids against the Ostrich market.\nResults by country:\n\n"
            "Country | Arrests | Cash seized\nItaly | 7 | EUR 120,000\nGreece\t|\t2\t|\tEUR 30,000\n")
    assert facts(text) == [("arrests", 2, "people", "GR"), ("arrests", 7, "people", "IT"),
                           ("seized_money", 30000, "EUR", "GR"), ("seized_money", 120000, "EUR", "IT")]
    assert {"IT", "GR"} <= set(extract(text).countries)


def test_answer_takes_the_cue_of_the_question_above():
    text = ("Интервью о деле магазина «Сорока».\n— Что изъяли при обысках?\n"
            "— Около 40 килограммов гашиша и 3,2 млн рублей. Плюс три пистолета.\n— Как долго шло следствие?\n— 14 месяцев.\n")
    assert facts(text) == [("seized_drugs", 40, "kg", None), ("seized_firearms", 3, "items", None),
                           ("seized_money", 3200000, "RUB", None)]
    # without the question there is no seizure
    assert facts("Около 40 килограммов гашиша и 3,2 млн рублей.") == []


def test_russian_object_first_arrest():
    assert sent("Ещё троих задержали полицейские в Латвии.", "ru") == [("arrests", 3, "people", "LV")]


def test_a_weight_unit_without_a_number():
    assert sent("Agents seized more than a tonne of cocaine.") == [("seized_drugs", 1000, "kg", None)]
    assert sent("Полицейские изъяли тонну гашиша.", "ru") == [("seized_drugs", 1000, "kg", None)]
    assert sent("Изъято 2 тонны гашиша.", "ru") == [("seized_drugs", 2000, "kg", None)]


def test_latin_american_and_korean_currencies():
    assert sent("Police seized R$ 4.1 million in cash.") == [("seized_money", 4100000, "BRL", None)]
    assert sent("Изъято 700 тыс. реалов.", "ru") == [("seized_money", 700000, "BRL", None)]
    assert sent("Police seized 300 million won in cash.")[0][1:3] == (300000000, "KRW")
    # drugs "worth" won are a value, not money seized
    assert sent("Police seized 2 kg of cocaine worth 1.5 billion won.") == [("seized_drugs", 2, "kg", None)]


def test_turnover_after_the_figure_is_no_seizure():
    assert sent("Police seized the servers of a site that handled $40 million in transactions.") == []
    assert sent("Officers seized a platform with $12m of annual sales.") == []


def test_continent_is_not_the_united_states():
    assert find_mentions("Crackdowns in South America and Latin America") == []
    assert [m.code for m in find_mentions("в Латинской Америке")] == []


def test_destinations_and_bystanders_are_not_participants():
    text = ("Operation Kestrel: Peruvian police arrested 9 people in Lima.\n"
            "The gang had shipped cocaine to Italy and the Netherlands.\n"
            "Chile's interior minister welcomed the arrests.\nArgentine authorities were not involved.\n")
    assert extract(text).countries == ["PE"]


def test_brazilian_cities():
    assert {m.code for m in find_mentions("arrests in Curitiba and Porto Alegre")} == {"BR"}


def test_yearly_world_statistic_is_background():
    text = ("Полиция закрыла магазин «Ворон» и изъяла 12 кг кокаина.\n"
            "По данным ООН, в 2023 году в мире было изъято около 2000 тонн кокаина.\n")
    assert facts(text) == [("seized_drugs", 12, "kg", None)]
