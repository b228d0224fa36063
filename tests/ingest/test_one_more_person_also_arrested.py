""""A fifth man, aged 40, was also arrested at the flat": one person held besides those counted is
an arrest of its own, though another sentence counts the arrests (#16, r2en); one with no "also"
is left to the count."""

from tests.ingest.phrases import facts


def test_a_person_also_arrested_adds_to_the_count():
    story = "Police in Leeds arrested four people on Monday. A fifth man, aged 40, was also arrested at the flat."
    assert facts(story) == [("arrests", 1, "people", None), ("arrests", 4, "people", "GB")]
    story = "Police in Leeds arrested four people on Monday. A 40-year-old woman was also arrested at the flat."
    assert facts(story) == [("arrests", 1, "people", None), ("arrests", 4, "people", "GB")]


def test_a_person_without_also_is_inside_the_count():
    assert facts("Police in Leeds arrested four people on Monday. A 40-year-old woman was arrested at the flat.") == [
        ("arrests", 4, "people", "GB")]


def test_in_addition_introduces_one_more_person():
    story = "Police in Leeds arrested four people on Monday. In addition to this, a 40-year-old woman was arrested at the flat."
    assert facts(story) == [("arrests", 1, "people", None), ("arrests", 4, "people", "GB")]
