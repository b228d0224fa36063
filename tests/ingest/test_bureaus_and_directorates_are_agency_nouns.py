"""A country adjective before "Bureau", "Directorate", "Service", "Squad" names that country's police: "the
Estonian Central Criminal Bureau arrested …". A national agency's English title after another country's
adjective ("the Colombian Drug Enforcement Agency") is that country's own, and where an agency announced
an operation ("announced by the … Bureau in Tallinn") is no place it acted."""

from store.ingest.extract import extract


def test_a_bureau_after_a_country_adjective_takes_part() -> None:
    ex = extract("The Estonian Central Criminal Bureau arrested seven suspects and seized 4 kg of amphetamine.")
    assert ex.countries == ["EE"]
    assert {(f.metric, f.country) for f in ex.facts} == {("arrests", "EE"), ("seized_drugs", "EE")}


def test_another_countrys_drug_enforcement_agency_is_not_the_dea() -> None:
    ex = extract("The Colombian Drug Enforcement Agency arrested four couriers.")
    assert ex.countries == ["CO"]


def test_the_city_an_operation_was_announced_in_is_no_participant() -> None:
    ex = extract("The raids, announced by the Central Criminal Bureau in Tallinn, led to the arrest of 5 people in Latvia.")
    assert ex.countries == ["LV"]
    assert [(f.value, f.country) for f in ex.facts] == [(5, "LV")]


def test_central_bureau_of_narcotics_is_indian() -> None:
    assert extract("The Central Bureau of Narcotics seized 60 kg of opium and arrested three.").countries == ["IN"]
