"""Czech money as English copy writes it ("1.2 million koruna ($52,000)", "Czech crowns", "Kč") is CZK, and the
bracketed dollars are its conversion (#16, AP extradition story)."""

from tests.ingest.phrases import facts


def test_koruna_with_a_dollar_conversion_is_one_czk_figure():
    got = facts("Raid\nOfficers seized about 2.4 million koruna ($104,000) in cash.")
    assert [f for f in got if f[0] == "seized_money"] == [("seized_money", 2400000, "CZK", None)]


def test_czech_crowns_and_kc():
    assert ("seized_money", 900000, "CZK", None) in facts("Raid\nPolice seized 900,000 Czech crowns.")
    assert ("seized_money", 350000, "CZK", None) in facts("Raid\nPolice seized 350,000 Kč in cash.")
