"""Single weapons named one by one add up: "a shotgun and a Glock pistol" is two firearms; the
single weapons a counted total lists ("9 firearms, including a rifle and a pistol") are its parts."""

from tests.ingest.phrases import sent


def test_single_weapons_in_one_sentence_add_up():
    assert sent("Detectives also found a shotgun and a Glock pistol.") == [("seized_firearms", 2, "items", None)]
    assert sent("При обыске нашли охотничье ружьё и пистолет Макарова.", "ru") == [("seized_firearms", 2, "items", None)]


def test_single_weapons_listed_under_a_total_are_its_parts():
    assert sent("Police seized 9 firearms, including a rifle and a revolver.") == [("seized_firearms", 9, "items", None)]


def test_one_weapon_stays_one():
    assert sent("Officers seized 3 kg of cocaine and a revolver.") == [("seized_drugs", 3, "kg", None), ("seized_firearms", 1, "items", None)]
