"""Seizures told as what police kept off the market, and every count of an "among the detained" list (#16).

«не допустили попадания на «черный» рынок более 20 кг», "prevented 40 kg of cocaine from reaching the
streets": the drugs were taken.  «Среди задержанных двое граждан Украины и трое россиян»: both counts
are some of the detained, not arrests of their own."""

from tests.ingest.phrases import facts


def test_drugs_kept_off_the_market_are_seized():
    assert facts("Полицейские не допустили попадания на «черный» рынок более 17 кг альфа-PVP.") == [
        ("seized_drugs", 17, "kg", None)]
    assert facts("Officers prevented 35 kg of cocaine from reaching the streets.") == [("seized_drugs", 35, "kg", None)]


def test_every_count_after_among_the_detained_is_a_part():
    assert facts("В Подмосковье задержаны семеро: среди задержанных двое граждан Украины и пятеро россиян.") == [
        ("arrests", 7, "people", "RU")]
