"""Arrests counted by nationality: "31 Poles, 12 Danes and 4 Swiss were arrested", «пятеро немцев
и двое французов»; a lone nationality among the detained is a passport, not a breakdown; an age
(«41-летний») is no count."""

from tests.ingest.phrases import sent


def test_a_list_of_nationality_nouns_is_a_breakdown():
    got = sent("Also, 31 Poles, 12 Danes, 9 Canadians and 4 Swiss were arrested.")
    assert got == [("arrests", 31, "people", "PL"), ("arrests", 12, "people", "DK"),
                   ("arrests", 9, "people", "CA"), ("arrests", 4, "people", "CH")]


def test_adjective_used_as_a_noun_and_irregular_demonyms():
    got = sent("Officers detained 14 Italians, 6 Britons and 2 Dutch.")
    assert got == [("arrests", 14, "people", "IT"), ("arrests", 6, "people", "GB"), ("arrests", 2, "people", "NL")]


def test_nationality_adjective_with_a_people_noun_in_a_list():
    got = sent("Police arrested 11 German suspects and 3 Austrian nationals.")
    assert got == [("arrests", 11, "people", "DE"), ("arrests", 3, "people", "AT")]


def test_russian_nationality_nouns():
    got = sent("Среди задержанных пятеро немцев и двое французов.", "ru")
    assert got == [("arrests", 5, "people", "DE"), ("arrests", 2, "people", "FR")]


def test_one_nationality_among_the_detained_is_no_place():
    assert sent("Among those detained were two Latvian nationals who ran the shipping.") == []
    assert sent("Police arrested 9 suspects, including three Estonians.") == [("arrests", 9, "people", None)]


def test_nationality_adjective_before_an_agency_is_no_count():
    assert sent("Police arrested 12 people after French investigators shared data.") == [("arrests", 12, "people", None)]


def test_an_age_is_no_count_of_people():
    # one courier held (the lone person, see test_russian_release_shapes), not 41
    assert sent("В Караганде задержан 41-летний курьер интернет-магазина.", "ru") == [("arrests", 1, "people", "KZ")]
    assert sent("Задержаны трое 19-летних закладчиков.", "ru") == [("arrests", 3, "people", None)]


def test_the_actor_of_a_time_clause_is_not_the_main_clause_country():
    got = sent("A month after Belgian investigators took over the forum, officers seized 90 kg of drugs.")
    assert got == [("seized_drugs", 90, "kg", None)]
    assert sent("After Spanish police arrested 5 people, the site closed.") == [("arrests", 5, "people", "ES")]
