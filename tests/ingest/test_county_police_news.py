"""County police news (#16, enlocal batch 4): a headline's drugs "worth" is no money even with
"seized" after it, "individual plants" are no people, a force's campaign total since its launch is
no operation figure, "Suffolk Constabulary" is British, and people listed after one active verb."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent


def test_drugs_worth_in_a_headline_is_no_money():
    assert sent("Drugs worth more than £250k seized in police raid") == []


def test_individual_plants_are_no_people():
    assert sent("Five people were arrested in Leeds, with more than 900 individual plants retrieved.") == [
        ("arrests", 5, "people", "GB")]


def test_a_campaign_total_since_its_launch_is_no_operation_figure():
    story = ("A 41-year-old man, from Leek, was arrested on suspicion of supplying cannabis. "
             "Since we launched Operation Keystone in 2022, we have arrested more than 800 suspects in Staffordshire.")
    assert facts(story) == [("arrests", 1, "people", None)]


def test_a_constabulary_is_a_british_force():
    assert extract("Suffolk Constabulary said it carried out four warrants and seized 3kg of cannabis.").countries == ["GB"]
    assert extract("Norfolk Constabulary arrested three men.").countries == ["GB"]


def test_people_listed_after_one_active_verb_are_counted():
    assert sent("Detectives arrested a 40-year-old man and a 35-year-old woman in Leeds.") == [("arrests", 2, "people", "GB")]
