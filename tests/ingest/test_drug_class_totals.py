"""A total written as a class of drugs ("over 40 kg of synthetic drugs") is the whole of the hauls
of its members named after it (alpha-PVP, mephedrone): they are parts, not more drugs — also
when a one-country story places a haul by its town and leaves the total unplaced."""

from tests.ingest.phrases import facts


def test_members_of_a_drug_class_are_parts_of_its_total():
    text = ("Kazakh police seize 40 kg of synthetics\n"
            "The Interior Ministry detained nine people and seized over 40 kg of synthetic drugs.\n"
            "In Pavlodar officers dismantled a lab and confiscated 36 kg of alpha-PVP.\n"
            "In Kostanay, a courier was detained with about 3 kg of mephedrone.\n")
    drugs = [f for f in facts(text) if f[0] == "seized_drugs"]
    assert [f[1] for f in drugs] == [40]


def test_a_drug_outside_the_class_is_not_its_part():
    text = ("Police seized over 40 kg of synthetic drugs.\n"
            "Separately, officers found 25 kg of hashish in a garage.\n")
    assert sorted(f[1] for f in facts(text) if f[0] == "seized_drugs") == [25, 40]
