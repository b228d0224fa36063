"""Round 9: an English elided firearms count after the place ("and in Belgium 5"), and a
paragraph opening on one country whose later sentences point back to it ("Officers there",
"They also", "Оперативники", "у них")."""

from tests.ingest.phrases import facts, sent


def test_english_elided_firearms_count_after_place():
    assert sent("In France, officers seized 22 firearms and in Belgium 5.") == [
        ("seized_firearms", 22, "items", "FR"), ("seized_firearms", 5, "items", "BE")]


def test_russian_elided_firearms_count_still_read():
    assert sent("Во Франции изъято 22 единицы оружия, в Бельгии – 5.", "ru") == [
        ("seized_firearms", 22, "items", "FR"), ("seized_firearms", 5, "items", "BE")]


def test_bare_number_after_place_not_read_when_not_elided_firearms():
    # the bare number has its own unit, or the first figure is money, whose scale it leaves open
    assert ("seized_firearms", 5, "items", "BE") not in sent(
        "In France, officers seized 22 firearms and in Belgium 5 kg of cocaine.")
    assert sent("In France, officers seized €3m in cash and in Belgium 5.") == [
        ("seized_money", 3000000, "EUR", None)]


def test_elided_drug_amount_after_place_repeats_the_unit():
    # the firearms rule is general: a drug amount's unit carries to the bare number too (#11)
    assert sent("In France, officers seized 40 kg of cocaine and in Belgium 5.") == [
        ("seized_drugs", 40, "kg", "FR"), ("seized_drugs", 5, "kg", "BE")]
    assert sent("Во Франции изъято 40 кг героина, в Бельгии – 12.", "ru") == [
        ("seized_drugs", 40, "kg", "FR"), ("seized_drugs", 12, "kg", "BE")]


def test_paragraph_scene_carries_to_pointing_back_sentences_en():
    text = ("Police in Italy and Austria arrested 20 people.\n"
            "In Austria, the investigation focused on a packing station near Graz. Officers there detained six "
            "people. They also confiscated 11 kg of amphetamine.\n")
    assert facts(text) == [("arrests", 6, "people", "AT"), ("arrests", 20, "people", None),
                           ("seized_drugs", 11, "kg", "AT")]


def test_paragraph_scene_carries_to_pointing_back_sentences_ru():
    text = ("Полиция Чехии и Словакии задержала 11 человек.\n"
            "В Чехии расследование вела полиция Брно. Оперативники задержали восемь человек. "
            "Кроме того, у них изъяли 15 кг метамфетамина.\n")
    assert facts(text) == [("arrests", 8, "people", "CZ"), ("arrests", 11, "people", None),
                           ("seized_drugs", 15, "kg", "CZ")]


def test_scene_not_carried_to_totals_other_paragraphs_or_plain_subjects():
    text = ("Police in Italy and Austria arrested 20 people.\n"
            "In Austria, the investigation focused on Graz. Officers there detained six people. "
            "In total, investigators seized 30 kg of cocaine. Europol seized €2 million.\n"
            "They also confiscated 11 kg of amphetamine.\n")
    assert facts(text) == [("arrests", 6, "people", "AT"), ("arrests", 20, "people", None),
                           ("seized_drugs", 11, "kg", None), ("seized_drugs", 30, "kg", None),
                           ("seized_money", 2000000, "EUR", None)]


def test_scene_needs_one_country_opening_the_paragraph():
    text = ("Police in Italy and Austria arrested 20 people.\n"
            "In Austria and Italy, raids took place. Officers there detained six people.\n")
    assert ("arrests", 6, "people", None) in facts(text)
