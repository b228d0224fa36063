"""An informal passive arrest verb before the place places the count: "27 others were picked up in Greece" (#16)."""

from tests.ingest.phrases import facts


def test_others_picked_up_in_a_country():
    got = facts("Sweep\nAnother 31 were caught in Austria, and 27 others were picked up in Greece.")
    assert ("arrests", 27, "people", "GR") in got and ("arrests", 31, "people", "AT") in got


def test_more_rounded_up_in_a_country():
    assert ("arrests", 12, "people", "HU") in facts("Sweep\nPolice said 12 more were rounded up in Hungary.")


def test_cases_count_the_arrests_the_sentence_speaks_of():
    got = facts("Sweep\nMost of the arrests happened in Canada with 57 cases, followed by 19 cases in Ireland.")
    assert ("arrests", 57, "people", "CA") in got and ("arrests", 19, "people", "IE") in got


def test_cases_without_arrests_are_no_people():
    assert [f for f in facts("Report\nDoctors in Canada saw 57 cases of overdose last year.") if f[0] == "arrests"] == []


def test_one_case_closing_the_list():
    got = facts("Sweep\nMost of the arrests happened in Canada with 57 cases, then 19 cases in Ireland and one case in Malta.")
    assert ("arrests", 1, "people", "MT") in got
