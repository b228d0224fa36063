""""Roughly 400 kg of other, unspecified drugs" is the rest beside named amounts, not their whole (#16).

With no drugs total stated, each named drug's amount is a drugs figure of its own; "other drugs"
is one more of them.  A real total ("950 kg of drugs, including 120 kg of cocaine") keeps its parts."""

from tests.ingest.phrases import facts


def test_named_amounts_beside_other_drugs_stay_drugs_figures():
    got = facts("Dark web sweep\nOfficers recovered 140 kilograms of amphetamine and 35 kilograms of heroin. "
                "Some 400 kilograms of other, unidentified drugs turned up as well.")
    assert [f for f in got if f[0].startswith("seized_")] == [
        ("seized_drugs", 35, "kg", None), ("seized_drugs", 140, "kg", None), ("seized_drugs", 400, "kg", None)]


def test_a_stated_total_keeps_its_named_parts():
    got = facts("Dark web sweep\nPolice seized 950 kilograms of drugs, including 120 kilograms of cocaine.")
    assert ("seized_drugs", 950, "kg", None) in got
    assert ("seized_drugs", 120, "kg", None) not in got
