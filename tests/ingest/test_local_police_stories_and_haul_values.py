"""An Australian (Canadian, New Zealand) police story that names the US only as the FBI's country
("the US FBI") keeps a bare "$" local; a haul's street value ("a $90-million drug haul", "a stash of
meth") and counterfeit notes are no money seized; "They" after one national agency is that agency."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_the_us_fbi_does_not_make_the_dollar_american():
    text = ("Sting nets crime figures\n"
            "Working with the US FBI, the Australian Federal Police seized $31 million in cash.")
    assert facts(text) == [("seized_money", 31000000, "AUD", "AU")]
    assert set(extract(text).countries) == {"AU", "US"}


def test_a_drug_haul_worth_is_no_money():
    text = ("Police make $90-million drug haul\n"
            "Officers in Queensland seized a $90-million stash of meth and arrested three men.")
    assert ("seized_money", 90000000, "AUD", None) not in facts(text)
    assert not [f for f in facts(text) if f[0] == "seized_money"]


def test_counterfeit_notes_are_no_money():
    text = "Fake cash ring\nPolice in Peru seized $800,000 in counterfeit bills and arrested 11 suspects."
    assert facts(text) == [("arrests", 11, "people", "PE")]


def test_they_after_one_national_agency_is_that_agency():
    text = ("Fraud cell dismantled\n"
            "In a related case, Chilean police dismantled a fraud cell. They arrested 19 suspects and froze 40 accounts.")
    assert facts(text) == [("arrests", 19, "people", "CL")]
