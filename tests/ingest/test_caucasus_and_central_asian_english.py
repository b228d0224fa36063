"""English agency copy from the Caucasus and Central Asia: a named person with an apposition or a
relative clause before "was detained" is one arrest; so is "a 40-year-old citizen of the Kyrgyz
Republic was arrested"; "the total weight of the bundles amounted to …" is the haul; a make in quotes before
"pistols" still counts firearms; a headline's "Over 5 kilograms" keeps the whole number of the
body's "5 kg 870 grams"."""

from tests.ingest.phrases import facts, sent


def test_a_named_person_with_a_clause_is_one_arrest():
    assert sent("Elvin Guliyev, a resident of Ganja, was detained.") == [("arrests", 1, "people", "AZ")]  # Ganja is in Azerbaijan
    assert sent("Samir Huseynov, who was previously convicted of drug trafficking, was also detained.") == [("arrests", 1, "people", None)]


def test_a_citizen_of_a_republic_is_one_arrest():
    assert sent("A 40-year-old citizen of the Kyrgyz Republic was arrested near the border.") == [("arrests", 1, "people", None)]


def test_a_total_weight_that_amounted_to_is_the_haul():
    assert sent("With its wrapping, the total weight of the bundles amounted to just over 9 kilos.") == [("seized_drugs", 9, "kg", None)]


def test_a_quoted_make_before_the_weapon():
    assert sent('Officers also seized 4 "Makarov" pistols and 20 cartridges.') == [("seized_firearms", 4, "items", None)]


def test_a_headline_more_than_keeps_the_whole_number():
    text = ("Over 5 kilograms of drugs seized in Talas region\n"
            "Officers in Talas region of Kyrgyzstan seized a total of 5 kg 870 grams of hashish and marijuana.\n")
    assert [f[1] for f in facts(text) if f[0] == "seized_drugs"] == [5.87]


def test_people_named_one_by_one_before_a_plural_verb():
    assert sent("Orkhan Aliyev, Vugar Rzayev, and his cousin Elnur, who sold heroin online, were detained.") == [
        ("arrests", 3, "people", None)]
