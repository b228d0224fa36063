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
