"""The place a figure belongs to: written next to it, before its verb, or the clause's one actor.

Regrouped from the per-round files (#11); each test names its round."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, placed, sent, sent_ru


def test_arrest_verb_between_figure_and_place():
    """Round 1 (was test_generalise.py)."""
    assert placed("Police said three vendors were arrested in Portugal and one in Spain.") == \
        [("arrests", 3, "PT"), ("arrests", 1, "ES")]
    assert ("arrests", 40, "GB") in placed("Полиция задержала 100 человек, ещё 40 человек задержаны в Великобритании.", "ru")
    assert ("arrests", 51, "ES") in placed("Из 90 задержаний – 51 – пришлось на Испанию.", "ru")


def test_place_then_verb_then_figure():
    """Round 1 (was test_generalise.py)."""
    got = placed("Полиция задержала 9 человек: в Италии задержаны шесть подозреваемых, в Австрии – трое.", "ru")
    assert ("arrests", 6, "IT") in got and ("arrests", 3, "AT") in got
    # a list of countries before the verb is not one place
    assert placed("Police in Italy, Austria and Slovenia arrested 17 people.") == [("arrests", 17, None)]


def test_coordinated_places_leave_a_figure_worldwide():
    """Round 1 (was test_generalise.py)."""
    assert placed("In Germany and Austria 14 people were arrested.") == [("arrests", 14, None)]
    assert placed("Police arrested 14 people in Germany and Austria.") == [("arrests", 14, None)]
    assert placed("Police arrested 14 people in Munich, Berlin and Hamburg.") == [("arrests", 14, "DE")]


def test_attribution_clause_is_not_the_place():
    """Round 1 (was test_generalise.py)."""
    assert placed("Операция завершилась арестом 80 человек, сообщили в полиции Италии.", "ru") == [("arrests", 80, None)]


def test_multinational_wording_makes_a_total_worldwide():
    """Round 1 (was test_generalise.py)."""
    assert placed("Police from eight countries, led by Belgium, arrested 40 suspects.") == [("arrests", 40, None)]
    assert placed("Международная операция под руководством Франции завершилась арестом 70 человек.", "ru") == [("arrests", 70, None)]


def test_nationality_before_people_noun():
    """Round 1 (was test_generalise.py)."""
    assert placed("Four Irish nationals were arrested in Dublin.") == [("arrests", 4, "IE")]


def test_took_into_custody_in_place():
    """Round 2 (was test_generalise_r2.py)."""
    got = sent("Investigators took nine suspects into custody in the United States and another three in Canada.")
    assert got == [("arrests", 9, "people", "US"), ("arrests", 3, "people", "CA")]


def test_place_list_before_verb():
    """Round 2 (was test_generalise_r2.py)."""
    got = sent("В Роттердаме и Утрехте задержаны четверо подозреваемых, ещё один – в Бельгии.", "ru")
    assert ("arrests", 4, "people", "NL") in got and ("arrests", 1, "people", "BE") in got


def test_russian_object_first_arrest():
    """Round 3 (was test_generalise_r3.py)."""
    assert sent("Ещё троих задержали полицейские в Латвии.", "ru") == [("arrests", 3, "people", "LV")]


def test_helper_agency_is_not_the_one_actor():
    """Round 5 (was test_generalise_r5.py)."""
    got = sent("Сотрудники ФСБ при участии МВД Армении задержали 12 человек.", "ru")
    assert got == [("arrests", 12, "people", None)]
    got = sent("Investigators, assisted by Polish authorities, arrested 6 suspects.")
    assert got == [("arrests", 6, "people", None)]
    # the helper is still a participant
    assert "PL" in extract("Investigators, assisted by Polish authorities, arrested 6 suspects.").countries


def test_partitive_people_figure_with_its_place():
    """Round 6 (was test_generalise_r6.py)."""
    assert sent("Eight of the suspects were detained in Hungary and three in Slovakia.") == \
        [("arrests", 8, "people", "HU"), ("arrests", 3, "people", "SK")]
    assert sent("Police said 15 of those arrested were in Ireland.") == [("arrests", 15, "people", "IE")]
    # a part with no place of its own is part of a figure given elsewhere, not a new one
    assert sent("One of the suspects, a 35-year-old man, was remanded in custody.") == []
    # "23 of the arrests" is a share of the arrests, still read with its actor
    assert ("arrests", 23, "people", "HU") in sent("Hungary accounted for 23 of the arrests.")


def test_place_after_took_place_and_accounted_for():
    """Round 7 (was test_generalise_r7.py)."""
    got = facts("Police arrested 30 suspects. Most of the arrests, 18, took place in Italy; "
                "Malta accounted for seven, and the remaining five were made in Greece.")
    assert ("arrests", 18, "people", "IT") in got
    assert ("arrests", 7, "people", "MT") in got
    assert ("arrests", 5, "people", "GR") in got


def test_place_then_seizure_participle_attaches():
    """Round 8 (was test_generalise_r8.py)."""
    got = sent_ru("Польская полиция изъяла 2 тонны марихуаны, а в Чехии изъято ещё 80 кг.")
    assert ("seized_drugs", 80, "kg", "CZ") in got
    got = sent_ru("В Венгрии изъяли 14 единиц оружия, а в Словакии задержали шестерых.")
    assert ("seized_firearms", 14, "items", "HU") in got


def test_dash_framed_figure_then_took_place_in():
    """Round 8 (was test_generalise_r8.py)."""
    got = facts("Полиция задержала 90 человек. Больше всего задержаний – 38 – прошло в Италии, 20 – в Испании.")
    assert ("arrests", 38, "people", "IT") in got and ("arrests", 20, "people", "ES") in got


def test_working_with_is_a_helper_not_an_actor():
    """Round 10 (was test_generalise_r10.py)."""
    assert sent("Japanese police, working with the Australian Federal Police, arrested 11 people.") == [
        ("arrests", 11, "people", "JP")]


def test_russian_active_verb_then_place_attaches():
    """Round 10 (was test_generalise_r10.py)."""
    assert sent("Сербские полицейские задержали 12 человек, ещё четверых арестовали в Черногории.", "ru") == [
        ("arrests", 12, "people", "RS"), ("arrests", 4, "people", "ME")]


def test_the_country_opening_a_clause_list_owns_every_figure_in_it():
    """Round 12 (was test_generalise_r12.py)."""
    got = sent("— в Эстонии задержаны 3 человека, изъяты 40 000 евро и 2,5 кг героина;", "ru")
    assert got == [("arrests", 3, "people", "EE"), ("seized_money", 40000, "EUR", "EE"), ("seized_drugs", 2.5, "kg", "EE")]
    got = sent("In Portugal police arrested 5 people and seized €70,000 and 3 kg of heroin.")
    assert {g[3] for g in got} == {"PT"}
    # a total after the country is no longer that country's
    got = sent("В Эстонии задержаны 3 человека, а всего изъято 9 кг героина.", "ru")
    assert got == [("arrests", 3, "people", "EE"), ("seized_drugs", 9, "kg", None)]


def test_people_based_in_a_country_are_its_arrests_in_a_breakdown():
    """#16 real text: "N of the vendors were based in X, M were arrested in Y"."""
    assert sent("Ninety-three of the sellers were based in the United States, 27 were arrested in France.") == \
        [("arrests", 93, "people", "US"), ("arrests", 27, "people", "FR")]
    assert sent("Police arrested 80 suspects; 61 of them were located in Spain.") == \
        [("arrests", 80, "people", None), ("arrests", 61, "people", "ES")]


def test_an_agency_based_in_a_country_is_still_no_scene():
    """#16: the agency's seat stays a venue when no people count is based there."""
    assert sent("Europol, which is based in the Netherlands, said 42 were arrested.") == [("arrests", 42, "people", None)]


def test_fronted_place_without_a_comma_owns_the_figure_right_after_it():
    assert placed("In Portugal 9 people were detained and in Greece 4 suspects were arrested.") == [
        ("arrests", 9, "PT"), ("arrests", 4, "GR")]
    assert placed("В Польше 6 человек задержаны, а в Чехии 3 арестованы.") == [("arrests", 6, "PL"), ("arrests", 3, "CZ")]
    assert placed("In Portugal and Greece 13 people were detained.") == [("arrests", 13, None)]
