"""Where a ring sold («осуществляла сбыт наркотиков на территории трёх стран») and where its
organiser sits («Организатор, по данным следствия, находится в Алматы») are not where police
acted: those countries take no part."""

from store.ingest.extract import extract


def test_where_a_ring_sold_takes_no_part():
    text = ("СБНОН задержала курьеров\n"
            "Сотрудники СБНОН МВД Кыргызстана задержали трёх курьеров группы, которая осуществляла сбыт наркотиков "
            "на территории Кыргызстана, Узбекистана и Таджикистана.\n")
    assert extract(text).countries == ["KG"]


def test_an_organiser_sitting_abroad_takes_no_part():
    text = ("В Оше задержаны закладчики\n"
            "В Оше задержаны двое закладчиков. Организатор группы, по данным следствия, находится в Алматы и руководит ими через Telegram.\n")
    assert extract(text).countries == ["KG"]
