"""Where goods went («канал поставок наркотиков в Польшу»), where a market's customers are («популярность
в Казахстане»), where a suspect's accounts are («счета в Андорре») name no participant; a locative «в
Минске» after a transport verb is still where it happened; a named person with a bracketed alias is one
arrest. Own sentences."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def _countries(text: str) -> set[str]:
    return set(extract(text).countries)


def test_the_country_a_supply_channel_led_to_is_no_participant():
    assert _countries("В Литве перекрыли канал поставок наркотиков в Польшу: задержан курьер.") == {"LT"}


def test_a_courier_carrying_in_a_city_is_placed_there():
    assert ("arrests", 1, "people", "BY") in facts("Курьер, перевозивший 4 кг гашиша, был задержан в Минске.")


def test_where_a_market_is_popular_is_no_participant():
    text = "Биржа, имеющая большую популярность в Казахстане, закрыта после ареста её владельца в Испании."
    assert _countries(text) == {"ES"}


def test_a_suspects_accounts_abroad_name_no_participant_unless_seized():
    assert _countries("Полиция Таиланда арестовала администратора, у которого были счета в Андорре.") == {"TH"}
    assert "AD" in _countries("Полиция Таиланда арестовала администратора; заморожены его счета в Андорре.")


def test_a_named_person_with_a_bracketed_alias_is_one_arrest():
    got = facts("Основатель сайта 31-летний Пол Вернер (известный как Nightjar) был арестован в Бостоне.")
    assert got == [("arrests", 1, "people", "US")]


def test_buyers_arrested_in_a_country_are_placed_there():
    assert facts("Police arrested 15 buyers in Spain.") == [("arrests", 15, "people", "ES")]
    assert facts("Полиция задержала 15 покупателей в Испании.") == [("arrests", 15, "people", "ES")]
