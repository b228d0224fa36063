"""A plural weight unit glued to the next word (markup stripped of a link's space) is still a weight."""

from store.ingest.extract import extract


def _facts(text: str) -> list[tuple[str, float, str]]:
    return [(f.metric, round(f.value, 3), f.unit) for f in extract(text).facts]


def test_kilograms_glued_to_a_link_word_is_the_drug_total() -> None:
    text = ("Investigators also confiscated 87 kilogramsnarcoticsAnd 12 firearms. The seized drugs "
            "included 50 kilograms of cannabis and 9 kilograms of cocaine.")
    facts = _facts(text)
    assert ("seized_drugs", 87, "kg") in facts
    assert ("seized_firearms", 12, "items") in facts
    assert [f for f in facts if f[0] == "seized_drugs"] == [("seized_drugs", 87, "kg")]


def test_grams_glued_still_converts_to_kilograms() -> None:
    assert ("seized_drugs", 0.4, "kg") in _facts("Customs seized 400 gramsheroinFrom the parcels.")


def test_a_word_that_only_starts_like_a_unit_is_not_a_weight() -> None:
    assert not [f for f in _facts("The 12 kilobytes of logs were seized.") if f[0] == "seized_drugs"]
