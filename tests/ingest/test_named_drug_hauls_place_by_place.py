"""A named drug's total, then its hauls place by place, is one figure per drug (#16, enlocal batch:
CNB-style releases first give each drug's overall weight in grams and then what was found
in each flat and car)."""

from tests.ingest.phrases import facts

_RELEASE = (
    "Six arrested in islandwide drug operation\n\n"
    "Six suspected drug offenders were arrested in Singapore on Tuesday. "
    "A total of about 310g of 'Ice', 95g of cannabis and S$4,200 in cash were seized during the operations.\n\n"
    "At a flat in Yishun, officers recovered about 200g of 'Ice' and 60g of cannabis.\n\n"
    "From a car parked nearby, officers recovered about 110g of 'Ice' and 35g of cannabis."
)


def test_the_totals_are_the_figures_and_the_hauls_their_parts():
    assert facts(_RELEASE) == sorted([
        ("arrests", 6, "people", "SG"),
        ("seized_drugs", 0.31, "kg", None),
        ("seized_drugs", 0.095, "kg", None),
        ("seized_money", 4200, "SGD", None),
    ])


def test_ice_is_a_named_drug_not_a_drugs_total():
    # the cannabis after the 'Ice' is its own drug, not a part of the 'Ice'
    story = "Police seized 1.2kg of 'Ice' and 400g of cannabis in Perth."
    assert facts(story) == [("seized_drugs", 0.4, "kg", "AU"), ("seized_drugs", 1.2, "kg", "AU")]
