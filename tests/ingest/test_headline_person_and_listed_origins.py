"""Local copy (#16, enlocal batch 5): a headline's lone person whose place name holds an "of"
("Isle of Man woman arrested") is one of the people the body counts, not one more; and a list of
the countries parcels came from stays an origin list where the writer left out a comma before
"the" ("…, Italy the Netherlands and …")."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_a_headline_person_with_of_in_the_place_is_no_extra_arrest():
    story = ("Isle of Man woman arrested over dark web cocaine sales\n"
             "Officers searched three homes in Douglas and Ramsey on Monday. "
             "A woman, aged 29 from Douglas, and a man, aged 52 from Ramsey, were arrested and later released on bail.")
    assert [f[:3] for f in facts(story) if f[0] == "arrests"] == [("arrests", 2, "people")]


def test_a_headline_person_alone_is_still_counted():
    story = ("Isle of Man woman arrested over dark web cocaine sales\n"
             "Officers searched a flat in Douglas on Monday and seized 200g of cocaine.")
    assert [f[:3] for f in facts(story) if f[0] == "arrests"] == [("arrests", 1, "people")]


def test_an_origin_list_missing_a_comma_names_no_participant():
    story = ("Customs officers at Dublin Port seized 6kg of herbal cannabis in parcels on Tuesday. "
             "The parcels originated in Spain, Italy the Netherlands and the United States.")
    assert extract(story).countries == ["IE"]
