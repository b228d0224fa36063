"""Customs copy (#16, enlocal batch 6): "packages, which in total contained 30 kilograms of MDMA"
states what intercepted packages held (a seizure), and a named precursor ("ephedrine") in a list
of drugs is one more named haul, not a drugs total the smaller drugs after it are parts of."""

from tests.ingest.phrases import facts


def test_what_packages_held_between_them_is_seized():
    story = ("A 31-year-old man appeared in the Napier District Court, linked to at least nine packages, "
             "which in total contained around 30 kilograms of MDMA.")
    assert [f[:3] for f in facts(story) if f[0] == "seized_drugs"] == [("seized_drugs", 30, "kg")]


def test_a_named_precursor_is_no_total_of_the_drugs_after_it():
    story = "Customs officers seized 30 kilograms of MDMA, four kilograms of pseudoephedrine and two kilograms of cocaine."
    assert sorted(f[1] for f in facts(story) if f[0] == "seized_drugs") == [2, 4, 30]
