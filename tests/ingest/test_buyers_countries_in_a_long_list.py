"""A long list of where a market's customers were is its reach, not the operation's participants (#16)."""

from store.ingest.extract import extract


def test_customers_being_located_in_many_countries_are_no_participants():
    ex = extract("Market shut\nGerman police seized the servers of the Duskrow market. It made sales of €900 million, "
                 "its customers being located mainly in Russia, Belarus, Kazakhstan, Armenia, Georgia, Moldova, "
                 "Kyrgyzstan, Uzbekistan, Tajikistan, and Azerbaijan, analysts said.")
    assert ex.countries == ["DE"]


def test_in_another_countrys_custody_names_who_holds_them():
    got = [(f.metric, f.value, f.country) for f in extract("Held\nFive defendants, currently in Spanish custody, were charged.").facts]
    assert got == [("arrests", 5, "ES")]


def test_individuals_from_countries_beside_an_arrest_count_are_participants():
    ex = extract("Sweep\nIt led to the arrests of 140 people including 90 in Canada, 30 in Ireland, besides individuals "
                 "from Malta, Chile and Peru.")
    assert set(ex.countries) == {"CA", "IE", "MT", "CL", "PE"}


def test_people_from_countries_without_arrests_stay_no_participants():
    assert extract("Report\nThe drugs were sold to people from Malta and Chile.").countries == []
