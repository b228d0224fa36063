"""The worth of goods seized (a watch, cars), also with a conversion in brackets or written "totaling", is no
money (#16, encourt)."""

from tests.ingest.phrases import facts


def test_a_watchs_worth_and_its_conversion_are_no_money():
    story = ("Crypto seized in Cork\n\nDetectives seized €2.3 million in cryptocurrency. They also took:\n"
             "- A watch valued at €45,000 ($49,000)\n"
             "- Three cars totaling €160,000 ($174,000)")
    assert [f[:3] for f in facts(story)] == [("seized_money", 2300000, "EUR")]


def test_cash_totaling_a_sum_is_money():
    story = "Cash in a holdall\n\nOfficers seized cash totaling €84,000 from a holdall in the car."
    assert [f[:3] for f in facts(story)] == [("seized_money", 84000, "EUR")]


def test_the_conversion_of_a_drugs_worth_is_no_money():
    text = ("Cannabis factory found in Hull\n"
            "Humberside Police found an estimated £85,000 ($110,500) worth of cannabis and edibles at a house in Hull.")
    assert [f for f in facts(text) if f[0] == "seized_money"] == []


def test_the_conversion_of_cash_stays_one_figure():
    text = ("Cash found in Hull\n"
            "Humberside Police seized £85,000 ($110,500) in cash at a house in Hull.")
    assert [f for f in facts(text) if f[0] == "seized_money"] == [("seized_money", 85000, "GBP", "GB")]
