"""«В столице задержаны 3 …, сообщает полиция Казахстана»: the capital is in the one country of the story even when
a verb follows the word (only a capitalised name after it, «столице Кыргызстана», makes it another's capital).
«Российские и зарубежные силовики закрыли …»: the home force takes part though its figures are the coalition's.
Own sentences."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_the_capital_followed_by_a_verb_is_the_speaking_police_country():
    got = facts("В столице задержаны 3 наркокурьера, сообщает полиция Казахстана. У них изъяли 5 кг гашиша.")
    assert ("arrests", 3, "people", "KZ") in got


def test_the_capital_of_a_named_country_is_not_placed_by_the_rule():
    got = facts("Полиция Казахстана сообщила, что в столице Кыргызстана задержаны 2 человека.")
    assert ("arrests", 2, "people", "KZ") not in got


def test_home_and_foreign_forces_name_the_home_participant():
    out = extract("Российские и зарубежные силовики закрыли даркнет-магазин «Полночь». Задержаны 12 человек.")
    assert out.countries == ["RU"]
    assert [(f.metric, f.value, f.country) for f in out.facts] == [("arrests", 12, None)]
    assert extract("Dutch and foreign police shut down the market. 40 people were arrested.").countries == ["NL"]
