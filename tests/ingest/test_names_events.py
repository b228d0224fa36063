"""Operation/market names and launch/shut-down events against gold (dev corpus + held-out), and
the rules that find them, each on invented text."""

import pytest

from store.ingest.extract import extract
from tests.ingest.score_names_events import articles, norm_name, score_all, score_events, score_names, series


@pytest.fixture(scope="module")
def scores():
    return score_all(), score_all(strict=True)


@pytest.mark.quality
def test_names_f1_floor(scores):
    (names, _), _ = scores
    assert names.tp + names.fn >= 100
    assert names.prf()[2] >= 0.95, names.misses + names.extras


@pytest.mark.quality
def test_events_f1_floor(scores):
    (_, events), (_, strict) = scores
    assert events.tp + events.fn >= 50
    assert events.prf()[2] >= 0.95, events.misses + events.extras
    assert strict.prf()[2] >= 0.75  # rounds whose gold lists no event at all


def test_scorer_matching():
    assert norm_name("Operation «Ёлка»") == norm_name("елка") == "елка"
    assert norm_name('операция "Северный ветер"') == "северный ветер"
    gold = {"operations": ["Harbor Light"], "markets": ["Velvet Route"]}
    t = score_names({"operations": ["Operation Harbor Light"], "markets": ["velvet route", "Extra"]}, gold)
    assert (t.tp, t.fp, t.fn) == (2, 1, 0)
    gold_ev = [{"event": "launched", "date": None, "subject": "X Market"}]
    assert score_events([{"event": "launched", "date": None, "subject": "x market"}], gold_ev).tp == 1
    assert score_events([{"event": "launched", "date": "2020", "subject": "X Market"}], gold_ev).tp == 0
    assert series("en_r4_03_any") == "r4" and series("ru_h07_any") == "h" and series("ru_00_any") == "dev"
    assert articles()


def _names(text):
    ex = extract(text)
    return [norm_name(n) for n in ex.operations], [norm_name(n) for n in ex.markets]


def test_market_named_before_lowercase_market_noun():
    ops, markets = _names("Police arrested 12 vendors on the Quillfeather marketplace last week.")
    assert "quillfeather" in markets
    ops, markets = _names("Police shut down the Emberwick and Dovemarsh dark web markets.")
    assert {"emberwick", "dovemarsh"} <= set(markets)
    ops, markets = _names("Agents take down Copper Finch marketplace, arrest 9")
    assert "copper finch" in markets


def test_single_adjective_before_market_noun_is_no_name():
    _, markets = _names("Investigators said vendors moved to a Scandinavian market after the raid.")
    assert markets == []


def test_language_market_then_name():
    _, markets = _names("Officers targeted sellers on the Spanish-language market Luna Negra and arrested 8 people.")
    assert markets == ["luna negra"]


def test_compound_adjective_is_no_name():
    _, markets = _names("They used a Telegram-linked market to sell drugs to 40 buyers.")
    assert markets == []


def test_russian_investigation_named():
    ops, _ = _names("В ходе расследования, получившего название «Тихий омут», задержаны 5 человек.")
    assert ops == ["тихий омут"]


def test_quote_without_cue_is_no_operation():
    ops, _ = _names('"Nothing stays hidden," the prosecutor told reporters.')
    assert ops == []


def test_russian_dark_shop_and_dash_apposition():
    _, markets = _names("Полиция накрыла склад даркнет-шопа «Синий лис». Задержаны 4 человека.")
    assert "синий лис" in markets
    _, markets = _names("Его схема напоминала Orbis — крупнейшего даркнет-рынка региона.")
    assert "orbis" in markets


def _events(text):
    return {(e.metric, e.date, norm_name(e.operation)) for e in extract(text).events}


def test_launch_noun_and_opened():
    ev = _events("Agents seized the Larkspur Market servers. The site processed $5 million since its launch in 2020.")
    assert ("launched", "2020", "larkspur market") in ev
    ev = _events("Larkspur Market opened in March 2019 and listed 900 products.")
    assert ("launched", "2019-03", "larkspur market") in ev


def test_opened_an_investigation_is_no_launch():
    ev = _events("Larkspur Market sold drugs. Police opened an investigation in 2021.")
    assert not any(m == "launched" for m, _, _ in ev)


def test_seizure_banner_and_was_seized():
    ev = _events("Larkspur Market sold drugs. The market's homepage was replaced with a seizure banner on 4 May 2024.")
    assert ("shut_down", "2024-05-04", "larkspur market") in ev
    ev = _events("Larkspur Market handled $3 million before it was seized in June 2023.")
    assert ("shut_down", "2023-06", "larkspur market") in ev
