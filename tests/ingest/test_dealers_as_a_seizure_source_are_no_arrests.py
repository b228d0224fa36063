"""People counted only as whom drugs were taken from are no arrests; the text must say they were arrested
(the conservative reading of real-style gold, #16)."""

from tests.ingest.phrases import sent


def test_drugs_seized_from_dealers_count_no_arrests():
    assert sent("Officers seized heroin, cash and knives from 212 dealers during the sweep.") == []


def test_arrests_of_dealers_with_a_seizure_are_arrests():
    assert sent("The sweep ended with the arrests of 212 dealers and the seizure of 15 firearms.") == [
        ("arrests", 212, "people", None), ("seized_firearms", 15, "items", None)]
