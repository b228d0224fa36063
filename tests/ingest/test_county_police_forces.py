"""A British county police force ("Devon and Cornwall Police") places its figures in Britain."""

from store.ingest.extract import extract


def test_a_two_county_force_is_british_not_a_foreign_town() -> None:
    ex = extract("Devon and Cornwall Police said they had seized £62,000 in cryptocurrency from the seller.")
    assert ex.countries == ["GB"]
    assert [(f.metric, f.value, f.country) for f in ex.facts] == [("seized_money", 62000, "GB")]


def test_a_county_constabulary_places_its_arrests() -> None:
    ex = extract("Lincolnshire Constabulary arrested 4 people suspected of selling drugs on the dark web.")
    assert ("arrests", 4, "GB") in [(f.metric, f.value, f.country) for f in ex.facts]


def test_a_county_name_outside_a_force_title_is_no_place() -> None:
    ex = extract("The seller, nicknamed Kent, shipped parcels worldwide.")
    assert ex.countries == []


def test_a_force_named_like_a_us_city_is_british_in_a_british_story():
    story = ("Cannabis farm found in Hartlepool\n"
             "Two men in the U.K. were arrested after a raid in Hartlepool, Irish officers having passed on a tip.\n"
             "Cleveland Police said the men remain in custody.")
    assert "US" not in extract(story).countries


def test_the_same_name_stays_american_in_an_american_story():
    story = ("Two held in Ohio\n"
             "Cleveland Police arrested two men in Ohio on Friday after a dark web investigation.")
    assert extract(story).countries == ["US"]
