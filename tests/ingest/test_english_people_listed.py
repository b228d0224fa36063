"""People held in English police copy of the region, beyond a plain number: a count and one more person under one
passive verb, a person named by role and then by name, a customer "from the town of" a place, a suspect "with a package"."""

from store.ingest.extract import extract


def _arrests(text: str) -> list[int]:
    return [f.value for f in extract(text).facts if f.metric == "arrests"]


def test_a_count_and_one_more_person_under_one_verb() -> None:
    text = ("Opium couriers held\n"
            "Two residents of Termez (aged 30 and 34) and a 41-year-old resident of Denau were apprehended at a checkpoint.\n")
    assert _arrests(text) == [3]


def test_a_person_then_his_name_in_apposition() -> None:
    text = ("Heroin found in a car\n"
            "During the raid near the village, a resident of the Lankaran district, Elchin Mammadov was detained.\n")
    assert _arrests(text) == [1]


def test_one_more_customer_from_a_town_is_kept_beside_a_count() -> None:
    text = ("Smugglers caught\n"
            "Three couriers were detained with 12 kg of opium. Later a 50-year-old customer from the town of Shahrisabz was also arrested.\n")
    assert sorted(_arrests(text)) == [1, 3]


def test_a_suspect_with_a_package_is_one_arrest() -> None:
    text = ("Border violator held\n"
            "A suspect with a package was detained while trying to escape near the highway.\n")
    assert _arrests(text) == [1]


def test_organiser_a_count_and_one_of_the_buyers_under_one_verb() -> None:
    text = ("Drug ring dismantled\n"
            "After months of work, the organiser, four couriers of the ring and one of its regular buyers were arrested.\n")
    assert _arrests(text) == [6]


def test_two_roles_each_held_in_their_own_country_after_an_infinitive() -> None:
    text = ("Joint operation closes a synthetic drug route\n"
            "Joint work with Kyrgyz colleagues made it possible to locate and detain the supplier of the drugs in Kyrgyzstan "
            "and the recipient in Kazakhstan.\n")
    assert sorted((f.value, f.country) for f in extract(text).facts if f.metric == "arrests") == [(1, "KG"), (1, "KZ")]


def test_a_role_with_a_place_is_not_counted_twice_with_the_next_person() -> None:
    text = ("Couriers detained\n"
            "Police detained a courier of the shop in Osh and a buyer in Bishkek.\n")
    assert sum(f.value for f in extract(text).facts if f.metric == "arrests") == 2
