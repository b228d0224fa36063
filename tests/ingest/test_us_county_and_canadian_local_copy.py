"""US county and Canadian local copy (#16, enlocal batch 9): a county sheriff's office is US police;
"$40,000 in counterfeit currency" is no money seized; "eight more guns" and "a 9-mm semi-automatic
handgun" are firearms; "$1 mllion" (a typo'd scale) is a million; "834 one gram packages" and
"buffing agents" are no drugs weight; a bracketed "[READ MORE: …]" link gives no figures."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_a_county_sheriffs_office_is_us_police():
    story = "The Lake County Sheriff's Office said deputies found 2 pounds of meth and $9,000 in cash in a car."
    assert extract(story).countries == ["US"]


def test_counterfeit_currency_is_no_money_seized():
    story = "Officers in Red Deer found 200 fentanyl pills and $40,000 in counterfeit Canadian currency in the van."
    assert [f for f in facts(story) if f[0] == "seized_money"] == []


def test_more_guns_and_a_calibre_handgun_are_firearms():
    assert ("seized_firearms", 6, "items", "US") in facts("Deputies in Ohio also found $4,000 in cash and six more guns.")
    assert [f[:3] for f in facts("Officers in Regina found a 9-mm semi-automatic handgun in the car.")] == [
        ("seized_firearms", 1, "items")]


def test_a_typod_million_is_a_million():
    assert [f[:3] for f in facts("Police in Winnipeg also seized more than $2 mllion in Canadian cash.")] == [
        ("seized_money", 2000000, "CAD")]


def test_package_sizes_and_buffing_agents_are_no_drugs():
    story = "Police in Calgary seized 1.2 kilograms of cocaine, 420 one gram packages of shatter and 15 kilograms of buffing agents."
    assert [f[:3] for f in facts(story) if f[0] == "seized_drugs"] == [("seized_drugs", 1.2, "kg")]


def test_a_bracketed_read_more_link_gives_no_figures():
    story = ("[READ MORE: 12 arrested in Lake County meth ring]\n\n"
             "Deputies of the Lake County Sheriff's Office arrested two people and seized 3 pounds of meth.")
    assert [f for f in facts(story) if f[0] == "arrests"] == [("arrests", 2, "people", None)]
