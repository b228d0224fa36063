"""A sentence may open on a figure ("… of cannabis. 12 of those held were arrested in Austria"):
it is a sentence of its own, so its place is not lent to the figures before it — while a
figure after an abbreviation ("approx. 40 kg") still goes on the sentence it belongs to."""

from store.ingest.sentences import split_sentences
from tests.ingest.phrases import facts


def test_a_figure_opening_the_next_sentence_keeps_its_country_to_itself():
    text = ("Drug ring broken up across Europe\n"
            "Europol said the two-year inquiry ended with the arrest of 63 people and the seizure of "
            "more than 12 tonnes of cannabis. 14 of them were arrested here in Austria.")
    assert facts(text) == [("arrests", 14, "people", "AT"), ("arrests", 63, "people", None),
                           ("seized_drugs", 12000, "kg", None)]


def test_a_weekday_before_the_stop_ends_the_sentence():
    text = "Police raided a port warehouse on Friday. 9 tonnes of cocaine were found in banana crates."
    assert [s.text for s in split_sentences(text)] == [
        "Police raided a port warehouse on Friday.", "9 tonnes of cocaine were found in banana crates."]


def test_an_abbreviation_before_a_figure_does_not_end_the_sentence():
    text = "Police find drugs\nOfficers in Latvia seized approx. 40 kg of amphetamine on Monday."
    assert facts(text) == [("seized_drugs", 40, "kg", "LV")]


def test_a_place_tied_to_an_uncounted_figure_is_not_left_over_for_the_total():
    text = ("Cocaine found\n"
            "Police seized 21 tonnes of drugs, in addition to the 9 tonnes seized last month in Spain "
            "and the 4 seized in Italy.")
    assert facts(text) == [("seized_drugs", 4000, "kg", "IT"), ("seized_drugs", 9000, "kg", "ES"),
                           ("seized_drugs", 21000, "kg", None)]


def test_people_rounded_up_are_arrests():
    text = ("Sting hits gangs\n"
            "Most raids were in Canada; over 90 suspects were rounded up there, police said.")
    assert ("arrests", 90, "people", "CA") in facts(text)
