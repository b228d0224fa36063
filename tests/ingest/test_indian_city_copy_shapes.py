"""Shapes of Indian city-police copy (#16, encourt): weights written "9 kg 460 g" or "48 kg and 750 grams",
ganja and charas as cannabis, pills "weighing" a weight, the worth of a haul in lakh or crore, "booked" (charged),
the people a count includes, and one drug's hauls summed by a later total."""

from tests.ingest.phrases import facts


def test_a_weight_in_two_units_is_one_weight():
    story = ("Peddlers held\n\nPolice arrested six people and seized 7 kg 250 g of hydro ganja, 21 kg and 500 grams of "
             "ganja and 310 g of cocaine.")
    drugs = sorted(f[1] for f in facts(story) if f[0] == "seized_drugs")
    assert drugs == [0.31, 7.25, 21.5]


def test_pills_weighing_a_weight_are_no_total_of_the_rest():
    story = ("Raids in the city\n\nPolice arrested nine peddlers. The haul included 2,000 ecstasy pills weighing 1 kg 120 grams, "
             "180 grams of MDMA crystals and 240 grams of hydro ganja.")
    drugs = sorted(f[1] for f in facts(story) if f[0] == "seized_drugs")
    assert drugs == [0.18, 0.24, 1.12]


def test_a_hauls_worth_in_crore_or_lakh_is_no_money():
    story = ("Drugs seized\n\nPolice seized ₹60 lakh worth 800 LSD strips and 12 kg of ganja. The estimated value of the seized "
             "drugs was put at Rs 4.2 crore, and police said the market value might reach Rs 9 crore.")
    assert [f[0] for f in facts(story)] == ["seized_drugs"]


def test_booked_is_no_arrest():
    story = "Drive against drugs\n\nThe division police arrested 14 people and booked a total of 210 persons."
    assert [f[:2] for f in facts(story)] == [("arrests", 14)]


def test_every_item_a_count_includes_is_part_of_it():
    story = "Peddlers arrested\n\nPolice arrested 12 drug peddlers, including three women and five people from other states."
    assert [f[:2] for f in facts(story)] == [("arrests", 12)]


def test_one_drugs_hauls_summed_later_are_parts():
    story = ("Racket busted\n\nOn Monday police seized 2 kg of hydro ganja from four men.\n\n"
             "On Tuesday police seized 3 kg of hydro ganja from a car.\n\n"
             "With all seven arrested, the total seizure amounts to 5 kg of hydro ganja and Rs 40,000 in cash.")
    drugs = [f for f in facts(story) if f[0] == "seized_drugs"]
    assert [f[1] for f in drugs] == [5]
