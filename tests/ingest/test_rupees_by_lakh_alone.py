"""A lakh or crore with no currency beside rupees is rupees (#16, encourt): "Rs 3.2 lakh and 15 lakhs in bank
accounts", unless it counts something ("1.5 lakh tablets")."""

from tests.ingest.phrases import facts


def test_lakhs_after_rupees_are_rupees():
    story = ("Darknet ring busted\n\nThe bureau seized 1.1 kg of ganja and Rs 3.2 lakh in cash, while 15 lakhs lying "
             "in bank accounts were frozen.")
    assert [f[:3] for f in facts(story)] == [("seized_drugs", 1.1, "kg"), ("seized_money", 320000, "INR"),
                                             ("seized_money", 1500000, "INR")]


def test_lakh_counting_tablets_is_no_money():
    story = "Pills seized\n\nPolice seized 1.5 lakh tablets and Rs 2 lakh in cash."
    assert [f[:3] for f in facts(story)] == [("seized_money", 200000, "INR")]
