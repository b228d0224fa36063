"""Court copy (#16, enlocal batch 6): an amount given per container is the content times the
containers ("two shoe boxes with £2,000 cash in each" = £4,000), also in a sentence that only
describes the packages the one before said were seized; a share after a list ("1 kg … each") and
an amount with no "each" are not multiplied."""

from tests.ingest.phrases import facts


def test_cash_in_each_of_two_boxes_is_the_sum():
    story = ("Detectives seized four sealed packages from the flat in Derry. "
             "Two were shoe boxes with £2,000 cash in each, the prosecutor said.")
    assert [f[:3] for f in facts(story) if f[0] == "seized_money"] == [("seized_money", 4000, "GBP")]


def test_bags_each_containing_a_weight_add_up():
    assert [f[:3] for f in facts("Officers found three bags each containing 2kg of cocaine in a car in Luton.")] == [
        ("seized_drugs", 6, "kg")]


def test_a_weight_in_each_of_several_holdalls_adds_up():
    assert [f[:3] for f in facts("Detectives recovered 1kg of heroin in each of four holdalls at a unit in Leeds.")] == [
        ("seized_drugs", 4, "kg")]


def test_bags_with_a_weight_and_no_each_stay_as_written():
    assert [f[:3] for f in facts("Police found two bags with 3kg of cannabis in a loft in Hull.")] == [("seized_drugs", 3, "kg")]
