"""What a haul is worth goes on past its first figure: «оптовая стоимость … 2 млрд рублей, а розничная
превышает 7 млрд рублей», «его стоимость оценили в …», «Стоимость наркотика, который …, составила …»
are the haul's price, never money seized (#16, rufed batch: the retail sum after the wholesale one
and a past-tense estimate were filed as billions of roubles seized). Own sentences."""

from tests.ingest.phrases import facts


def _money(text: str) -> list[tuple]:
    return [f for f in facts(text) if f[0] == "seized_money"]


def test_the_retail_price_after_the_wholesale_one_is_no_money():
    text = ("ФСБ изъяла героин\n"
            "У курьеров изъято 310 килограммов героина, оптовая стоимость которого составляет 2 млрд рублей, "
            "а розничная превышает 7 млрд рублей.")
    assert _money(text) == []
    assert ("seized_drugs", 310, "kg", None) in facts(text) or ("seized_drugs", 310, "kg", "RU") in facts(text)


def test_a_past_tense_estimate_is_no_money():
    assert _money("Таможня нашла кокаин\nСиловики изъяли почти тонну кокаина, его стоимость оценили в 3 млрд руб.") == []


def test_a_relative_clause_between_the_price_and_its_verb():
    text = ("В Москве задержали картель\n"
            "Стоимость партии, которую собирались переправить в Европу морем, составила более 900 млн рублей.")
    assert _money(text) == []


def test_the_price_then_cash_seized_with_its_own_verb_keeps_the_cash():
    text = ("В Казани накрыли склад\n"
            "Полицейские изъяли 40 кг мефедрона, стоимость которых оценили в 60 млн рублей, также изъято 2 млн рублей наличными.")
    assert _money(text) == [("seized_money", 2000000, "RUB", "RU")] or _money(text) == [("seized_money", 2000000, "RUB", None)]
