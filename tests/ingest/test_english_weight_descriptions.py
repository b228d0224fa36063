"""An English weight that describes what was found ("weighing", "with a total weight of", "were hidden")
is a seizure even when the sentence itself has no seizure verb — the English of «массой», «общим весом»."""

from store.ingest.extract import extract


def _drugs(text: str) -> list[float]:
    return [f.value for f in extract(text).facts if f.metric == "seized_drugs"]


def test_drug_weighing_a_compound_weight_is_seized() -> None:
    text = ("Heroin found under a barn in Naryn region\n"
            "Officers searched the barn and the yard. Experts confirmed these were heroin weighing 2 kilograms 415 grams "
            "and cannabis weighing 6 kilograms 80 grams.\n")
    assert sorted(_drugs(text)) == [2.415, 6.08]


def test_substances_with_a_total_weight_are_seized() -> None:
    text = ("Lab shut down in Tokmok\n"
            "A 31-year-old local was caught while packing synthetic substances with a total weight of 7 kilograms.\n")
    assert _drugs(text) == [7]


def test_grams_that_were_hidden_in_stashes_are_seized() -> None:
    text = ("Courier held in Karakol\n"
            "The suspect showed officers two stashes where another 640 grams of drugs were hidden.\n")
    assert _drugs(text) == [0.64]


def test_a_vehicle_weighing_tonnes_is_no_haul() -> None:
    text = ("Drugs found at the border\n"
            "Customs found 12 kg of hashish in a lorry weighing 20 tonnes.\n")
    assert _drugs(text) == [12]
