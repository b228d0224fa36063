"""Where a company is registered or seated, or where a person lives, is no country where police acted:
"a Macau payment company", "which will be based in Turkey", "a resident of the Kingdom of Morocco"."""

from store.ingest.extract import extract


def test_a_named_country_before_a_business_noun_is_its_seat() -> None:
    ex = extract("Austrian police took down the Moorvale market and arrested nine people. "
                 "Its payments ran through a Macau crypto exchange and a Panama shell company.")
    assert ex.countries == ["AT"]


def test_a_successor_based_abroad_is_no_participant() -> None:
    ex = extract("Austrian police arrested nine people. A new site, which will be based in Turkey, was promised "
                 "by the remaining staff, and the funds sat with a firm registered in Cyprus.")
    assert ex.countries == ["AT"]


def test_a_suspects_country_of_residence_is_no_participant() -> None:
    ex = extract("Austrian police arrested nine people. The main suspect, a resident of the Kingdom of Morocco, "
                 "was detained in Graz.")
    assert ex.countries == ["AT"]
    assert [(f.metric, f.value, f.country) for f in ex.facts] == [("arrests", 9, "AT")]


def test_police_of_that_country_still_take_part() -> None:
    assert extract("Macau police arrested nine people at a cryptocurrency exchange.").countries == ["MO"]
