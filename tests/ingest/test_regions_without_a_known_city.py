"""A regional story may name only an oblast, krai, okrug or republic and a district — no city the gazetteer
knows («в Заречном районе Калужской области», «в Республике Коми»).  Every first-level region of Russia
and its neighbours places the figure in its country; an oblast of Kazakhstan, Belarus or Ukraine is not
Russia's.  Own sentences, invented districts."""

import pytest

from store.ingest.extract import extract
from tests.ingest.phrases import facts


@pytest.mark.parametrize("region", ["Калужской области", "Тульской области", "Орловской области", "Приморского края",
                                    "Алтайского края", "Ханты-Мансийского автономного округа", "Удмуртской Республики",
                                    "Республики Коми", "Республики Северная Осетия — Алания"])
def test_a_russian_region_with_an_unknown_district_is_russia(region):
    ex = extract(f"В Заречном районе {region} полицейские задержали 3 человек.")
    assert [(f.metric, f.value, f.country) for f in ex.facts] == [("arrests", 3, "RU")]
    assert list(ex.countries) == ["RU"]


@pytest.mark.parametrize(("region", "code"), [("Жамбылской области", "KZ"), ("Гродненской области", "BY"),
                                              ("Николаевской области", "UA"), ("Волынской области", "UA")])
def test_a_neighbours_oblast_is_that_country(region, code):
    assert facts(f"Полицейские {region} задержали 4 закладчиков.") == [("arrests", 4, "people", code)]


def test_the_regional_office_of_an_agency_places_the_haul():
    got = facts("Сотрудники УФСБ по Камчатскому краю изъяли 6 кг гашиша.")
    assert got == [("seized_drugs", 6, "kg", "RU")]


def test_a_krai_the_list_lacks_is_still_russia():
    assert facts("В Северском крае задержали 2 курьеров.") == [("arrests", 2, "people", "RU")]


def test_a_lowercase_adjective_before_oblast_is_no_region():
    assert facts("В соседней области задержали 2 курьеров.") == [("arrests", 2, "people", None)]
