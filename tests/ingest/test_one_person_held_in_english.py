"""English copy counts one person (or a pair) held without writing a number: "police arrested a
41-year-old", "the arrest of a Dutch national", "a father and son were detained". Each is a figure
of one (two for the pair), unless the article counts the arrests otherwise."""

from tests.ingest.phrases import facts


def test_the_arrest_of_a_person_by_age_is_one_arrest():
    text = ("Ransomware affiliate held\n"
            "Spain's arrest of a 41-year-old linked to the gang in Valencia followed the takedown of its servers.")
    assert facts(text) == [("arrests", 1, "people", "ES")]


def test_a_father_and_son_are_two():
    text = ("Hacker family detained\n"
            "Romanian police detained a father and son accused of running the botnet from Cluj.")
    assert facts(text) == [("arrests", 2, "people", "RO")]


def test_a_person_held_passively_is_one():
    text = "Courier caught\nA 52-year-old man from Rotterdam was arrested in the Netherlands on Friday."
    assert facts(text) == [("arrests", 1, "people", "NL")]


def test_a_person_beside_a_count_is_not_another_arrest():
    text = ("Market admins held\n"
            "Police in Germany arrested four people on Tuesday.\n"
            "A 33-year-old woman was arrested in Berlin.")
    assert facts(text) == [("arrests", 4, "people", "DE")]


def test_a_person_seen_or_named_is_no_arrest():
    text = "Vendor named\nA 29-year-old man was identified by investigators in Austria."
    assert facts(text) == []
