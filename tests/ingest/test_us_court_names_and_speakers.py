"""US local court copy (#16, enlocal batch 9): people named with ages, a kin word and a shared home
("A, 42, and his wife, B, 39, both of Gaffney, were arrested"), a person with a state's abbreviation
and an apposition ("C, 27, of Ellenboro, N.C., a former employee of the pair, was arrested") who is
none of those counted, "A third suspect, Dean Fields, was also arrested", "After arresting Roe",
and a town name that speaks ("…, Barletta said.") being a person, not a place."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_a_couple_named_with_a_kin_word_and_a_shared_home():
    story = "Dale Owen Brock, 44, and his wife, Tina Brock, 41, both of Greer, were arrested Tuesday morning."
    assert [f[:3] for f in facts(story)] == [("arrests", 2, "people")]


def test_a_third_person_named_apart_from_the_counted_couple():
    story = ("Dale Owen Brock, 44, and his wife, Tina Brock, 41, both of Greer, were arrested Tuesday morning. "
             "Lisa Ann Cole, 26, of Tryon, N.C., a former employee of the couple, was arrested in North Carolina.")
    assert sorted(f[1] for f in facts(story) if f[0] == "arrests") == [1, 2]


def test_a_third_suspect_named_in_apposition():
    story = ("Deputies arrested Tyrone Hill and Brock Adams at the house. "
             "A third suspect, Dean Fields, was also arrested on a city warrant.")
    assert ("arrests", 1, "people", None) in facts(story)


def test_after_arresting_a_person_named_later_with_an_age():
    story = "After arresting Hollis and searching his flat in Bicester, detectives found scales. Gary Hollis, 41, was jailed."
    assert [f[:3] for f in facts(story)] == [("arrests", 1, "people")]


def test_a_town_that_speaks_is_a_person():
    story = ("The sheriff's department made 12 arrests in San Diego, officials said. "
             "Those arrested face charges of possession of controlled substances, Barletta said.")
    assert extract(story).countries == ["US"]
