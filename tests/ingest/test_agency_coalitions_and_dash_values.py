"""A national agency coordinated with another country's police («совместной операции ФБР и полиции Испании»,
"the FBI and police in Spain") makes a two-country coalition, so the figure is no one country's unless a place
is written next to it; «Стоимость изъятого на черном рынке — свыше 1 млрд рублей» (a dash for the verb) is
what the haul is worth. Own sentences."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_the_fbi_and_a_countrys_police_seize_for_no_one_country():
    ex = extract("В результате совместной операции ФБР и полиции Испании изъяты биткоины на сумму 6 млн долларов.")
    assert [(f.metric, f.value, f.country) for f in ex.facts] == [("seized_money", 6000000, None)]
    assert set(ex.countries) == {"ES", "US"}


def test_an_english_agency_coalition_too():
    assert facts("The FBI and police in Portugal seized $3 million.") == [("seized_money", 3000000, "USD", None)]


def test_a_place_written_next_to_the_figure_still_wins():
    assert facts("ФБР и полиция Испании задержали троих в Мадриде.") == [("arrests", 3, "people", "ES")]


def test_two_police_forces_joined_by_and_are_a_coalition():
    assert facts("Полиция Венгрии и полиция Словакии задержали 12 человек.") == [("arrests", 12, "people", None)]


def test_a_value_after_a_dash_is_what_the_haul_is_worth():
    got = facts("Изъято 40 кг мефедрона. Стоимость изъятого на черном рынке — свыше 1 млрд рублей.")
    assert [(m, v) for m, v, _, _ in got] == [("seized_drugs", 40)]


def test_the_worth_of_seized_coins_after_a_dash_is_money():
    assert facts("Стоимость изъятых биткоинов — около 5 млн долларов.") == [("seized_money", 5000000, "USD", None)]
