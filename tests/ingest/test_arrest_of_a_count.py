""""the arrest of six key targets": the arrest noun's "of" takes its count like a verb's object (#16, wire copy)."""

from tests.ingest.phrases import facts


def test_the_arrest_of_targets_is_an_arrest_count():
    got = facts("Cartel hit\nThe latest phase led to the arrest of seven key targets in Portugal.")
    assert ("arrests", 7, "people", "PT") in got


def test_the_arrest_of_a_count_past_an_aside_keeps_its_place():
    got = facts('Cartel hit\nIt resulted in the arrest of four "priority targets" – the most wanted of all – in Lisbon, in Portugal.')
    assert ("arrests", 4, "people", "PT") in got


def test_the_arrest_of_a_year_is_no_count():
    got = facts("Cartel hit\nSince the arrest of 2021, the network has been rebuilt.")
    assert not any(f[0] == "arrests" for f in got)
