""""Belarusian authorities did not comment": a country asked about the story and silent is no
participant (#16, r2en); one that took part still is."""

from store.ingest.extract import extract


def test_a_country_that_did_not_comment_takes_no_part():
    assert extract("Police in Austria arrested nine people. Belarusian authorities did not comment.").countries == ["AT"]
    story = "Police in Austria arrested nine people. The Belarusian embassy could not be reached for comment."
    assert extract(story).countries == ["AT"]


def test_a_country_that_took_part_stays():
    assert extract("Police in Austria arrested nine people. Czech police also took part.").countries == ["AT", "CZ"]
