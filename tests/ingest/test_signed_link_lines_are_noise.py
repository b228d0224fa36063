"""A line that is a related story's link or a photo caption, signed with the outlet's name and no
full stop («Сожжение наркотиков в Туркмении - Sputnik Азербайджан»), names no participant and lends
no figure; a headline that ends with the outlet's name is still the headline.  Own sentences."""

from store.ingest.extract import extract


def test_a_signed_link_names_no_participant():
    text = ("Полиция Гянджи изъяла 6 кг опия\n\n"
            "Сотрудники полиции Гянджи изъяли у задержанного 6 кг опия.\n"
            "Сожжение наркотиков в Туркмении - Sputnik Азербайджан\n"
            "По факту возбуждено уголовное дело.")
    ex = extract(text)
    assert ex.countries == ["AZ"]
    assert [(f.metric, f.value) for f in ex.facts] == [("seized_drugs", 6)]


def test_a_signed_caption_with_a_figure_lends_nothing():
    text = ("Полиция Гянджи задержала курьера\n\n"
            "Партия в 40 кг героина, изъятая в прошлом году в Грузии - Sputnik Грузия\n"
            "Сотрудники полиции Гянджи задержали курьера с 2 кг опия.")
    assert [(f.metric, f.value, f.country) for f in extract(text).facts if f.metric == "seized_drugs"] == [("seized_drugs", 2, "AZ")]


def test_a_box_of_numbered_headlines_names_no_participant():
    box = "\n".join(f"  {k}. Что пишут о визите в Испанию и Португалию: подробности и мнения экспертов, часть {k}"
                    for k in range(1, 7))
    text = f"В Минске задержали закладчиков\n\n{box}\n\nВ Минске сотрудники милиции задержали двоих закладчиков."
    ex = extract(text)
    assert ex.countries == ["BY"]
    assert [(f.metric, f.value) for f in ex.facts] == [("arrests", 2)]
