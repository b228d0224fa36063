"""Who was held and which places take no part (#16, rufed batch): the staff of «одного из крупнейших
интернет-магазинов» are suspects, not officers; a ring run «под непосредственным кураторством с
территории» a country, a market that «действовала с 2016 года по март 2020 года в различных регионах»
of countries, «граждан Республики Перу» and a car that entered «со стороны Латвии» name no
participant. Own sentences."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_staff_of_one_of_the_largest_shops_are_arrests():
    assert ("arrests", 6, "people", None) in facts(
        "ФСБ накрыла курьеров\nПри перевозке партии задержаны с поличным шесть сотрудников одного из крупнейших "
        "нелегальных интернет-магазинов.") or ("arrests", 6, "people", "RU") in facts(
        "ФСБ накрыла курьеров\nПри перевозке партии задержаны с поличным шесть сотрудников одного из крупнейших "
        "нелегальных интернет-магазинов.")


def test_handlers_named_with_an_adjective_are_no_participants():
    text = ("ФСБ России пресекла канал\nСотрудники ФСБ России пресекли канал, налаженный группой под непосредственным "
            "кураторством с территории Литвы. Задержаны 12 человек.")
    assert extract(text).countries == ["RU"]


def test_where_a_market_worked_over_years_is_no_participant():
    text = ("Суд вынес приговор\nРанее суд приговорил основателя площадки. Площадка действовала с 2016 года по март "
            "2020 года в различных регионах России и Казахстана. ФСБ РФ задержала его в Москве.")
    assert "KZ" not in extract(text).countries


def test_citizens_of_a_republic_are_a_nationality():
    text = ("ФСБ России изъяла кокаин\nУстановлены трое иностранцев, граждан Республики Перу. ФСБ России изъяла 400 кг кокаина.")
    assert extract(text).countries == ["RU"]


def test_the_side_a_car_came_from_is_no_participant():
    text = ("Курьер задержан\nКурьер въехал в Россию со стороны Латвии и был задержан под Псковом. ФСБ России изъяла 8 кг гашиша.")
    assert extract(text).countries == ["RU"]


def test_the_country_across_a_border_is_no_participant():
    text = "ФСБ России изъяла гашиш\nСотрудники ФСБ России изъяли на границе с Казахстаном 260 кг гашиша."
    assert extract(text).countries == ["RU"]


def test_a_ship_from_a_republic_is_an_origin():
    text = "Таможня нашла кокаин\nФСБ России изъяла 900 кг кокаина в контейнере, прибывшем на судне из Республики Колумбия."
    assert extract(text).countries == ["RU"]
