"""Places in English Central Asian and Caucasus copy that are no participant: a district named after a foreign
town inside a local region, the neighbouring country drugs came from, the sellers' country, a war's other side,
and a local drug agency that shares the DEA's name."""

from store.ingest.extract import extract


def _countries(text: str) -> list[str]:
    return sorted(extract(text).countries)


def test_a_district_named_after_a_foreign_town_is_in_its_region() -> None:
    text = ("Hashish seized in Namangan region\n"
            "Uzbekistan's State Security Service stopped a car in Paris district of Namangan region and seized 4 kg of hashish.\n")
    assert _countries(text) == ["UZ"]


def test_drugs_from_the_neighbouring_country_name_no_participant() -> None:
    text = ("Border guards stop heroin\n"
            "Azerbaijan's State Border Service has prevented the smuggling of 18 kg of heroin from the neighboring Iran.\n")
    assert _countries(text) == ["AZ"]


def test_the_sellers_country_is_no_participant() -> None:
    text = ("Courier held near Andijan\n"
            "Uzbek officers seized 2 kg of hashish. The drugs had been bought from dealers in Kyrgyzstan for $9,000.\n")
    assert _countries(text) == ["UZ"]


def test_the_other_side_of_a_war_is_no_participant() -> None:
    text = ("Drugs seized at the border\n"
            "Azerbaijan's State Border Service seized 12 kg of marijuana in Jabrayil region. The area was retaken by Azerbaijan "
            "after the war with Armenia.\n")
    assert _countries(text) == ["AZ"]


def test_a_local_drug_enforcement_agency_is_no_us_agency() -> None:
    text = ("Heroin seized in Karaganda\n"
            "Officers of the Drug Enforcement Agency under the Department of Internal Affairs of Karaganda region detained "
            "a courier with 3 kg of heroin in Kazakhstan. According to the Drug Enforcement Agency, the heroin came by train.\n")
    assert _countries(text) == ["KZ"]


def test_a_resident_of_a_foreign_district_is_no_participant() -> None:
    text = ("Opium stopped at the border\n"
            "Uzbek border guards detained two residents of Termez and a resident of Tajikistan's Shahrinav district "
            "with 20 kg of opium.\n")
    assert _countries(text) == ["UZ"]
