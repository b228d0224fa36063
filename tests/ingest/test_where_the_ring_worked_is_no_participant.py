"""Where a ring's call centres sat or its victims lived is not a country that took part: "The group ran
call centres in Moldova and Georgia" beside "Police in Austria and Croatia arrested 7" lists AT and HR only
— unless someone was arrested there ("arrested 7 people at call centres in Moldova").  Own sentences."""

from store.ingest.extract import extract


def _countries(text: str) -> set[str]:
    return set(extract(text).countries)


def test_call_centres_abroad_are_no_participants():
    text = ("Police in Austria and Croatia arrested 7 people suspected of laundering money for a darknet fraud ring. "
            "The group ran call centres in Moldova and Serbia that targeted savers across Europe.")
    assert _countries(text) == {"AT", "HR"}


def test_victims_abroad_are_no_participants():
    text = "Police in Austria arrested 7 people. Victims in Italy, Spain and Greece lost their savings."
    assert _countries(text) == {"AT"}


def test_arrests_at_the_call_centres_place_them():
    ex = extract("Police arrested 7 people at call centres in Moldova.")
    assert [(f.metric, f.value, f.country) for f in ex.facts] == [("arrests", 7, "MD")]
    assert list(ex.countries) == ["MD"]
