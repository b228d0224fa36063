"""Places and names: cities, country names and adjectives, datelines, continents, titles, market names.

Regrouped from the per-round files (#11); each test names its round."""

from store.ingest.extract import extract
from store.ingest.places import find_mentions
from tests.ingest.phrases import placed, sent
from tests.ingest.test_names_events import _names


def test_dateline_city_is_not_a_place():
    """Round 1 (was test_generalise.py)."""
    m = find_mentions("ROME, May 3 (Reuters) - Police arrested 12 people")
    assert m[0].code == "IT" and not m[0].is_place_or_actor
    assert not find_mentions("Vienna, 2 October – Officers seized 5 kg of heroin")[0].is_place_or_actor
    assert find_mentions("Italy – 12")[0].is_place_or_actor  # a table row is not a dateline
    assert placed("ROME, May 3 (Reuters) - Officers arrested 12 people, police said.") == [("arrests", 12, None)]


def test_new_cities():
    """Round 1 (was test_generalise.py)."""
    assert [m.code for m in find_mentions("raids in Lviv and Cardiff, обыски в Новосибирске")] == ["UA", "GB", "RU"]


def test_market_names_after_the_market_and_plural_lists():
    """Round 1 (was test_generalise.py)."""
    ex = extract("Police shut the marketplace Grey Finch and the markets Orca, Pike and Tern Hub.\n")
    assert ex.markets == ["Grey Finch", "Orca", "Pike", "Tern Hub"]
    ex = extract("The sweep, codenamed Operation Lanternfish, hit 3 sites.\n")
    assert ex.operations == ["Lanternfish"]


def test_origin_after_article():
    """Round 2 (was test_generalise_r2.py)."""
    assert [m.is_place_or_actor for m in find_mentions("The drugs were shipped from the Netherlands and Mexico.")] == [False, False]


def test_common_country_names():
    """Round 2 (was test_generalise_r2.py)."""
    assert [m.code for m in find_mentions("в Кыргызстане, в Молдове и в Белоруссии; police in Holland")] == ["KG", "MD", "BY", "NL"]


def test_continent_is_not_the_united_states():
    """Round 3 (was test_generalise_r3.py)."""
    assert find_mentions("Crackdowns in South America and Latin America") == []
    assert [m.code for m in find_mentions("в Латинской Америке")] == []


def test_brazilian_cities():
    """Round 3 (was test_generalise_r3.py)."""
    assert {m.code for m in find_mentions("arrests in Curitiba and Porto Alegre")} == {"BR"}


def test_short_title_in_guillemets_is_no_place():
    """Round 5 (was test_generalise_r5.py)."""
    assert find_mentions("Операция «Атлантика» завершилась задержанием 58 человек.") == []
    assert [m.code for m in find_mentions("Операция «Атлантика» прошла в Германии.")] == ["DE"]


def test_adjectives_missing_from_the_country_table():
    """Round 5 (was test_generalise_r5.py)."""
    assert [m.code for m in find_mentions("узбекские силовики задержали 11 человек")] == ["UZ"]
    assert [m.code for m in find_mentions("Paraguayan police arrested 4")] == ["PY"]
    assert sent("В 2023 году киргизские силовики задержали 11 человек.", "ru") == [("arrests", 11, "people", "KG")]


def test_new_south_wales_is_australia():
    """Round 7 (was test_generalise_r7.py)."""
    assert "GB" not in extract("Police arrested 6 people in New South Wales.").countries


def test_two_word_name_before_darknet_market():
    """Round 10 (was test_generalise_r10.py)."""
    _, markets = _names("Greek and Bulgarian police take down Marlin Deep darknet market")
    assert "marlin deep" in markets
