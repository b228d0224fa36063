"""Where a gang had roots, ties or links is no country that took part, also when an attribution
("detectives said") follows the name after a comma (#16, enlocal2 open items)."""

from store.ingest.extract import extract


def test_roots_abroad_with_a_trailing_attribution_is_no_participant():
    story = ("Four held over Leeds cannabis ring\n"
             "West Yorkshire Police arrested four men in Leeds on Monday.\n"
             "The ring had roots in Belgium, detectives said.")
    assert extract(story).countries == ["GB"]


def test_links_to_two_countries_are_no_participants():
    story = ("Four held over Leeds cannabis ring\n"
             "West Yorkshire Police arrested four men in Leeds on Monday.\n"
             "The ring had links to Portugal and Morocco.")
    assert extract(story).countries == ["GB"]


def test_arrests_made_abroad_with_an_attribution_still_count_there():
    story = ("Raids in two countries\n"
             "Europol coordinated the action.\n"
             "Six arrests were made in Belgium, police said.")
    assert ("arrests", 6, "BE") in [(f.metric, f.value, f.country) for f in extract(story).facts]
