"""The last paragraph of a regional story opening on «Ранее» recalls another case («Ранее полиция
пресекла сбыт … изъяв 300 граммов»): its figures are not the story's; «Ранее» inside a paragraph, or a
last paragraph about this case's people, goes on with the story. A week's tally («за истекшую неделю»)
sums other cases. Own sentences."""

from tests.ingest.phrases import facts


def test_a_foot_paragraph_on_another_case_gives_no_figures():
    text = ("Заголовок\nВ Кургане задержан курьер с 5 кг мефедрона.\nПротив него возбуждено уголовное дело.\n"
            "Ранее полиция пресекла сбыт гашиша в Тюмени, изъяв более 400 граммов. А накануне в Ишиме задержали двух закладчиков.\n"
            "Фото: пресс-служба")
    assert facts(text) == [("arrests", 1, "people", "RU"), ("seized_drugs", 5, "kg", "RU")]


def test_earlier_inside_a_paragraph_goes_on_with_the_story():
    text = ("Заголовок\nВ Кургане задержаны двое курьеров. Ранее оперативники нашли их тайник и изъяли 5 кг мефедрона.")
    assert ("seized_drugs", 5) in [f[:2] for f in facts(text)]


def test_a_foot_paragraph_about_this_cases_people_is_the_story():
    text = ("Заголовок\nВ Кургане у курьера изъяли 5 кг мефедрона.\n"
            "Ранее были задержаны двое его сообщников.")
    assert ("arrests", 2, "people", None) in [(m, v, u, None) for m, v, u, _ in facts(text)]


def test_a_weeks_tally_and_its_summary_give_no_figures():
    text = ("Заголовок\nВ Уфе задержан 25-летний местный житель с 80 граммами «синтетики».\n"
            "Всего за истекшую неделю наркополицейские возбудили 41 уголовное дело. "
            "Из незаконного оборота изъято более 2 кг наркотических средств.")
    assert [f for f in facts(text) if f[0] == "seized_drugs"] == [("seized_drugs", 0.08, "kg", "RU")]
