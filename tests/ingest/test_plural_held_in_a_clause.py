"""People counted once and held later with a plural word, in the shapes court and regional copy use:
«Оба пешехода были задержаны», «…, но в Тверской области их задержали сотрудники ФСБ», «В марте 2024 года
фигурантов задержали».  Sentences are the project's own."""

from tests.ingest.phrases import values


def test_both_with_a_noun_is_two_held() -> None:
    text = ("Патруль заметил у подъезда двух подростков с рюкзаками.\n"
            "Оба подростка были задержаны нарядом ППС.")
    assert values(text, "arrests") == [2]


def test_a_plural_held_after_but_in_a_clause_counts_the_people_before() -> None:
    text = ("Следствие установило, что трое иностранцев везли партию кокаина в Литву.\n"
            "Груз собирались доставить через Латвию, но в Псковской области их задержали сотрудники ФСБ.")
    assert values(text, "arrests") == [3]


def test_a_year_before_the_plural_held_is_no_count() -> None:
    text = ("По данным следствия, пятеро жителей Перми входили в группу.\n"
            "В марте 2024 года фигурантов задержали оперативники.")
    assert values(text, "arrests") == [5]
