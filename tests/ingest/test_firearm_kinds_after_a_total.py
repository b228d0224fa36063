"""The kinds of weapon listed after a counted firearms total — in brackets, after a colon or
"including" — are that total's breakdown, not more firearms (#16, enlocal2 batch: "four firearms
(three revolvers and a handgun …)" gave 4, 3 and 1)."""

from tests.ingest.phrases import facts


def _what(text: str) -> list[tuple]:
    """(metric, value, unit) of every fact: a one-country local story may leave a figure unplaced."""
    return [f[:3] for f in facts(text)]


def test_kinds_in_brackets_after_the_total_are_its_parts():
    text = ("Guns found in Leicester flat\n"
            "Leicestershire Police raided a flat in Leicester on Tuesday.\n"
            "Officers recovered seven firearms (five pistols and two sawn-off shotguns), 60 rounds and 300g of heroin.")
    assert _what(text) == [("seized_drugs", 0.3, "kg"), ("seized_firearms", 7, "items")]


def test_kinds_after_a_colon_or_including_are_parts_too():
    text = ("Weapons haul in Manchester\n"
            "Greater Manchester Police searched a lock-up in Salford.\n"
            "Detectives seized nine guns: six pistols, two rifles and a revolver.")
    assert _what(text) == [("seized_firearms", 9, "items")]
    text = ("Weapons haul in Manchester\n"
            "Greater Manchester Police searched a lock-up in Salford.\n"
            "Detectives seized nine guns, including six pistols and two rifles.")
    assert _what(text) == [("seized_firearms", 9, "items")]


def test_a_later_find_is_not_a_part():
    text = ("Weapons haul in Manchester\n"
            "Greater Manchester Police searched a lock-up in Salford.\n"
            "Detectives seized nine guns and later found two rifles buried in a garden.")
    assert _what(text) == [("seized_firearms", 2, "items"), ("seized_firearms", 9, "items")]
