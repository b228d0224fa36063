"""Places in local copy that are no participant (#16, enlocal batch): bank accounts abroad, a US
town's state called Georgia, and a small foreign town sharing a British town's name."""

from store.ingest.extract import extract


def test_countries_where_accounts_were_kept_are_not_participants():
    story = ("Gardaí arrested two men in Dublin and seized €40,000 in cash. Documents found at the flat "
             "related to bank accounts in Malta, Cyprus and Latvia.")
    assert extract(story).countries == ["IE"]


def test_a_town_then_georgia_in_a_us_prosecution_is_the_state():
    story = ("A man from Valdosta, Georgia, was sentenced after DEA agents arrested him with 2 kilograms of "
             "fentanyl, the U.S. Attorney said.")
    got = extract(story)
    assert got.countries == ["US"]
    assert "GE" not in {f.country for f in got.facts}


def test_the_country_georgia_stays_a_country_with_its_towns():
    story = "Police in Batumi, Georgia, arrested four people and seized 3 kilograms of heroin, the FBI said."
    assert "GE" in extract(story).countries


def test_a_small_foreign_town_is_no_place_in_a_story_counted_in_pounds():
    story = ("Two men from Buckingham were jailed after police found 2kg of cannabis worth £20,000 "
             "at a flat in Aylesbury.")
    assert extract(story).countries == ["GB"]
