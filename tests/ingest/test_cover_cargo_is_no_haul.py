"""The goods drugs were hidden among («спрятанного среди 20 тонн бананов», "hidden among 40 tonnes of
bananas") are the cover cargo: their weight is no drugs figure, the haul beside it still is. Own sentences."""

from tests.ingest.phrases import facts


def _drugs(text: str) -> list[float]:
    return [v for m, v, _, _ in facts(text) if m == "seized_drugs"]


def test_the_cover_cargo_weight_is_no_drugs_figure():
    assert _drugs("Таможенники изъяли 300 кг кокаина, спрятанного среди 20 тонн бананов.") == [300]
    assert _drugs("Police seized 2 tonnes of cocaine hidden among 40 tonnes of bananas.") == [2000]


def test_a_cover_cargo_sentence_alone_gives_nothing():
    assert _drugs("Свёртки были спрятаны среди 60 тонн ананасов.") == []


def test_among_what_was_seized_is_still_the_haul():
    assert _drugs("Среди изъятого — 5 кг героина.") == [5]
