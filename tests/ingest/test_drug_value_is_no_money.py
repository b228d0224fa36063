"""What a haul of drugs was worth is no money seized (#16, enlocal batch: a sum in euros, pounds in
brackets, then "of drugs" after a recovery verb was read as that many euros seized)."""

from tests.ingest.phrases import sent


def test_money_of_drugs_is_their_worth():
    assert sent("Officers also recovered 90,000 euros (£78,000) of drugs in Cork.") == []
    assert sent("Police seized £6,000 of herbal cannabis and £2,500 in cash in Leeds.") == [("seized_money", 2500, "GBP", "GB")]


def test_money_of_cash_or_currency_is_money():
    assert sent("Police seized €18,000 in cash and drugs in Ireland.") == [("seized_money", 18000, "EUR", "IE")]
    assert sent("Gardaí seized almost 2m euros of digital currency and drugs in Dublin.") == [
        ("seized_money", 2000000, "EUR", "IE")]
