"""One fact per figure across an article: a headline restated below, a rounded headline.

Regrouped from the per-round files (#11); each test names its round."""

from tests.ingest.phrases import facts


def test_headline_figure_without_country_merges_with_placed_one():
    """Round 1 (was test_generalise.py)."""
    text = "Nine arrested in dark web drug probe\nNine people were arrested in Ireland on Monday.\n"
    assert facts(text) == [("arrests", 9, "people", "IE")]


def test_rounded_headline_figure_gives_way_to_the_precise_one():
    """Round 5 (was test_generalise_r5.py)."""
    text = "Операция «Рассвет»: более трёхсот арестов\nВсего арестованы 312 человек.\n"
    assert facts(text) == [("arrests", 312, "people", None)]
    text = "Over 80 arrested in dark web sweep\nPolice arrested 80 people and 3 in Spain.\n"
    assert ("arrests", 80, "people", None) in facts(text)


def test_headline_in_pounds_rounds_the_body_kilograms():
    """#16: "over 1,000 pounds of drugs seized" over a body's "500 kilograms" is one figure."""
    text = ("Dark web sweep: 90 arrested, over 1,000 pounds of drugs seized\n\n"
            "Police arrested 90 people and seized 500 kilograms of drugs in the operation.")
    assert [f for f in facts(text) if f[0] == "seized_drugs"] == [("seized_drugs", 500, "kg", None)]

