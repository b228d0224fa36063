"""A schema-1 store (the committed fixture) is read as it is and migrated on its first write."""

from __future__ import annotations

from pathlib import Path

import orjson

from store import edits, migrate
from store.model import SCHEMA_VERSION
from store.repository import Repository
from store.storage import backup_path
from tests.conftest import make_fact, make_source
from tests.edits.conftest import takedown

ARREST = "f-dd07b085f2abacc210c6"  # the fixture's 155 people arrested in the US (SpecTor)


def test_the_fixture_is_schema_1():
    assert SCHEMA_VERSION == 2
    document = orjson.loads((Path(__file__).parent / "fixtures" / "schema1_store.json").read_bytes())
    assert document["meta"]["1"]["schema"] == 1 and "changes" not in document
    assert all("edited" not in fact for fact in document["facts"].values())


def test_reading_a_schema_1_store_writes_nothing(schema1_store: Path):
    raw = schema1_store.read_bytes()
    repo = Repository.open(schema1_store)
    assert repo.fact(ARREST).value == 155 and not repo.fact(ARREST).edited
    assert edits.history(repo) == []
    for command in (("facts", "--json"), ("history", "--json"), ("operations",)):
        assert takedown(*command, db=schema1_store).returncode == 0
    assert schema1_store.read_bytes() == raw
    assert not backup_path(schema1_store).exists()
    assert not migrate.original_path(schema1_store, 1).exists()


def test_the_first_write_migrates_and_keeps_the_old_file(schema1_store: Path):
    raw = schema1_store.read_bytes()
    repo = Repository.open(schema1_store)
    edits.edit_fact(repo, ARREST, {"value": "150"})
    document = orjson.loads(schema1_store.read_bytes())
    assert document["meta"]["1"]["schema"] == SCHEMA_VERSION
    assert document["meta"]["1"]["migrated_from"] == 1
    assert [c["kind"] for c in document["changes"].values()] == ["edit"]
    kept = migrate.original_path(schema1_store, 1)
    assert kept.read_bytes() == raw and backup_path(schema1_store).read_bytes() == raw
    # Every record survived: the same facts, only the edited one changed.
    old = {f["id"]: f for f in orjson.loads(raw)["facts"].values()}
    new = {f["id"]: f for f in document["facts"].values()}
    assert old.keys() == new.keys()
    assert new[ARREST]["value"] == 150 and new[ARREST]["edited"] is True
    # Later writes replace .bak, never the migration's copy of the old file.
    edits.undo(repo)
    assert kept.read_bytes() == raw and backup_path(schema1_store).read_bytes() != raw
    assert Repository.open(schema1_store).fact(ARREST).value == 155


def test_an_ingest_migrates_a_schema_1_store_too(schema1_store: Path):
    raw = schema1_store.read_bytes()
    repo = Repository.open(schema1_store)
    source = make_source("Police arrested 7 people in Spain.")
    repo.add_records(sources=[source], facts=[make_fact(source, id="f-new", operation="spector", country="ES")])
    assert orjson.loads(schema1_store.read_bytes())["meta"]["1"]["schema"] == SCHEMA_VERSION
    assert migrate.original_path(schema1_store, 1).read_bytes() == raw
    assert Repository.open(schema1_store).fact("f-new") is not None


def test_a_store_from_a_newer_takedown_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "future.json"
    path.write_bytes(b'{"meta": {"1": {"schema": 99}}, "sources": {}, "operations": {}, "facts": {}, "changes": {}}')
    result = takedown("undo", db=path)
    assert result.returncode == 1 and "newer than this takedown" in result.stderr
    assert path.read_bytes().startswith(b'{"meta": {"1": {"schema": 99}}')
