"""The facts table's base order, computed from ranks, is the explorer's own order fact for fact:
operations newest first, each operation's facts as the explorer lists them."""

from __future__ import annotations

import random

from store.model import Fact, Operation, Source
from store.repository import Repository
from store.snapshot import Snapshot
from store.views.explorer_order import explorer_rows


def _explorer_order(repo) -> list[str]:
    return [f.id for op in repo.operations() for f in repo.ordered_facts(op.id)]


def test_the_bundled_store_lists_every_fact_as_the_explorer_does(tmp_path):
    repo = Repository.open(tmp_path / "store.json")  # made from the bundled dataset
    rows = explorer_rows(repo.snapshot)
    assert [repo.snapshot.facts[r].id for r in rows.tolist()] == _explorer_order(repo)


def test_ties_on_everything_but_the_id_follow_the_id_and_missing_operations_come_last(tmp_path):
    rng = random.Random(7)
    sources = [Source(id=f"s{i}", title=f"t{i}", tier=rng.choice(["official", "news", None]),
                      published=rng.choice(["2020-01-01", "2021-05", None])) for i in range(6)]
    ops = [Operation(id=f"op{i}", name=rng.choice(["Alpha", "beta", "Gamma"]), announced=rng.choice(["2019", "2021", None]))
           for i in range(5)]
    facts = [Fact(id=f"f{rng.randrange(10_000):05d}-{i}", operation=rng.choice([*(op.id for op in ops), "gone"]),
                  metric=rng.choice(["arrests", "seized_money", "servers_seized", "shut_down"]),
                  value=rng.choice([None, 1, 5]), unit="people", country=rng.choice([None, "DE", "US"]),
                  date=rng.choice([None, "2020", "2020-05-01"]), source=rng.choice([*(s.id for s in sources), "nowhere"]))
             for i in range(400)]
    rng.shuffle(facts)
    snapshot = Snapshot.build(sources, ops, facts)
    repo = Repository(tmp_path / "s.json", snapshot, None)
    order = [snapshot.facts[r].id for r in explorer_rows(snapshot).tolist()]
    listed = _explorer_order(repo)
    assert order[: len(listed)] == listed
    missing = [f.id for f in snapshot.facts if f.operation == "gone"]
    assert order[len(listed):] == missing  # facts of no operation in the store: after, in store order
