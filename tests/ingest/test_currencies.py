"""Money: currencies, coins as crypto, values of goods.

Regrouped from the per-round files (#11); each test names its round."""

from tests.ingest.phrases import sent


def test_coins_are_crypto_not_money():
    """Round 2 (was test_generalise_r2.py)."""
    assert sent("Officers also froze 17 BTC and seized $2m in cash.") == \
        [("seized_crypto", 17, "BTC", None), ("seized_money", 2000000, "USD", None)]
    assert sent("Изъяты 40 биткоинов и 1200 XMR.", "ru") == [("seized_crypto", 40, "BTC", None), ("seized_crypto", 1200, "XMR", None)]
    # crypto valued in a currency is money
    assert sent("Agents seized bitcoin worth $3 million.") == [("seized_money", 3000000, "USD", None)]


def test_more_currencies():
    """Round 2 (was test_generalise_r2.py)."""
    got = sent("Изъято 4,5 млн гривен, 2,3 млн франков, 90 млн тенге и 300 тыс. злотых.", "ru")
    assert [(u, v) for _, v, u, _ in got] == [("UAH", 4500000), ("CHF", 2300000), ("KZT", 90000000), ("PLN", 300000)]
    assert sent("Police seized C$450,000 and 2 million Canadian dollars.") == \
        [("seized_money", 450000, "CAD", None), ("seized_money", 2000000, "CAD", None)]
    assert sent("Officers seized CHF 1.250.000 in cash.")[0][1:3] == (1250000, "CHF")
    assert sent("Изъяли 200 тыс. канадских долларов.", "ru")[0][2] == "CAD"


def test_latin_american_and_korean_currencies():
    """Round 3 (was test_generalise_r3.py)."""
    assert sent("Police seized R$ 4.1 million in cash.") == [("seized_money", 4100000, "BRL", None)]
    assert sent("Изъято 700 тыс. реалов.", "ru") == [("seized_money", 700000, "BRL", None)]
    assert sent("Police seized 300 million won in cash.")[0][1:3] == (300000000, "KRW")
    # drugs "worth" won are a value, not money seized
    assert sent("Police seized 2 kg of cocaine worth 1.5 billion won.") == [("seized_drugs", 2, "kg", None)]


def test_bare_na_before_money_is_value_of_goods():
    """Round 10 (was test_generalise_r10.py)."""
    assert sent("В лаборатории изъято 90 кг наркотиков и оборудование на 2 млн долларов.", "ru") == [
        ("seized_drugs", 90, "kg", None)]
    # money-like things before or after "на" are still money seized
    assert sent("Изъяты биткоины на 2 млн долларов.", "ru") == [("seized_money", 2000000, "USD", None)]
    assert sent("Изъято на 3 млн долларов криптовалюты.", "ru") == [("seized_money", 3000000, "USD", None)]
    # "на" with another word between is a place, not a value
    assert sent("Изъяли на складе 500 тысяч рублей.", "ru") == [("seized_money", 500000, "RUB", None)]
