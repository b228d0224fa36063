"""Behaviour of the whole extractor on short invented articles (not the development corpus)."""

import pytest

from store.ingest.extract import extract


def facts(text, **kw):
    return {(f.metric, f.value, f.unit, f.country, f.operation) for f in extract(text, **kw).facts}


def test_quotes_and_spans_index_the_text():
    text = "Police worldwide\nOfficers seized €3m and 20 kg of heroin.\nSome 14 suspects were arrested."
    ex = extract(text)
    assert ex.facts
    for f in ex.facts:
        assert text[f.quote_start:f.quote_end] == f.quote
        assert text[f.start:f.end] == f.text


def test_language_detection():
    assert extract("Полиция задержала двух человек.").lang == "ru"
    assert extract("Police arrested two people.").lang == "en"


def test_noise_lines_yield_no_facts_or_countries():
    text = ("Operation Frost: police arrested 9 suspects.\n"
            "Read more: Police in Spain arrested 40 people and seized 3 kg of cocaine\n"
            "Читайте также В Италии задержаны 12 человек\n"
            "Интересно В Норвегии запустили автобус\n"
            "Related: Canadian police seized 5 guns")
    ex = extract(text)
    assert {(f.metric, f.value) for f in ex.facts} == {("arrests", 9)}
    assert ex.countries == []


def test_noise_glued_after_a_sentence_yields_nothing():
    text = ("Операция «Иней»: полиция Эстонии задержала 5 человек. Читайте также: В Москве задержаны 30 хакеров\n"
            "Police in Latvia arrested 2 people. Read more: Spanish police seized 9 guns")
    ex = extract(text)
    assert {(f.metric, f.value) for f in ex.facts} == {("arrests", 5), ("arrests", 2)}
    assert "RU" not in ex.countries and "ES" not in ex.countries


def test_breakdown_in_parentheses():
    text = "Operation Lantern: arrests took place in Italy (12), Poland (7) and Ireland (3)."
    assert facts(text) == {("arrests", 12, "people", "IT", "Lantern"), ("arrests", 7, "people", "PL", "Lantern"),
                           ("arrests", 3, "people", "IE", "Lantern")}


def test_breakdown_russian_dash():
    text = "В ходе операции «Маяк» задержаны 40 человек, из них 25 – в Латвии и 15 – в Эстонии."
    assert facts(text) == {("arrests", 40, "people", None, "Маяк"), ("arrests", 25, "people", "LV", "Маяк"),
                           ("arrests", 15, "people", "EE", "Маяк")}
    assert extract(text).countries == ["LV", "EE"]


def test_place_after_figure_and_city():
    text = "Police arrested six suspects in Belgium. Трое продавцов задержаны в Варшаве."
    got = facts(text)
    assert ("arrests", 6, "people", "BE", None) in got and ("arrests", 3, "people", "PL", None) in got


def test_agency_adjective_gives_the_country():
    assert facts("Ирландская полиция арестовала 7 продавцов.") == {("arrests", 7, "people", "IE", None)}
    assert facts("Irish police detained 7 vendors.") == {("arrests", 7, "people", "IE", None)}
    assert extract("Немецкие власти закрыли площадку.").countries == ["DE"]


def test_market_origin_adjective_is_not_a_participant():
    text = "Литовская полиция закрыла крупнейший российский даркнет-рынок Neva и арестовала 5 администраторов."
    ex = extract(text)
    assert ex.countries == ["LT"]
    assert facts(text) == {("arrests", 5, "people", "LT", "Neva")}


def test_participant_list_and_origin_from():
    ex = extract("The operation, supported by Europol, involved Denmark, Norway and Iceland. "
                 "The drugs came from Colombia and Peru.")
    assert ex.countries == ["DK", "NO", "IS"]


def test_two_countries_in_sentence_leave_the_figure_worldwide():
    assert facts("Польские и чешские полицейские арестовали 18 подозреваемых.") == {("arrests", 18, "people", None, None)}


def test_turnover_revenue_offers_and_prison_are_not_facts():
    text = ("The market processed over $300 million in sales and listed 80,000 offers. "
            "Магазин приносил около 2 млн рублей в месяц. Its turnover exceeded €5m. "
            "Each faces up to 20 years in prison. Police seized 3 kg of cocaine worth €200,000.")
    assert facts(text) == {("seized_drugs", 3, "kg", None, None)}


def test_vague_counts_are_not_facts():
    assert facts("Полиция задержала сотни человек и изъяла миллионы долларов. Police arrested hundreds.") == set()


def test_same_figure_twice_gives_one_fact():
    text = "Operation Reef: 45 arrests\nPolice arrested 45 people in the operation."
    assert len(extract(text).facts) == 1


def test_total_equal_to_breakdown_is_worldwide():
    text = "Dutch police arrest five\nDutch police arrested four suspects in the Netherlands and one in Belgium."
    got = facts(text)
    assert ("arrests", 5, "people", None, None) in got and ("arrests", 5, "people", "NL", None) not in got


def test_operation_and_market_names():
    ex = extract("Operation Harbor Light targeted the dark web market Velvet Route. "
                 "Операция «Северный ветер» против даркнет-площадки Cobalt Bazaar. Monopoly Market и DarkMarket.")
    assert ex.operations == ["Harbor Light", "Северный ветер"]
    assert set(ex.markets) == {"Velvet Route", "Cobalt Bazaar", "Monopoly Market", "DarkMarket"}


def test_recalled_operation_gets_its_own_facts():
    text = ("Операция Aurora: задержаны 30 человек, изъято 10 кг кокаина.\n"
            "- В 2020 году полиция закрыла даркнет-рынок Boreas, в результате чего были арестованы 70 продавцов.")
    got = facts(text)
    assert ("arrests", 30, "people", None, "Aurora") in got
    assert ("arrests", 70, "people", None, "Boreas") in got
    ex = extract(text)
    assert [(e.metric, e.date, e.operation) for e in ex.events] == [("shut_down", "2020", "Boreas")]


def test_events_with_dates():
    text = ("Police took down Sable Market, a darknet marketplace.\n"
            "Sable Market had been online since 2019. The site was shut down in March 2024.")
    ex = extract(text)
    assert [(e.metric, e.date, e.operation) for e in ex.events] == [("launched", "2019", "Sable Market"),
                                                                    ("shut_down", "2024-03", "Sable Market")]


@pytest.mark.parametrize("published,date", [(None, None), ("2023-05-02", "2022")])
def test_relative_dates_need_the_publication_date(published, date):
    text = "В прошлом году полиция отключила серверы даркнет-рынка Volga."
    ex = extract(text, published=published)
    assert [(e.metric, e.date, e.operation) for e in ex.events] == [("shut_down", date, "Volga")]


def test_last_month_resolves_to_a_month():
    ex = extract("The marketplace Cedar Market was shut down last month.", published="2024-01-15")
    assert [e.date for e in ex.events] == ["2023-12"]


def test_operation_argument_is_the_main_operation():
    ex = extract("Police arrested 3 people.", operation="Night Owl")
    assert ex.main == "Night Owl" and ex.facts[0].operation == "Night Owl"
