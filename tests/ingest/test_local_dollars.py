"""A bare "$" in a story about one dollar country's own police is that country's dollar (#16, fresh16)."""

from tests.ingest.phrases import facts


def test_an_australian_story_counts_in_australian_dollars():
    story = ("Crypto haul for Victoria Police\n"
             "Victoria Police has seized $6.2 million worth of cryptocurrency from an online drug ring it broke up.")
    assert facts(story) == [("seized_money", 6200000, "AUD", "AU")]


def test_a_story_naming_other_countries_keeps_us_dollars():
    story = ("Canadian and Brazilian agents seized approximately $4.2 million in cryptocurrency during the investigation.")
    assert facts(story) == [("seized_money", 4200000, "USD", None)]


def test_a_story_that_marks_us_money_keeps_us_dollars():
    story = ("Toronto police seized $3 million in cash from a dark web vendor in Ontario. "
             "Prices on the site were listed in USD.")
    assert facts(story) == [("seized_money", 3000000, "USD", "CA")]


def test_explicit_codes_are_never_rewritten():
    story = "Victoria Police seized AUD 8.5 million in bitcoin and €20,000 in cash in Melbourne."
    assert facts(story) == [("seized_money", 20000, "EUR", "AU"), ("seized_money", 8500000, "AUD", "AU")]


def test_a_dollar_placed_in_the_lead_country_is_its_own_with_a_us_agency_helping():
    text = ("Cash and drugs seized in Brisbane\n"
            "Queensland Police raided two homes in Brisbane in a joint operation with the US Department of Homeland Security.\n"
            "Officers seized almost $2.3 million in cash in Brisbane.")
    money = [f for f in facts(text) if f[0] == "seized_money"]
    assert money == [("seized_money", 2300000, "AUD", "AU")]
