"""Border and security-service copy: «пресечены попытки ввоза 27 кг наркотиков» is a haul stopped
(seized); "Earlier, the agency reported …" links another item, whose figures are not this story's;
a headline rounding the body's figure with no place of its own is that figure, not a second one."""

from tests.ingest.phrases import facts, sent_ru


def test_stopped_import_attempts_are_a_seizure():
    assert sent_ru("Пограничники пресекли попытку ввоза 27 кг гашиша.") == [("seized_drugs", 27, "kg", None)]
    assert sent_ru("В Бухарской области пресечены попытки ввоза в общей сложности 16,4 кг опия.")[0][:3] == ("seized_drugs", 16.4, "kg")


def test_an_english_linked_item_lends_no_figures():
    text = ("Police in Pavlodar seize 12 kg of heroin\n"
            "Police in Pavlodar seized 12 kg of heroin from a courier.\n"
            "Earlier, the Interior Ministry reported a seizure of 7 tonnes of hashish in Taraz.\n")
    assert [f[1] for f in facts(text) if f[0] == "seized_drugs"] == [12]


def test_a_wire_update_is_still_the_story():
    text = "Latvian police raid darknet shop\nEarlier on Tuesday, police said 30 people were arrested in Riga.\n"
    assert [f[:3] for f in facts(text) if f[0] == "arrests"] == [("arrests", 30, "people")]


def test_an_unplaced_headline_rounding_the_body_is_one_figure():
    text = ("СГБ: изъято почти 17 кг наркотиков\n"
            "В Наманганской области изъято 16,8 кг наркотических веществ.\n")
    assert [f[1] for f in facts(text) if f[0] == "seized_drugs"] == [16.8]
