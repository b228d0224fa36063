"""Round 10: "working with" marks a helper, an arrest verb makes buyers people held, a Russian
active verb attaches the place after the figure, a bare "на" before money gives what goods are
worth, a one-sentence country split makes the earlier figure a total, and a two-word name before
"darknet market" is a market."""

from tests.ingest.phrases import facts, sent
from tests.ingest.test_names_events import _names


def test_working_with_is_a_helper_not_an_actor():
    assert sent("Japanese police, working with the Australian Federal Police, arrested 11 people.") == [
        ("arrests", 11, "people", "JP")]


def test_arrest_verb_makes_buyers_people_held():
    assert sent("In Australia, federal agents arrested two buyers.") == [("arrests", 2, "people", "AU")]
    assert sent("В Германии полицейские задержали трёх покупателей.", "ru") == [("arrests", 3, "people", "DE")]
    # without the verb right before them, buyers are customers counted, not arrests
    assert sent("Police arrested 4 vendors who sold drugs to 5,000 buyers.") == [("arrests", 4, "people", None)]


def test_russian_active_verb_then_place_attaches():
    assert sent("Сербские полицейские задержали 12 человек, ещё четверых арестовали в Черногории.", "ru") == [
        ("arrests", 12, "people", "RS"), ("arrests", 4, "people", "ME")]


def test_bare_na_before_money_is_value_of_goods():
    assert sent("В лаборатории изъято 90 кг наркотиков и оборудование на 2 млн долларов.", "ru") == [
        ("seized_drugs", 90, "kg", None)]
    # money-like things before or after "на" are still money seized
    assert sent("Изъяты биткоины на 2 млн долларов.", "ru") == [("seized_money", 2000000, "USD", None)]
    assert sent("Изъято на 3 млн долларов криптовалюты.", "ru") == [("seized_money", 3000000, "USD", None)]
    # "на" with another word between is a place, not a value
    assert sent("Изъяли на складе 500 тысяч рублей.", "ru") == [("seized_money", 500000, "RUB", None)]


def test_one_sentence_country_split_makes_a_total():
    text = ("U.S. authorities, working with police in Canada, arrested nine people.\n"
            "Seven of the suspects were arrested in the United States and two in Canada.\n"
            "In 2023, Australian police arrested 17 vendors linked to the market.\n")
    assert facts(text) == [("arrests", 2, "people", "CA"), ("arrests", 7, "people", "US"),
                           ("arrests", 9, "people", None), ("arrests", 17, "people", "AU")]


def test_one_country_figure_not_a_total_of_unrelated_split():
    text = ("German police arrested 8 people.\n"
            "Separately, 3 people were arrested in France and 4 in Spain.\n")
    assert ("arrests", 8, "people", "DE") in facts(text)


def test_two_word_name_before_darknet_market():
    _, markets = _names("Greek and Bulgarian police take down Marlin Deep darknet market")
    assert "marlin deep" in markets
