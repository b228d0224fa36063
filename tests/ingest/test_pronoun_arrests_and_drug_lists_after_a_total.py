"""«Оперативники задержали его на окраине» holds one person (a pronoun for the one the sentence before
named; «его сообщников» stays a possessive), «при нём было 2 кг» is what he carried; every named drug
listed after a total («в том числе 200 кг кокаина и 90 кг героина») is filed as its part, not only the last."""

from tests.ingest.phrases import facts


def test_a_pronoun_after_the_arrest_verb_is_one_person():
    text = ("Курьер пойман\n"
            "Полиция Оша вычислила курьера интернет-магазина. Вскоре оперативники задержали его у рынка, при нём было 2 кг гашиша.")
    assert sorted(facts(text)) == [("arrests", 1, "people", None), ("seized_drugs", 2, "kg", None)]


def test_a_fronted_pronoun_is_one_person():
    text = ("Задержание в аэропорту\n"
            "Её задержали в аэропорту Алматы с 800 граммами героина.")
    assert ("arrests", 1, "people", "KZ") in facts(text)


def test_a_possessive_pronoun_counts_nobody():
    text = ("Сообщники\n"
            "В Алматы задержали его сообщников, всего трех человек.")
    assert facts(text) == [("arrests", 3, "people", "KZ")]


def test_every_named_drug_of_a_list_after_a_total_is_a_part():
    text = ("Крупная партия\n"
            "Всего изъято 400 кг наркотиков, в том числе 200 кг кокаина и 90 кг героина.")
    assert sorted(facts(text)) == [("seized_cocaine", 200, "kg", None), ("seized_drugs", 400, "kg", None),
                                   ("seized_heroin", 90, "kg", None)]
