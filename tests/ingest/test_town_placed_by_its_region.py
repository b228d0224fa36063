"""A town written with its region («в городе Карасуу Ошской области») is in the region's country, even
when a namesake town elsewhere is the gazetteer's first reading; a two-letter capital's region
(«Ошская», «Омская» область) is a region too."""

from tests.ingest.phrases import facts


def test_a_namesake_town_follows_its_region():
    text = ("Наркотики на юге\n"
            "В городе Карасуу Ошской области у местного жителя изъято 4 кг опия.")
    assert facts(text) == [("seized_drugs", 4, "kg", "KG")]


def test_a_two_letter_capital_names_a_region():
    text = ("Задержание в регионе\n"
            "В Ошской области полицейские изъяли 9 кг гашиша.")
    assert facts(text) == [("seized_drugs", 9, "kg", "KG")]


def test_regions_named_after_a_river_or_land_are_placed():
    text = ("Сводка\n"
            "В Хатлонской области изъято 6 кг героина, в Чуйской области — 11 кг гашиша.")
    assert sorted(facts(text)) == [("seized_drugs", 6, "kg", "TJ"), ("seized_drugs", 11, "kg", "KG")]
