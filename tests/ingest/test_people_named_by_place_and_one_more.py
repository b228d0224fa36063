"""Two people held with no number in Irish and Australian copy (#16, encourt): "a north Cork man and another
suspect", "the arrest of the dealer and another man", and a second person "also stopped and arrested"."""

from tests.ingest.phrases import extract, facts


def test_a_compass_word_before_the_town_keeps_the_person():
    story = "Two held over darknet parcels\n\nA north Cork man and another suspect were arrested in Mallow on Tuesday."
    assert [f[:2] for f in facts(story)] == [("arrests", 2)]


def test_the_one_named_and_another_man():
    story = ("Raid at industrial estate\n\nThe inquiry ended with the arrest of the dealer and another man at a unit "
             "near Naas on Thursday.")
    assert [f[:2] for f in facts(story)] == [("arrests", 2)]


def test_a_second_person_stopped_and_arrested_is_one_more():
    story = ("Cannabis haul on highway\n\nPolice arrested a 41-year-old man in Logan on Friday.\n\n"
             "A driver on the Bruce Highway was also stopped and arrested, and his van was searched.")
    assert [f.value for f in extract(story).facts if f.metric == "arrests"] == [1, 1]
