"""A figure placed "across the United States and five other countries" spans the list the place heads: it is
the operation's total, not that country's (#16, DoJ release)."""

from tests.ingest.phrases import facts


def test_a_place_and_other_countries_is_worldwide():
    got = facts("Sweep\nThe operation included 164 arrests across the United States and five other countries.")
    assert got == [("arrests", 164, "people", None)]


def test_a_plain_place_still_places_its_figure():
    got = facts("Sweep\nThe operation included 40 arrests in Spain.")
    assert got == [("arrests", 40, "people", "ES")]
