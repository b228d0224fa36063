"""A suspect's initials after an age ("31-year-old U.S.") are no country, and a village that shares a big
foreign town's name ("near Tabriz village") is not that town."""

from store.ingest.extract import extract


def test_initials_after_an_age_are_no_country() -> None:
    text = ("Couriers held in Jalal-Abad\n"
            "Police of Kyrgyzstan said 22-year-old A.B. and 35-year-old U.S. were detained in Jalal-Abad with 2 kg of hashish.\n")
    assert extract(text).countries == ["KG"]


def test_a_village_named_like_a_foreign_city_is_not_that_city() -> None:
    text = ("Marijuana seized\n"
            "Azerbaijani police detained a resident of Masalli district near Tabriz village with 6 kilograms of marijuana "
            "in Azerbaijan.\n")
    assert extract(text).countries == ["AZ"]
