"""Score the extractor on the real-style round (articles written in real outlets' styles).

    PYTHONPATH=. python tests/ingest/real_style/score.py [-v]

Prints facts and countries P/R/F1 per article and overall, scored the way the held-out test
scores (``tests/ingest/test_heldout.py``, whose matching is reused here): metric and unit equal,
country equal or in ``country_any``, value within 1 %, ``optional`` neither hit nor miss.

Two totals are printed. *strict* is the scorer's reading of the gold: a drug type's amount
listed under ``parts`` (a part of a drugs total the article states, "850 kg … including 43 kg of
cocaine") is charged as a false positive when it is filed as ``seized_drugs``. *lenient* treats
``parts`` as optional, as the older held-out rounds do. ``-v`` lists misses and extras.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # tests/ingest, for the held-out scorer

import test_heldout as heldout  # noqa: E402  (the one implementation of the matching rules)

from store.ingest.extract import extract  # noqa: E402

# The rounds, by the letter after the language: ``en_s01_…`` is round 1, ``en_t01_…`` round 2.
ROUNDS = {"s": "round 1", "t": "round 2", "u": "round 3", "v": "round 4", "w": "round 5", "x": "round 6"}


def _predict(path: Path) -> tuple[list[dict], list[str]]:
    ex = extract(path.read_text(encoding="utf-8"))
    facts = [{"metric": f.metric, "value": f.value, "unit": f.unit, "country": f.country, "quote": f.quote}
             for f in ex.facts]
    return facts, list(ex.countries)


def _lenient(gold: dict) -> dict:
    return {**gold, "optional": [*gold.get("optional", []), *gold.get("parts", [])]}


def _differences(facts: list[dict], gold: dict) -> tuple[list[dict], list[dict]]:
    """Gold facts no prediction matched, and core predictions matching no gold fact or optional."""
    wanted = list(gold["facts"])
    optional = [o for o in gold.get("optional", []) if "metric" in o]
    extras = []
    for f in (f for f in facts if f["metric"] in heldout.CORE):
        hit = next((g for g in wanted if heldout._same(f, g)), None)
        if hit is not None:
            wanted.remove(hit)
        elif not any(heldout._same(f, o) for o in optional):
            extras.append(f)
    return wanted, extras


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"P={p:.3f} R={r:.3f} F1={heldout._f1(tp, fp, fn):.3f}"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv or "--verbose" in argv
    totals = {"strict": [0] * 6, "lenient": [0] * 6}
    by_lang: dict[str, list[int]] = {}
    by_round: dict[str, list[int]] = {}
    for gpath in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        facts, countries = _predict(HERE / "articles" / f"{gpath.stem}.txt")
        strict = heldout._score(facts, countries, gold)
        lenient = heldout._score(facts, countries, _lenient(gold))
        totals["strict"] = [a + b for a, b in zip(totals["strict"], strict)]
        totals["lenient"] = [a + b for a, b in zip(totals["lenient"], lenient)]
        by_lang[gold["lang"]] = [a + b for a, b in zip(by_lang.get(gold["lang"], [0] * 6), strict)]
        name = ROUNDS[gpath.stem.split("_")[1][0]]
        by_round[name] = [a + b for a, b in zip(by_round.get(name, [0] * 6), strict)]
        tp, fp, fn, ctp, cfp, cfn = strict
        print(f"{gpath.stem:22} facts F1={heldout._f1(tp, fp, fn):.2f} (tp={tp} fp={fp} fn={fn}; "
              f"lenient {heldout._f1(*lenient[:3]):.2f})  countries F1={heldout._f1(ctp, cfp, cfn):.2f} (+{cfp} -{cfn})")
        if verbose:
            misses, extras = _differences(facts, gold)
            for g in misses:
                print("    miss ", {k: g.get(k) for k in ("metric", "value", "unit", "country", "subject")})
            for f in extras:
                print("    extra", {k: f[k] for k in ("metric", "value", "unit", "country")}, "|", f["quote"][:110])
    for name, (tp, fp, fn, ctp, cfp, cfn) in totals.items():
        print(f"{name:8} facts {_prf(tp, fp, fn)} (tp={tp} fp={fp} fn={fn}) | countries {_prf(ctp, cfp, cfn)}")
    for lang, (tp, fp, fn, *_) in sorted(by_lang.items()):
        print(f"  {lang}: facts {_prf(tp, fp, fn)}")
    for name, (tp, fp, fn, ctp, cfp, cfn) in sorted(by_round.items()):
        print(f"  {name}: facts {_prf(tp, fp, fn)} | countries {_prf(ctp, cfp, cfn)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
