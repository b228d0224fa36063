""""the results of the operation, which included 288 arrests": what an operation included is its whole count, not
a part of an earlier one; "40 suspects, which included 12 vendors" still is a part (#16, DoJ release)."""

from tests.ingest.phrases import facts


def test_an_operations_results_which_included_arrests():
    got = facts("Sweep\nThe agency announced the results of Operation Larchwood, which included 212 arrests.")
    assert ("arrests", 212, "people", None) in got


def test_the_operation_which_included_arrests():
    got = facts("Sweep\nThe operation, which included 95 arrests, ran for six months.")
    assert ("arrests", 95, "people", None) in got


def test_people_which_included_vendors_stay_a_part():
    got = facts("Sweep\nPolice arrested 40 suspects, which included 12 vendors.")
    assert [f for f in got if f[0] == "arrests"] == [("arrests", 40, "people", None)]
