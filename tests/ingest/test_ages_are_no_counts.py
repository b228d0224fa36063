"""An age range beside a count is no second count (#16, enlocal batch: "5 Singaporeans aged 17 to 21
arrested" gave 21 arrests)."""

from tests.ingest.phrases import facts, sent


def test_the_upper_age_of_a_range_is_not_an_arrest_count():
    assert sent("Four teenagers aged 16 to 19 were arrested in Auckland.") == [("arrests", 4, "people", "NZ")]
    assert sent("Six suspects aged between 22 and 35 were arrested in Canada.") == [("arrests", 6, "people", "CA")]
    assert sent("Seven men ranging in age from 30 to 46 were arrested in Toronto.") == [("arrests", 7, "people", "CA")]
    assert sent("Two brothers, aged 19 and 23, were arrested in Ireland.") == [("arrests", 2, "people", "IE")]


def test_a_count_after_the_word_aged_elsewhere_still_counts():
    assert sent("Police arrested 12 people in Spain, most of them aged under 30.") == [("arrests", 12, "people", "ES")]


def test_a_list_of_three_ages_is_not_an_arrest_count():
    assert [f[:3] for f in sent("Three women aged 27, 33 and 61 were arrested in Ireland.")] == [("arrests", 3, "people")]
    assert [f[:3] for f in sent("Two males, aged 44 and 50, were arrested in Scotland.")] == [("arrests", 2, "people")]


def test_one_male_arrested_is_one_arrest():
    text = ("Cannabis farm found in Swindon\n"
            "Wiltshire Police officers raided a house in Swindon on Friday.\n"
            "One male was arrested at the address.")
    assert [f[:3] for f in facts(text)] == [("arrests", 1, "people")]
