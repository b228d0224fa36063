"""Russia's oblasts and krais named by adjective are Russia, even where the adjective's stem is a foreign
town first («Тульской» is not Toul, «Орловской» not Orlová); a town after «в центре», «на окраине» is a
place too. Own sentences."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_a_region_whose_stem_is_a_french_town_is_russia():
    text = "Заголовок\nСотрудники УМВД по Тульской области задержали троих закладчиков."
    assert extract(text).countries == ["RU"]
    assert facts(text) == [("arrests", 3, "people", "RU")]


def test_a_list_of_regions_before_one_plural_noun_is_russia():
    text = "Заголовок\nТайники нашли в лесах Пензенской, Тверской и Орловской областей — всего 41 кг наркотиков."
    assert extract(text).countries == ["RU"]


def test_a_krai_is_russia():
    assert extract("Заголовок\nВ Пермском крае у курьера изъяли 3 кг мефедрона.").countries == ["RU"]


def test_foreign_regions_keep_their_country():
    assert extract("Заголовок\nВ Гомельской области задержали курьера с 2 кг гашиша.").countries == ["BY"]
    assert extract("Заголовок\nВ Ошской области задержали курьера с 2 кг гашиша.").countries == ["KG"]


def test_a_town_after_centre_or_outskirts_is_a_place():
    assert extract("Заголовок\nВ центре Тулы задержали двух закладчиков.").countries == ["RU"]
    assert extract("Заголовок\nНа окраине Перми задержали двух закладчиков.").countries == ["RU"]
