"""Hauls of local copy (#16, encourt): a per-bag weight is no total, "another 15 kilos" is a second haul of the
same size, and "we located", "it contained", "they include" and a parcel "stuffed full of" drugs report a find."""

from tests.ingest.phrases import facts


def test_a_weight_each_is_no_haul():
    story = "Bags found in car\n\nOfficers found four bags weighing 300 grams each in the boot of a car."
    assert facts(story) == []
    story = "Parcels stopped\n\nThe seizure comes to 30 parcels of about 2 kg each, officials said."
    assert facts(story) == []


def test_another_haul_of_the_same_size_is_kept():
    story = ("Meth found at two homes\n\n"
             "Detectives seized 15 kilos of methamphetamine in Sunshine. "
             "Later that day they found another 15 kilos of methamphetamine at a house in Footscray.")
    assert [f[:3] for f in facts(story)] == [("seized_drugs", 15, "kg"), ("seized_drugs", 15, "kg")]


def test_we_located_is_a_find():
    story = "Warrant at flat\n\n\u201cInside the garage we located a further 2 kilograms of cocaine,\u201d the inspector said."
    assert [f[:3] for f in facts(story)] == [("seized_drugs", 2, "kg")]


def test_it_contained_after_a_parcel_is_a_find():
    story = ("Wrong address\n\nA courier left a box at a house in Geelong by mistake. It contained 12 kilograms of cocaine, "
             "police said.")
    assert [f[:3] for f in facts(story)] == [("seized_drugs", 12, "kg")]


def test_a_parcel_stuffed_full_of_drugs_is_a_find():
    story = "Parcel at the door\n\nThe parcel was stuffed full of powder \u2013 almost four kilograms of cocaine."
    assert [f[:3] for f in facts(story)] == [("seized_drugs", 4, "kg")]


def test_they_include_lists_the_haul():
    story = ("Drugs in post\n\nDrugs worth about \u20ac30,000 were found in parcels at the mail centre. "
             "They include 1.4kg of herbal cannabis and 60g of ketamine.")
    assert facts(story) == [("seized_drugs", 0.06, "kg", None), ("seized_drugs", 1.4, "kg", None)]


def test_a_haul_a_pair_was_suspected_of_importing():
    story = "Pair charged\n\nBorder officers arrested two people suspected of importing 9 kilograms of methamphetamine."
    assert [f[:2] for f in facts(story)] == [("arrests", 2), ("seized_drugs", 9)]
