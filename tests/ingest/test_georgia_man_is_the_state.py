""""A Georgia man …" in a US federal story: the state names its people attributively, so Georgia is no country (#16)."""

from store.ingest.extract import extract


def test_a_georgia_man_in_a_federal_story_is_no_country():
    ex = extract("Georgia Man Jailed Over Darknet Thefts\nA Georgia man who ran a vendor shop was sentenced, the U.S. "
                 "Attorney said. Agents seized $240,000 in cash from his home.")
    assert "GE" not in ex.countries
    assert ("seized_money", 240000, "USD") in [(f.metric, f.value, f.unit) for f in ex.facts]


def test_the_country_still_counts_with_its_capital():
    ex = extract("Arrests in Tbilisi\nPolice in Tbilisi, Georgia detained four people.")
    assert "GE" in ex.countries
