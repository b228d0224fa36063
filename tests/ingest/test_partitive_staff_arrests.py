"""A partitive of a market's staff with its own arrest verb is that many arrests; "Britannia" is Britain."""

from tests.ingest.phrases import placed


def test_staff_partitive_with_no_total_counts_as_arrests():
    assert placed("Three of the forum's moderators have been arrested.") == [("arrests", 3, None)]


def test_staff_partitive_inside_a_total_stays_a_part():
    assert placed("Officers detained 15 people, including three of the shop's operators.") == [("arrests", 15, None)]


def test_other_partitives_without_a_total_are_still_not_new_arrests():
    assert placed("Three of the suspects were arrested.") == []


def test_britannia_names_britain_in_a_breakdown():
    assert ("arrests", 61, "GB") in placed("Of the 90 arrests, most were in Britannia (61) and Austria (29).")
