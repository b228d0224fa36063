"""A closing paragraph that opens on «Ранее» and tells a case of its own («Ранее в Твери полицейские
задержали водителя, у которого нашли 6 кг гашиша») is a teaser for another item: its figures and
countries are not the article's. An earlier step of the article's own case points back to it (the
shop, the market, «ещё», a pronoun) and stays (#16, rufed batch). Own sentences."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_a_teaser_for_another_case_gives_no_figures():
    text = ("ФСБ России изъяла кокаин\nСотрудники ФСБ России изъяли 210 кг кокаина и задержали трёх курьеров.\n"
            "Ранее в Твери полицейские задержали водителя, у которого нашли 6 кг гашиша.")
    assert sorted(v for m, v, _, _ in facts(text) if m == "seized_drugs") == [210]
    assert sorted(v for m, v, _, _ in facts(text) if m == "arrests") == [3]


def test_a_teaser_abroad_names_no_participant():
    text = ("ФСБ России изъяла кокаин\nСотрудники ФСБ России изъяли 210 кг кокаина.\n"
            "Ранее в Эстонии таможенники задержали моряка с 40 кг гашиша.")
    assert extract(text).countries == ["RU"]


def test_an_earlier_step_of_the_same_shop_stays():
    text = ("Полиция закрыла даркнет-магазин «Ольха»\nВ Польше задержаны 12 курьеров магазина.\n"
            "Ранее полиция Литвы задержала 4 курьеров этого магазина.")
    assert ("arrests", 4, "people", "LT") in facts(text)
