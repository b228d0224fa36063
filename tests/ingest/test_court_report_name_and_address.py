"""Court copy (#16, enlocal batch 6): "Kyle Roe, 25, of Mill Street, Belfast, was also detained" — a
name, an age and an address of street and town in commas, then the passive — is one more person
held, like the first one named."""

from tests.ingest.phrases import facts


def test_a_name_age_and_street_address_before_the_passive_is_one_arrest():
    story = ("Dean Moss, 41, was arrested after officers found heroin at his flat in Lisburn on 3 May. "
             "In a separate search, Aaron Kyle, 27, of Mill Street, Newry, was also detained.")
    assert [f[:3] for f in facts(story) if f[0] == "arrests"] == [("arrests", 1, "people"), ("arrests", 1, "people")]


def test_a_name_and_age_with_a_town_only_still_counts():
    story = "Aaron Kyle, 27, of Newry, was arrested on Friday."
    assert [f[:3] for f in facts(story) if f[0] == "arrests"] == [("arrests", 1, "people")]
