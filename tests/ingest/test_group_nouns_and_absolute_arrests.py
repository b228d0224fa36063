"""People arrested with no number in shapes of local copy (#16, encourt): a couple is two people, the person
of a "with … arrested" clause is one, and "another suspect was held" is one more person, not the first restated."""

from tests.ingest.phrases import extract, facts


def test_another_couple_arrested_is_two_people():
    story = "Agents arrest couple over darknet ketamine\n\nThe bureau arrested another couple running a darknet ketamine trade from a farm."
    assert facts(story) == [("arrests", 2, "people", None)]


def test_the_couple_was_detained_is_two_people():
    story = "Parcels of cannabis intercepted\n\nThe couple was detained at their home in Ballincollig on Friday."
    assert ("arrests", 2, "people", "IE") in facts(story) or ("arrests", 2, "people", None) in facts(story)


def test_the_person_of_a_with_clause_is_arrested():
    story = "Meth parcel traced\n\nOfficers stopped a van on the motorway near Drury, with the driver arrested on the spot."
    assert [f[:3] for f in facts(story)] == [("arrests", 1, "people")]


def test_another_suspect_held_elsewhere_is_one_more_person():
    story = ("Customs traces mailed methamphetamine\n\n"
             "A 44-year-old man was arrested in Nelson on Monday.\n\n"
             "Another suspect was held later that week in Invercargill, where officers searched a storage unit.")
    arrests = [f for f in extract(story).facts if f.metric == "arrests"]
    assert [f.value for f in arrests] == [1, 1]


def test_a_meeting_held_is_no_arrest():
    story = "Drug squad briefing\n\nA briefing was held in Nelson after the search, and no one was charged."
    assert facts(story) == []


def test_a_couple_named_by_its_town_and_recently_arrested_is_two():
    text = ("Parcel of pills traced to Ohio home\n"
            "Postal inspectors in Ohio tracked a parcel of pills to a house in Dayton.\n"
            "A Dayton couple was recently arrested after collecting the parcel.")
    assert [f[:3] for f in facts(text)] == [("arrests", 2, "people")]


def test_surnames_each_with_an_age_under_one_passive_verb_are_counted():
    text = ("Armed raid in Coventry\n"
            "West Midlands Police named the pair as Dean Oakes and Ravi Mistry.\n"
            "Inside the flat, Oakes, 41, and Mistry, 33, were detained.")
    assert [f[:3] for f in facts(text)] == [("arrests", 2, "people")]
