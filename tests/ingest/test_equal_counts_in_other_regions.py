"""Two equal counts of people held, each in a town or region of its own, are two groups: a lab story
tells «в Тверской области задержали двух курьеров» and later «в Самаре задержали двух химиков».  A count
restating the same people («Все трое», "The three arrested") stays one.  Sentences are the project's own."""

from tests.ingest.phrases import values


def test_equal_counts_held_in_different_regions_are_two_groups() -> None:
    text = ("Полиция ликвидировала сеть нарколабораторий.\n"
            "Сначала в Тверской области задержали двух курьеров с 5 кг мефедрона.\n"
            "Затем в Самаре задержали двух химиков, которые варили наркотик в гараже.")
    assert values(text, "arrests") == [2, 2]


def test_the_same_count_restated_without_a_place_of_its_own_stays_one() -> None:
    text = ("Полиция ликвидировала нарколабораторию.\n"
            "В Самаре задержали двух химиков.\n"
            "По данным следствия, двое задержанных варили мефедрон в гараже.")
    assert values(text, "arrests") == [2]


def test_a_definite_restatement_with_towns_stays_one() -> None:
    text = ("Police arrested three people in Leeds on Monday.\n"
            "The three arrested were picked up in Bradford and Wakefield.")
    assert values(text, "arrests") == [3]
