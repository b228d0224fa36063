"""A second count of people held equal to the first is another group when the sentence says "also"
(«Также … задержали двух жителей Тобольска» after «задержаны два гражданина Эстонии»), not the same
people restated; without such a word the equal count stays one figure. Own sentences."""

from tests.ingest.phrases import values


def test_also_held_two_after_two_is_two_more():
    text = ("Заголовок\nВ Тюмени задержаны два гражданина Эстонии, устроившие нарколабораторию. "
            "Там изъяли 6 кг мефедрона.\nТакже полицейские задержали двух жителей Тобольска, которые забирали наркотики из тайника.")
    assert values(text, "arrests") == [2, 2]


def test_the_same_count_restated_is_one_figure():
    text = ("Заголовок\nВ Тюмени задержаны два гражданина Эстонии. Там изъяли 6 кг мефедрона.\n"
            "Полицейские задержали двух иностранцев в арендованном доме.")
    assert values(text, "arrests") == [2]
