"""A second group held «также … ещё двое» is more people, even when the first group's sentence names the
country and the second's names none: the unplaced count is not the placed one restated."""

from store.ingest.extract import extract


def test_also_two_more_without_a_place_are_kept_beside_two_placed() -> None:
    text = ("В Узбекистане задержали наркокурьеров\n"
            "Сотрудники СГБ Узбекистана в Кашкадарьинской области задержали двух жителей Карши с 9 кг гашиша. "
            "Позже также задержаны ещё двое подозреваемых, которые ждали партию в соседнем районе.\n")
    arrests = [f.value for f in extract(text).facts if f.metric == "arrests"]
    assert arrests == [2, 2]


def test_the_same_two_restated_without_a_place_stay_one_figure() -> None:
    text = ("В Узбекистане задержали наркокурьеров\n"
            "Сотрудники СГБ Узбекистана в Кашкадарьинской области задержали двух жителей Карши с 9 кг гашиша. "
            "Двое задержанных помещены в изолятор.\n")
    arrests = [f.value for f in extract(text).facts if f.metric == "arrests"]
    assert arrests == [2]
