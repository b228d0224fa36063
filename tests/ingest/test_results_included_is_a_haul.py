"""An operation's "results included …" lists what it seized (#16, wire copy of a joint sweep)."""

from tests.ingest.phrases import facts


def test_results_included_money_and_drugs_are_seized():
    got = facts("Sweep ends\nThe results included $4.2 million in cash and 87 kilograms of drugs.")
    assert ("seized_money", 4200000, "USD", None) in got
    assert ("seized_drugs", 87, "kg", None) in got


def test_the_operations_results_include_firearms():
    got = facts("Sweep ends\nThe operation's final results include 14 firearms and 9 kg of heroin.")
    assert ("seized_firearms", 14, "items", None) in got
    assert ("seized_drugs", 9, "kg", None) in got


def test_sales_results_are_still_not_a_haul():
    got = facts("Market report\nThe vendors' sales results included $3 million in revenue last year.")
    assert not any(f[0] == "seized_money" for f in got)
