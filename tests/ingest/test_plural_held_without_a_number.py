"""People held named by a plural noun with no number («Мужчин арестовали», «Злоумышленников заключили
под стражу») are as many as the text counted them before («в машине ехали двое жителей Омска»); a
count the text already gave as arrests is not added again. Own sentences."""

from tests.ingest.phrases import values


def test_the_count_comes_from_where_the_people_first_appear():
    text = ("Заголовок\nНа трассе под Ишимом остановили автомобиль, в котором ехали двое жителей Омска. "
            "В багажнике нашли 2,4 кг гашиша.\nМужчин арестовали.")
    assert values(text, "arrests") == [2]


def test_custody_of_the_plural_after_several_sentences():
    text = ("Заголовок\nВ Березниках в съемной квартире жили трое приезжих из Кирова. "
            "Они фасовали наркотики. В квартире изъяли 900 граммов мефедрона. Возбуждено уголовное дело.\n"
            "Злоумышленников заключили под стражу.")
    assert values(text, "arrests") == [3]


def test_both_counts_two():
    text = "Заголовок\nУ курьеров изъяли 1,1 кг героина. Обоих задержали на месте."
    assert values(text, "arrests") == [2]


def test_people_already_counted_as_held_are_not_added_again():
    text = ("Заголовок\nВ Томске задержали четверых закладчиков. У них изъяли 700 граммов мефедрона.\n"
            "Задержанные взяты под стражу.")
    assert values(text, "arrests") == [4]


def test_the_group_not_a_subset_of_it():
    text = ("Заголовок\nК производству причастны пять жителей области. Лабораторию в гараже организовали двое жителей.\n"
            "Сейчас подозреваемые задержаны.")
    assert values(text, "arrests") == [5]


def test_no_earlier_count_gives_no_figure():
    assert values("Заголовок\nВ лесу нашли тайник с 3 кг гашиша. Злоумышленников задержали.", "arrests") == []
