""""Among those arrested were two Austrians and four Poles": nationalities listed as some of the
arrested are passports inside the total, not arrests placed in those countries (#16, r2en).  A
sentence that counts the arrests by nationality alone still places them."""

from store.ingest.extract import extract
from tests.ingest.phrases import sent


def test_nationalities_among_the_arrested_are_no_figures_and_no_participants():
    ex = extract("Police in Portugal arrested 31 people. Among those arrested were two Austrians and four Poles.")
    assert [(f.metric, f.value, f.country) for f in ex.facts] == [("arrests", 31, "PT")]
    assert ex.countries == ["PT"]
    assert sent("Among the detained were an Austrian, two Italians and four Poles.") == []


def test_a_count_by_nationality_alone_is_still_placed():
    assert sent("Fourteen Austrians, nine Poles and six Italians were arrested.") == [
        ("arrests", 14, "people", "AT"), ("arrests", 9, "people", "PL"), ("arrests", 6, "people", "IT")]
