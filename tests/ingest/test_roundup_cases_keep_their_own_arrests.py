"""A regional roundup tells several cases, each in a paragraph opening on its own town: a person held
with no number in one paragraph is that case's arrest, not one of another paragraph's counted people;
in a one-case story the lone person beside a count is still one of those counted. Own sentences."""

from tests.ingest.phrases import values


def test_each_towns_case_keeps_itsvalues():
    text = ("Наркосводка недели\nВ Новочеркасске задержали троих курьеров с 2 кг гашиша.\n"
            "А в Сальске местный житель вырастил в теплице коноплю. Растения изъяли, а владельца теплицы задержали.")
    assert values(text, "arrests") == [1, 3]


def test_one_case_in_one_town_keeps_the_count():
    text = ("Заголовок\nВ Новочеркасске задержали троих курьеров с 2 кг гашиша.\n"
            "В Новочеркасске также задержан организатор группы.")
    assert 3 in values(text, "arrests") and len(values(text, "arrests")) <= 2
