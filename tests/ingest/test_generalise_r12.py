"""Round 12: rules found on blind articles, each checked on invented text."""

from tests.ingest.phrases import facts, sent


def test_the_country_opening_a_clause_list_owns_every_figure_in_it():
    got = sent("— в Эстонии задержаны 3 человека, изъяты 40 000 евро и 2,5 кг героина;", "ru")
    assert got == [("arrests", 3, "people", "EE"), ("seized_money", 40000, "EUR", "EE"), ("seized_drugs", 2.5, "kg", "EE")]
    got = sent("In Portugal police arrested 5 people and seized €70,000 and 3 kg of heroin.")
    assert {g[3] for g in got} == {"PT"}
    # a total after the country is no longer that country's
    got = sent("В Эстонии задержаны 3 человека, а всего изъято 9 кг героина.", "ru")
    assert got == [("arrests", 3, "people", "EE"), ("seized_drugs", 9, "kg", None)]


def test_there_points_back_to_the_one_country_named_just_before():
    text = ("Полиция нескольких стран закрыла площадку Dusk.\n"
            "Обыски прошли в Лионе и Марселе. Там задержаны 12 человек и изъято 30 кг кокаина.")
    assert facts(text) == [("arrests", 12, "people", "FR"), ("seized_drugs", 30, "kg", "FR")]
    text = ("Police in several countries closed the market Dusk.\n"
            "Raids hit Lyon and Marseille. Officers there arrested 12 people.")
    assert facts(text) == [("arrests", 12, "people", "FR")]


def test_an_answer_is_about_the_country_its_question_names():
    text = ("Interview: the Dusk takedown.\n"
            "Portugal ran its own raids. What did your officers find?\n"
            "We arrested 8 suspects and seized 4 kg of heroin. Across all countries we seized 40 kg.")
    assert facts(text) == [("arrests", 8, "people", "PT"), ("seized_drugs", 4, "kg", "PT"), ("seized_drugs", 40, "kg", None)]


def test_an_abbreviation_does_not_end_the_sentence():
    text = "Закрыта площадка Dusk.\nВ Испании задержаны 44 чел. (в т.ч. администратор), изъято ок. 9 ед. оружия."
    assert facts(text) == [("arrests", 44, "people", "ES"), ("seized_firearms", 9, "items", "ES")]


def test_guns_taken_off_the_street_are_seized():
    assert sent("Officers took 14 firearms off the street.") == [("seized_firearms", 14, "items", None)]


def test_went_dark_and_blocked_are_shut_down():
    from store.ingest.extract import extract

    ex = extract("Agents closed the darknet market Grey Heron.\nGrey Heron went dark on 3 June 2024.")
    assert any(e.metric == "shut_down" and e.date == "2024-06-03" for e in ex.events), ex.events
    ex = extract("Полиция закрыла даркнет-площадку Grey Heron.\nСайт площадки Grey Heron заблокирован 3 июня 2024 года.")
    assert any(e.metric == "shut_down" and e.date == "2024-06-03" for e in ex.events), ex.events


def test_a_country_that_made_arrests_and_the_running_total():
    got = sent("Italy made 9 arrests, Austria 5 and Greece 2, bringing the total across the three countries to 16.")
    assert got == [("arrests", 9, "people", "IT"), ("arrests", 5, "people", "AT"), ("arrests", 2, "people", "GR"),
                   ("arrests", 16, "people", None)]
    assert sent("Officers seized 11 kg, bringing the total to 46.") == [("seized_drugs", 11, "kg", None)]
