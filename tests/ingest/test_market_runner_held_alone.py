"""One person who ran a market, held with no number written: "its alleged mastermind was arrested in
Austria", "agents arrested the founder of the exchange", "a … citizen who is believed to be the
site's operator has been detained" (#16)."""

from tests.ingest.phrases import facts


def test_a_possessive_role_held_in_a_country():
    got = facts("Bazaar shut\nVelvetine is gone: its alleged mastermind was arrested in Austria.")
    assert got == [("arrests", 1, "people", "AT")]


def test_an_active_verb_before_the_founder():
    got = facts("Exec held\nFederal agents in Denver arrested the founder of a crypto exchange late on Monday.")
    assert got == [("arrests", 1, "people", "US")]


def test_a_person_with_a_short_relative_clause_before_the_passive():
    got = facts("Admin held\nA 38-year-old Latvian citizen who is believed to be the operator of Velvetine has been "
                "detained by police in the Austrian city of Graz.")
    assert got == [("arrests", 1, "people", "AT")]


def test_the_man_accused_of_running_a_site_is_not_read_from_an_active_verb():
    assert facts("Held\nIn Canada, the RCMP arrested the man accused of running the site.") == []


def test_the_administrators_in_the_plural_are_no_one_person():
    assert [f for f in facts("Held\nPolice arrested the administrators in Spain.") if f[0] == "arrests"] == []
