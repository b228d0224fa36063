"""A round-up's case line opened by a country and a colon ("- Ghana: …") is about that country to
the line's end; money "rerouted … to offshore companies in the UAE" names where it went, not a
participant."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_the_rest_of_a_labelled_line_is_that_countrys():
    text = ("Cyber sweep results\n"
            "Notable arrests:\n"
            "- Ghana: Police arrested 14 people over a romance scam. Seized items included phones and $23,000 in cash.\n"
            "- Zambia: Officers detained six suspects.")
    assert facts(text) == [("arrests", 6, "people", "ZM"), ("arrests", 14, "people", "GH"),
                           ("seized_money", 23000, "USD", "GH")]


def test_where_funds_were_moved_is_no_participant():
    text = ("Card fraud ring\n"
            "Kenyan police arrested 21 people who rerouted stolen funds to offshore companies in the UAE and China.")
    assert extract(text).countries == ["KE"]


def test_a_reporting_agency_after_the_place_does_not_unplace_it():
    text = ("Malware takedown\n"
            "Detectives seized servers in Norway, filed indictments in the United States and took four "
            "people into custody in Belgium, Europol said.")
    assert facts(text) == [("arrests", 4, "people", "BE")]
