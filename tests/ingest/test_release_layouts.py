"""Layouts of police releases and news pages in real copy (#16): capitals headings without a colon,
a bracket after a listed figure, teaser blocks, nationality compounds, answers opening with "Всего"."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent


def test_a_capitals_heading_without_a_colon_heads_a_list():
    text = ("Operation MOSSGATE concluded\n"
            "KEY RESULTS\n- Arrests: 33\n- Firearms seized: 11 (including 2 automatic rifles)\n"
            "ARRESTS PER COUNTRY\n- Belgium: 20\n- Estonia & Latvia: 4 each\n")
    assert facts(text) == sorted([("arrests", 33, "people", None), ("seized_firearms", 11, "items", None),
                                  ("arrests", 20, "people", "BE"), ("arrests", 4, "people", "EE"), ("arrests", 4, "people", "LV")])


def test_teaser_bullets_under_a_label_are_noise():
    text = ("Police arrested 75 people.\n\nYou may also like:\n- Police seize 2 tonnes of cocaine at Rotterdam port\n"
            "- Five arrested in Lisbon raid\n")
    assert facts(text) == [("arrests", 75, "people", None)]


def test_a_country_based_figure_is_that_countrys():
    assert sent("The National Crime Agency reported 31 UK-based arrests.") == [("arrests", 31, "people", "GB")]


def test_northern_ireland_is_the_united_kingdom():
    assert extract("Four people were arrested in Northern Ireland.").countries == ["GB"]


def test_units_of_weapons_are_firearms():
    assert sent("Officers seized 82 kg of drugs and 30 units of weapons.") == [
        ("seized_drugs", 82, "kg", None), ("seized_firearms", 30, "items", None)]


def test_an_answer_opening_with_in_total_and_a_bare_number():
    text = "Интервью\n— Сколько человек задержали?\n— Всего 74. Только в Германии — 30 человек."
    assert ("arrests", 74, "people", None) in facts(text)
