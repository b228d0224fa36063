"""Russian ways of saying people were held that are not «задержаны N»: «с поличным» between the verb
and its count, «пойманы», «взяли» before a collective numeral, and a haul held «с тремя килограммами».
Own sentences."""

from tests.ingest.phrases import facts


def test_red_handed_between_the_verb_and_the_count():
    text = "Заголовок\nПри передаче партии задержаны с поличным шесть сотрудников одного из крупных нелегальных интернет-магазинов."
    assert [f for f in facts(text) if f[0] == "arrests"] == [("arrests", 6, "people", None)]


def test_caught_is_an_arrest():
    text = "Заголовок\nВ селе под Стерлитамаком пойманы с поличным три наркоторговца."
    assert [f[:2] for f in facts(text)] == [("arrests", 3)]
    assert [f[:2] for f in facts("Заголовок\nПолицейские поймали двух закладчиков у гаражей.")] == [("arrests", 2)]


def test_took_before_a_collective_numeral_holds_people():
    text = "Заголовок\nВ понедельник оперативники взяли пятерых курьеров магазина."
    assert [f[:2] for f in facts(text)] == [("arrests", 5)]


def test_took_before_anything_else_holds_no_one():
    assert facts("Заголовок\nЭксперты взяли пробы у шести человек.") == []


def test_held_with_kilograms_in_words_is_a_seizure():
    text = "Заголовок\nУФСБ задержала наркокурьеров из Самары с четырьмя килограммами мефедрона."
    assert ("seized_drugs", 4, "kg", None) in [(m, v, u, None) for m, v, u, _ in facts(text)]


def test_held_with_hundreds_of_kilograms_gives_no_weight():
    text = "Заголовок\nВ Подмосковье задержали подозреваемых с сотнями килограммов наркотиков."
    assert [f for f in facts(text) if f[0] == "seized_drugs"] == []


def test_a_dealer_held_with_the_noun_first_is_one_person():
    assert [f[:2] for f in facts("Заголовок\nДилера задержали на выезде из Салавата.")] == [("arrests", 1)]
