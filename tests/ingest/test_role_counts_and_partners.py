"""Agency and court copy (#16, enlocal round 6): people counted by role in one sentence that add up
to the arrests total another sentence gave are that total told again, not more arrests; a lone
defendant stays counted beside his named co-defendants; and the countries drugs were "ordered from
vendors in" are origins, not participants."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_role_counts_adding_up_to_the_total_are_no_extra_arrests():
    story = ("The Narcotics Control Bureau has arrested six people in Jaipur, officials said. "
             "The raids led to the arrest of Rohit Jain alias Monu, 31, and Vivek Rao, 26, the alleged suppliers, and four couriers.")
    assert [f[:3] for f in facts(story) if f[0] == "arrests"] == [("arrests", 6, "people")]


def test_role_counts_with_no_total_stay_apart():
    assert facts("Police arrested two admins and five vendors.") == [
        ("arrests", 2, "people", None), ("arrests", 5, "people", None)]


def test_a_lone_defendant_beside_his_named_co_defendants():
    story = ("Marcus Hale, 35, pleaded guilty in May. Hale was arrested that day. "
             "His co-defendants, Jon Reyes, 30, and Ana Reyes, 27, were arrested in June.")
    assert sorted(f[1] for f in facts(story) if f[0] == "arrests") == [1, 2]


def test_vendors_drugs_were_ordered_from_are_origins():
    story = ("Police in Pune arrested three men and seized 300 grams of MDMA. "
             "The drugs were ordered from vendors in the Netherlands and Poland.")
    assert extract(story).countries == ["IN"]
