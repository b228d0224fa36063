"""The sidecar cache beside a store (store/sidecar.py): used only when it is of the store's
current bytes, ignored (never an error) when damaged, truncated, stale or of another version,
and a store read through it is the same store, record for record and search for search."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import sidecar
from store.model import Fact, Operation, Source, sha256_text, to_dict
from store.repository import Repository
from store.search import SearchIndex
from store.storage import empty_document, serialise
from tests.conftest import make_fact, make_operation, make_source

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ("arrested", "sweden", "германия", "test operation", "country:se", "value>5", "metric:arrests", "zzz")


def write_store(path: Path, sources=(), operations=(), facts=(), changes=()) -> None:
    document = empty_document()
    for table, records in (("sources", sources), ("operations", operations), ("facts", facts)):
        document[table] = {str(i + 1): to_dict(r) for i, r in enumerate(records)}
    document["changes"] = {str(c["id"]): c for c in changes}
    path.write_bytes(serialise(document))


def small_store(path: Path, n: int = 30) -> None:
    sources = [make_source(f"Police arrested {i} people in Sweden and Germany, report {i}.", title=f"report {i}")
               for i in range(5)]
    facts = [make_fact(sources[i % 5], i, country=("SE", "DE", None)[i % 3]) for i in range(n)]
    write_store(path, sources, [make_operation(), make_operation("other-op", name="Other Operation")], facts)


def cache_it(path: Path) -> Repository:
    """Open from the JSON, build the index and write the sidecar, as the app's worker does."""
    repo = Repository.open(path, create_missing=False)
    assert not repo.opened.sidecar_current
    assert sidecar.save(path, repo.opened.key, repo.snapshot, SearchIndex(repo.snapshot, warm=False).state())
    return repo


def dumped(repo: Repository) -> bytes:
    """Every record, field types included (1 and 1.0 and -0.0 differ here, not under ==)."""
    snap = repo.snapshot
    return msgspec.msgpack.encode([list(snap.sources.values()), list(snap.operations.values()), list(snap.facts),
                                   list(snap.changes)])


def answers(index: SearchIndex, query: str) -> tuple:
    result = index.search(query)
    return ([f.id for f in result.facts], [o.id for o in result.operations], list(result.countries), result.total)


def test_an_unchanged_store_opens_from_its_sidecar_with_the_same_records_and_searches(store_path: Path) -> None:
    small_store(store_path)
    from_json = cache_it(store_path)
    cached = Repository.open(store_path, create_missing=False)
    assert cached.opened.sidecar_current and cached.opened.index_state is not None
    assert dumped(cached) == dumped(from_json)
    restored = sidecar.search_index(cached, cached.snapshot)
    built = SearchIndex(from_json.snapshot, warm=False)
    for query in QUERIES:
        assert answers(restored, query) == answers(built, query)
    assert cached.country_summary("SE") == from_json.country_summary("SE")


@pytest.mark.parametrize("damage", ["flip a body byte", "truncate", "garbage", "empty", "extend"])
def test_a_damaged_sidecar_is_ignored_with_a_debug_note_and_rewritten(store_path: Path, damage: str, caplog) -> None:
    small_store(store_path)
    expected = dumped(cache_it(store_path))
    cache = sidecar.sidecar_path(store_path)
    data = bytearray(cache.read_bytes())
    if damage == "flip a body byte":
        data[-10] ^= 0xFF
    elif damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "garbage":
        data = bytearray(b"\x00\xff not a sidecar" * 10)
    elif damage == "empty":
        data = bytearray()
    else:
        data += b"more"
    cache.write_bytes(bytes(data))
    with caplog.at_level(logging.DEBUG, logger="takedown.sidecar"):
        repo = Repository.open(store_path, create_missing=False)
    assert not repo.opened.sidecar_current  # read from the JSON
    assert dumped(repo) == expected
    assert any("ignored" in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if r.levelno > logging.DEBUG]
    # rebuilt: the next save writes a good one, and the open after uses it
    assert sidecar.save(store_path, repo.opened.key, repo.snapshot, None)
    assert Repository.open(store_path, create_missing=False).opened.sidecar_current


