"""Local copy names its force, state and dollar rather than its country, and says "located" for a
find (#16, enlocal batch: Garda, RCMP, CNB and NSW stories had no participant; "S$3,600",
"they located … $3755 in cash" and "searches which led them to seize 27 kilograms" were missed)."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent


def test_a_national_force_named_alone_makes_its_country_a_participant():
    assert extract("Gardaí arrested two men in a raid on Tuesday.").countries == ["IE"]
    assert extract("The RCMP said three people were arrested.").countries == ["CA"]
    assert extract("Central Narcotics Bureau officers arrested five people.").countries == ["SG"]
    assert extract("The National Crime Agency arrested two men.").countries == ["GB"]


def test_a_force_never_places_a_figure():
    assert sent("The RCMP worked with police in the Netherlands, where 12 people were arrested.") == [
        ("arrests", 12, "people", "NL")]


def test_an_australian_state_abbreviation_and_singapore_dollars():
    assert facts("Police seized $12,000 in cash across NSW.") == [("seized_money", 12000, "AUD", "AU")]
    assert sent("Officers seized cash amounting to S$5,200 from the flat.") == [("seized_money", 5200, "SGD", None)]


def test_located_and_led_them_to_seize_are_finds():
    assert facts("Detectives located cannabis plants and $3,200 in cash at a home in Queensland.") == [
        ("seized_money", 3200, "AUD", "AU")]
    assert sent("The searches led them to seize 14 kilograms of cocaine in Canada.") == [("seized_drugs", 14, "kg", "CA")]
    assert sent("The lab was located in a shed where 40 people had worked.") == []


def test_force_names_other_countries_share_name_no_country():
    assert extract("Border Force officers at Sydney Airport found the parcel, the ABF said.").countries == ["AU"]
    assert extract("The Metropolitan Police Department in Washington arrested two men.").countries == ["US"]
    assert extract("UK Border Force officers intercepted the parcel.").countries == ["GB"]


def test_an_australian_strike_force_or_taskforce_is_an_operation():
    assert extract("Strike Force Kestrel detectives arrested a man and seized $4,000 in cash in NSW.").operations == ["Kestrel"]
    assert extract("Taskforce Wren was set up in 2023 to target dark web vendors in Queensland.").operations == ["Wren"]
