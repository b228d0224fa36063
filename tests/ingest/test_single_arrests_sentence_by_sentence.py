"""A release listing single arrests one sentence at a time («Также … был задержан 52-летний мужчина»,
«Позже задержали ещё одного курьера») reports several people, each a figure of one; the headline's
lone person restated in the body, or the same person named again, stays one."""

from tests.ingest.phrases import facts


def test_also_held_in_another_sentence_is_another_person():
    text = ("Сводка МВД\n"
            "3 мая в Таласе был задержан местный житель с 3 кг гашиша.\n"
            "Также в Бишкеке был задержан 52-летний мужчина, у него изъято 700 г опия.")
    assert sorted(facts(text)) == [("arrests", 1, "people", "KG"), ("arrests", 1, "people", "KG"),
                                   ("seized_drugs", 0.7, "kg", "KG"), ("seized_drugs", 3, "kg", "KG")]


def test_another_birth_year_is_another_person():
    text = ("Ликвидирована лаборатория\n"
            "В Чуйской области задержан гражданин, 1988 года рождения, подозреваемый в изготовлении наркотиков.\n"
            "В Бишкеке задержан гражданин, 2001 года рождения, распространявший их через закладки.")
    assert [f for f in facts(text) if f[0] == "arrests"] == [("arrests", 1, "people", "KG")] * 2


def test_the_headline_person_restated_in_the_body_is_one():
    text = ("В Бишкеке задержан наркокурьер\n"
            "В Бишкеке задержан 25-летний житель столицы с партией гашиша весом 4 кг.")
    assert sorted(facts(text)) == [("arrests", 1, "people", "KG"), ("seized_drugs", 4, "kg", "KG")]


def test_the_same_age_again_is_the_same_person():
    text = ("Задержание\n"
            "В Алматы задержан 31-летний мужчина с 2 кг героина.\n"
            "Задержан 31-летний мужчина, ранее не судимый.")
    assert [f for f in facts(text) if f[0] == "arrests"] == [("arrests", 1, "people", "KZ")]


def test_an_arrest_written_as_a_noun_holds_one_person():
    text = ("Канал пресечен\n"
            "В Актау проведена операция по задержанию курьера, у которого изъято 900 г мефедрона.")
    assert sorted(facts(text)) == [("arrests", 1, "people", "KZ"), ("seized_drugs", 0.9, "kg", "KZ")]
