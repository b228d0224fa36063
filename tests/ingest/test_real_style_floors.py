"""Quality floors of the real-style rounds (``tests/ingest/real_style``, issue #16), run with
``pytest -m quality``: articles written in real outlets' styles, gold written before the
extractor saw them, scored strictly (a drug-type part filed as a drugs total is a false positive)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.quality

HERE = Path(__file__).parent / "real_style"
_spec = importlib.util.spec_from_file_location("real_style_score", HERE / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)
GOLD = sorted((HERE / "gold").glob("*.json"))


def _totals(paths: list[Path]) -> list[int]:
    totals = [0] * 6
    for gpath in paths:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        facts, countries = score._predict(HERE / "articles" / f"{gpath.stem}.txt")
        totals = [a + b for a, b in zip(totals, score.heldout._score(facts, countries, gold))]
    return totals


def test_every_real_style_article_has_gold_and_a_round():
    assert {p.stem for p in GOLD} == {p.stem for p in (HERE / "articles").glob("*.txt")}
    assert {p.stem.split("_")[1][0] for p in GOLD} == set(score.ROUNDS)


def test_real_style_facts_and_countries_overall():
    tp, fp, fn, ctp, cfp, cfn = _totals(GOLD)
    assert score.heldout._f1(tp, fp, fn) >= 0.92, (tp, fp, fn)
    assert score.heldout._f1(ctp, cfp, cfn) >= 0.95, (ctp, cfp, cfn)


@pytest.mark.parametrize("letter", sorted(score.ROUNDS))
def test_each_real_style_round_keeps_its_floor(letter):
    tp, fp, fn, ctp, cfp, cfn = _totals([p for p in GOLD if p.stem.split("_")[1][0] == letter])
    assert score.heldout._f1(tp, fp, fn) >= 0.90, (letter, tp, fp, fn)
    assert score.heldout._f1(ctp, cfp, cfn) >= 0.95, (letter, ctp, cfp, cfn)


@pytest.mark.parametrize("gpath", GOLD, ids=lambda p: p.stem)
def test_no_real_style_article_falls_apart(gpath):
    tp, fp, fn, *_ = _totals([gpath])
    if tp + fp + fn:
        assert score.heldout._f1(tp, fp, fn) >= 0.5, (tp, fp, fn)
