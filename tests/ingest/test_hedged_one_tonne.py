"""«более тонны», «около тонны» (a hedge before the genitive «тонны», no number) is one tonne; «тонны
наркотиков» alone ("tons of drugs") gives no figure.  Sentences are the project's own."""

from tests.ingest.phrases import sent


def test_more_than_a_tonne_in_the_genitive_is_one_tonne() -> None:
    assert sent("За два года полиция изъяла у группы более тонны синтетических наркотиков.", "ru") == [
        ("seized_drugs", 1000, "kg", None)]


def test_tons_of_drugs_with_no_hedge_is_no_figure() -> None:
    assert sent("Через порт шли тонны наркотиков.", "ru") == []
