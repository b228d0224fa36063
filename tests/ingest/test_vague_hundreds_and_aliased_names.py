"""Wire and Indian copy (#16, enlocal batch 7): "a few hundred kilograms" and "several thousand
pills" write no number (no figure of 100 or 1,000), while "a hundred kilograms" does; and people
named with an alias and an age after "the arrest of" ("A alias B, 46, and C, 35") are counted."""

from tests.ingest.phrases import facts


def test_a_few_hundred_is_no_figure():
    assert facts("Agents also seized a few hundred kilograms of marijuana in Ohio.") == []
    assert facts("Agents also seized several hundred kilograms of marijuana in Ohio.") == []


def test_a_hundred_is_still_a_figure():
    assert facts("Agents also seized a hundred kilograms of marijuana in Ohio.") == [("seized_drugs", 100, "kg", "US")]


def test_aliased_names_with_ages_after_the_arrest_of():
    story = "The raid in Jaipur led to the arrest of Ravi Kant alias Bunty, 29, and Sunil Mehra, 41, police said."
    assert [f[:3] for f in facts(story)] == [("arrests", 2, "people")]
