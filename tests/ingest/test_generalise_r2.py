"""Second blind round: one test per phenomenon met in the r2 held-out articles, each on text of its own."""

from tests.ingest.phrases import facts, sent
from store.ingest.places import find_mentions


def test_coins_are_crypto_not_money():
    assert sent("Officers also froze 17 BTC and seized $2m in cash.") == \
        [("seized_crypto", 17, "BTC", None), ("seized_money", 2000000, "USD", None)]
    assert sent("Изъяты 40 биткоинов и 1200 XMR.", "ru") == [("seized_crypto", 40, "BTC", None), ("seized_crypto", 1200, "XMR", None)]
    # crypto valued in a currency is money
    assert sent("Agents seized bitcoin worth $3 million.") == [("seized_money", 3000000, "USD", None)]


def test_more_currencies():
    got = sent("Изъято 4,5 млн гривен, 2,3 млн франков, 90 млн тенге и 300 тыс. злотых.", "ru")
    assert [(u, v) for _, v, u, _ in got] == [("UAH", 4500000), ("CHF", 2300000), ("KZT", 90000000), ("PLN", 300000)]
    assert sent("Police seized C$450,000 and 2 million Canadian dollars.") == \
        [("seized_money", 450000, "CAD", None), ("seized_money", 2000000, "CAD", None)]
    assert sent("Officers seized CHF 1.250.000 in cash.")[0][1:3] == (1250000, "CHF")
    assert sent("Изъяли 200 тыс. канадских долларов.", "ru")[0][2] == "CAD"


def test_determiner_number_then_passive_arrest():
    assert sent("The four were arrested in March when officers raided a flat.") == [("arrests", 4, "people", None)]
    assert sent("Police said the three have since been arrested.") == [("arrests", 3, "people", None)]


def test_breakdown_made_in():
    got = sent("Of the 38 arrests, 17 were made in Italy, 12 in Romania and 9 in Bulgaria.")
    assert ("arrests", 17, "people", "IT") in got and ("arrests", 38, "people", None) in got


def test_took_into_custody_in_place():
    got = sent("Investigators took nine suspects into custody in the United States and another three in Canada.")
    assert got == [("arrests", 9, "people", "US"), ("arrests", 3, "people", "CA")]


def test_place_list_before_verb():
    got = sent("В Роттердаме и Утрехте задержаны четверо подозреваемых, ещё один – в Бельгии.", "ru")
    assert ("arrests", 4, "people", "NL") in got and ("arrests", 1, "people", "BE") in got


def test_russian_single_firearm_without_number():
    assert sent("Изъяли три пистолета и автомат.", "ru") == [("seized_firearms", 3, "items", None), ("seized_firearms", 1, "items", None)]
    assert sent("При обыске нашли охотничий карабин.", "ru") == [("seized_firearms", 1, "items", None)]
    assert sent("Изъят один пистолет.", "ru") == [("seized_firearms", 1, "items", None)]  # not counted twice
    assert sent("Изъят травматический пистолет и торговый автомат.", "ru") == []


def test_emoji_lines_carry_the_verb():
    text = ("🚨 Накрыли нарколабораторию\n\n❗️ Задержаны 5 человек\n💊 Изъято 2 кг мефедрона\n💰 Плюс 1,5 млн ₽ наличными\n"
            "🔫 Два пистолета\n\nМагазин зарабатывал 3 млн рублей.\n💰 500 тыс. рублей на счетах")
    got = facts(text)
    assert ("seized_money", 1500000, "RUB", None) in got and ("seized_firearms", 2, "items", None) in got
    assert not any(v == 500000 for _, v, _, _ in got)  # after a blank line and a plain paragraph nothing carries


def test_origin_after_article():
    assert [m.is_place_or_actor for m in find_mentions("The drugs were shipped from the Netherlands and Mexico.")] == [False, False]


def test_common_country_names():
    assert [m.code for m in find_mentions("в Кыргызстане, в Молдове и в Белоруссии; police in Holland")] == ["KG", "MD", "BY", "NL"]
