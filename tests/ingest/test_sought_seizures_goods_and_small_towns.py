"""A seizure asked for, money that is what goods were worth, and a small foreign town in an
article about another country (#16, fresh16b)."""

from store.ingest.extract import extract
from tests.ingest.phrases import sent


def test_a_seizure_asked_for_is_not_made():
    assert sent("US Department of Justice to Seize $24M in Bitcoin from Dark Web Drug Dealer") == []
    assert not any(f[0] == "seized_money" for f in sent(
        "Prosecutors are requesting approval of the seizure of 4,000 BTC valued at $24 million."))
    assert not any(f[0] == "seized_money" for f in sent("Prosecutors seek to seize $5 million from the vendor."))


def test_managing_to_seize_is_a_seizure():
    assert sent("The operation managed to seize almost a ton of drugs and 117 firearms.") == [
        ("seized_drugs", 1000, "kg", None), ("seized_firearms", 117, "items", None)]


def test_money_in_goods_is_what_they_were_worth():
    assert sent("Authorities also seized over $2.5 million in computers and related electronics, as well as some "
                "$1.5 million in cash.") == [("seized_money", 1500000, "USD", None)]


def test_a_small_town_of_a_country_the_article_never_names_is_no_place():
    story = ("Australian Federal Police executed search warrants in the Melbourne suburbs of Bulleen and Malvern, "
             "seizing steroids and cash.")
    assert extract(story).countries == ["AU"]
    assert extract("Police in Malvern arrested two men.").countries == ["CA"]  # nothing else named: the known town
