"""Shapes of international and security-press copy: "two fugitives … in Portugal and Greece respectively" is
one person in each; a "Croatian-led" effort makes Croatia take part; "Korea (Rep. of)" and "the Republic of
Korea" are South Korea; "a firm based in Panama" is a seat, not a participant; "Australian National Central
Bureaus" are an agency; "one of the suspects arrested in Doha was …" describes a person of a count."""

from store.ingest.extract import extract

HEAD = "Global fraud crackdown\n"


def _facts(body: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.metric, f.value, f.country) for f in extract(HEAD + body).facts]


def test_a_count_as_long_as_its_places_respectively_is_one_each() -> None:
    got = _facts("Two fraudsters wanted by Interpol were brought into custody in Portugal and Greece respectively.")
    assert got == [("arrests", 1, "PT"), ("arrests", 1, "GR")]


def test_figures_respectively_still_pair_with_places() -> None:
    assert _facts("Austria and Hungary made 4 and 9 arrests respectively.") == [("arrests", 4, "AT"), ("arrests", 9, "HU")]


def test_a_country_led_effort_takes_part() -> None:
    assert extract(HEAD + "The Croatian-led effort included officers from Chile and Peru.").countries == ["HR", "CL", "PE"]


def test_korea_in_list_styles() -> None:
    assert extract(HEAD + "Police in Ghana, Korea (Rep. of) and Kenya took part.").countries == ["GH", "KR", "KE"]
    assert extract(HEAD + "Officers of the Republic of Korea arrested nine people.").countries == ["KR"]


def test_a_company_based_abroad_is_a_seat() -> None:
    assert extract(HEAD + "Swiss police arrested three men. The phones came from a firm based in Panama.").countries == ["CH"]


def test_plural_bureaus_after_adjectives() -> None:
    ex = extract(HEAD + "Thai and Malaysian National Central Bureaus also arrested suspected scammers.")
    assert ex.countries == ["TH", "MY"]


def test_one_of_the_suspects_arrested_is_described() -> None:
    got = _facts("Police arrested 20 people. One of the suspects arrested in Doha was described as the ring's banker.")
    assert got == [("arrests", 20, None)]


def test_cybercriminals_and_financial_assets() -> None:
    got = _facts("The crackdown led to the arrest of 640 cybercriminals and the recovery of $18 million worth of "
                 "digital and financial assets.")
    assert got == [("arrests", 640, None), ("seized_money", 18000000, None)]
