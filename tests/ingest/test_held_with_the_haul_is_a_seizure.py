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


def test_caught_in_the_attempt_written_as_a_noun():
    got = facts("В Ферганской области задержан 31-летний мужчина при попытке продать 640 граммов гашиша.")
    assert ("seized_drugs", 0.64, "kg", "UZ") in got


def test_what_the_held_people_kept_is_seized():
    got = facts("В Навои задержаны двое мужчин, хранившие в гараже 14 кг марихуаны.")
    assert ("seized_drugs", 14, "kg", "UZ") in got


def test_a_found_thing_described_by_its_weight():
    text = ("Полицейские остановили автомобиль и в багажнике нашли три свёртка.\n"
            "Экспертиза показала, что это гашиш массой 740 граммов.")
    assert _drugs(text) == [0.74]


def test_a_parcel_with_its_weight_is_intercepted():
    text = "Таможенники отследили посылку с 14 граммами кокаина, пришедшую на имя жителя Еревана."
    assert _drugs(text) == [0.014]


def test_agencies_named_by_a_russian_adjective_place_the_figure():
    got = facts("Армянские таможенники задержали троих человек. Киргизские милиционеры изъяли 3 кг опия.")
    assert ("arrests", 3, "people", "AM") in got and ("seized_drugs", 3, "kg", "KG") in got
