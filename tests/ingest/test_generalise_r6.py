"""Sixth blind round (development style): one test per phenomenon met in the r6 held-out
articles, each on text of its own."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent


def test_partitive_people_figure_with_its_place():
    assert sent("Eight of the suspects were detained in Hungary and three in Slovakia.") == \
        [("arrests", 8, "people", "HU"), ("arrests", 3, "people", "SK")]
    assert sent("Police said 15 of those arrested were in Ireland.") == [("arrests", 15, "people", "IE")]
    # a part with no place of its own is part of a figure given elsewhere, not a new one
    assert sent("One of the suspects, a 35-year-old man, was remanded in custody.") == []
    # "23 of the arrests" is a share of the arrests, still read with its actor
    assert ("arrests", 23, "people", "HU") in sent("Hungary accounted for 23 of the arrests.")


def test_charged_people_are_arrests():
    assert sent("Prosecutors have charged 17 people after a two-year investigation.") == [("arrests", 17, "people", None)]
    assert sent("The agency said 11 of those charged were in Greece.") == [("arrests", 11, "people", "GR")]


def test_the_rest_is_the_total_less_the_placed_parts():
    assert sent("Twenty suspects were held: 16 in Norway, and the rest in Denmark.") == \
        [("arrests", 20, "people", None), ("arrests", 16, "people", "NO"), ("arrests", 4, "people", "DK")]
    assert sent("Задержаны 25 человек: 19 – в Чехии, остальные задержаны в Словакии.", "ru") == \
        [("arrests", 25, "people", None), ("arrests", 19, "people", "CZ"), ("arrests", 6, "people", "SK")]
    # no total in the sentence: the remainder is unknown
    assert sent("Nine of the suspects were arrested in Poland, the rest in Germany.") == [("arrests", 9, "people", "PL")]
    # a region after "the rest" is no country
    assert all(c in (None, "US", "GB") for *_, c in sent(
        "Всего арестованы 50 человек, из них 30 – в США, 12 – в Великобритании, остальные – в Европе.", "ru"))
    # the parts and the remainder add up to the total, so a headline giving the total a country is worldwide
    got = facts("German police arrest 14\nFourteen suspects were detained: twelve in Germany, and the rest in Austria.")
    assert got == [("arrests", 2, "people", "AT"), ("arrests", 12, "people", "DE"), ("arrests", 14, "people", None)]


def test_country_name_heading_an_elliptic_clause():
    assert sorted(sent("Police detained 20 people: 14 in Belgium, and Luxembourg another 6.")) == \
        [("arrests", 6, "people", "LU"), ("arrests", 14, "people", "BE"), ("arrests", 20, "people", None)]
    assert sent("Больше всего задержанных в Латвии – 17, Эстония – 8, а Литва – ещё 5.", "ru") == \
        [("arrests", 17, "people", "LV"), ("arrests", 8, "people", "EE"), ("arrests", 5, "people", "LT")]
    # a country acting on something else is no ellipsis
    assert ("seized_drugs", 6, "kg", "AT") in sent("Police arrested 14 people in Germany, while Austria seized 6 kg of heroin.")


def test_a_list_peer_is_not_the_total_of_the_others():
    text = ("Полиция задержала 70 человек. Больше всего задержанных в Бельгии – 25, Дания – 15, а Норвегия – ещё 10.\n"
            "В операции участвовали Бельгия, Дания и Норвегия.")
    got = facts(text)
    assert ("arrests", 25, "people", "BE") in got and ("arrests", 25, "people", None) not in got


def test_countries_of_a_recalled_result_are_not_participants():
    text = ("Czech police dismantle darknet shop Riverstone\n"
            "Czech police arrested 9 people and seized 4 kg of cocaine.\n"
            "In 2023, Slovak police arrested 12 vendors of the same shop.\n"
            "Two years ago, Hungarian police seized €200,000 from its founder.")
    ex = extract(text)
    assert ex.countries == ["CZ"]
    got = sorted((f.metric, f.value, f.country) for f in ex.facts)
    assert ("arrests", 12, "SK") in got and ("seized_money", 200000, "HU") in got
    # a country named in the present action as well stays a participant
    both = extract("Finnish police, helped by Swedish colleagues, arrested 3 admins.\n"
                   "В 2022 году шведская полиция уже арестовала 14 продавцов этого рынка.")
    assert set(both.countries) == {"FI", "SE"}
