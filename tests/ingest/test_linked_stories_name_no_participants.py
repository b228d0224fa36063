"""A reminder of an earlier case («Напомним, в сентябре …») or a link to another news item («Ранее стало
известно, что …») at the foot of a story names countries of that other case: they are not participants
of the operation the article reports, and the reminder's figures are not its facts. Own sentences."""

from store.ingest.extract import extract

_STORY = "Сотрудники ФСБ задержали в Самаре шестерых курьеров даркнет-магазина и изъяли 18 кг мефедрона.\n\n"


def test_a_reminder_with_a_month_names_no_participant():
    ex = extract(_STORY + "Напомним, в августе пограничники задержали на границе России и Латвии водителя с 40 кг гашиша.")
    assert ex.countries == ["RU"]
    assert sorted((f.metric, f.value) for f in ex.facts) == [("arrests", 6), ("seized_drugs", 18)]


def test_a_linked_item_names_no_participant():
    ex = extract(_STORY + "Ранее стало известно, что польские спецслужбы задержали двух вербовщиков.")
    assert ex.countries == ["RU"]


def test_a_country_of_the_story_itself_is_still_a_participant():
    ex = extract(_STORY + "В операции также участвовали сотрудники полиции Казахстана.")
    assert set(ex.countries) == {"RU", "KZ"}
