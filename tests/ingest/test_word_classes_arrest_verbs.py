"""Every wording of an arrest reads alike (store.ingest.word_classes ARRESTED_EN / ARREST_PAST_EN): "placed
under arrest" and "captured" hold people wherever "arrested" did — a lone person, a joint count, a role list."""

from phrases import facts


def test_a_lone_person_placed_under_arrest():
    assert facts("A second man was placed under arrest in Leeds on Friday.") == [("arrests", 1, "people", "GB")]


def test_a_joint_count_under_one_rarer_verb_adds_up():
    assert facts("In Lyon, one moderator and six vendors were also placed under arrest.") == [("arrests", 7, "people", "FR")]
    assert facts("In Lyon, one moderator and six vendors were also captured.") == [("arrests", 7, "people", "FR")]


def test_people_captured_are_arrests():
    assert facts("Police in Lyon said four men were captured and 20 kg of cannabis was seized.") == [
        ("arrests", 4, "people", "FR"), ("seized_drugs", 20, "kg", "FR")]


def test_a_list_of_roles_placed_under_arrest():
    assert facts("The market's founder, its packer and its accountant were placed under arrest in Texas.") == [
        ("arrests", 3, "people", "US")]
