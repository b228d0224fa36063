"""A figure one country's police made "as part of an international crackdown" is that country's
share of the operation, not the operation's worldwide total."""

from tests.ingest.phrases import sent


def test_a_national_police_share_keeps_its_country():
    got = sent("Czech police arrested 14 people as part of an international crackdown on the forum.")
    assert got == [("arrests", 14, "people", "CZ")]


def test_an_international_operation_total_stays_worldwide():
    got = sent("The international operation, supported by Czech police, led to 140 arrests.")
    assert got == [("arrests", 140, "people", None)]
