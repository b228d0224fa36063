"""A count of groups after an arrest verb («задержаны две группы закладчиков», "police broke up three
gangs") counts no people; "two gang members" still does.  Sentences are the project's own."""

from tests.ingest.phrases import sent


def test_a_count_of_groups_is_no_arrests_figure() -> None:
    assert sent("В Саратове задержаны две группы закладчиков", "ru") == []
    assert sent("Police arrested three drug gangs in the city.") == []


def test_members_of_a_gang_are_people() -> None:
    assert sent("Police arrested two gang members.") == [("arrests", 2, "people", None)]
