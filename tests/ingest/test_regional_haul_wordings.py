"""Haul wordings of Russian regional copy: «вывели из оборота» is a seizure, «N килограммовых
брикетов» is N kilograms, the worth of a confiscated lot is no money even with an aside before its verb,
a country drugs were sold into is no participant, and spice is a drug of its own beside amphetamine.
Own sentences."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_taken_out_of_circulation_is_a_seizure():
    assert facts("Заголовок\nОперативники вывели из оборота более 12 кг гашиша.") == [("seized_drugs", 12, "kg", None)]


def test_a_count_of_one_kilogram_bricks_is_a_weight():
    text = "Заголовок\nВ контейнере с ананасами полицейские изъяли 48 килограммовых брикетов с кокаином."
    assert facts(text) == [("seized_drugs", 48, "kg", None)]


def test_the_worth_of_a_confiscated_lot_is_no_money():
    text = ("Заголовок\nУ курьера изъяли 3 кг мефедрона.\n"
            "Стоимость конфискованной партии, по данным полиции, составляет около 6 миллионов рублей.")
    assert [f for f in facts(text) if f[0] == "seized_money"] == []


def test_a_country_drugs_were_sold_into_is_no_participant():
    text = "Заголовок\nВо Пскове задержаны двое курьеров. Наркотики они сбывали в соседнюю Эстонию."
    assert extract(text).countries == ["RU"]


def test_spice_and_amphetamine_are_two_hauls():
    text = "Заголовок\nВ сумках в общей сложности нашли около трёх килограммов спайса и 400 граммов амфетамина."
    assert sorted(v for m, v, _, _ in facts(text) if m == "seized_drugs") == [0.4, 3]
