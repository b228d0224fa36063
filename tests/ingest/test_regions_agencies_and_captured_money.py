"""A figure placed «в США, Западной Европе и Бразилии» belongs to no one country (a compass-named region
is a region too); «британское Управление …», «литовское бюро …» are agencies, so their country took part;
money «удалось захватить» was seized. Own sentences."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent_ru


def test_a_list_with_a_compass_named_region_is_no_ones_place():
    got = sent_ru("В ходе операции в Канаде, Восточной Европе и Австралии задержаны 140 человек.")
    assert got == [("arrests", 140, "people", None)]


def test_an_english_compass_region_is_a_region_too():
    got = facts("Police in Canada, Western Europe and Australia arrested 140 people.")
    assert got == [("arrests", 140, "people", None)]


def test_a_directorate_or_bureau_after_a_country_adjective_is_an_agency():
    ex = extract("В операции приняли участие литовское бюро криминальной полиции и французское Управление по борьбе с наркотиками.")
    assert set(ex.countries) == {"LT", "FR"}


def test_money_captured_by_police_is_seized():
    assert sent_ru("Силовикам удалось захватить более 12 млн евро наличными.") == [("seized_money", 12000000, "EUR", None)]


def test_what_police_took_from_the_suspects_is_seized():
    assert sent_ru("У задержанных забрали 12 кг гашиша и 30 тыс. евро.") == [
        ("seized_drugs", 12, "kg", None), ("seized_money", 30000, "EUR", None)]


def test_a_courier_taking_from_a_stash_is_no_seizure():
    assert sent_ru("Курьер забрал из тайника 5 кг и уехал.") == []
