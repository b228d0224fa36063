"""A named drug's haul in one case, told in a later paragraph after the operation's drugs total, is that
drug's own figure (a part), never a second drugs total (#16)."""

from tests.ingest.phrases import facts


def test_one_case_of_a_named_drug_after_the_total():
    story = ("Sweep nets hundreds\n\nThe operation led to 310 arrests and the seizure of 640 kilograms of drugs.\n\n"
             "In a single case, 9 kilograms of fentanyl were found in a village in Kentucky.")
    got = facts(story)
    assert [f for f in got if f[0] == "seized_drugs"] == [("seized_drugs", 640, "kg", None)]
    assert ("seized_fentanyl", 9, "kg", "US") in got


def test_two_named_drugs_of_one_case():
    story = ("Sweep nets hundreds\n\nThe operation led to 310 arrests and the seizure of 640 kilograms of drugs.\n\n"
             "In Kentucky, 9 kilograms of fentanyl and 4 kilograms of methamphetamine were seized from one house.")
    got = facts(story)
    assert [f for f in got if f[0] == "seized_drugs"] == [("seized_drugs", 640, "kg", None)]
    assert {("seized_fentanyl", 9, "kg", "US"), ("seized_methamphetamine", 4, "kg", "US")} <= set(got)
