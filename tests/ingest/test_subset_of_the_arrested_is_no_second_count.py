"""Who is among the arrested ("The four arrested, which include two sisters") is part of the count,
not a second arrests figure (#16, encourt)."""

from tests.ingest.phrases import facts


def test_which_include_names_a_part_of_the_arrested():
    story = ("Darknet ring busted\n\n"
             "The four arrested, which include two sisters, were picked up in Nagpur and Surat last week.")
    assert [f[:2] for f in facts(story)] == [("arrests", 4)]


def test_which_includes_after_people_arrested():
    story = ("Cannabis parcels seized\n\n"
             "The six people arrested, which includes three students, are in custody.")
    assert [f[:2] for f in facts(story)] == [("arrests", 6)]
