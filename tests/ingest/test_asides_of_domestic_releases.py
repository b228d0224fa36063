"""Sentences of a domestic release that report no figure of its own story: a dated link to another
news item and the rest of its paragraph, an outlet's «Ранее … писал», and the summary under a period
tally.  The sentences are the project's own, written in those releases' style."""

from tests.ingest.phrases import facts


def test_a_dated_link_and_the_rest_of_its_paragraph_lend_no_figures():
    text = ("ФСБ ликвидировала нарколабораторию под Тверью\n\n"
            "Сотрудники ФСБ задержали двоих организаторов и изъяли 27 кг мефедрона.\n\n"
            "5 марта сообщалось, что силовики закрыли крупный даркнет-магазин. "
            "В тайниках в нескольких регионах нашли 310 килограммов наркотиков. Задержаны 14 курьеров.")
    assert facts(text) == [("arrests", 2, "people", None), ("seized_drugs", 27, "kg", None)]


def test_the_next_paragraph_after_a_link_is_the_story_again():
    text = ("Новости\n\n"
            "Ранее сообщалось о задержании курьера с 3 кг гашиша.\n"
            "Сотрудники полиции изъяли у задержанного 40 кг мефедрона.")
    assert facts(text) == [("seized_drugs", 40, "kg", None)]


def test_an_outlet_that_wrote_earlier_is_a_link():
    text = ("Курьера с героином задержали на МКАД\n\n"
            "У курьера изъяли 4 кг героина.\n"
            "Ранее «Вечерние новости» писали о том, что полиция изъяла 90 кг кокаина в порту.")
    assert facts(text) == [("arrests", 1, "people", None), ("seized_drugs", 4, "kg", None)]


def test_the_summary_under_a_period_tally_is_the_tally():
    text = ("Итоги работы наркополиции\n\n"
            "С начала года полицейские ликвидировали две нарколаборатории и пресекли 96 фактов сбыта.\n"
            "Изъятие наркотиков\n"
            "В ходе мероприятий из незаконного оборота изъято 410 кг наркотических средств.\n"
            "В Павлодаре задержан курьер, у которого изъято 2 кг мефедрона.")
    assert facts(text) == [("arrests", 1, "people", "KZ"), ("seized_drugs", 2, "kg", "KZ")]


def test_a_case_with_its_own_scene_under_a_tally_keeps_its_figures():
    text = ("Новости\n\n"
            "С начала года изъято более 300 кг наркотиков.\n"
            "В Караганде задержали двоих закладчиков с 900 граммами мефедрона.")
    assert facts(text) == [("arrests", 2, "people", "KZ"), ("seized_drugs", 0.9, "kg", "KZ")]


def test_a_drug_named_before_its_weight_is_no_drugs_total():
    text = ("В машине нашли свёрток. Экспертиза показала, что это гашиш массой 700 граммов.\n"
            "Кроме того, у мужчины нашли 30 граммов амфетамина.")
    assert facts(text) == [("seized_drugs", 0.03, "kg", None), ("seized_drugs", 0.7, "kg", None)]


def test_a_linked_story_names_no_participants():
    from store.ingest.extract import extract

    text = ("Таможенники Армении задержали двоих получателей посылок\n\n"
            "Армянские таможенники задержали двоих человек с 20 граммами героина.\n"
            "Ранее в апреле стало известно о задержании в Италии груза героина, следовавшего через Турцию.")
    assert extract(text).countries == ["AM"]
