""""Of the 260 arrested, the largest number, 97, was in Austria": a share set off by commas after
"the largest number" / "the most" is placed by the "was in" after it, and the total stays
worldwide (#16, r2en)."""

from tests.ingest.phrases import facts, sent


def test_the_set_off_share_takes_the_place_after_it():
    assert sent("Of the 260 arrested, the largest number, 97, was in Austria.") == [
        ("arrests", 260, "people", None), ("arrests", 97, "people", "AT")]
    assert sent("Of the 260 arrests, the most, 97, were in Austria.") == [
        ("arrests", 260, "people", None), ("arrests", 97, "people", "AT")]


def test_a_restated_total_is_one_fact():
    story = "Police arrested 260 people worldwide. Of the 260 arrested, the largest number, 97, was in Austria."
    assert facts(story) == [("arrests", 97, "people", "AT"), ("arrests", 260, "people", None)]
