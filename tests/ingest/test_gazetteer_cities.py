"""Cities and regions the hand list lacks come from GeoNames (store/ingest/gazetteer.py), where a place can stand."""

from store.ingest import gazetteer
from store.ingest.places import find_mentions
from tests.ingest.phrases import placed


def _codes(text: str) -> list[str]:
    return [m.code for m in find_mentions(text) if m.is_place_or_actor]


def test_mid_sized_cities_after_in_give_their_country():
    assert _codes("Officers searched homes in Münster and Enschede.") == ["DE", "NL"]
    assert _codes("Two men were held in Hebburn on Thursday.") == ["GB"]
    assert placed("Detectives in Tilburg arrested 6 suspects.") == [("arrests", 6, "NL")]


def test_russian_case_forms_of_gazetteer_cities():
    assert _codes("В Шымкенте задержали двоих курьеров.") == ["KZ"]
    assert _codes("Полиция Караганды изъяла партию.") == ["KZ"]
    assert _codes("задержали трёх жителей Тюмени") == ["RU"]


def test_regions_named_after_their_capital():
    assert _codes("В Карагандинской области изъяли 9 кг.") == ["KZ"]
    assert _codes("обыски в Новосибирской области") == ["RU"]
    assert _codes("лабораторию нашли в Подмосковье") == ["RU"]
    assert _codes("сообщили в Ярославской области") == ["RU"]  # Ярославль, not Jarosław


def test_states_and_provinces_are_their_country():
    assert _codes("arrested 15 people in New South Wales and Victoria") == ["AU", "AU"]
    assert _codes("raids in Ontario and Texas") == ["CA", "US"]


def test_a_town_name_that_is_a_person_or_a_word_is_not_a_place():
    assert _codes("Attorney General Merrick Garland said 40 were charged.") == []
    assert _codes("Police said the Federal Bureau took part.") == []
    assert _codes("The raids in March hit 3 homes.") == []
    assert _codes("The operation spanned Asia and Africa in Drug Enforcement terms.") == []
    assert _codes("недалеко от поселка Зима, сообщила полиция") == []  # зима is winter
    assert _codes("писатель Чехов") == []


def test_a_name_several_countries_share_goes_to_the_far_bigger_city_or_nobody():
    latin = gazetteer.tables()["latin"]
    assert latin.get("enschede") == "NL"
    assert latin.get("munster") == "DE"  # Münster (300,000) over two towns of 20,000
    assert latin.get("georgia") is None  # the country's name, never a US state's here


def test_dateline_city_from_the_gazetteer_is_still_no_place():
    assert placed("TILBURG, May 3 (Reuters) - Officers arrested 4 people.") == [("arrests", 4, None)]
