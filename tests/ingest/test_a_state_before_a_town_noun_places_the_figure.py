"""A US state (or a gazetteer town) standing as a modifier before a settlement noun — "in a small Iowa town",
"near an Oregon village" — places the sentence's figures in its country (#16)."""

from tests.ingest.phrases import facts, sent


def test_a_state_before_town_or_village():
    assert sent("Deputies arrested 6 people in a small Iowa town.") == [("arrests", 6, "people", "US")]
    assert sent("Officers seized 14 kilograms of drugs near an Oregon village.") == [("seized_drugs", 14, "kg", "US")]


def test_a_later_case_in_a_state_town_is_a_placed_part():
    story = ("Sweep nets hundreds\n\nThe operation led to 205 arrests and the seizure of 530 kilograms of drugs.\n\n"
             "In one case, 7 kilograms of fentanyl were found in a quiet Nebraska town.")
    got = facts(story)
    assert ("seized_fentanyl", 7, "kg", "US") in got
    assert [f for f in got if f[0] == "seized_drugs"] == [("seized_drugs", 530, "kg", None)]



def test_a_state_before_a_person_with_an_age():
    assert sent("A 52-year-old Montana man was arrested with 3 kilograms of heroin.") == [
        ("arrests", 1, "people", "US"), ("seized_drugs", 3, "kg", "US")]
