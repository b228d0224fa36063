"""A money total restated "(roughly equivalent to …)" is one figure; the forms it is later split
into ("$88 million in hard currency and $32 million in virtual assets") are its parts; and an
amount "of illegal drugs" is what a haul was worth, not money seized."""

from tests.ingest.phrases import facts


def test_an_equivalent_in_brackets_is_the_conversion():
    text = ("Fraud sweep\n"
            "The operation led to 1,200 arrests and the seizure of about $120 million (roughly equivalent to "
            "110 million euros) in assets.")
    assert facts(text) == [("arrests", 1200, "people", None), ("seized_money", 120000000, "USD", None)]


def test_forms_adding_up_to_an_earlier_total_are_its_parts():
    text = ("Fraud sweep\n"
            "The operation led to 1,200 arrests and the seizure of about $120 million in assets.\n"
            "Officers froze 9,000 accounts, confiscating $88 million in hard currency and $32 million in virtual assets.")
    got = facts(text)
    assert [f for f in got if f[0] == "seized_money"] == [("seized_money", 120000000, "USD", None)]
    assert ("seized_money_cash", 88000000, "USD", None) in got
    assert ("seized_money_crypto", 32000000, "USD", None) in got


def test_forms_that_do_not_add_up_stay_money():
    text = ("Fraud sweep\n"
            "The operation led to the seizure of about $120 million in assets.\n"
            "In a second phase officers confiscated $8 million in cash and $3 million in crypto.")
    got = facts(text)
    assert ("seized_money", 8000000, "USD", None) in got and ("seized_money", 3000000, "USD", None) in got


def test_an_amount_of_drugs_is_their_worth():
    text = "Interpol drug sweep nets 310 arrests, seizure of $900 million of illegal drugs\nThe operation spanned 19 countries."
    assert facts(text) == [("arrests", 310, "people", None)]
