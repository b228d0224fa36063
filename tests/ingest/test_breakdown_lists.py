"""Breakdowns of a total by country: lists under a heading, "the rest", running totals, peers in one list.

Regrouped from the per-round files (#11); each test names its round."""

from store.ingest.breakdowns import breakdown_only
from tests.ingest.phrases import facts, placed, sent


def test_list_under_a_heading_inherits_its_cue():
    """Round 1 (was test_generalise.py)."""
    text = ("Operation Birch: police from six countries arrested 9 people\n"
            "Officers seized:\n- €200,000 in cash;\n- 15 kg of cocaine;\n- 4 firearms.\n"
            "Arrests per country:\nLatvia – 5\nEstonia – 4\n"
            "The market had 2,000 users.\n")
    assert facts(text) == sorted([
        ("arrests", 9, "people", None), ("arrests", 5, "people", "LV"), ("arrests", 4, "people", "EE"),
        ("seized_money", 200000, "EUR", None), ("seized_drugs", 15, "kg", None), ("seized_firearms", 4, "items", None),
    ])


def test_list_ends_at_a_long_line():
    """Round 1 (was test_generalise.py)."""
    text = "Seized:\n- 5 kg of heroin\nThe shop sold 40 kg of drugs a month to 300 buyers in many cities across the region.\n"
    assert facts(text) == [("seized_drugs", 5, "kg", None)]


def test_breakdown_made_in():
    """Round 2 (was test_generalise_r2.py)."""
    got = sent("Of the 38 arrests, 17 were made in Italy, 12 in Romania and 9 in Bulgaria.")
    assert ("arrests", 17, "people", "IT") in got and ("arrests", 38, "people", None) in got


def test_n_of_the_arrests_made_by_national_police():
    """Round 4 (was test_generalise_r4.py)."""
    text = ("Colombian police made 23 of the arrests, while 16 suspects were detained in Peru, "
            "9 in Spain and 4 in the US.")
    assert sorted(sent(text)) == [("arrests", 4, "people", "US"), ("arrests", 9, "people", "ES"),
                                  ("arrests", 16, "people", "PE"), ("arrests", 23, "people", "CO")]


def test_breakdown_sentence_after_the_arrest_sentence():
    """Round 4 (was test_generalise_r4.py)."""
    text = "Police in five countries arrested 40 suspects. Germany – 15, Austria – 10, Italy – 4 and Slovenia – 2."
    assert facts(text) == sorted([("arrests", 40, "people", None), ("arrests", 15, "people", "DE"),
                                  ("arrests", 10, "people", "AT"), ("arrests", 4, "people", "IT"),
                                  ("arrests", 2, "people", "SI")])
    ru = "Полиция пяти стран задержала 21 человека. Германия – 15, Австрия – 6."
    assert ("arrests", 6, "people", "AT") in facts(ru)
    assert breakdown_only("США (38), Германия (12) и Польша (4).")
    assert not breakdown_only("В операции участвовали Германия и Австрия.")
    # a breakdown after a sentence with no arrest wording stays unread
    assert facts("The market had users everywhere. Germany – 15, Austria – 10.") == []


def test_were_in_country_and_breakdown_ending_with_and():
    """Round 4 (was test_generalise_r4.py)."""
    assert sorted(sent("Among the 44 people arrested, 19 were in Brazil and 12 in Argentina.")) == [
        ("arrests", 12, "people", "AR"), ("arrests", 19, "people", "BR"), ("arrests", 44, "people", None)]


def test_the_rest_in_a_country_is_not_the_totals_place():
    """Round 5 (was test_generalise_r5.py)."""
    got = sent("At least 50 people were detained, 35 of them in Chile and the rest in Peru.")
    assert ("arrests", 50, "people", None) in got and ("arrests", 35, "people", "CL") in got


def test_the_rest_is_the_total_less_the_placed_parts():
    """Round 6 (was test_generalise_r6.py)."""
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


def test_a_list_peer_is_not_the_total_of_the_others():
    """Round 6 (was test_generalise_r6.py)."""
    text = ("Полиция задержала 70 человек. Больше всего задержанных в Бельгии – 25, Дания – 15, а Норвегия – ещё 10.\n"
            "В операции участвовали Бельгия, Дания и Норвегия.")
    got = facts(text)
    assert ("arrests", 25, "people", "BE") in got and ("arrests", 25, "people", None) not in got


def test_the_rest_in_a_sentence_of_its_own():
    """Round 7 (was test_generalise_r7.py)."""
    got = facts("Police arrested 45 people. Of those, 30 were detained in Greece. The rest were arrested in Cyprus.")
    assert ("arrests", 15, "people", "CY") in got
    got = facts("Задержаны 40 человек. 28 из них задержаны в Румынии. Остальные арестованы в Молдавии.")
    assert ("arrests", 12, "people", "MD") in got
    # without a placed part there is no remainder to compute
    got = facts("Police arrested 45 people. The rest were arrested in Cyprus.")
    assert not any(f[3] == "CY" for f in got)


def test_one_sentence_country_split_makes_a_total():
    """Round 10 (was test_generalise_r10.py)."""
    text = ("U.S. authorities, working with police in Canada, arrested nine people.\n"
            "Seven of the suspects were arrested in the United States and two in Canada.\n"
            "In 2023, Australian police arrested 17 vendors linked to the market.\n")
    assert facts(text) == [("arrests", 2, "people", "CA"), ("arrests", 7, "people", "US"),
                           ("arrests", 9, "people", None), ("arrests", 17, "people", "AU")]


def test_one_country_figure_not_a_total_of_unrelated_split():
    """Round 10 (was test_generalise_r10.py)."""
    text = ("German police arrested 8 people.\n"
            "Separately, 3 people were arrested in France and 4 in Spain.\n")
    assert ("arrests", 8, "people", "DE") in facts(text)


def test_a_country_that_made_arrests_and_the_running_total():
    """Round 12 (was test_generalise_r12.py)."""
    got = sent("Italy made 9 arrests, Austria 5 and Greece 2, bringing the total across the three countries to 16.")
    assert got == [("arrests", 9, "people", "IT"), ("arrests", 5, "people", "AT"), ("arrests", 2, "people", "GR"),
                   ("arrests", 16, "people", None)]
    assert sent("Officers seized 11 kg, bringing the total to 46.") == [("seized_drugs", 11, "kg", None)]


def test_breakdown_broken_by_a_stray_full_stop_keeps_every_country():
    assert placed("The arrests were made in Austria (5 people) and Italy. (4), Malta (2) and Cyprus (1).") == [
        ("arrests", 5, "AT"), ("arrests", 4, "IT"), ("arrests", 2, "MT"), ("arrests", 1, "CY")]
    assert placed("Police arrested 6 people in Italy. (Four were later released.)") == [("arrests", 6, "IT")]


def test_people_by_country_list_continues_into_the_next_sentence():
    text = ("Headline\nThe action was carried out in Austria (12 people), Poland (9 people). "
            "Hungary (4 people), Slovakia (3) and Slovenia (1).")
    got = sorted((f[0], f[1], f[3]) for f in facts(text) if f[0] == "arrests")
    assert got == [("arrests", 1, "SI"), ("arrests", 3, "SK"), ("arrests", 4, "HU"), ("arrests", 9, "PL"), ("arrests", 12, "AT")]
