"""A person «задержан … с N кг» was caught with the haul on them: the weight is a seizure even with no
«изъяли» in the sentence. Own sentences."""

from tests.ingest.phrases import facts


def _drugs(text: str) -> list[float]:
    return [v for m, v, _, _ in facts(text) if m == "seized_drugs"]


def test_a_named_courier_held_with_the_drugs():
    assert _drugs("В Худжанде задержан Алишер Каримов с почти 9 кг опия.") == [9]


def test_an_aged_resident_held_with_the_drugs():
    assert _drugs("На трассе задержан 51-летний житель Оша с 3 кг гашиша.") == [3]


def test_a_weight_with_no_one_held_or_seizing_stays_no_seizure():
    assert _drugs("Курьер перечислил магазину деньги за 4 кг гашиша.") == []
