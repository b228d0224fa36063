"""Words of the same class read alike: every verb of carrying marks a destination («провезти» as
«доставить»), every hedge before what could have been made («примерно» as «около»), and people
named by their job in a gang (a driver, a packer) count like a courier.  Own sentences."""

from tests.ingest.phrases import facts


def test_any_verb_of_carrying_makes_the_country_a_destination():
    assert facts("В Брянской области задержали мужчину, который хотел на Украину провезти наркотики.") == [
        ("arrests", 1, "people", "RU")]


def test_a_hedged_amount_that_could_have_been_made_is_no_haul():
    assert facts("Изъято 7 кг метадона и прекурсоры для изготовления ещё примерно 35 кг метадона.") == [
        ("seized_drugs", 7, "kg", None)]


def test_a_driver_before_a_count_is_one_more_person():
    assert facts("A driver and three packers, who were detained in Preston, were later released on bail.") == [
        ("arrests", 4, "people", "GB")]
    assert facts("The driver was arrested at a checkpoint in Spain.") == [("arrests", 1, "people", "ES")]
