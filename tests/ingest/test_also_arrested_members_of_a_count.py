"""People "also arrested" after the main suspect, summed up by "All three", are two of the three (#16).

Without the summing-up, people "also arrested" are more people (see test_lone_arrests_en)."""

from tests.ingest.phrases import facts


def test_all_three_sums_the_listed_people_into_the_count():
    got = facts("Dutch probe\nThree people were arrested on Tuesday in an inquiry into dark web sales. The main suspect is a "
                "41-year-old man from Zwolle. A 36-year-old woman from Kampen and a 22-year-old man from Deventer were also "
                "arrested. All three are still in custody.")
    assert [f for f in got if f[0] == "arrests"] == [("arrests", 3, "people", "NL")] or \
        [f for f in got if f[0] == "arrests"] == [("arrests", 3, "people", None)]


def test_also_arrested_without_a_summing_up_adds_people():
    got = facts("Dutch probe\nThree people were arrested on Tuesday in Zwolle. Later a 36-year-old woman and a 22-year-old "
                "man were also arrested at a second address.")
    assert sorted(f[1] for f in got if f[0] == "arrests") == [2, 3]
