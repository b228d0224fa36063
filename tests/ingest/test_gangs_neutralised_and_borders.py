"""Central Asian agency copy: «обезврежена группа из N человек» is N people held; the kinds of a
split after «из которых» are parts of that count; a country named as the other side of a border
(«на границе Таджикистана и Афганистана», «из территории Афганистана») takes no part."""

from store.ingest.extract import extract
from tests.ingest.phrases import sent_ru


def test_a_gang_of_n_people_neutralised_is_n_arrests():
    assert sent_ru("В ходе операции обезврежена преступная группа из 7 человек.") == [("arrests", 7, "people", None)]
    assert sent_ru("Оперативники обезвредили банду из четырёх человек.") == [("arrests", 4, "people", None)]


def test_devices_neutralised_are_no_arrests():
    assert sent_ru("Сапёры обезвредили 3 взрывных устройства.") == []


def test_the_kinds_of_a_split_are_parts_of_the_count():
    got = sent_ru("Задержаны 7 человек, четверо из которых являются гражданами Ирана и трое гражданами Ирака.")
    assert got == [("arrests", 7, "people", None)]


def test_the_other_side_of_a_border_takes_no_part():
    text = ("АКН: изъято 60 кг гашиша\n"
            "Сотрудники АКН Таджикистана изъяли 60 кг гашиша. Одна операция прошла на границе Таджикистана и Афганистана.\n"
            "Группа переправляла наркотики из территории Афганистана в Таджикистан.\n")
    assert extract(text).countries == ["TJ"]
