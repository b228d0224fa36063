"""A share of a total placed in a country leaves the total worldwide (#16).

"Police arrested 240 people, most of them in the United States": the country is where part of the
arrests happened, so the 240 is nobody's — while a breakdown's own count ("most were in Canada,
with 90") keeps its place."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_a_share_clause_beside_the_total_leaves_it_unplaced():
    assert facts("Police arrested 240 people, most of them in the United States.") == [("arrests", 240, "people", None)]
    assert facts("Of the 240 arrests, about two thirds were in the United States.") == [("arrests", 240, "people", None)]
    assert facts("The sweep led to 240 arrests and the seizure of $41 million; more than half of the arrests "
                 "took place in Germany.") == [("arrests", 240, "people", None), ("seized_money", 41000000, "USD", None)]
    assert facts("Police arrested 240 people; Britain accounted for about a third of the arrests.") == [
        ("arrests", 240, "people", None)]


def test_a_russian_share_clause_leaves_the_total_unplaced():
    assert facts("Задержаны 112 человек, около половины — в Германии.") == [("arrests", 112, "people", None)]
    assert facts("В ходе операции задержаны 112 человек, причём больше половины задержаний пришлось на Польшу.") == [
        ("arrests", 112, "people", None)]


def test_the_share_s_country_may_still_take_part():
    text = "Dark web sweep\nPolice arrested 240 people, most of them in the United States."
    assert "US" in extract(text).countries


def test_a_place_with_its_own_count_or_a_weight_in_halves_keeps_its_place():
    assert facts("Half a tonne of cocaine was seized in Spain.") == [("seized_drugs", 500, "kg", "ES")]
    assert ("arrests", 90, "people", "CA") in facts("Most arrests were in Canada, with 90, and Ireland, with 31.")


def test_the_largest_share_and_a_total_in_all_are_the_whole_s():
    assert facts("Of the 288 people arrested, the largest share was in the United States.") == [("arrests", 288, "people", None)]
    assert facts("The arrests — 263 in all, a majority of them in the US — were announced on Tuesday.") == [
        ("arrests", 263, "people", None)]


def test_an_operation_that_mostly_took_place_in_a_country_leaves_its_totals_unplaced():
    assert facts("The sweep, which mainly took place in the U.S. and in Europe, led to 179 arrests and $6.5 million seized.") == [
        ("arrests", 179, "people", None), ("seized_money", 6500000, "USD", None)]
    assert facts("Операция, которая проходила в основном в Германии, привела к задержанию 40 человек.") == [
        ("arrests", 40, "people", None)]
