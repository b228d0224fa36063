"""«жителей Таджикистана и Узбекистана» says where members of a ring live — an origin, as «граждан …» is —
so those countries are no participants of a Russian regional case.  A city's residents («жителей
Новосибирска») still place the figure.  Sentences are the project's own."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_residents_of_other_countries_make_no_participants() -> None:
    text = ("В Ставрополе полицейские задержали девятерых участников наркогруппы.\n"
            "В группу входили 12 человек из числа жителей Киргизии, Казахстана и России.")
    assert extract(text).countries == ["RU"]


def test_residents_of_a_city_still_place_the_arrests() -> None:
    assert facts("Полицейские задержали двух жителей Новосибирска с 3 кг гашиша.") == [
        ("arrests", 2, "people", "RU"), ("seized_drugs", 3, "kg", "RU")]
