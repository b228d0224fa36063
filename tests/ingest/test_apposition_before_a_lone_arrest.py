"""One person arrested with an apposition in commas before the verb («Администратор площадки, гражданин
Канады, был арестован в Таиланде») is one arrest, placed where it happened; ingredients are no drugs. Own
sentences."""

from tests.ingest.phrases import facts


def test_an_apposition_between_the_person_and_the_verb_is_one_arrest():
    got = facts("Владелец биржи, гражданин Эстонии, был арестован в Португалии по запросу США.")
    assert [(m, v, c) for m, v, _, c in got] == [("arrests", 1, "PT")]


def test_a_participle_clause_in_commas_is_an_apposition_too():
    got = facts("Курьер, перевозивший 4 кг гашиша, был задержан в Минске.")
    assert ("arrests", 1, "people", "BY") in got


def test_ingredients_and_precursors_are_no_drugs():
    got = facts("Полиция изъяла 6 кг метадона, а также около 200 килограммов ингредиентов и прекурсоров.")
    assert [(m, v) for m, v, _, _ in got] == [("seized_drugs", 6)]


def test_the_country_that_asked_for_the_arrest_is_not_its_place():
    got = facts("Police arrested 12 people in Spain at the request of the US.")
    assert got == [("arrests", 12, "people", "ES")]
