"""Sentences that point back at a country: a paragraph's scene, "there", "they", "там".

Regrouped from the per-round files (#11); each test names its round."""

from tests.ingest.phrases import facts


def test_paragraph_scene_carries_to_pointing_back_sentences_en():
    """Round 9 (was test_generalise_r9.py)."""
    text = ("Police in Italy and Austria arrested 20 people.\n"
            "In Austria, the investigation focused on a packing station near Graz. Officers there detained six "
            "people. They also confiscated 11 kg of amphetamine.\n")
    assert facts(text) == [("arrests", 6, "people", "AT"), ("arrests", 20, "people", None),
                           ("seized_drugs", 11, "kg", "AT")]


def test_paragraph_scene_carries_to_pointing_back_sentences_ru():
    """Round 9 (was test_generalise_r9.py)."""
    text = ("Полиция Чехии и Словакии задержала 11 человек.\n"
            "В Чехии расследование вела полиция Брно. Оперативники задержали восемь человек. "
            "Кроме того, у них изъяли 15 кг метамфетамина.\n")
    assert facts(text) == [("arrests", 8, "people", "CZ"), ("arrests", 11, "people", None),
                           ("seized_drugs", 15, "kg", "CZ")]


def test_scene_not_carried_to_totals_other_paragraphs_or_plain_subjects():
    """Round 9 (was test_generalise_r9.py)."""
    text = ("Police in Italy and Austria arrested 20 people.\n"
            "In Austria, the investigation focused on Graz. Officers there detained six people. "
            "In total, investigators seized 30 kg of cocaine. Europol seized €2 million.\n"
            "They also confiscated 11 kg of amphetamine.\n")
    assert facts(text) == [("arrests", 6, "people", "AT"), ("arrests", 20, "people", None),
                           ("seized_drugs", 11, "kg", None), ("seized_drugs", 30, "kg", None),
                           ("seized_money", 2000000, "EUR", None)]


def test_scene_needs_one_country_opening_the_paragraph():
    """Round 9 (was test_generalise_r9.py)."""
    text = ("Police in Italy and Austria arrested 20 people.\n"
            "In Austria and Italy, raids took place. Officers there detained six people.\n")
    assert ("arrests", 6, "people", None) in facts(text)


def test_there_points_back_to_the_one_country_named_just_before():
    """Round 12 (was test_generalise_r12.py)."""
    text = ("Полиция нескольких стран закрыла площадку Dusk.\n"
            "Обыски прошли в Лионе и Марселе. Там задержаны 12 человек и изъято 30 кг кокаина.")
    assert facts(text) == [("arrests", 12, "people", "FR"), ("seized_drugs", 30, "kg", "FR")]
    text = ("Police in several countries closed the market Dusk.\n"
            "Raids hit Lyon and Marseille. Officers there arrested 12 people.")
    assert facts(text) == [("arrests", 12, "people", "FR")]