def test_a_store_changed_by_another_process_makes_its_sidecar_stale(store_path: Path) -> None:
    small_store(store_path)
    cache_it(store_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "tests.store_writer", str(store_path), "w", "1"], cwd=ROOT, env=env,
                   check=True, capture_output=True)
    repo = Repository.open(store_path, create_missing=False)
    assert not repo.opened.sidecar_current
    assert repo.fact("f-w-00000") is not None  # the other process's fact is there


def test_same_size_and_mtime_but_other_bytes_are_caught_by_the_content_hash(store_path: Path) -> None:
    small_store(store_path)
    cache_it(store_path)
    st = store_path.stat()
    raw = store_path.read_bytes()
    changed = raw.replace(b"\"title\": \"report 3\"", b"\"title\": \"report 7\"", 1)
    assert len(changed) == len(raw) and changed != raw
    store_path.write_bytes(changed)
    os.utime(store_path, ns=(st.st_atime_ns, st.st_mtime_ns))
    repo = Repository.open(store_path, create_missing=False)
    assert not repo.opened.sidecar_current
    assert "report 7" in {s.title for s in repo.sources()}


def test_a_sidecar_of_another_format_or_record_model_is_ignored(store_path: Path, monkeypatch) -> None:
    small_store(store_path)
    cache_it(store_path)
    monkeypatch.setattr(sidecar, "FORMAT_VERSION", sidecar.FORMAT_VERSION + 1)
    assert not Repository.open(store_path, create_missing=False).opened.sidecar_current
    monkeypatch.undo()
    assert Repository.open(store_path, create_missing=False).opened.sidecar_current
    # a new field on a record (a schema bump) changes the fingerprint with no sidecar code change
    real = sidecar.model_fingerprint()
    monkeypatch.setattr(sidecar, "model_fingerprint", lambda: [*real[:2], [*real[2], ["facts", [["edited", "bool", "False"]]]]])
    assert not Repository.open(store_path, create_missing=False).opened.sidecar_current


def test_a_sidecar_that_cannot_be_written_leaves_the_store_opening(store_path: Path, monkeypatch, caplog) -> None:
    small_store(store_path)
    repo = Repository.open(store_path, create_missing=False)

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(sidecar.os, "replace", refused)
    with caplog.at_level(logging.DEBUG, logger="takedown.sidecar"):
        assert not sidecar.save(store_path, repo.opened.key, repo.snapshot, None)
    assert not sidecar.sidecar_path(store_path).exists()
    assert not list(store_path.parent.glob(".*part*"))  # no temp file left behind
    assert any("not written" in r.getMessage() for r in caplog.records)
    assert Repository.open(store_path, create_missing=False).facts()


