""""… on his way to Madrid when he was arrested": the destination is no place of the arrest, and the
pronoun is the person held already, not one more (#16)."""

from tests.ingest.phrases import facts


def test_on_his_way_to_is_a_destination_and_he_is_the_same_person():
    got = facts("Admin held\nThe alleged founder of the market was arrested in Lithuania, prosecutors said. "
                "He was driving from Riga on his way to Warsaw when he was arrested on March 2.")
    assert got == [("arrests", 1, "people", "LT")]
