"""People held listed beside a count: «задержаны 5 мужчин в возрасте от 19 до 30 лет и одна 20-летняя
девушка» is six; «задержаны трое подозреваемых – водители и пассажир» is three (the dash names the same
three); «Задержан лидер, гражданин России 1980 года рождения, а также два участника» is three; «Кроме него
… двое, которые также задержаны» is two besides the one.  Sentences are the project's own."""

from tests.ingest.phrases import values


def test_one_more_person_after_an_age_range_adds_one() -> None:
    assert values("Были задержаны 5 мужчин в возрасте от 19 до 30 лет и одна 20-летняя девушка.", "arrests") == [6]


def test_a_dash_apposition_names_the_counted_people() -> None:
    assert values("На трассе задержаны трое подозреваемых – водитель и два пассажира грузовика.", "arrests") == [3]


def test_a_lone_person_with_a_year_of_birth_joins_the_count_after_it() -> None:
    text = "Задержан организатор, житель Самары 1985 года рождения, а также два его помощника."
    assert values(text, "arrests") == [3]


def test_people_besides_the_one_held_are_more_people() -> None:
    text = ("В Пензе оперативники задержали 30-летнего закладчика.\n"
            "Кроме него к сбыту причастны двое местных граждан, которые также задержаны.")
    assert values(text, "arrests") == [1, 2]
