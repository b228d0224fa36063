"""Looking back: results of earlier operations, "back then" sentences, yearly world statistics.

Regrouped from the per-round files (#11); each test names its round."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_yearly_world_statistic_is_background():
    """Round 3 (was test_generalise_r3.py)."""
    text = ("Полиция закрыла магазин «Ворон» и изъяла 12 кг кокаина.\n"
            "По данным ООН, в 2023 году в мире было изъято около 2000 тонн кокаина.\n")
    assert facts(text) == [("seized_drugs", 12, "kg", None)]


def test_countries_of_a_recalled_result_are_not_participants():
    """Round 6 (was test_generalise_r6.py)."""
    text = ("Czech police dismantle darknet shop Riverstone\n"
            "Czech police arrested 9 people and seized 4 kg of cocaine.\n"
            "In 2023, Slovak police arrested 12 vendors of the same shop.\n"
            "Two years ago, Hungarian police seized €200,000 from its founder.")
    ex = extract(text)
    assert ex.countries == ["CZ"]
    got = sorted((f.metric, f.value, f.country) for f in ex.facts)
    assert ("arrests", 12, "SK") in got and ("seized_money", 200000, "HU") in got
    # a country named in the present action as well stays a participant
    both = extract("Finnish police, helped by Swedish colleagues, arrested 3 admins.\n"
                   "В 2022 году шведская полиция уже арестовала 14 продавцов этого рынка.")
    assert set(both.countries) == {"FI", "SE"}


def test_then_sentence_continues_a_recall_and_its_actor():
    """Round 7 (was test_generalise_r7.py)."""
    got = facts("Danish police arrested five people on Monday.\n"
                "In 2022, Norwegian police had already closed a similar shop. Back then, 8 people were arrested.")
    assert ("arrests", 8, "people", "NO") in got
    got = facts("Полиция Эстонии задержала 4 человек.\n"
                "В 2020 году латвийские следователи уже закрывали этот магазин. Тогда было задержано 7 человек.")
    assert ("arrests", 7, "people", "LV") in got
    # a "then" sentence after no recall carries nothing
    got = facts("Police seized 3 kg of heroin. Then 6 people were arrested.")
    assert ("arrests", 6, "people", None) in got


def test_a_reminder_of_an_unnamed_earlier_case_and_its_then_sentence_give_no_facts():
    text = ("Заголовок\nПолиция задержала 9 человек. Напомним, в 2019 году в области уже закрыли лабораторию. "
            "Тогда задержали 14 фигурантов.")
    assert [(f.metric, f.value) for f in extract(text).facts] == [("arrests", 9)]
