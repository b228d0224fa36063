"""Money in Russian releases: «полмиллиона наличных рублей» (the cash adjective before the currency) and
«наложен арест на автомобиль и денежные средства на сумму 8 млн рублей» (money among property placed under
arrest) are seized money; property alone («на имущество стоимостью …») is not.  Sentences are the project's own."""

from tests.ingest.phrases import sent


def test_cash_roubles_with_the_adjective_between() -> None:
    assert sent("При обысках нашли тетради с записями, 300 тысяч наличных рублей и телефоны.", "ru") == [
        ("seized_money", 300000, "RUB", None)]


def test_funds_among_property_under_arrest_are_seized_money() -> None:
    assert sent("Наложен арест на квартиру, два автомобиля и денежные средства на сумму 8 млн рублей.", "ru") == [
        ("seized_money", 8000000, "RUB", None)]


def test_property_value_under_arrest_is_no_money() -> None:
    assert sent("Наложен арест на имущество фигурантов стоимостью 6 млн рублей.", "ru") == []
