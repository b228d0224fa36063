"""A tally lead of verbless counts opened by an arrest count ("288 arrests. 117 firearms.") lists what the
operation seized (#16, a finance blog's recap of a DoJ release)."""

from tests.ingest.phrases import facts


def test_counts_after_an_arrest_fragment_are_seized():
    got = facts("Record sweep\nThe figures speak for themselves. 140 arrests. 61 firearms. 420 kilograms of drugs. "
                "$12.8 million in cash and crypto.\nThat was the result of the sweep.")
    assert ("arrests", 140, "people", None) in got
    assert ("seized_firearms", 61, "items", None) in got
    assert ("seized_drugs", 420, "kg", None) in got
    assert ("seized_money", 12800000, "USD", None) in got


def test_sales_in_a_tally_are_not_seized():
    got = facts("Market closed\n140 arrests. $300 million in sales.")
    assert not any(f[0] == "seized_money" for f in got)


def test_a_fragment_with_no_arrest_count_before_it_borrows_nothing():
    got = facts("Market closed\nThe platform was big. 61 firearms. 420 kilograms of drugs.")
    assert not any(f[0] in ("seized_firearms", "seized_drugs") for f in got)
