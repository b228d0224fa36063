"""A person named by citizenship and full name ("Iranian citizen Reza Karimi (born 1991), was detained") is one
arrest, and a lone person in a sentence that opens another case ("In a separate incident …") is one more."""

from store.ingest.extract import extract


def _arrests(text: str) -> list[int]:
    return [f.value for f in extract(text).facts if f.metric == "arrests"]


def test_citizen_named_with_a_year_of_birth_is_one_arrest() -> None:
    text = ("Border violator caught\n"
            "Border guards saw three men near the river. One of them, Afghan citizen Karim Nazari (born 1988), was detained.\n")
    assert _arrests(text) == [1]


def test_a_lone_person_of_a_separate_incident_is_one_more() -> None:
    text = ("Two couriers held on the border\n"
            "A resident of Astara district, Ramil Aliyev, was detained with 9 kilograms of heroin. "
            "In a separate incident, a resident of Lerik district, Tofig Huseynov, was detained with 4 kilograms of opium.\n")
    assert _arrests(text) == [1, 1]
