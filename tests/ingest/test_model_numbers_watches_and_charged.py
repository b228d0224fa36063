"""Model numbers, a valuable's worth beside cash, and people charged beside people arrested (#16 probes)."""

from tests.ingest.phrases import figures, sent


def test_a_model_number_is_no_figure():
    assert sent("In total, officers seized 10 firearms, including an AK-47 assault rifle.") == [("seized_firearms", 10, "items", None)]
    assert figures("two AR-15 rifles during COVID-19", "en") == [(2, "two")]


def test_what_a_valuable_is_worth_beside_cash_is_no_money():
    assert sent("Police also seized £100,000 in cash and a Rolex watch worth £20,000.") == [("seized_money", 100000, "GBP", None)]
    assert sent("Customs seized cash and other property worth about €600,000.") == [("seized_money", 600000, "EUR", None)]
    assert sent("Agents seized 312 bitcoin, worth about $19.5 million.")[-1] == ("seized_money", 19500000, "USD", None)


def test_people_charged_are_not_the_people_arrested():
    assert sent("In the US alone, 90 people were charged and 75 arrested.") == [("arrests", 75, "people", "US")]
    assert sent("Twelve people were charged and arrested.") == [("arrests", 12, "people", None)]
    assert sent("Police arrested 12 people, who were charged with trafficking.") == [("arrests", 12, "people", None)]


def test_coins_then_worth_a_sum_are_that_money():
    assert sent("Police seized 2,000 bitcoin, then worth about $12 million, and 15 firearms.") == [
        ("seized_crypto", 2000, "BTC", None), ("seized_money", 12000000, "USD", None), ("seized_firearms", 15, "items", None)]
