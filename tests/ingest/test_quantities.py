import pytest

from store.ingest.numbers import find_figures
from store.ingest.quantities import read_quantity


def quantities(sentence, lang):
    out = []
    for fig in find_figures(sentence, lang):
        q = read_quantity(sentence, fig)
        if q is not None:
            out.append((q.metric, q.value, q.unit))
    return out


@pytest.mark.parametrize("sentence,lang,expected", [
    ("изъято 53,4 миллиона долларов США", "ru", ("seized_money", 53400000, "USD")),
    ("изъяли 3 млн евро", "ru", ("seized_money", 3000000, "EUR")),
    ("нашли 200 тысяч фунтов стерлингов", "ru", ("seized_money", 200000, "GBP")),
    ("нашли 5 млн рублей", "ru", ("seized_money", 5000000, "RUB")),
    ("seized $4.2 million", "en", ("seized_money", 4200000, "USD")),
    ("seized €2.5m", "en", ("seized_money", 2500000, "EUR")),
    ("seized £900,000", "en", ("seized_money", 900000, "GBP")),
    ("seized EUR 8.7 million", "en", ("seized_money", 8700000, "EUR")),
    ("seized USD 3 million", "en", ("seized_money", 3000000, "USD")),
    ("seized GBP 40,000", "en", ("seized_money", 40000, "GBP")),
])
def test_currencies(sentence, lang, expected):
    assert quantities(sentence, lang) == [expected]


@pytest.mark.parametrize("sentence,lang,kg", [
    ("изъято 850 килограммов наркотиков", "ru", 850), ("изъято 500 граммов героина", "ru", 0.5),
    ("изъято 4,5 кг кокаина", "ru", 4.5), ("изъято 1,2 тонны наркотиков", "ru", 1200),
    ("seized 20 kilos of cocaine", "en", 20), ("seized 1.5 tonnes of meth", "en", 1500),
    ("seized 100 pounds of cannabis", "en", 45.359237),
])
def test_weights_in_kg(sentence, lang, kg):
    ((metric, value, unit),) = quantities(sentence, lang)
    assert (metric, unit) == ("seized_drugs", "kg") and value == pytest.approx(kg)


def test_precursors_are_not_drugs():
    assert quantities("изъято три тонны прекурсоров", "ru") == []


@pytest.mark.parametrize("sentence,lang,count", [
    ("изъято 117 единиц огнестрельного оружия", "ru", 117),
    ("изъято 9 единиц огнестрельного или стрелкового оружия", "ru", 9),
    ("нашли три пистолета", "ru", 3), ("seized 51 firearms", "en", 51), ("seized 4 guns", "en", 4),
    ("seized 12 weapons", "en", 12),
])
def test_firearms(sentence, lang, count):
    assert quantities(sentence, lang) == [("seized_firearms", count, "items")]


@pytest.mark.parametrize("sentence,lang,count", [
    ("задержаны 150 вероятных продавцов", "ru", 150), ("арестовали 18 подозреваемых", "ru", 18),
    ("задержала ещё пятерых курьеров", "ru", 5), ("был задержан 61 человек", "ru", 61),
    ("arrested 112 suspects", "en", 112), ("two alleged administrators were arrested", "en", 2),
    ("112 arrests", "en", 112), ("police arrest four", "en", 4),
])
def test_people_counts(sentence, lang, count):
    assert quantities(sentence, lang) == [("arrests", count, "people")]


@pytest.mark.parametrize("sentence,lang", [
    ("from nine countries", "en"), ("20 years in prison", "en"), ("около 40 тысяч покупателей", "ru"),
    ("more than 60,000 offers", "en"), ("изъяли 7 серверов", "ru"), ("семи стран", "ru"),
])
def test_other_counts_are_not_quantities(sentence, lang):
    assert quantities(sentence, lang) == []
