"""Central Asian police copy in English names suspects by an age and initials ("43-year-old A.Sh."):
each such person held is one arrest."""

from store.ingest.extract import extract


def _arrests(text: str) -> list[int]:
    return [f.value for f in extract(text).facts if f.metric == "arrests"]


def test_two_people_named_by_age_and_initials_are_two_arrests() -> None:
    text = ("Opium couriers stopped in Batken\n"
            "Residents of Kulundu village 37-year-old B.T. and 52-year-old U.Zh. were detained at a checkpoint.\n")
    assert _arrests(text) == [2]


def test_one_person_named_by_age_and_initials_is_one_arrest() -> None:
    text = ("Courier held in Talas\n"
            "A search of the car found hashish. 29-year-old K.A.M. was detained on the spot.\n")
    assert _arrests(text) == [1]
