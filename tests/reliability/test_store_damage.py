"""A damaged store: random byte flips are refused cleanly or read as they are, never rewritten;
any fact round-trips through the store unchanged."""

from __future__ import annotations

import random
import string
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.model import Fact, stable_id
from store.repository import Repository
from store.storage import StoreError
from tests.conftest import make_operation, make_source


def test_random_byte_flips_never_crash_and_never_rewrite(tmp_path: Path):
    path = tmp_path / "store.json"
    Repository.open(path)
    whole = path.read_bytes()
    rng = random.Random(11)
    refused = 0
    for _ in range(60):
        damaged = bytearray(whole)
        for _ in range(rng.randint(1, 4)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path.write_bytes(bytes(damaged))
        try:
            Repository.open(path)
        except StoreError as exc:
            refused += 1
            assert str(path) in str(exc) and "\n" not in str(exc)
        assert path.read_bytes() == bytes(damaged)
    assert refused > 30  # most flips break the JSON or a record, and are caught


def test_a_refusal_points_to_the_backup(tmp_path: Path):
    path = tmp_path / "store.json"
    repo = Repository.open(path)
    source = make_source("A second article.")
    repo.add_records(sources=[source], operations=[make_operation()])
    path.write_bytes(path.read_bytes()[:100])
    try:
        Repository.open(path)
    except StoreError as exc:
        assert f"{path}.bak" in str(exc)
    else:
        raise AssertionError("a truncated store was accepted")


text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
facts = st.builds(
    dict,
    metric=st.sampled_from(["arrests", "seized_money", "seized_drugs", "seized_firearms", "servers_seized"]),
    value=st.one_of(st.integers(0, 10**12), st.floats(0, 1e12, allow_nan=False, allow_infinity=False)),
    qualifier=st.sampled_from(["exact", "approximate", "at_least", "at_most"]),
    country=st.one_of(st.none(), st.sampled_from(["US", "DE", "RU", "BR"])),
    date=st.one_of(st.none(), st.sampled_from(["2021", "2023-05", "2023-05-02"])),
    quote=text,
    detail=st.one_of(st.none(), text),
    start=st.integers(0, 1000),
    length=st.integers(0, 50),
)
UNITS = {"arrests": "people", "seized_money": "EUR", "seized_drugs": "kg", "seized_firearms": "items", "servers_seized": None}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(facts, min_size=1, max_size=5), st.text(alphabet=string.printable + "жё[]\\", max_size=40))
def test_any_fact_round_trips_through_the_store_unchanged(tmp_path_factory, specs, title):
    path = tmp_path_factory.mktemp("rt") / "store.json"
    repo = Repository.open(path)
    source = make_source("Статья [bold]x[/bold] \\ \u202e", title=title)
    written = []
    for i, spec in enumerate(specs):
        length = spec.pop("length")
        spec["end"] = spec["start"] + length
        written.append(Fact(id=stable_id("f", i, repr(spec)), operation="test-op", unit=UNITS[spec["metric"]],
                            source=source.id, **spec))
    repo.add_records(sources=[source], operations=[make_operation()], facts=written)
    reopened = Repository.open(path)
    for fact in written:
        assert reopened.fact(fact.id) == fact
    assert reopened.source(source.id) == source
