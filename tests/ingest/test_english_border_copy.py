"""English border-service and security-service copy from the Caucasus and Central Asia: a haul "prevented"
from being smuggled or that someone "sought to smuggle" is seized; a suspect "charged with trying to bring" is not;
"Of them, 11 were arrested" is a share of the count before it."""

from store.ingest.extract import extract


def _facts(text: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in extract(text).facts]


def test_prevented_smuggling_is_a_seizure() -> None:
    text = ("Border guards stop a heroin run\n"
            "Azerbaijan's State Border Service has prevented the smuggling of more than 40 kg of heroin, the service said.\n")
    assert ("seized_drugs", 40) in _facts(text)


def test_what_a_caught_courier_sought_to_smuggle_is_seized_and_adds_up() -> None:
    text = ("Over 50 kg of drugs stopped on the southern border\n"
            "Border guards have prevented the smuggling of over 50 kg of drugs. A courier detained near Astara sought to smuggle "
            "22,500 grams of drugs. Two more smugglers escaped with a bag containing 28 kilograms of drugs.\n")
    drugs = [v for m, v in _facts(text) if m == "seized_drugs"]
    assert drugs == [50]


def test_suspected_of_trying_to_bring_is_no_seizure() -> None:
    text = ("Two men remanded\n"
            "Two men are suspected of trying to bring 12 kilograms of cannabis into the country.\n")
    assert [m for m, _ in _facts(text) if m == "seized_drugs"] == []


def test_of_them_fronted_is_a_share() -> None:
    text = ("Drug couriers detained across the country\n"
            "During the operation in nine regions of Kazakhstan, 35 people were detained. Of them, 8 were placed in custody.\n")
    assert [v for m, v in _facts(text) if m == "arrests"] == [35]
