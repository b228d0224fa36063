"""A national agency named alone ("the FBI") makes its country a participant, never a figure's place."""

from store.ingest.extract import extract


def test_the_fbi_adds_the_united_states_to_the_countries() -> None:
    ex = extract("Belgian police seized €1.2 million in bitcoin. The FBI had traced the site's wallets.")
    assert set(ex.countries) == {"BE", "US"}
    assert [(f.metric, f.value, f.country) for f in ex.facts] == [("seized_money", 1200000, "BE")]


def test_an_agency_does_not_place_an_unplaced_total() -> None:
    ex = extract("The DEA said the sweep across four continents ended with 61 arrests.")
    assert "US" in ex.countries
    assert [(f.metric, f.value, f.country) for f in ex.facts] == [("arrests", 61, None)]


def test_an_agency_keeps_a_local_dollar_story_local() -> None:
    ex = extract("Australian Federal Police, tipped off by the FBI, seized $350,000 in cash in Sydney.")
    assert ex.countries[0] == "AU"
    assert [(f.metric, f.value, f.unit) for f in ex.facts] == [("seized_money", 350000, "AUD")]


def test_russian_language_national_services_name_their_country() -> None:
    ex = extract("Сотрудники Росгвардии задержали закладчика на Васильевском острове.")
    assert ex.countries == ["RU"]
    assert extract("Сотрудники КНБ изъяли 40 кг гашиша.").countries == ["KZ"]
    assert extract("Сотрудники АКН изъяли 12 кг героина.").countries == ["TJ"]


def test_a_national_service_does_not_place_a_figure() -> None:
    ex = extract("Сотрудники ГКНБ изъяли 15 кг гашиша.")
    assert ex.countries == ["KG"]
    assert [(f.metric, f.value, f.country) for f in ex.facts] == [("seized_drugs", 15, None)]
def test_other_national_agencies_named_alone_add_their_countries() -> None:
    ex = extract("The crackdown, coordinated by the NCA, the BKA and the RCMP, ended with 19 arrests.")
    assert set(ex.countries) == {"GB", "DE", "CA"}
    assert [(f.metric, f.value, f.country) for f in ex.facts] == [("arrests", 19, None)]


def test_spanish_and_italian_forces_named_alone() -> None:
    ex = extract("Officers of the Guardia Civil and the Carabinieri seized 2 tonnes of hashish.")
    assert set(ex.countries) == {"ES", "IT"}
