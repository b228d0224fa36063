"""A country that "worked with police in" other places is one member of a joint subject: the figures the
sentence goes on to give are everyone's, not that country's (#16)."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent


def test_working_with_police_of_two_continents():
    got = sent("Canada worked with police in Europe and South America on the case, seizing $8 million and arresting 64 people.")
    assert got == [("seized_money", 8000000, "USD", None), ("arrests", 64, "people", None)]


def test_teaming_up_with_authorities_of_another_country():
    assert sent("Britain teamed up with authorities in the Netherlands, seizing 260 kilograms of cocaine.") == [
        ("seized_drugs", 260, "kg", None)]


def test_a_supporting_agency_leaves_the_country_its_figures():
    assert sent("Spanish police worked with Europol to arrest 14 people.") == [("arrests", 14, "people", "ES")]


def test_the_joint_subject_still_names_its_country_a_participant():
    story = "Sweep\n\nThe US worked with police in Europe and Asia in the operation, seizing $5 million."
    assert facts(story) == [("seized_money", 5000000, "USD", None)]
    assert extract(story).countries == ["US"]
