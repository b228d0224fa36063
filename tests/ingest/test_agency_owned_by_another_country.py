"""A descriptive agency name ("National Crime Agency") that the text gives another country is that country's,
not the country the bare name means (#16, a UK outlet on a Slovak arrest)."""

from store.ingest.extract import extract


def test_an_agency_of_another_country_adds_no_country_of_its_own():
    ex = extract("Arrest in Bratislava\nOfficers of the National Crime Agency of the Slovak Police Force detained "
                 "the suspect in Bratislava and seized four firearms.")
    assert ex.countries == ["SK"]


def test_a_possessive_owner_names_the_agency_country():
    ex = extract("Raids\nMalta's National Crime Agency arrested five people.")
    assert "GB" not in ex.countries
    assert ("arrests", 5, "MT") in [(f.metric, f.value, f.country) for f in ex.facts]


def test_the_bare_agency_name_is_still_british():
    ex = extract("Raids\nThe National Crime Agency and Europol arrested five people.")
    assert "GB" in ex.countries
