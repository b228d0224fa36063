"""A money sum split into forms ("$7 million consisting of $4.5 million in cryptocurrency, $2.48 million in cash
and $40,000 in gold"): every item of the split is a part, and an earlier statement of one item is that part
again, not more money (#16, FBI release pickups)."""

from tests.ingest.phrases import facts


def test_each_item_after_consisting_of_is_a_part():
    got = facts("Sweep\nAgents seized more than $9 million consisting of $5.1 million in cryptocurrency, "
                "$3.6 million in cash and $300,000 in gold.")
    assert [f for f in got if f[0] == "seized_money"] == [("seized_money", 9000000, "USD", None)]
    assert ("seized_money_cash", 3600000, "USD", None) in got
    assert ("seized_gold", 300000, "USD", None) in got


def test_a_lead_statement_of_one_item_is_that_part():
    got = facts("Sweep\nForty people were arrested and $5.1 million in cryptocurrency seized. Agents seized more than "
                "$9 million, including $5.1 million in cryptocurrency and $3.6 million in cash.")
    assert [f for f in got if f[0] == "seized_money"] == [("seized_money", 9000000, "USD", None)]
    assert ("seized_money_crypto", 5100000, "USD", None) in got


def test_a_new_clause_after_the_split_is_more_money():
    got = facts("Sweep\nAgents seized $9 million, including $5.1 million in cryptocurrency, and officers later seized "
                "$2 million in cash.")
    assert ("seized_money", 2000000, "USD", None) in got
