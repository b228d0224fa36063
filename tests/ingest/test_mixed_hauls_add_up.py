"""The hauls below a lead's generic drugs total that add up to it are its parts even when one of them names its
drug ("a bag containing 18 kilograms of marijuana") and another has its own breakdown in brackets."""

from store.ingest.extract import extract


def test_generic_and_named_hauls_adding_up_to_the_total_are_parts() -> None:
    text = ("Over 30 kg of drugs stopped at the border\n"
            "By Staff Reporter\n"
            "The State Border Service has prevented the smuggling of over 30 kg of narcotics, the service said.\n"
            "A courier detained at the river sought to smuggle 21,400 grams of drugs (15,000 grams of heroin and 6,400 grams "
            "of marijuana).\n"
            "Later another man was detained near the highway with a bag containing 9 kilograms of marijuana.\n")
    totals = [f.value for f in extract(text).facts if f.metric == "seized_drugs"]
    assert totals == [30]
