"""A haul the police "found" («полиция нашла 14 кг») or "held" as cargo («задержали 90 кг», «о задержании
300 килограммов») is a seizure, as «изъяли» is; found people or a held courier stay arrests."""

from tests.ingest.phrases import facts


def test_drugs_the_police_found_are_seized():
    text = ("Находка на границе\n"
            "Пограничная полиция Молдовы нашла 14 кг синтетических наркотиков в запасном колесе микроавтобуса.")
    assert facts(text) == [("seized_drugs", 14, "kg", "MD")]


def test_a_held_haul_by_weight_is_seized():
    text = ("Крупная партия\n"
            "По данным источников, речь идет о задержании 312 килограммов героина на таможенном посту в Молдове.")
    assert facts(text) == [("seized_drugs", 312, "kg", "MD")]


def test_held_kilograms_after_an_active_verb_are_seized_and_people_stay_arrests():
    text = ("Операция в Баку\n"
            "Сотрудники МВД Азербайджана задержали 47 кг гашиша и четырех курьеров.")
    assert sorted(facts(text)) == [("arrests", 4, "people", "AZ"), ("seized_drugs", 47, "kg", "AZ")]


def test_a_found_man_is_no_haul():
    text = ("Поиски\n"
            "Спасатели в Кишиневе нашли 12 туристов, потерявшихся в лесу.")
    assert facts(text) == []


def test_a_haul_fronted_before_the_arrest_verb_is_seized():
    text = ("Транспортная милиция\n"
            "На вокзале в Оше с 18 кг гашиша задержан пассажир поезда.")
    assert sorted(facts(text)) == [("arrests", 1, "people", "KG"), ("seized_drugs", 18, "kg", "KG")]
