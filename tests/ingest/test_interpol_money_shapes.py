"""Interpol-style money: "around 2.3 EUR million" (the scale after the code); forms that add up
to less than the stated total ("USD 90 million in fiat currency and USD 3 million in
cryptocurrency" under USD 140 million) are its parts; "other assets worth USD 47 million …,
including real estate" and "$60 million in global financial losses" are no money seized."""

from tests.ingest.phrases import facts


def test_a_scale_word_after_the_currency_code():
    text = "Fraud sweep\nIn Greece alone, investigators seized around 2.3 EUR million."
    assert facts(text) == [("seized_money", 2300000, "EUR", "GR")]


def test_named_forms_under_the_total_are_parts_and_goods_are_not_money():
    text = ("USD 140 million seized in scam crackdown\n"
            "The operation led to 2,100 arrests and the seizure of assets totaling USD 140 million.\n"
            "Police intercepted some USD 90 million in fiat currency and USD 3 million in cryptocurrency.\n"
            "Other assets worth over USD 47 million were seized, including real estate and luxury vehicles.")
    got = facts(text)
    assert [f for f in got if f[0] == "seized_money"] == [("seized_money", 140000000, "USD", None)]
    assert ("seized_money_cash", 90000000, "USD", None) in got
    assert ("seized_money_crypto", 3000000, "USD", None) in got


def test_assets_listed_with_cryptocurrency_stay_money():
    text = "Forum closed\nInvestigators seized assets worth EUR 3.1 million, including cars and cryptocurrency."
    assert facts(text) == [("seized_money", 3100000, "EUR", None)]


def test_losses_are_no_seizure():
    text = "Cyber sweep\nThe operation uncovered schemes linked to nearly $60 million in global financial losses and led to 300 arrests."
    assert facts(text) == [("arrests", 300, "people", None)]
