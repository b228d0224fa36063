"""Seventh blind round (development style): one test per phenomenon met in the r7 held-out
articles, each on text of its own."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent
from store.ingest.numbers import parse_digits


def test_citizenship_is_neither_place_nor_participant():
    ex = extract("Румынская полиция задержала 25 человек. Из 25 задержанных 11 – граждане Болгарии.\n"
                 "Среди задержанных – гражданин Сербии, которого считают организатором.")
    assert ("arrests", 25, "people", "RO") in [(f.metric, f.value, f.unit, f.country) for f in ex.facts]
    assert not any(f.country in ("BG", "RS") for f in ex.facts)
    assert "BG" not in ex.countries and "RS" not in ex.countries
    ex = extract("Police in Hungary arrested 9 people, among them three citizens of Austria.")
    assert "AT" not in ex.countries
    assert ("arrests", 9, "people", "HU") in [(f.metric, f.value, f.unit, f.country) for f in ex.facts]


def test_then_sentence_continues_a_recall_and_its_actor():
    got = facts("Danish police arrested five people on Monday.\n"
                "In 2022, Norwegian police had already closed a similar shop. Back then, 8 people were arrested.")
    assert ("arrests", 8, "people", "NO") in got
    got = facts("Полиция Эстонии задержала 4 человек.\n"
                "В 2020 году латвийские следователи уже закрывали этот магазин. Тогда было задержано 7 человек.")
    assert ("arrests", 7, "people", "LV") in got
    # a "then" sentence after no recall carries nothing
    got = facts("Police seized 3 kg of heroin. Then 6 people were arrested.")
    assert ("arrests", 6, "people", None) in got


def test_the_rest_in_a_sentence_of_its_own():
    got = facts("Police arrested 45 people. Of those, 30 were detained in Greece. The rest were arrested in Cyprus.")
    assert ("arrests", 15, "people", "CY") in got
    got = facts("Задержаны 40 человек. 28 из них задержаны в Румынии. Остальные арестованы в Молдавии.")
    assert ("arrests", 12, "people", "MD") in got
    # without a placed part there is no remainder to compute
    got = facts("Police arrested 45 people. The rest were arrested in Cyprus.")
    assert not any(f[3] == "CY" for f in got)


def test_dotted_thousands_in_russian():
    assert parse_digits("1.250", "ru") == 1250
    assert parse_digits("1.250", "en") == 1.25
    assert parse_digits("0.250", "ru") == 0.25
    assert parse_digits("1.25", "ru") == 1.25


def test_new_south_wales_is_australia():
    assert "GB" not in extract("Police arrested 6 people in New South Wales.").countries


def test_place_after_took_place_and_accounted_for():
    got = facts("Police arrested 30 suspects. Most of the arrests, 18, took place in Italy; "
                "Malta accounted for seven, and the remaining five were made in Greece.")
    assert ("arrests", 18, "people", "IT") in got
    assert ("arrests", 7, "people", "MT") in got
    assert ("arrests", 5, "people", "GR") in got


def test_pounds_and_ounces():
    assert sent("Agents seized 110 pounds of cocaine.")[0][1:3] == (110 * 0.45359237, "kg") or \
        abs(sent("Agents seized 110 pounds of cocaine.")[0][1] - 49.9) < 0.1
    assert abs(sent("Officers seized 20 ounces of heroin.")[0][1] - 0.567) < 0.01
