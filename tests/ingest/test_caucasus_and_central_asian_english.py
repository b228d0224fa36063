"""English agency copy from the Caucasus and Central Asia: a named person with an apposition or a
relative clause before "was detained" is one arrest; "a citizen of the Kyrgyz Republic was detained"
too; "The total weight … amounted to more than 9 kilograms" is the haul; a make in quotes before
"pistols" still counts firearms; a headline's "Over 5 kilograms" keeps the whole number of the
body's "5 kg 870 grams"."""

from tests.ingest.phrases import facts, sent


def test_a_named_person_with_a_clause_is_one_arrest():
    assert sent("Elvin Guliyev, a resident of Ganja, was detained.") == [("arrests", 1, "people", "AZ")]  # Ganja is in Azerbaijan
    assert sent("Samir Huseynov, who was previously convicted of drug trafficking, was also detained.") == [("arrests", 1, "people", None)]


def test_a_citizen_of_a_republic_is_one_arrest():
    assert sent("A citizen of the Kyrgyz Republic was detained in the village.") == [("arrests", 1, "people", None)]


def test_a_total_weight_that_amounted_to_is_the_haul():
    assert sent("The total weight together with the packaging amounted to more than 9 kilograms.") == [("seized_drugs", 9, "kg", None)]


def test_a_quoted_make_before_the_weapon():
    assert sent('Officers also seized 4 "Makarov" pistols and 20 cartridges.') == [("seized_firearms", 4, "items", None)]


def test_a_headline_more_than_keeps_the_whole_number():
    text = ("Over 5 kilograms of drugs seized in Talas region\n"
            "Police seized drugs in Talas region of Kyrgyzstan. The total weight of the seized drugs is 5 kg 870 grams.\n")
    assert [f[1] for f in facts(text) if f[0] == "seized_drugs"] == [5.87]
