"""Where the ring's handlers were («кураторы находились на территории Грузии», «под кураторством Варшавы»)
is the suspects' whereabouts, not a country that took part; an arrest of the organiser there makes it one.
Own sentences."""

from store.ingest.extract import extract


def _countries(text: str) -> set[str]:
    return set(extract(text).countries)


def test_handlers_on_foreign_territory_are_no_participant():
    text = ("ФСБ задержала в Курске 12 закладчиков даркнет-магазина. "
            "Установлено, что кураторы группы находились на территории Грузии.")
    assert _countries(text) == {"RU"}


def test_a_ring_run_under_a_capitals_supervision_names_no_participant():
    assert _countries("ФСБ: в Белгороде задержаны девять сбытчиков синтетики под кураторством Варшавы") == {"RU"}


def test_an_organiser_hiding_abroad_is_no_participant():
    text = "Полиция задержала 4 курьеров в Омске. Организатор, скрывающийся в Турции, объявлен в розыск."
    assert _countries(text) == {"RU"}


def test_an_organiser_arrested_abroad_makes_the_country_a_participant():
    text = "Полиция задержала 4 курьеров в Омске. Организатор, проживавший в Турции, задержан там по запросу МВД."
    assert "TR" in _countries(text)


def test_an_exchanges_seat_is_no_participant():
    text = ("Минюст США закрыл криптобиржу Zolotnik, базирующуюся в Сингапуре; её владелец задержан в Нью-Йорке. "
            "Операция проводилась при участии нидерландских властей.")
    assert _countries(text) == {"US", "NL"}


def test_where_an_owner_lived_is_no_participant_unless_he_was_arrested_there():
    assert _countries("Власти США арестовали владельца биржи. Он, по данным СМИ, проживал в Таиланде.") == {"US"}
    assert "TH" in _countries("Владелец биржи, проживавший в Таиланде, задержан местной полицией по запросу США.")


def test_an_initial_before_a_surname_is_no_country():
    assert _countries("Об аресте сообщил заместитель генпрокурора США Джон Р. Монако.") == {"US"}


def test_where_an_owner_lived_stays_no_participant_when_he_was_arrested_elsewhere():
    text = "Владелец биржи, проживавший во Вьетнаме, был задержан в Майами в апреле. Операцию провели власти США."
    assert _countries(text) == {"US"}


def test_a_lab_paid_for_from_abroad_names_no_participant():
    assert _countries("В Подмосковье ликвидировали нарколабораторию, финансируемую Молдовой. Её курировали с Молдовы.") == {"RU"}


def test_an_operation_led_by_a_country_keeps_it_a_participant():
    assert "NL" in _countries("Операция, руководимая Нидерландами, завершилась задержанием 30 человек.")


def test_an_authority_that_ordered_the_arrests_stays_a_participant():
    assert _countries("Полиция задержала 5 человек по указанию прокуратуры Эстонии.") == {"EE"}
