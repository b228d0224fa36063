"""Named drugs listed, then summed by the next sentence ("The more than 6 kilogrammes of drugs seized …"), are
parts of that whole, not extra totals (#16, encourt)."""

from tests.ingest.phrases import facts


def test_items_the_next_sentence_sums_are_parts():
    story = ("Drug bust in Tampines\n\n"
             "In total, 4,800g of cannabis, 1,150g of methamphetamine and another 90g of substances believed to be drugs "
             "were seized.\n"
             "The more than 6 kilogrammes of drugs seized were worth about S$310,000, officers said.")
    assert [f for f in facts(story) if f[0] == "seized_drugs"] == [("seized_drugs", 6, "kg", None)]


def test_a_next_sentence_total_that_does_not_add_up_keeps_the_items():
    story = ("Drug bust in Tampines\n\n"
             "Officers seized 4,800g of cannabis and 1,150g of methamphetamine in the flat.\n"
             "Another 40 kilogrammes of drugs were seized at a warehouse the next day.")
    assert len([f for f in facts(story) if f[0] == "seized_drugs"]) == 3
