"""Territories and countries whose names copy writes with "and", "Saint"/"St." or without the
locale's suffix ("Hong Kong", "Curacao", "St. Kitts and Nevis") are recognised, and "St." before
a name does not end the sentence."""

from store.ingest.extract import extract
from store.ingest.sentences import split_sentences


def test_caribbean_territories_in_a_participant_list():
    text = ("Regional drug operation\n"
            "The operation included the Turks and Caicos, St. Vincent and the Grenadines, Curacao, Antigua and "
            "Barbuda, St. Kitts and Nevis, Anguilla, Trinidad and Tobago, St. Lucia and St. Maarten.")
    assert sorted(extract(text).countries) == sorted(["AI", "AG", "CW", "SX", "KN", "LC", "VC", "TT", "TC"])


def test_hong_kong_and_macau():
    text = "Fraud sweep\nPolice in Hong Kong arrested 31 people and police in Macau arrested 9."
    got = sorted((f.value, f.country) for f in extract(text).facts)
    assert got == [(9, "MO"), (31, "HK")]


def test_st_does_not_end_a_sentence():
    text = "Officers from St. Lucia and Det. Supt. Hale took part."
    assert [s.text for s in split_sentences(text)] == [text]
