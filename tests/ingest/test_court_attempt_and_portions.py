"""Court copy: a conviction «за попытку сбыть 40 кг» or «за покушение на сбыт 2 кг» names a haul that was
taken; «фасовал товар по 1–3 кг» gives each portion's size, no haul.  Sentences are the project's own."""

from tests.ingest.phrases import sent


def test_an_attempted_sale_a_court_punishes_is_a_seizure() -> None:
    assert sent("Суд приговорил курьера к 11 годам за попытку сбыть 40 кг гашиша.", "ru") == [("seized_drugs", 40, "kg", None)]
    assert sent("Жительницу Омска осудили за покушение на сбыт 2 кг мефедрона.", "ru") == [("seized_drugs", 2, "kg", "RU")]


def test_portion_sizes_after_distributive_po_are_no_haul() -> None:
    assert sent("Курьер фасовал товар по 1–3 кг и развозил его по городам.", "ru") == []
    assert sent("Закладчик раскладывал свёртки по 5 граммов.", "ru") == []
