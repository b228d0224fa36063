"""One person held in a country no count is placed in, in a story of several countries, is that country's
arrest beside the count ("Police in Italy and Malta arrested nine … The founder was detained in Valletta"),
and never an item that turns another country's count into a worldwide total."""

from store.ingest.extract import extract


def _arrests(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.country) for f in extract(text).facts if f.metric == "arrests"]


def test_a_lone_arrest_in_a_second_country_is_kept_placed() -> None:
    text = ("Nine held in marketplace probe\nPolice in Italy and Malta arrested nine people in the operation. "
            "The founder was detained at his apartment in Valletta.")
    assert _arrests(text) == [(9, None), (1, "MT")]


def test_a_lone_arrest_beside_another_countrys_count() -> None:
    text = ("Probe widens\nItalian police arrested 12 people across the country. The founder was arrested in Valletta, Malta.")
    assert _arrests(text) == [(12, "IT"), (1, "MT")]


def test_a_domestic_lone_arrest_is_one_of_the_count() -> None:
    assert _arrests("Five held\nItalian police arrested five people. The ringleader was arrested in Turin.") == [(5, "IT")]


def test_a_lone_arrest_does_not_sum_into_another_countrys_count() -> None:
    text = ("Thirty held\nPolice arrested 30 people in four countries. Italian police arrested 16 people. Maltese officers "
            "detained 9 and Greek police 6. In a separate phase, Cypriot police arrested a 50-year-old man in Limassol.")
    got = _arrests(text)
    assert (16, "IT") in got and (16, None) not in got
