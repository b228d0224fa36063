"""One named drug after a drugs total ("96 kg of narcotics, including 30 kg of heroin") is a part filed
under its own drug, like each item of a list of them — never dropped, never a second total."""

from tests.ingest.phrases import facts


def test_a_lone_part_set_off_by_commas() -> None:
    got = facts("Officers seized 96 kg of narcotics, including 30 kg of heroin, and detained eleven suspects.")
    assert sorted(got) == [("arrests", 11, "people", None), ("seized_drugs", 96, "kg", None),
                           ("seized_heroin", 30, "kg", None)]


def test_a_lone_part_without_commas() -> None:
    got = facts("Officers seized 96 kg of narcotics including 30 kg of heroin.")
    assert sorted(got) == [("seized_drugs", 96, "kg", None), ("seized_heroin", 30, "kg", None)]


def test_a_list_of_parts_is_unchanged() -> None:
    got = facts("Officers seized 96 kg of narcotics including 30 kg of heroin and 12 kg of cocaine.")
    assert sorted(got) == [("seized_cocaine", 12, "kg", None), ("seized_drugs", 96, "kg", None),
                           ("seized_heroin", 30, "kg", None)]
