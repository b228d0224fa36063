"""Coins police gained access to («получен доступ к криптоактивам в размере 512 BTC, примерно на 21 млн
евро») are seized, and their worth after the comma is the money figure, its bracket a conversion. Own
sentences."""

from tests.ingest.phrases import facts, sent_ru


def test_access_to_crypto_assets_is_a_seizure():
    got = sent_ru("Следователи получили доступ к криптоактивам на сумму 6,3 млн евро.")
    assert got == [("seized_money", 6300000, "EUR", None)]


def test_the_worth_of_coins_named_by_their_ticker_is_the_money():
    got = facts("Изъяты ноутбуки, кроме того получен доступ к криптоактивам в размере 340 BTC, примерно на 14 млн евро (15,2 млн долларов).")
    assert [(m, v, u) for m, v, u, _ in got if m == "seized_money"] == [("seized_money", 14000000, "EUR")]


def test_goods_worth_stays_no_money():
    assert sent_ru("Изъяты серверы на 2 млн евро.") == []


def test_a_thousands_comma_does_not_cut_a_sought_seizure_off_its_cue():
    assert sent_ru("Prosecutors asked for approval of the seizure of 2,500 BTC valued at $90 million.", "en") == []
