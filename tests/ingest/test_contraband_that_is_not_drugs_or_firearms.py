"""Other contraband an arms or border operation weighs or counts — explosives, shark fins, firearm
parts — is neither drugs nor firearms; "illicit firearms" are firearms; people identified, rescued
or named as the agents of smuggling are not people arrested."""

from tests.ingest.phrases import facts


def test_explosives_and_fins_by_weight_are_not_drugs():
    text = ("Border sweep\n"
            "Officers in Niger recovered 35 tons of shark fins and 90 kg of explosives.\n"
            "Police also seized 2.4 tonnes of cannabis.")
    assert facts(text) == [("seized_drugs", 2400, "kg", None)]


def test_firearm_parts_are_not_firearms_but_illicit_firearms_are():
    text = ("Arms sweep\n"
            "Authorities seized some 4,120 illicit firearms and 9 000 firearm parts, components and ammunition.")
    assert facts(text) == [("seized_firearms", 4120, "items", None)]


def test_people_identified_or_acting_are_not_arrests():
    text = ("Fraud sweep results\n"
            "Results at a glance:\n"
            "- 88 arrests\n"
            "- 640 suspects identified\n"
            "In Chile, 60,000 rounds smuggled by three foreign nationals were seized.")
    assert facts(text) == [("arrests", 88, "people", None)]
