"""Kyrgyz, Uzbek and Caucasus police copy: «Арестовано $12 тыс., 5 млн сумов и 300 тыс. сомов» is money
seized in each currency; where imported drugs came from («завозится из соседних стран — Китая, Ирана») is no
participant; a headline's «около 58 кг» over the body's unplaced «57,6 кг» is one figure. Own sentences."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent_ru


def test_arrested_cash_in_several_currencies_is_seized_money():
    got = sent_ru("Арестовано $12 тыс., 5 млн сумов и 300 тыс. сомов.")
    assert [(m, v, u) for m, v, u, _ in got] == [("seized_money", 12000, "USD"), ("seized_money", 5000000, "UZS"),
                                                   ("seized_money", 300000, "KGS")]


def test_lari_manat_and_dram_are_currencies():
    got = sent_ru("Изъято 40 тыс. лари, 9 тыс. манатов и 2 млн драмов.")
    assert [u for _, _, u, _ in got] == ["GEL", "AZN", "AMD"]


def test_a_weight_in_kgs_is_no_kyrgyz_som():
    assert facts("Police seized 120 kgs of cannabis.") == [("seized_drugs", 120, "kg", None)]


def test_where_imported_drugs_came_from_is_no_participant():
    text = ("МВД Кыргызстана: изъято 20 кг синтетики. "
            "Синтетика завозится из соседних стран — Китая, Ирана, а также почтой через государства Европы, Канаду.")
    assert set(extract(text).countries) == {"KG"}


def test_a_headline_rounding_an_unplaced_body_figure_is_one_fact():
    text = "Наркоканал пресекли в Кыргызстане: изъято около 58 кг гашиша\n\nВ тайниках изъято 57,6 кг гашиша."
    assert [(m, v) for m, v, _, _ in facts(text)] == [("seized_drugs", 57.6)]
