"""People held with no number beside the arrest: a group held whose size the next sentence gives
(«задержали наркогруппу … В её состав входили пять человек») is that many arrests; «Суд поместил их
под стражу» after «склад держали два местных жителя» is two.  Only where nothing else counts the
arrests.  Sentences are the project's own."""

from tests.ingest.phrases import values


def test_a_group_held_then_sized_is_that_many_arrests() -> None:
    text = ("Сотрудники УФСБ по Омской области задержали наркогруппу, торговавшую гашишем.\n"
            "В её состав входили пять жителей Омска и Тары.\n"
            "При обысках изъяли 12 кг гашиша.")
    assert values(text, "arrests") == [5]


def test_a_group_size_beside_a_counted_arrest_adds_nothing() -> None:
    text = ("Полицейские задержали преступную группу.\n"
            "Группа состояла из семи человек. Задержаны четверо из них.")
    assert values(text, "arrests") == [4]


def test_court_custody_of_people_counted_before_is_an_arrest() -> None:
    text = ("В Березниках полицейские нашли склад с 30 кг мефедрона. Его держали два местных жителя.\n"
            "Суд уже поместил их под стражу.")
    assert values(text, "arrests") == [2]
