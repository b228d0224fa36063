""""over a pound of ketamine" is one pound (a qualifier, "a", a unit of weight); money "of" a sales
phrase three words long ("of anonymous online drug sales") is sales, not money seized (#16, enlocal2)."""

from tests.ingest.phrases import facts


def test_a_qualified_single_unit_of_weight_is_a_haul():
    text = ("Ketamine found in Tucson home\n"
            "Federal agents in Arizona searched a house in Tucson.\n"
            "They found just over a pound of ketamine and almost a kilo of cocaine.")
    assert sorted(f[:2] for f in facts(text)) == [("seized_drugs", 0.453592), ("seized_drugs", 1)]


def test_a_price_of_a_pound_is_no_haul():
    text = ("Cannabis price survey\n"
            "Police in Leeds said a gram now sells for about a pound more than last year.")
    assert facts(text) == []


def test_money_of_a_long_sales_phrase_is_no_seizure():
    text = ("Online drug crackdown in Perth\n"
            "WA Police arrested 14 people in Perth.\n"
            "The site's founder ran a scheme that enabled around US$80 million of anonymous online drug sales.")
    assert [f[:3] for f in facts(text)] == [("arrests", 14, "people")]
