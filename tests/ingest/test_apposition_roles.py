"""A count of people held followed by a dash and their roles is that count, not one more person."""

from store.ingest.extract import extract


def _arrests(text: str) -> list[int]:
    return [f.value for f in extract(text).facts if f.metric == "arrests"]


def test_roles_after_a_dash_name_the_count_itself() -> None:
    text = ("Под Самаркандом задержаны наркокурьеры\n"
            "Позже в Каттакургане задержаны ещё двое фигурантов – посредник и покупатель героина, приехавший из соседней области.\n")
    assert _arrests(text) == [2]


def test_roles_after_a_colon_name_the_count_itself() -> None:
    text = ("Ликвидирован канал\n"
            "Задержаны трое участников группы: химик, курьер и водитель.\n")
    assert _arrests(text) == [3]


def test_one_more_person_named_after_the_count_still_adds_one() -> None:
    text = ("Ликвидирован канал\n"
            "В Навои задержаны трое закладчиков и куратор магазина.\n")
    assert _arrests(text) == [4]
