"""What seized goods were worth is not money seized: in a list of what was taken, "a watch (value €19,000)",
"a Porsche (€64,000)", "vehicles worth a total of $95,000" and the bracketed conversion of such a value
("valued at €70,000 (about $75,000)") are no seized_money; the cash item of the same list is.  Own text."""

from tests.ingest.phrases import facts


def _money(text: str) -> list[tuple]:
    return [(v, u) for m, v, u, _ in facts(text) if m == "seized_money"]


def test_a_bulleted_list_of_goods_and_cash():
    text = ("Police in Portugal arrested 3 people. Items seized included:\n"
            "- a gold watch (value €19,000)\n"
            "- two vehicles valued at €70,000 (about $75,000)\n"
            "- a Porsche (€64,000)\n"
            "- vehicles worth a total of $95,000\n"
            "- €38,000 in cash\n")
    assert _money(text) == [(38000, "EUR")]


def test_money_listed_as_its_own_item_beside_goods_is_money():
    assert _money("Police seized two cars, a gold watch and $27,000.") == [(27000, "USD")]


def test_cash_with_its_conversion_beside_a_car_is_money():
    assert _money("Police seized a car, €30,000 (about $32,000) in cash and drugs.") == [(30000, "EUR")]


def test_a_russian_car_and_its_price():
    assert _money("Изъяты автомобиль стоимостью 4 млн рублей и 600 тысяч рублей наличными.") == [(600000, "RUB")]


def test_cash_and_other_property_worth_a_sum_is_money():
    assert _money("Customs said they had seized cash and other property worth about €410,000.") == [(410000, "EUR")]
