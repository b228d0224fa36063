"""Named drugs the reference lists less often (Captagon, tramadol, psilocybin, GHB) and a class of
drugs ("synthetic drugs") beside a stated drugs total are parts of it, never a second total; with
no total beside them they stay the article's drugs figures."""

from tests.ingest.phrases import facts


def test_captagon_and_tramadol_after_a_total_are_parts():
    text = ("Customs sweep\n"
            "The operation seized 12.5 tonnes of narcotics in 14 countries.\n"
            "Officers recovered 940 kg of cocaine, 320 kg of Captagon and 75 kg of tramadol.")
    got = facts(text)
    assert ("seized_drugs", 12500, "kg", None) in got
    assert [f for f in got if f[0] == "seized_drugs"] == [("seized_drugs", 12500, "kg", None)]
    assert ("seized_captagon", 320, "kg", None) in got and ("seized_opioids", 75, "kg", None) in got


def test_synthetic_drugs_beside_a_total_are_a_part():
    text = ("Encrypted phone sting\n"
            "Police made 410 arrests and seized nearly 19 tons of drugs: 6 tons of cocaine, 11 tons of cannabis "
            "and 1.5 tons of synthetic drugs.")
    got = facts(text)
    assert [f for f in got if f[0] == "seized_drugs"] == [("seized_drugs", 19000, "kg", None)]
    assert ("seized_synthetic_drugs", 1500, "kg", None) in got


def test_a_rarer_drug_alone_is_the_drugs_figure():
    text = "Lab raided\nPolice in Jordan seized 600 kg of Captagon at a farm."
    assert facts(text) == [("seized_drugs", 600, "kg", "JO")]
