"""Where a ring worked («осуществляла преступную деятельность на территории Польши, Литвы …»,
«действовавшую также в Румынии») is its reach, not where police acted: those countries are no
participants and do not place the figures."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def countries(text: str) -> list[str]:
    return extract(text).countries


def test_the_ring_s_area_of_activity_names_no_participants():
    text = ("Сеть ликвидирована\n"
            "Полиция Молдовы ликвидировала группировку, которая осуществляла преступную деятельность на территории "
            "Польши, Литвы и Республики Молдова. В Кишиневе изъято 3 кг мефедрона.")
    assert countries(text) == ["MD"]
    assert facts(text) == [("seized_drugs", 3, "kg", "MD")]


def test_a_ring_that_also_operated_elsewhere_names_no_participant():
    text = ("Задержаны курьеры\n"
            "В Кишиневе задержаны четыре члена международной группировки, действовавшей также в Румынии и Грузии.")
    assert countries(text) == ["MD"]
    assert facts(text) == [("arrests", 4, "people", "MD")]
