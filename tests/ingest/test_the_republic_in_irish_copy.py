"""Irish copy names its state "the Republic": in a story of gardaí or Dublin, a figure "found in the
Republic" is Ireland's.  "The Czech Republic", "the Republic of Moldova" and a story with no Irish cue
are read as before.  Own sentences."""

from tests.ingest.phrases import facts


def test_the_republic_is_ireland_in_irish_copy():
    text = ("A Cork man who sold drugs on the dark web appeared in court. "
            "He was arrested after 6 kg of cannabis was found in the Republic.")
    assert ("seized_drugs", 6, "kg", "IE") in facts(text)


def test_the_czech_republic_is_still_czechia():
    assert facts("Gardaí said police in the Czech Republic arrested 4 people.") == [("arrests", 4, "people", "CZ")]


def test_no_irish_cue_no_ireland():
    assert facts("Officers said 6 kg of cannabis was found in the Republic.") == [("seized_drugs", 6, "kg", None)]
