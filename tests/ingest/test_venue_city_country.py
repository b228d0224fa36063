"""The country that locates a venue city ("from its headquarters in The Hague, Netherlands") is the venue too, not
a participant (#16, AP copy of a Europol announcement)."""

from store.ingest.extract import extract


def test_the_country_after_a_headquarters_city_is_no_participant():
    ex = extract("Crackdown\nEuropol ran the raids from its headquarters in The Hague, Netherlands. Officers arrested "
                 "nine people in Portugal and Italy.")
    assert "NL" not in ex.countries
    assert {"PT", "IT"} <= set(ex.countries)


def test_a_city_and_country_where_arrests_happened_still_count():
    ex = extract("Crackdown\nPolice arrested five people in Rotterdam, Netherlands.")
    assert ex.countries == ["NL"]
    assert [(f.metric, f.value, f.country) for f in ex.facts] == [("arrests", 5, "NL")]
