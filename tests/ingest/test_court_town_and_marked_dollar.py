"""Which country a local story is and which dollar it counts in (#16, encourt): a town's court places it, and
a story whose police write their own dollar ("NZ$") counts a bare "$" in it."""

from tests.ingest.phrases import facts


def test_a_district_court_places_a_small_town():
    story = ("Man charged over mailed meth\n\nOfficers seized $9400 in cash at a house. "
             "The man will appear in the Blenheim District Court on Friday.")
    assert facts(story) == [("seized_money", 9400, "NZD", None)]


def test_a_marked_own_dollar_sets_the_bare_dollar():
    story = ("Customs traces meth parcels\n\nNew Zealand Customs and partner agencies in Germany and Canada stopped the "
             "parcels. Officers found $12,600 in cash in Nelson. The drugs had a street value of NZ$1.4 million.")
    assert ("seized_money", 12600, "NZD", "NZ") in facts(story)


def test_a_foreign_marked_dollar_leaves_the_local_one():
    story = ("Drugs seized in Australia and New Zealand\n\n"
             "Police in Australia seized $4 million in cash, and NZ$1.2 million was seized in Auckland.")
    assert ("seized_money", 4000000, "AUD", "AU") in facts(story)
