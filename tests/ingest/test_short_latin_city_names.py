"""Three-letter city names in Latin script ("Osh", "Ufa") are skipped by the GeoNames reader (too many collide with
English words), so the big ones stand in the hand list: "police in Osh" is Kyrgyzstan.  Own sentences."""

from tests.ingest.phrases import facts


def test_osh_is_kyrgyzstan():
    assert facts("Police in Osh arrested four men and seized 20 kg of heroin on Monday.") == [
        ("arrests", 4, "people", "KG"), ("seized_drugs", 20, "kg", "KG")]


def test_ufa_is_russia():
    assert facts("Police in Ufa seized 2 kg of mephedrone from a courier.") == [("seized_drugs", 2, "kg", "RU")]


def test_a_word_holding_the_letters_is_no_place():
    assert facts("Gosh, officers said, 12 people were arrested.") == [("arrests", 12, "people", None)]
