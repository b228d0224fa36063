"""A country named in a clause about who took part is a participant, not where the figures happened."""

from store.ingest.extract import extract


def _facts(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.metric, f.value, f.country) for f in extract(text).facts]


def test_agencies_in_a_which_clause_do_not_place_the_seizure() -> None:
    text = ("The crackdown, in which several Belgian police units were involved, ended with "
            "the seizure of €310,000 in cash and cryptocurrency.")
    assert ("seized_money", 310000, None) in _facts(text)


def test_took_part_clause_leaves_the_arrests_unplaced() -> None:
    text = "In a sweep in which Austrian investigators took part, 17 suspected vendors were detained."
    assert ("arrests", 17, None) in _facts(text)


def test_involving_names_a_participant() -> None:
    text = "A week of raids involving Czech officers netted 6 kilograms of methamphetamine."
    assert ("seized_drugs", 6, None) in _facts(text)


def test_the_acting_agency_still_places_its_figures() -> None:
    text = "Belgian police arrested 17 suspected vendors and seized €310,000 in cash."
    facts = _facts(text)
    assert ("arrests", 17, "BE") in facts
    assert ("seized_money", 310000, "BE") in facts
