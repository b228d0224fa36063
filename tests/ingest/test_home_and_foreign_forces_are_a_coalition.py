"""A release issued at home about an operation run with foreign forces gives its totals to no one country:
"U.S. and international law enforcement arrested …", "Finnish Customs, together with foreign agencies,
seized …", "Swedish Customs and the police of Finland and Estonia seized …".  The dateline and the home
agency say where the release was issued; a share written with its own place ("recovered in the United
States") is still that place's.  Own sentences."""

from tests.ingest.phrases import facts


def test_a_home_force_and_international_ones_arrest_for_no_one_country():
    got = facts("WASHINGTON — U.S. and international law enforcement agencies arrested 230 people and seized $18 million. "
                "About $3 million was recovered in the United States.")
    assert got == [("arrests", 230, "people", None), ("seized_money", 3000000, "USD", "US"),
                   ("seized_money", 18000000, "USD", None)]


def test_home_customs_together_with_foreign_agencies():
    assert facts("Finnish Customs, together with foreign agencies, seized 64 kilograms of amphetamine at the border.") == [
        ("seized_drugs", 64, "kg", None)]


def test_a_customs_service_and_two_police_forces():
    got = facts("In a joint operation, Latvian Customs and the police of Lithuania and Poland seized 31 kilograms of "
                "cannabis and arrested 9 people.")
    assert got == [("arrests", 9, "people", None), ("seized_drugs", 31, "kg", None)]


def test_one_home_force_alone_still_places_its_figures():
    assert facts("Spanish police arrested 12 people in Madrid.") == [("arrests", 12, "people", "ES")]
    assert facts("Dutch customs seized 40 kg of cocaine.") == [("seized_drugs", 40, "kg", "NL")]


def test_russian_and_foreign_forces():
    assert facts("Российские и зарубежные силовики задержали 30 человек.") == [("arrests", 30, "people", None)]
