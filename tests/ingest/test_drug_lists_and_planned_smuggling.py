"""Indian agency copy (#16, enlocal batch 7): a town name inside a list of drugs ("LSD, MDMA, Ganja
and Charas") is a drug, not a place, while the same name in a list of towns stays a place; and a
plan to smuggle drugs "from Europe and the US into India" makes the US an origin, not a participant."""

from store.ingest.extract import extract


def test_a_town_name_in_a_list_of_drugs_is_no_place():
    story = "In raids across Pune, officers of the narcotics bureau seized LSD, MDMA, Ganja and Charas in commercial quantities."
    assert extract(story).countries == ["IN"]


def test_the_same_name_in_a_list_of_towns_is_a_place():
    assert extract("Police detained four men in Baku, Sumqayit and Ganja on Friday.").countries == ["AZ"]


def test_a_planned_smuggling_origin_is_no_participant():
    story = ("The agency learnt that a syndicate was planning to smuggle party drugs from Europe and the US into India. "
             "Officers in Pune arrested two men and seized 400 grams of MDMA.")
    assert extract(story).countries == ["IN"]
