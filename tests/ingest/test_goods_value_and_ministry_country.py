"""A drug haul's price is no money seized; the country whose ministry speaks is not the scene.

«на общую сумму по ценам чёрного рынка …» prices the drugs; «Минюст США конфисковал …» names
whose ministry it is (Russian genitive order), just as "the US Justice Department said" does."""

from tests.ingest.phrases import facts, sent


def test_black_market_price_of_a_drug_haul_is_no_money():
    got = sent("Из незаконного оборота изъято около 4 кг наркотического средства на общую сумму "
               "по ценам «чёрного рынка» порядка 9,2 млн рублей.", "ru")
    assert [g[:3] for g in got] == [("seized_drugs", 4, "kg")]


def test_street_price_of_a_haul_is_no_money():
    got = sent("Officers seized 6 kg of heroin worth at street prices some $410,000.")
    assert [g[:3] for g in got] == [("seized_drugs", 6, "kg")]


def test_cash_worth_a_sum_is_still_money():
    got = sent("Полиция изъяла наличные денежные средства на общую сумму 3 млн рублей.", "ru")
    assert [g[:3] for g in got] == [("seized_money", 3_000_000, "RUB")]


def test_ministry_genitive_country_is_not_where_money_was_seized():
    text = ("Минюст США конфисковал $4,1 млн у продавцов наркотиков\n\n"
            "В ходе международной операции у торговцев в даркнете было изъято $4,1 млн и 300 кг наркотиков.")
    assert ("seized_money", 4_100_000, "USD", None) in facts(text)
    assert not any(f[3] == "US" for f in facts(text))


def test_police_of_a_country_still_places_its_arrests():
    assert sent("Полиция Германии задержала 6 человек.", "ru") == [("arrests", 6, "people", "DE")]
