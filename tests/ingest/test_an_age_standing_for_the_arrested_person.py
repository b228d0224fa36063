""""The 38-year-old was arrested in May": a definite age standing for a person the story already
introduced is one arrest, kept like every lone person only where nothing else counts (#16, r2en)."""

from tests.ingest.phrases import facts


def test_the_age_alone_is_one_arrest():
    story = "Jane Roe, a former nurse from Leeds, sold pills online for years. The 38-year-old was arrested in May."
    assert facts(story) == [("arrests", 1, "people", None)]


def test_a_count_elsewhere_or_another_verb_wins():
    assert facts("Police arrested 12 people in Leeds. The 38-year-old was arrested in May.") == [("arrests", 12, "people", "GB")]
    assert facts("The 38-year-old was jailed for five years.") == []
