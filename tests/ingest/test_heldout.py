"""Held-out articles (tests/ingest/articles, gold in tests/ingest/gold) written apart from the
development corpus: the extractor must generalise to them, scored the way the corpus scorer
scores (metric and unit equal, country equal or in ``country_any``, value within 1 %,
``optional`` neither hit nor miss, a fact predicted twice counts once as a false positive)."""

import json
from pathlib import Path

import pytest

from store.ingest.extract import extract

HERE = Path(__file__).parent
ARTICLES = sorted((HERE / "articles").glob("*.txt"))
CORE = {"arrests", "seized_money", "seized_drugs", "seized_firearms"}


def _same(pred, gold):
    if (pred["metric"], pred["unit"]) != (gold["metric"], gold["unit"]):
        return False
    if pred["country"] not in gold.get("country_any", [gold.get("country")]):
        return False
    g = float(gold["value"])
    return abs(float(pred["value"]) - g) <= 0.01 * abs(g)


def _score(pred_facts, pred_countries, gold):
    facts = [f for f in pred_facts if f["metric"] in CORE]
    wanted = list(gold["facts"])
    optional = [o for o in gold.get("optional", []) if "metric" in o]
    tp = fp = 0
    for f in facts:
        hit = next((g for g in wanted if _same(f, g)), None)
        if hit is not None:
            wanted.remove(hit)
            tp += 1
        elif not any(_same(f, o) for o in optional):
            fp += 1
    gold_c = set(gold["countries"])
    skip = {o["country"] for o in gold.get("optional", []) if "country" in o and "metric" not in o}
    pred_c = set(pred_countries) - skip
    return tp, fp, len(wanted), len(pred_c & gold_c), len(pred_c - gold_c), len(gold_c - pred_c)


def _f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _run(path):
    ex = extract(path.read_text(encoding="utf-8"))
    facts = [{"metric": f.metric, "value": f.value, "unit": f.unit, "country": f.country} for f in ex.facts]
    gold = json.loads((HERE / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    return _score(facts, ex.countries, gold)


def test_heldout_set_is_there():
    assert len(ARTICLES) >= 14
    assert {p.stem for p in ARTICLES} == {p.stem for p in (HERE / "gold").glob("*.json")}


@pytest.mark.quality
def test_heldout_facts_and_countries_f1():
    totals = [0] * 6
    for path in ARTICLES:
        totals = [a + b for a, b in zip(totals, _run(path))]
    tp, fp, fn, ctp, cfp, cfn = totals
    assert _f1(tp, fp, fn) >= 0.9, totals
    assert _f1(ctp, cfp, cfn) >= 0.9, totals


@pytest.mark.quality
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_each_heldout_article_is_reasonable(path):
    tp, fp, fn, ctp, cfp, cfn = _run(path)
    assert _f1(tp, fp, fn) >= 0.75, (tp, fp, fn)
