"""Who took part: bystanders, destinations and citizenship are not participants.

Regrouped from the per-round files (#11); each test names its round."""

from store.ingest.extract import extract


def test_destinations_and_bystanders_are_not_participants():
    """Round 3 (was test_generalise_r3.py)."""
    text = ("Operation Kestrel: Peruvian police arrested 9 people in Lima.\n"
            "The gang had shipped cocaine to Italy and the Netherlands.\n"
            "Chile's interior minister welcomed the arrests.\nArgentine authorities were not involved.\n")
    assert extract(text).countries == ["PE"]


def test_citizenship_is_neither_place_nor_participant():
    """Round 7 (was test_generalise_r7.py)."""
    ex = extract("Румынская полиция задержала 25 человек. Из 25 задержанных 11 – граждане Болгарии.\n"
                 "Среди задержанных – гражданин Сербии, которого считают организатором.")
    assert ("arrests", 25, "people", "RO") in [(f.metric, f.value, f.unit, f.country) for f in ex.facts]
    assert not any(f.country in ("BG", "RS") for f in ex.facts)
    assert "BG" not in ex.countries and "RS" not in ex.countries
    ex = extract("Police in Hungary arrested 9 people, among them three citizens of Austria.")
    assert "AT" not in ex.countries
    assert ("arrests", 9, "people", "HU") in [(f.metric, f.value, f.unit, f.country) for f in ex.facts]
