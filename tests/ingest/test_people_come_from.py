"""Arrested people counted by where they come from: a breakdown of arrests, not an origin of goods."""

from tests.ingest.phrases import placed


def test_detained_come_from_list_is_a_breakdown():
    assert placed("The detained come from Austria (14), Poland (6) and one from Hungary.") == [
        ("arrests", 14, "AT"), ("arrests", 6, "PL"), ("arrests", 1, "HU")]


def test_count_in_brackets_then_come_from_after_an_arrest_sentence():
    assert placed("Officers arrested 90 people. Most suspects (51) come from Italy.") == [
        ("arrests", 90, None), ("arrests", 51, "IT")]


def test_goods_coming_from_a_country_stay_an_origin():
    assert placed("Police seized 40 kg of cocaine that came from Peru.") == [("seized_drugs", 40, None)]


def test_a_figure_next_to_its_own_country_is_no_total_of_other_countries():
    text = ("A total of 120 people were arrested. The most suspects (40) come from Italy. "
            "Also, 20 Germans, 15 Britons and 5 Poles were arrested.")
    assert ("arrests", 40, "IT") in placed(text)
