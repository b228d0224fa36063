"""«Рыночная стоимость героина весом около 210 килограммов, включая упаковку, составляет около 30 млн
долларов»: the drugs' worth, however many words stand between «стоимость» and its verb, is no money;
the weight in the same sentence is still the haul, and the worth of seized coins is money."""

from tests.ingest.phrases import sent_ru


def test_the_drugs_market_value_is_no_money():
    got = sent_ru("Рыночная стоимость героина весом около 210 килограммов, включая упаковку, составляет около 30 млн долларов.")
    assert got == [("seized_drugs", 210, "kg", None)]


def test_the_value_of_seized_coins_is_money():
    assert sent_ru("Стоимость изъятых биткоинов составляет около 2 млн долларов.") == [("seized_money", 2000000, "USD", None)]
