"""Shapes of local police copy found on the held-out fresh17 batch (#16): a currency word after the
amount, residents as people, police "finding" a haul, a list item after a named drug, Georgia the
US state."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent


def test_us_after_a_dollar_amount_is_the_currency_not_a_place():
    got = sent("Police also seized two guns and $68,000 US in the digital currency, Bitcoin.")
    assert got == [("seized_firearms", 2, "items", None), ("seized_money", 68000, "USD", None)]


def test_residents_arrested_are_people():
    assert sent("Two residents of the city have both been arrested, police said.") == [("arrests", 2, "people", None)]


def test_police_finding_a_haul_seized_it():
    assert sent("Police used search warrants to find about 75 kilogrammes of different drugs.") == [("seized_drugs", 75, "kg", None)]


def test_a_named_drug_before_another_list_item_is_no_part_of_it():
    got = facts("Police seized 120 grams of suspected fentanyl and more than three kilograms of unknown substances.")
    assert got == [("seized_drugs", 0.12, "kg", None), ("seized_drugs", 3, "kg", None)]
    got = facts("Police seized 850 kg of drugs, including 43 kg of cocaine.")
    # a part of the stated total is never a second total; it is filed under its drug, as the reference dataset does
    assert sorted(got) == [("seized_cocaine", 43, "kg", None), ("seized_drugs", 850, "kg", None)]


def test_georgia_in_a_story_on_a_us_prosecution_is_the_state():
    story = ("RCMP arrested a B.C. man in West Vancouver. The prosecution would take place in the state of Georgia, "
             "the Department of Justice in Georgia said.")
    assert "GE" not in extract(story).countries
    assert "GE" in extract("Georgian police arrested 4 people in Tbilisi; Georgia's interior ministry said.").countries
