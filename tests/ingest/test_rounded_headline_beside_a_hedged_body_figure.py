"""A headline's round sum over the body's hedged, more precise one: the body's figure stays (#16).

"€37 million seized" in the headline and "more than 36.6 million euros" in the body are one
figure; the precise one is kept even though it carries "more than".  A hedged figure that really
is the round one ("almost 300" over "288") still gives way."""

from tests.ingest.phrases import facts


def test_the_hedged_precise_body_figure_survives_the_round_headline():
    got = facts("Nine Polish arrests in dark web sweep; €37 million seized\n"
                "Agents took more than 36.6 million euros in cash and crypto, plus 58 firearms.")
    assert ("seized_money", 36600000, "EUR", None) in got
    assert [f for f in got if f[0] == "seized_money"] == [("seized_money", 36600000, "EUR", None)]


def test_a_hedged_round_figure_still_gives_way_to_the_precise_one():
    got = facts("Almost 300 arrested in dark web sweep\nPolice arrested 288 people in nine countries.")
    assert [f for f in got if f[0] == "arrests"] == [("arrests", 288, "people", None)]
