"""A count in group words restating an exact one is one figure (#16: "made over a dozen arrests" beside 17)."""

from tests.ingest.phrases import facts


def test_over_a_dozen_beside_seventeen_is_the_seventeen():
    story = ("The operation shut down several markets and made over a dozen arrests.\n"
             "In all, 17 people were arrested in the operation.")
    assert facts(story) == [("arrests", 17, "people", None)]


def test_a_dozen_far_from_the_exact_figure_is_another_count():
    story = ("Police made about a dozen arrests in the first raid.\n"
             "In all, 60 people were arrested in the operation.")
    assert facts(story) == [("arrests", 12, "people", None), ("arrests", 60, "people", None)]
