"""One test per phenomenon met in the held-out articles, each on text of its own."""

from store.ingest.extract import extract
from store.ingest.facts import sentence_facts
from store.ingest.numbers import find_figures
from store.ingest.places import find_mentions
from store.ingest.sentences import split_sentences


def facts(text):
    return sorted((f.metric, f.value, f.unit, f.country) for f in extract(text).facts)


def sent(text, lang="en"):
    return [(f.quantity.metric, f.quantity.value, f.country) for f in sentence_facts(text, lang)[0]]


def test_dateline_city_is_not_a_place():
    m = find_mentions("ROME, May 3 (Reuters) - Police arrested 12 people")
    assert m[0].code == "IT" and not m[0].is_place_or_actor
    assert not find_mentions("Vienna, 2 October – Officers seized 5 kg of heroin")[0].is_place_or_actor
    assert find_mentions("Italy – 12")[0].is_place_or_actor  # a table row is not a dateline
    assert sent("ROME, May 3 (Reuters) - Officers arrested 12 people, police said.") == [("arrests", 12, None)]


def test_new_cities():
    assert [m.code for m in find_mentions("raids in Lviv and Cardiff, обыски в Новосибирске")] == ["UA", "GB", "RU"]


def test_arrest_verb_between_figure_and_place():
    assert sent("Police said three vendors were arrested in Portugal and one in Spain.") == \
        [("arrests", 3, "PT"), ("arrests", 1, "ES")]
    assert ("arrests", 40, "GB") in sent("Полиция задержала 100 человек, ещё 40 человек задержаны в Великобритании.", "ru")
    assert ("arrests", 51, "ES") in sent("Из 90 задержаний – 51 – пришлось на Испанию.", "ru")


def test_place_then_verb_then_figure():
    got = sent("Полиция задержала 9 человек: в Италии задержаны шесть подозреваемых, в Австрии – трое.", "ru")
    assert ("arrests", 6, "IT") in got and ("arrests", 3, "AT") in got
    # a list of countries before the verb is not one place
    assert sent("Police in Italy, Austria and Slovenia arrested 17 people.") == [("arrests", 17, None)]


def test_coordinated_places_leave_a_figure_worldwide():
    assert sent("In Germany and Austria 14 people were arrested.") == [("arrests", 14, None)]
    assert sent("Police arrested 14 people in Germany and Austria.") == [("arrests", 14, None)]
    assert sent("Police arrested 14 people in Munich, Berlin and Hamburg.") == [("arrests", 14, "DE")]


def test_attribution_clause_is_not_the_place():
    assert sent("Операция завершилась арестом 80 человек, сообщили в полиции Италии.", "ru") == [("arrests", 80, None)]


def test_multinational_wording_makes_a_total_worldwide():
    assert sent("Police from eight countries, led by Belgium, arrested 40 suspects.") == [("arrests", 40, None)]
    assert sent("Международная операция под руководством Франции завершилась арестом 70 человек.", "ru") == [("arrests", 70, None)]


def test_more_seizure_verbs():
    assert sent("Searches turned up €50,000 in cash and 3 kg of heroin.") == \
        [("seized_money", 50000, None), ("seized_drugs", 3, None)]


def test_dative_and_instrumental_arrest_nouns():
    assert sent("Операция привела к 45 арестам.", "ru") == [("arrests", 45, None)]


def test_tonne_abbreviation_and_precursors_scope():
    assert sent("Изъяли 2,5 т кокаина и 300 кг прекурсоров.", "ru") == [("seized_drugs", 2500, None)]


def test_halves():
    assert [f.value for f in find_figures("half a tonne, two and a half kilos", "en")] == [0.5, 2.5]
    assert sent("Officers seized half a tonne of cannabis and half a million euros.") == \
        [("seized_drugs", 500, None), ("seized_money", 500000, None)]
    assert sent("Изъято полкилограмма героина и полмиллиона рублей.", "ru") == \
        [("seized_drugs", 0.5, None), ("seized_money", 500000, None)]
    assert find_figures("half of the suspects", "en") == []


def test_a_firearm_is_one():
    assert sent("Officers seized 2 kg of cocaine and a loaded revolver.") == \
        [("seized_drugs", 2, None), ("seized_firearms", 1, None)]
    assert sent("Officers seized 2 kg of cocaine at a gun shop.") == [("seized_drugs", 2, None)]


def test_nationality_before_people_noun():
    assert sent("Four Irish nationals were arrested in Dublin.") == [("arrests", 4, "IE")]


def test_list_under_a_heading_inherits_its_cue():
    text = ("Operation Birch: police from six countries arrested 9 people\n"
            "Officers seized:\n- €200,000 in cash;\n- 15 kg of cocaine;\n- 4 firearms.\n"
            "Arrests per country:\nLatvia – 5\nEstonia – 4\n"
            "The market had 2,000 users.\n")
    assert facts(text) == sorted([
        ("arrests", 9, "people", None), ("arrests", 5, "people", "LV"), ("arrests", 4, "people", "EE"),
        ("seized_money", 200000, "EUR", None), ("seized_drugs", 15, "kg", None), ("seized_firearms", 4, "items", None),
    ])


def test_list_ends_at_a_long_line():
    text = "Seized:\n- 5 kg of heroin\nThe shop sold 40 kg of drugs a month to 300 buyers in many cities across the region.\n"
    assert facts(text) == [("seized_drugs", 5, "kg", None)]


def test_headline_figure_without_country_merges_with_placed_one():
    text = "Nine arrested in dark web drug probe\nNine people were arrested in Ireland on Monday.\n"
    assert facts(text) == [("arrests", 9, "people", "IE")]


def test_label_alone_on_its_line_makes_the_next_line_noise():
    text = "Полиция Чехии задержала 5 человек.\nЧитайте также\nВ Германии арестовали 120 хакеров\n"
    noise = [s.noise for s in split_sentences(text)]
    assert noise == [False, True, True]
    ex = extract(text)
    assert ex.countries == ["CZ"] and [f.value for f in ex.facts] == [5]


def test_market_names_after_the_market_and_plural_lists():
    ex = extract("Police shut the marketplace Grey Finch and the markets Orca, Pike and Tern Hub.\n")
    assert ex.markets == ["Grey Finch", "Orca", "Pike", "Tern Hub"]
    ex = extract("The sweep, codenamed Operation Lanternfish, hit 3 sites.\n")
    assert ex.operations == ["Lanternfish"]


def test_server_seizure_is_a_shutdown_and_seasons_date():
    ex = extract("Рынок Zephyr работал с 2020 года.\nСерверы рынка были изъяты в Германии в октябре 2024 года.\n")
    assert ("shut_down", "2024-10") in [(e.metric, e.date) for e in ex.events]
    ex = extract("Zephyr Market had been online since spring 2021.\n")
    assert [(e.metric, e.date) for e in ex.events] == [("launched", "2021")]
