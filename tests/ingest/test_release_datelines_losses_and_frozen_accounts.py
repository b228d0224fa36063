"""Shapes of European agency releases and their reposts: a dateline after a bracketed tag ("(PRESS RELEASE)
LISBON, 3-Mar-2025 —") or on a line of its own ("Lisbon, 3 March 2025") is no participant; victims' losses
("causing losses in excess of €9 million (approximately $9.8 million)") are no money seized, nor is their
conversion; accounts frozen "worth €2.1 million" are money; "the African Union" is no town called Union."""

from store.ingest.extract import extract

CORE = {"arrests", "seized_money", "seized_drugs", "seized_firearms"}


def _core(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.metric, f.value, f.country) for f in extract(text).facts if f.metric in CORE]


def test_a_dateline_after_a_bracketed_tag() -> None:
    text = ("Laundering ring dismantled\n\n(PRESS RELEASE) LISBON, 3-Mar-2025 — /Wire/ — An investigation has led to "
            "the arrest of 17 people, with police from Italy and Malta taking part.")
    ex = extract(text)
    assert "PT" not in ex.countries
    assert _core(text) == [("arrests", 17, None)]


def test_a_dateline_on_its_own_line() -> None:
    text = ("Laundering ring dismantled\n\nLisbon, 3 March 2025\n\nItalian and Maltese police arrested 17 people.")
    assert extract(text).countries == ["IT", "MT"]


def test_losses_and_their_conversion_are_no_seizure() -> None:
    text = ("Fraud ring dismantled\n\nThe operation resulted in the dismantling of a ring causing losses in excess of "
            "€9 million (approximately $9.8 million). Police seized €310,000 (approximately $337,000) in cash.")
    assert _core(text) == [("seized_money", 310000, None)]


def test_frozen_accounts_worth_money() -> None:
    text = ("Fraud ring dismantled\n\nThe probe led to the arrest of 40 suspects and the freezing of 61 bank accounts "
            "worth more than €2.1 million (approximately $2.3 million).")
    assert _core(text) == [("arrests", 40, None), ("seized_money", 2100000, None)]


def test_the_african_union_is_no_town() -> None:
    ex = extract("Crackdown\n\nInterpol, working with Afripol, the African Union police agency, arrested 300 suspects in Ghana.")
    assert ex.countries == ["GH"]
