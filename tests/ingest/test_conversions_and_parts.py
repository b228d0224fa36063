"""One figure said twice is one fact; a part of a total is not a second total (#16).

A conversion in brackets is the figure before it restated, kept in its ``detail``; a named drug's
amount beside a drugs total, or money split "Of that" into cash and crypto, gets its own metric."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent


def test_a_bracketed_currency_conversion_is_no_second_fact_and_stays_in_detail():
    text = "Police seized more than EUR 12.6 million (USD 13.7 million) in cash and crypto, 410 kg of drugs and 33 firearms."
    got = extract(text).facts
    assert [(f.metric, f.value, f.unit) for f in got] == [
        ("seized_money", 12600000, "EUR"), ("seized_drugs", 410, "kg"), ("seized_firearms", 33, "items")]
    assert "(USD 13.7 million)" in got[0].detail


def test_a_weight_restated_in_pounds_is_one_weight():
    assert facts("Officers seized 320 kilogrammes (705 pounds) of drugs.") == [("seized_drugs", 320, "kg", None)]
    assert facts("Officers seized 640 kg of drugs (1,411 lbs) and 12 guns.") == [
        ("seized_drugs", 640, "kg", None), ("seized_firearms", 12, "items", None)]


def test_a_second_weight_in_brackets_that_is_not_the_same_weight_stays():
    got = facts("Officers seized 300 kg of drugs (20 kg of it heroin).")
    assert ("seized_drugs", 300, "kg", None) in got


def test_a_headline_restating_a_conversion_is_the_same_figure():
    text = ("Dark web bust: 120 held, $15 million seized\n"
            "Police arrested 120 people and seized €13.9 million ($15 million) in cryptocurrency.")
    money = [f for f in facts(text) if f[0] == "seized_money"]
    assert money == [("seized_money", 13900000, "EUR", None)]


def test_a_rounded_headline_figure_is_the_body_figure():
    text = "Nearly 200 arrested in dark web sweep\nPolice arrested 193 people in nine countries."
    assert facts(text) == [("arrests", 193, "people", None)]
    text = "Европол провёл операцию. Задержаны более 180 человек\nПолиция задержала 186 человек."
    assert facts(text) == [("arrests", 186, "people", None)]


def test_a_named_drug_beside_a_drugs_total_is_its_own_metric():
    text = ("Police seized 900 kg of drugs and 40 firearms.\n"
            "Drugs seized included more than 300 kg of amphetamines, 51 kg of cocaine and 12 kg of heroin.")
    assert facts(text) == sorted([
        ("seized_drugs", 900, "kg", None), ("seized_firearms", 40, "items", None),
        ("seized_amphetamine", 300, "kg", None), ("seized_cocaine", 51, "kg", None), ("seized_heroin", 12, "kg", None)])


def test_a_named_drug_with_no_total_stays_the_drugs_figure():
    assert facts("Agents seized 140 kilograms of fentanyl and 58 firearms.") == [
        ("seized_drugs", 140, "kg", None), ("seized_firearms", 58, "items", None)]


def test_more_of_a_drug_on_top_of_the_total_is_not_a_part():
    text = "Изъято 7,3 кг наркотиков. Ещё 850 граммов мефедрона полицейские нашли в тайниках."
    assert facts(text) == [("seized_drugs", 0.85, "kg", None), ("seized_drugs", 7.3, "kg", None)]


def test_russian_drug_parts_after_a_total():
    text = "Изъято 850 кг наркотиков. Полицейские также обнаружили 43 килограмма кокаина."
    assert facts(text) == [("seized_cocaine", 43, "kg", None), ("seized_drugs", 850, "kg", None)]


def test_money_split_of_the_total_into_crypto_and_cash_is_parts():
    text = "The FBI seized more than $9 million. Of the money seized, $6.1 million was cryptocurrency and $2.9 million cash."
    assert facts(text) == [("seized_money", 9000000, "USD", None), ("seized_money_cash", 2900000, "USD", None),
                           ("seized_money_crypto", 6100000, "USD", None)]


def test_a_qualified_round_figure_restated_precisely_is_one_figure():
    text = "Police arrested 179 people.\nThe sting led to the arrest of almost 180 dark web vendors."
    assert facts(text) == [("arrests", 179, "people", None)]


def test_a_headline_two_digit_round_sum_is_the_body_sum():
    text = "Europol: €31m seized in dark web strike\nInvestigators seized €31.4 million in cryptocurrencies."
    assert facts(text) == [("seized_money", 31400000, "EUR", None)]


def test_a_square_bracket_conversion_is_no_second_fact():
    assert facts("The FBI confiscated around $3.6 million [£2.2 million] worth of bitcoins.") == [
        ("seized_money", 3600000, "USD", None)]


def test_a_bracketed_breakdown_of_money_is_parts():
    text = "Agents seized 51 firearms and more than $7 million ($4.5 million in cryptocurrency, $2.4 million in cash and $40,000 in gold)."
    got = facts(text)
    assert ("seized_money", 7000000, "USD", None) in got and [f for f in got if f[0] == "seized_money"] == [
        ("seized_money", 7000000, "USD", None)]
    assert ("seized_money_crypto", 4500000, "USD", None) in got and ("seized_gold", 40000, "USD", None) in got


def test_including_that_opens_the_list_of_seizures_is_no_subset():
    got = sent("Law enforcement conducted more seizures than ever, including 117 firearms, 850 kilograms of drugs "
               "that include 64 kilograms of fentanyl, and $53.4 million in cash.")
    assert ("seized_firearms", 117, "items", None) in got and ("seized_drugs", 850, "kg", None) in got


def test_a_bare_dollar_converted_into_us_dollars_is_the_local_dollar():
    text = "OTTAWA — The RCMP says the probe led to the seizure of $6.2-million (US$4.5-million) in cryptocurrency in Canada."
    assert [f for f in facts(text) if f[0] == "seized_money"] == [("seized_money", 6200000, "CAD", "CA")]
    assert facts("Police seized $6.2 million (US$4.5 million) in cryptocurrency.") == [("seized_money", 6200000, "USD", None)]


def test_a_total_in_a_later_paragraph_is_another_haul_not_the_whole():
    text = ("ФСБ ликвидировала нарколабораторию.\nИзъято свыше 41 килограмма мефедрона.\n"
            "13 ноября сообщалось, что ФСБ изъяла у крупнейшего в даркнете магазина 440 килограммов наркотических средств.")
    assert ("seized_drugs", 41, "kg", None) in facts(text)
