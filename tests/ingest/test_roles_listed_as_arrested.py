"""Roles listed as the subject of an arrest are counted (#16, fresh16: "the CEO, financial director,
and marketing director of the exchange were arrested in Spain")."""

from tests.ingest.phrases import facts, sent


def test_a_list_of_roles_arrested_together_counts_its_items():
    assert sent("The founder and the main administrator were arrested in Germany.") == [("arrests", 2, "people", "DE")]
    story = "Europol said the CEO, financial director, and marketing director of the exchange were arrested in Spain."
    assert facts(story) == [("arrests", 3, "people", "ES")]


def test_one_role_is_one_person_and_other_nouns_are_no_count():
    # one person (kept only where nothing else counts the arrests), not a list of roles
    assert sent("The administrator was arrested in Germany.") == [("arrests", 1, "people", "DE")]
    assert facts("Police arrested 12 people. The administrator was arrested in Germany.") == [("arrests", 12, "people", None)]
    assert sent("The director and producer of the film were arrested.") == []
    assert sent("The founder and the administrator ran the market for years.") == []
