"""Charges are no arrests; an amount standing alone finishes the sentence before (#16, fresh16)."""

from tests.ingest.phrases import facts, sent


def test_people_charges_are_levied_against_are_not_arrested():
    assert sent("The crackdown resulted in the arrest of over 70 people associated with the forum and "
                "criminal charges being levied against 12 members of the community.") == [("arrests", 70, "people", None)]
    assert sent("Police arrested 12 people and charges were filed against five.") == [("arrests", 12, "people", None)]


def test_an_arrest_word_right_after_the_charged_takes_them_back():
    assert sent("Indictments were unsealed against 12 people, who were arrested in Spain.") == [("arrests", 12, "people", "ES")]
    assert sent("Police arrested and charged 23 people.") == [("arrests", 23, "people", None)]


def test_a_verbless_amount_reads_the_verb_of_the_sentence_before():
    story = ("Finnish customs found over 15 kilos of drugs at the border. Customs seized the suspects' bitcoin as well. "
             "An estimated one million euros worth, to be exact.")
    assert ("seized_money", 1000000, "EUR", None) in facts(story)


def test_an_amount_with_its_own_verb_is_not_a_fragment():
    story = "Customs seized the suspects' bitcoin. About one million euros was earned from sales."
    assert facts(story) == []