def test_a_sidecar_path_taken_by_a_folder_is_left_alone(store_path: Path) -> None:
    small_store(store_path)
    sidecar.sidecar_path(store_path).mkdir()
    repo = Repository.open(store_path, create_missing=False)
    assert not repo.opened.sidecar_current
    assert not sidecar.save(store_path, repo.opened.key, repo.snapshot, None)  # a real refusal, not a mock
    assert Repository.open(store_path, create_missing=False).facts()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_store_in_a_read_only_folder_still_opens(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "store.json"
    small_store(path)
    folder.chmod(0o555)
    try:
        repo = Repository.open(path, create_missing=False)
        assert not sidecar.save(path, repo.opened.key, repo.snapshot, None)
        assert repo.facts()
    finally:
        folder.chmod(0o755)


def test_the_app_worker_writes_the_sidecar_only_for_a_store_worth_it(store_path: Path, monkeypatch) -> None:
    small_store(store_path)
    repo = Repository.open(store_path, create_missing=False)
    index = sidecar.search_index(repo, repo.snapshot)
    assert not sidecar.save_for(repo, index)  # a small store: nothing added beside it
    monkeypatch.setattr(sidecar, "WORTH_FROM_BYTES", 0)
    assert sidecar.save_for(repo, index)
    assert not sidecar.save_for(repo, index)  # already current
    assert Repository.open(store_path, create_missing=False).opened.sidecar_current


def test_a_sidecar_is_not_written_for_bytes_the_store_no_longer_holds(store_path: Path) -> None:
    small_store(store_path)
    repo = Repository.open(store_path, create_missing=False)
    small_store(store_path, n=31)  # another process committed meanwhile
    assert not sidecar.save(store_path, repo.opened.key, repo.snapshot, None)
    assert not sidecar.sidecar_path(store_path).exists()


# -- property: with and without the sidecar, the same store --------------------------------
words = st.sampled_from(["police", "arrested", "Germany", "Швеция", "задержаны", "market", "[red]x[/red]", "\x1b[31m",
                         "bitcoin", "Hydra", "12", "Европол"])
text = st.lists(words, min_size=0, max_size=6).map(" ".join)
optional_text = st.none() | text
numbers = st.none() | st.integers(-10**6, 10**12) | st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from([1, 1.0, -0.0, 0])
countries = st.none() | st.sampled_from(["SE", "DE", "RU", "US", "XK"])
dates = st.none() | st.sampled_from(["2021", "2023-05", "2023-05-02"])


@st.composite
def stores(draw):
    sources = []
    for i in range(draw(st.integers(1, 4))):
        body = draw(text) or f"text {i}"
        sources.append(Source(id=f"src-{i}", title=draw(text), language=draw(st.sampled_from([None, "en", "ru"])),
                              published=draw(dates), origin=draw(optional_text), text=body, sha256=sha256_text(body),
                              tier=draw(st.sampled_from([None, "official", "news"]))))
    operations = [Operation(id=f"op-{i}", name=draw(text) or f"Operation {i}",
                            aliases=tuple(draw(st.lists(text.filter(bool), max_size=2))),
                            countries=tuple(draw(st.lists(st.sampled_from(["SE", "DE"]), max_size=2, unique=True))),
                            announced=draw(dates))
                  for i in range(draw(st.integers(1, 3)))]
    facts = []
    for i in range(draw(st.integers(0, 25))):
        metric = draw(st.sampled_from(["arrests", "custom_count", "servers_seized"]))
        value = draw(numbers)
        unit = "people" if metric == "arrests" else draw(st.none() | st.sampled_from(["items", "accounts"]))
        source = draw(st.sampled_from(sources))
        start = draw(st.none() | st.integers(0, 5))
        facts.append(Fact(id=f"f-{i}", operation=draw(st.sampled_from(operations)).id, metric=metric, value=value,
                          unit=unit, qualifier=draw(st.sampled_from(["exact", "approximate"])),
                          country=draw(countries), date=draw(dates), source=source.id, quote=draw(text),
                          start=start, end=None if start is None else start + 3, detail=draw(optional_text),
                          value_text=draw(optional_text), attributed_to=draw(optional_text), edited=draw(st.booleans())))
    changes = [{"id": i + 1, "kind": "edit", "status": draw(st.sampled_from(["done", "undone"])), "reason": draw(optional_text),
                "before": {"facts": {f"f-{i}": None}}, "after": {"facts": {f"f-{i}": {"value": draw(numbers)}}}}
               for i in range(draw(st.integers(0, 3)))]
    return sources, operations, facts, changes


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(store=stores(), query=st.lists(words, min_size=1, max_size=2).map(" ".join), deflate=st.booleans())
def test_results_with_and_without_the_sidecar_are_identical(tmp_path: Path, store, query: str, deflate: bool) -> None:
    path = tmp_path / "prop.json"
    sidecar.sidecar_path(path).unlink(missing_ok=True)
    write_store(path, *store)
    with pytest.MonkeyPatch.context() as patch:
        if deflate:  # what large sections get: every section compressed
            patch.setattr(sidecar, "COMPRESS_FROM", 0)
        from_json = cache_it(path)
    cached = Repository.open(path, create_missing=False)
    assert cached.opened.sidecar_current
    assert dumped(cached) == dumped(from_json)
    assert msgspec.msgpack.encode(cached.snapshot.changes) == msgspec.msgpack.encode(from_json.snapshot.changes)
    built, restored = SearchIndex(from_json.snapshot, warm=False), sidecar.search_index(cached, cached.snapshot)
    for q in (query, query[:3], "country:se", "value>=1"):
        assert answers(restored, q) == answers(built, q)
    assert [o.id for o in cached.operations()] == [o.id for o in from_json.operations()]
    grouped = [(op, [f.id for f in facts]) for op, facts in cached.snapshot.facts_by_operation.items()]
    assert grouped == [(op, [f.id for f in facts]) for op, facts in from_json.snapshot.facts_by_operation.items()]
