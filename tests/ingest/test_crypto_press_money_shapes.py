"""Money shapes of crypto and security press: a pointing-back "The latter included …", a seizure made
"in N transactions", a conversion after a figure whose currency follows it, "$1.5B" as billions and a
laundered sum after it, and a lead's round sum restated precisely further down."""

from tests.ingest.phrases import facts


def test_the_latter_included_lists_the_seizures():
    text = ("Police close a drugs site\n\n"
            "The sweep was the largest in terms of people held and of goods taken. "
            "The latter included 40 firearms, 300 kilograms of drugs and $2.5 million in cash.")
    assert sorted(facts(text)) == sorted([("seized_firearms", 40, "items", None), ("seized_drugs", 300, "kg", None),
                                          ("seized_money", 2500000, "USD", None)])


def test_a_seizure_in_a_count_of_transactions_is_seized_and_its_bracket_folds():
    text = ("Agency takes over a coin mixer\n\n"
            "Total assets seized include 512.5 Bitcoin in 12 transactions amounting to 20.4 million euros ($22 million).")
    assert facts(text) == [("seized_money", 20400000, "EUR", None)]


def test_a_billion_glued_as_b_and_a_laundered_sum_after_it():
    text = ("Police seize $12M from a mixer after $1.5B allegedly laundered\n\n"
            "Officers seized 11 million euros ($12 million) from the service.")
    assert facts(text) == [("seized_money", 11000000, "EUR", None)]


def test_a_lead_round_sum_restated_precisely_is_one_fact():
    text = ("Mixer shut down\n\n"
            "Police in three countries seized € 31 million worth of bitcoins. "
            "In the raid, two servers and 700 bitcoins worth € 31.3 million were confiscated.")
    assert [f for f in facts(text) if f[0] == "seized_money"] == [("seized_money", 31300000, "EUR", None)]
