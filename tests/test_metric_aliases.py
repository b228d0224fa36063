"""What people call a metric (``money``, ``guns``, ``аресты``) means the same metric in the
search's ``metric:`` filter and in ``takedown facts --metric``, and the near-duplicate names
older data uses map to one canonical name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.metrics import (
    CORE_METRICS,
    EVENT_METRICS,
    METRIC_NAMES,
    canonical_metric,
    metric_label,
    resolve_metric,
)
from store.repository import Repository
from store.search import SearchIndex
from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent

ALIASES = [
    ("money", "seized_money"), ("Money", "seized_money"), ("деньги", "seized_money"), ("money seized", "seized_money"),
    ("drugs", "seized_drugs"), ("наркотики", "seized_drugs"), ("drugs-seized", "seized_drugs"),
    ("guns", "seized_firearms"), ("firearms", "seized_firearms"), ("weapons", "seized_firearms"),
    ("оружие", "seized_firearms"),
    ("arrest", "arrests"), ("arrested", "arrests"), ("arrests", "arrests"), ("ARRESTS", "arrests"),
    ("аресты", "arrests"), ("задержания", "arrests"), ("задержаны", "arrests"),
    ("shutdown", "shut_down"), ("shut down", "shut_down"), ("закрытие", "shut_down"), ("launch", "launched"),
    ("seized_money", "seized_money"), ("market users", "market_users"),
]


@pytest.mark.parametrize(("typed", "metric"), ALIASES)
def test_what_people_type_resolves_to_the_metric(typed: str, metric: str):
    assert resolve_metric(typed) == metric


@pytest.mark.parametrize("typed", ["", "arests", "colour", "seized"])
def test_what_names_no_one_metric_resolves_to_nothing(typed: str):
    assert resolve_metric(typed) is None


def test_near_duplicate_names_have_one_canonical_name():
    assert canonical_metric("arrest") == canonical_metric("arrested") == "operator_arrested"
    assert canonical_metric("arrests") == "arrests"
    assert canonical_metric("operating_period") == "market_online"
    assert canonical_metric("search_warrants") == canonical_metric("warrants_executed") == "searches"
    assert canonical_metric("action_day") == "action_days"
    assert canonical_metric("seized_cocaine") == "seized_cocaine"
    assert canonical_metric("something_new") == "something_new"  # unknown names pass through


def test_the_canonical_list_has_no_near_duplicate_and_covers_the_bundled_store():
    assert set(CORE_METRICS) | set(EVENT_METRICS) <= set(METRIC_NAMES)
    assert all(canonical_metric(name) == name for name in METRIC_NAMES)
    bundled = json.loads((ROOT / "store" / "data" / "bundled.json").read_text(encoding="utf-8"))
    used = {fact["metric"] for fact in bundled["facts"].values()}
    assert {canonical_metric(m) for m in used} <= set(METRIC_NAMES)


def test_labels_read_as_words():
    assert metric_label("seized_money") == "money seized"
    assert metric_label("market_users") == "market users"
    assert metric_label("never_heard_of") == "never heard of"


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Repository:
    return Repository.open(tmp_path_factory.mktemp("store") / "store.json")  # the bundled dataset


@pytest.fixture(scope="module")
def index(repo: Repository) -> SearchIndex:
    return SearchIndex(repo.snapshot, warm=False)


@pytest.mark.parametrize(("typed", "metric"), [a for a in ALIASES if resolve_metric(a[1]) in CORE_METRICS])
def test_the_search_filter_takes_the_aliases(index: SearchIndex, typed: str, metric: str):
    result = index.search(f"metric:{typed.replace(' ', '_')}")
    assert result.total > 0 and not result.hints
    assert {f.metric for f in result.facts} == {metric}


@pytest.mark.parametrize("typed", ["money", "guns", "аресты", "задержания", "наркотики", "arrested"])
def test_facts_metric_takes_the_same_aliases_as_the_search(capsys, repo: Repository, index: SearchIndex, typed: str):
    code = main(["facts", "--db", str(repo.path), "--metric", typed, "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and not err
    facts = json.loads(out)
    assert facts and {f["metric"] for f in facts} == {resolve_metric(typed)}
    assert {f["id"] for f in facts} == {f.id for f in index.search(f"metric:{typed}").facts}


def test_a_metric_nobody_calls_so_still_gets_the_hint(capsys, repo: Repository):
    code = main(["facts", "--db", str(repo.path), "--metric", "colour", "--json"])
    _, err = capsys.readouterr()
    assert code == 1  # an empty result after an error
    assert "no fact has metric 'colour'" in err and "arrests" in err
