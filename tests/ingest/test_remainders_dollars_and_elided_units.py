"""Round-4 shapes: "the rest were held in Germany and Sweden" is no one country's remainder; a
"$" figure placed in one of a story's dollar countries (Australia and New Zealand) is that
country's dollar; "in addition to the 1.1 million seized in the Netherlands" takes the unit of the
figure before it; an agency ", based in The Hague, Netherlands" places nothing."""

from tests.ingest.phrases import facts


def test_a_remainder_over_two_countries_is_no_ones():
    text = ("Phone network cracked\n"
            "Police arrested 70 people. Polish officers detained 31 and Czech police 22, while the rest were held "
            "in Austria and Hungary.")
    got = facts(text)
    assert [f for f in got if f[3] in ("AT", "HU")] == []
    assert ("arrests", 70, "people", None) in got


def test_a_dollar_figure_placed_in_one_of_two_dollar_countries():
    text = ("Sting update\n"
            "Police in Canada and New Zealand ran the app.\n"
            "More than 900 kg of drugs and $12 million in cash have been seized in Canada.")
    assert ("seized_money", 12000000, "CAD", "CA") in facts(text)


def test_a_figure_takes_the_unit_of_the_one_before_it():
    text = ("Cash found\n"
            "The raids turned up 2.6 million euros in cash, in addition to the 0.8 million seized in Portugal last year.")
    assert facts(text) == [("seized_money", 800000, "EUR", "PT"), ("seized_money", 2600000, "EUR", None)]


def test_an_agency_seat_after_a_comma_places_nothing():
    text = ("Phone network cracked\n"
            "Eurojust, based in The Hague, Netherlands, said the operation also led to the seizure of 2.1 tons of cocaine.")
    assert facts(text) == [("seized_drugs", 2100, "kg", None)]
