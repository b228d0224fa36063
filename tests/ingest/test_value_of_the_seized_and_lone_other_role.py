"""«Розничная стоимость изъятого … превышает 40 млн рублей» is what the haul is worth, no money seized
(«стоимость изъятых биткоинов» stays money).  A lone person of a role no counted group names, held in
another sentence («задержали трёх закладчиков …» then «Куратора задержали позже»), is one more arrest.
Sentences are the project's own."""

from tests.ingest.phrases import sent, values


def test_the_value_of_what_was_seized_is_no_money() -> None:
    assert sent("Оптовая стоимость изъятого, по данным полиции, превышает 15 млн рублей.", "ru") == []


def test_the_value_of_seized_coins_stays_money() -> None:
    assert sent("Стоимость изъятых биткоинов превышает 3 млн долларов.", "ru") == [("seized_money", 3000000, "USD", None)]


def test_a_lone_person_of_another_role_is_held_besides_the_counted() -> None:
    text = ("В Ижевске задержали трёх закладчиков с 900 граммами мефедрона.\n"
            "Куратора группы задержали позже в Перми.")
    assert values(text, "arrests") == [1, 3]


def test_a_lone_resident_may_be_one_of_the_counted() -> None:
    text = ("В Ижевске задержаны пять участников группы.\n"
            "По данным полиции, 40-летнего жителя Перми задержали в его квартире.")
    assert values(text, "arrests") == [5]
