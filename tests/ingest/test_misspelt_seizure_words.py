"""A misspelt seizure verb still makes the figure a seizure, and the quote keeps the spelling (#16)."""

from store.ingest.extract import extract


def test_siezed_is_seized():
    ex = extract("Crypto desk\nInvestigators siezed roughly €3.1 million in cryptocurrency from the pair.")
    money = [f for f in ex.facts if f.metric == "seized_money"]
    assert [(f.value, f.unit) for f in money] == [(3100000, "EUR")]
    assert "siezed" in money[0].quote  # the article as written


def test_a_soft_sign_in_izyat_is_the_hard_one():
    ex = extract("Новости\nПолицейские изьяли 4 кг мефедрона у жителя Казани.")
    assert [(f.metric, f.value, f.unit) for f in ex.facts if f.metric == "seized_drugs"] == [("seized_drugs", 4, "kg")]
