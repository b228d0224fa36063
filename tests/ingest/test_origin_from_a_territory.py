"""«с территории Латвии», «со стороны Казахстана»: where goods came from, not a country taking part.
Own sentences."""

from store.ingest.extract import extract


def test_import_from_a_territory_names_no_participant():
    text = ("Пограничники задержали курьера с 40 кг мефедрона\n"
            "В пункте пропуска пресечена попытка ввоза с территории Эстонии крупной партии наркотиков.")
    assert extract(text).countries == []


def test_on_a_territory_is_still_where():
    text = "Заголовок\nНа территории Эстонии задержаны три курьера."
    assert extract(text).countries == ["EE"]
