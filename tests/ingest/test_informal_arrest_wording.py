"""Arrests told in informal or indirect wording are counted (#16).

Tabloids, local papers and wire headlines say "nab", "cuff", "bust", "collar", "pick up", "round
up"; releases hang the place on a relative clause ("three suspects, who were detained in …"); and
"one moderator and six vendors were also apprehended" is one group of seven held by one verb."""

from tests.ingest.phrases import facts


def test_slang_arrest_verbs_count_people_in_body_and_headline():
    assert facts("Cops cuff nine in dark web drugs raid\nThe force said the gang sold cocaine.") == [
        ("arrests", 9, "people", None)]
    assert facts("Detectives collared two suppliers.") == [("arrests", 2, "people", None)]
    assert facts("Officers busted four couriers and rounded up 13 buyers.") == [
        ("arrests", 4, "people", None), ("arrests", 13, "people", None)]
    assert facts("Another five were picked up in a dawn raid.") == [("arrests", 5, "people", None)]
    assert facts("Police nabbed three more in Leeds.") == [("arrests", 3, "people", "GB")]


def test_slang_verbs_over_things_count_no_people():
    assert facts("Police busted 3 labs. Couriers picked up 12 parcels from the depot.") == []


def test_a_count_with_a_relative_clause_takes_the_clause_s_place():
    text = "The raids led to four suspects, who were detained in Austria, and two vendors, who were arrested in Slovenia."
    assert facts(text) == [("arrests", 2, "people", "SI"), ("arrests", 4, "people", "AT")]


def test_two_counts_before_one_passive_arrest_verb_are_one_figure():
    assert facts("One administrator and five vendors were also apprehended.") == [("arrests", 6, "people", None)]
    assert facts("Two couriers and three buyers were also detained in Bristol.") == [("arrests", 5, "people", "GB")]
    assert facts("Один модератор и четверо продавцов также были задержаны.") == [("arrests", 5, "people", None)]


def test_counts_an_active_verb_lists_stay_apart():
    assert facts("Police arrested two admins and five vendors.") == [
        ("arrests", 2, "people", None), ("arrests", 5, "people", None)]


def test_a_role_before_a_count_adds_one_person():
    assert facts("The administrator and two moderators were arrested in Spain.") == [("arrests", 3, "people", "ES")]
    assert facts("Police arrested the founder and four vendors.") == [("arrests", 5, "people", None)]


def test_a_passive_group_after_another_clause_is_still_one_figure():
    got = facts("Two administrators were detained in Germany, and one moderator and six vendors were also apprehended.")
    assert [v for _, v, _, _ in got] == [2, 7]


def test_a_group_held_by_a_relative_clause_is_one_figure_with_its_place():
    assert facts("A courier and three dealers, who were detained in Leeds, were later released.") == [
        ("arrests", 4, "people", "GB")]


def test_a_headline_count_with_a_bare_participle_is_arrests():
    for headline, value in (("Darknet drug ring busted, 11 held", 11), ("13 nabbed as cops bust dark web pill ring", 13),
                            ("Police cuff 4 over darknet pill shop", 4), ("Six collared in dark web probe", 6)):
        assert facts(headline + "\nThe shop sold pills online.") == [("arrests", value, "people", None)], headline
