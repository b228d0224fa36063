"""Garda and CAB copy (#16, enlocal batch 7): "One man was arrested" counts one; the number of a
provision ("detained under Section 4 Criminal Justice Act", "charged under s.18") counts nobody;
and a page's ISO date line glued to the lead (" date 2021-03-31 One man has been arrested") gives
no figure of its own."""

from tests.ingest.phrases import facts


def test_one_man_arrested_is_one_arrest():
    assert facts("One man was arrested in Cork on Tuesday.") == [("arrests", 1, "people", "IE")]
    assert facts("One woman has been arrested in Galway.") == [("arrests", 1, "people", "IE")]


def test_a_provision_number_is_no_count():
    story = "One man was arrested and is detained under Section 2 Criminal Justice Act, 1996 at a Garda station in Cork."
    assert facts(story) == [("arrests", 1, "people", "IE")]
    assert facts("A 30-year-old was charged under s.18 of the Act after the raid in Leeds.") == []


def test_an_iso_date_line_glued_to_the_lead_is_no_figure():
    story = ("Man arrested after raid on Cork flat\n"
             " date 2022-11-24 One man has been arrested after cash and cannabis were seized in Cork today.")
    assert [f[:3] for f in facts(story) if f[0] == "arrests"] == [("arrests", 1, "people")]
