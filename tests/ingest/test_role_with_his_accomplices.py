"""People counts in English wording: "the leader of a gang and two of his accomplices" are three held
(the count is whose accomplices they are, not a share of another figure); "Two young men detained" counts two."""

from store.ingest.extract import extract


def _arrests(text: str) -> list[int]:
    return [f.value for f in extract(text).facts if f.metric == "arrests"]


def test_leader_and_two_of_his_accomplices_are_three() -> None:
    text = ("Synthetic drug lab closed near Osh\n"
            "The head of a regional drug ring and four of his accomplices were detained while loading a van.\n")
    assert _arrests(text) == [5]


def test_young_men_in_a_headline_are_counted() -> None:
    text = ("Three young men detained in Karaganda over Telegram drug shop\n"
            "Police said the shop sold mephedrone.\n")
    assert _arrests(text) == [3]


def test_two_of_the_suspects_stays_a_share() -> None:
    text = ("Eleven held in drug sweep\n"
            "Police detained 11 people in Almaty. Two of the suspects were detained at the airport.\n")
    assert 11 in _arrests(text) and _arrests(text).count(2) == 0
