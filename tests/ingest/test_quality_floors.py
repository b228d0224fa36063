"""Quality floors, run with ``pytest -m quality``: the development corpus stays perfect and every
held-out round keeps its own F1, so a rule that helps one round cannot quietly cost another.

The corpus is scored by its own scorer (``/work/shared/corpus/score.py``) on what ``takedown
ingest --dry-run --json`` reports; the held-out rounds by ``test_heldout``'s matching.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from store.ingest.pipeline import ingest_paths, report_dict
from tests.ingest import test_heldout as heldout

pytestmark = pytest.mark.quality

CORPUS = Path("/work/shared/corpus")
ROUND_FLOOR = 0.94


def _round(stem: str) -> str:
    """The held-out round an article belongs to: ``en_r7_02_x`` → ``r7``, ``ru_h03_x`` → ``h``."""
    m = re.match(r"(?:en|ru)_(r\d+|h)\d*_", stem)
    assert m, stem
    return m.group(1)


def _rounds() -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = defaultdict(list)
    for path in heldout.ARTICLES:
        out[_round(path.stem)].append(path)
    return dict(out)


def test_every_held_out_article_belongs_to_a_round():
    rounds = _rounds()
    assert sum(len(v) for v in rounds.values()) == len(heldout.ARTICLES)
    assert {"h", "r2", "r12"} <= set(rounds)


@pytest.mark.parametrize("name,paths", sorted(_rounds().items()), ids=lambda v: v if isinstance(v, str) else "")
def test_each_held_out_round_keeps_its_floor(name, paths):
    totals = [0] * 6
    for path in paths:
        totals = [a + b for a, b in zip(totals, heldout._run(path))]
    tp, fp, fn, ctp, cfp, cfn = totals
    assert heldout._f1(tp, fp, fn) >= ROUND_FLOOR, (name, totals)
    assert heldout._f1(ctp, cfp, cfn) >= ROUND_FLOOR, (name, totals)


@pytest.mark.skipif(not (CORPUS / "score.py").exists(), reason="development corpus not present")
def test_development_corpus_scores_perfectly():
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    articles = sorted((CORPUS / "articles").glob("*"))
    reports = {Path(r.file).stem: report_dict(r) for r in ingest_paths(None, [str(p) for p in articles], dry_run=True)}
    total = dict(tp=0, fp=0, fn=0, c_tp=0, c_fp=0, c_fn=0)
    for gold_file in sorted((CORPUS / "gold").glob("*.json")):
        s = scorer.score_article(reports[gold_file.stem], json.loads(gold_file.read_text(encoding="utf-8")))
        for k in total:
            total[k] += s[k]
    assert total["tp"] > 0
    assert scorer.f1(total["tp"], total["fp"], total["fn"])[2] == 1.0, total
    assert scorer.f1(total["c_tp"], total["c_fp"], total["c_fn"])[2] == 1.0, total
