"""City names of Russian-language releases from Kazakhstan, Kyrgyzstan, Uzbekistan and Belarus place
the figure: a short name of a big city («в Оше»), a name pymorphy only guesses to be a given name
(«в Таразе», «в Карши»), and a Russian-spelt name shared with a town abroad («в Бресте», not
Brest in France).  The sentences are the project's own."""

import pytest

from tests.ingest.phrases import facts


@pytest.mark.parametrize("place, country", [
    ("В Оше", "KG"), ("В Таразе", "KZ"), ("В Карши", "UZ"), ("В Бресте", "BY"), ("В Джалал-Абаде", "KG"),
])
def test_the_city_places_the_arrest(place, country):
    got = facts(f"{place} задержан местный житель, у которого изъяли 300 граммов гашиша.")
    assert ("arrests", 1, "people", country) in got


def test_a_city_abroad_written_in_russian_keeps_its_country():
    assert ("arrests", 2, "people", "IT") in facts("В Риме задержаны двое курьеров.")
