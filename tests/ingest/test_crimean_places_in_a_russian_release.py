"""In a Russian agency's release (ФСБ, МВД России) with no Ukrainian agency, a Crimean place («житель
Севастополя», «в Симферополе») is filed under the country whose police acted, RU; in a Ukrainian
agency's story the same place stays UA."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_an_fsb_release_files_crimean_places_under_russia():
    text = ("Лаборатория ликвидирована\n"
            "Сотрудники УФСБ задержали в Симферополе 41-летнего жителя Керчи, у него изъято 6 кг мефедрона.")
    assert extract(text).countries == ["RU"]
    assert sorted(facts(text)) == [("arrests", 1, "people", "RU"), ("seized_drugs", 6, "kg", "RU")]


def test_a_ukrainian_agency_s_story_keeps_crimean_places_ukrainian():
    text = ("Задержан курьер\n"
            "СБУ задержала в Одессе жителя Севастополя с 2 кг амфетамина.")
    assert extract(text).countries == ["UA"]
