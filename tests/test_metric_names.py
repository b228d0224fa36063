"""The bundled store names each concept with one metric: no `arrest`/`arrested`/`arrests`, no
`operating_period` beside `operation_period`, and market context figures (turnover, sales) are
kept apart from the seizures and arrests that add up."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import orjson
import pytest
import snowballstemmer

from store.builder.reference_rules import rules
from store.figure_groups import summable
from store.metrics import METRIC_NAMES
from store.repository import Repository

CANONICAL = frozenset(METRIC_NAMES)
MARKET_CONTEXT = ("turnover", "transactions", "market_users", "vendors", "listings", "drugs_sold")

BUNDLED = Path(__file__).resolve().parent.parent / "store" / "data" / "bundled.json"
_stem = snowballstemmer.stemmer("english").stemWord


@pytest.fixture(scope="module")
def bundled_facts() -> list[dict]:
    return list(orjson.loads(BUNDLED.read_bytes())["facts"].values())


def _concept(metric: str) -> tuple[str, ...]:
    """A metric's words, stemmed: `arrest`, `arrested` and `arrests` are one concept."""
    return tuple(_stem(word) for word in metric.split("_"))


def test_every_metric_in_the_bundled_store_is_canonical(bundled_facts):
    unknown = {f["metric"] for f in bundled_facts} - CANONICAL
    assert not unknown, f"metrics outside the canonical list: {sorted(unknown)}"


def test_the_reference_import_can_only_produce_canonical_metrics():
    assert rules().metrics <= CANONICAL


@pytest.mark.parametrize("names", [CANONICAL, "bundled"])
def test_no_two_metric_names_are_forms_of_one_word(names, bundled_facts):
    metrics = {f["metric"] for f in bundled_facts} if names == "bundled" else names
    clashes = [(a, b) for a, b in combinations(sorted(metrics), 2) if _concept(a) == _concept(b)]
    assert not clashes


def test_the_near_duplicate_check_catches_the_forms_it_is_for():
    for a, b in (("arrest", "arrests"), ("arrested", "arrests"), ("operating_period", "operation_period"),
                 ("action_day", "action_days"), ("sentences", "sentenced")):
        assert _concept(a) == _concept(b)


def test_market_context_figures_are_cited_but_never_added_up(bundled_facts, tmp_path):
    present = {f["metric"] for f in bundled_facts}
    assert {"turnover", "transactions"} <= present and "sales" not in present
    assert not any(summable(metric) for metric in MARKET_CONTEXT)
    path = tmp_path / "store.json"
    path.write_bytes(BUNDLED.read_bytes())
    repo = Repository.open(path, create_missing=False)
    totals = {t.metric for code in repo.countries_in_store() for t in repo.country_summary(code).totals}
    totals |= {t.metric for op in repo.operations() for t in repo.operation_totals(op)}
    assert totals and not totals & set(MARKET_CONTEXT)
    turnover_units = {f["unit"] for f in bundled_facts if f["metric"] == "turnover" and f["value"] is not None}
    assert turnover_units <= {"USD", "EUR"}  # money that went through a market, in a currency
