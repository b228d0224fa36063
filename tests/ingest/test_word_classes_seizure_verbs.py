"""Every seizure verb reads alike (store.ingest.word_classes SEIZE_STEM / SEIZED_EN): "impounded" and
«извлекли» take a haul wherever "seized" and «изъяли» did."""

from phrases import facts, sent, sent_ru


def test_a_haul_impounded_is_seized():
    assert sent("Customs officers in Liverpool impounded 30 kg of cocaine.") == [("seized_drugs", 30, "kg", "GB")]


def test_a_haul_taken_out_of_a_stash_is_seized():
    assert sent_ru("Из тайника в Гомеле сотрудники милиции извлекли 4 кг гашиша.") == [("seized_drugs", 4, "kg", "BY")]


def test_goods_and_cash_impounded_in_one_raid():
    assert facts("Police in Liverpool said 30 kg of cocaine and €20,000 in cash were impounded in a raid in Bootle.") == [
        ("seized_drugs", 30, "kg", "GB"), ("seized_money", 20000, "EUR", "GB")]
