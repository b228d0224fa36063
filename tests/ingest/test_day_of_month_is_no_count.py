"""A day number followed by its month («задержали 12 мая», "detained on 3 March") is a date, never a
count of people or things; the count elsewhere in the sentence (or one person held) is the figure.
Own sentences."""

from tests.ingest.phrases import facts


def _arrests(text: str) -> list[float]:
    return [v for m, v, _, _ in facts(text) if m == "arrests"]


def test_a_day_after_the_verb_is_not_the_number_held():
    assert _arrests("Пограничники задержали 14 ноября двоих курьеров.") == [2]
    assert 14 not in _arrests("Пограничники задержали 14 ноября троих контрабандистов.")


def test_one_person_held_on_a_day_is_one_arrest():
    assert _arrests("Закладчицу задержали 7 апреля.") == [1]


def test_an_english_day_and_month_is_no_count():
    assert _arrests("Officers detained on 3 March four suspected couriers.") == [4]


def test_a_count_of_people_is_still_a_count():
    assert _arrests("Задержаны 14 человек.") == [14]


def test_a_day_written_after_its_month_is_no_count():
    assert 14 not in _arrests("Agents arrested the alleged operator of the shop in a raid on May 14 in Valencia.")
    assert _arrests("On Oct. 2, officers arrested three men in Porto.") == [3]
    assert _arrests("Officers arrested 5 people on March 9, 2023.") == [5]


def test_a_number_after_a_month_still_counts_people_it_names():
    assert _arrests("In May 12 suspects were arrested in Valencia.") == [12]
