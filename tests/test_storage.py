"""The store's promises: concurrent writers lose nothing, a killed writer leaves a valid file,
a damaged file is refused, named and left untouched, a failed write changes nothing."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from store import storage
from store.model import SCHEMA_VERSION
from store.repository import Repository
from store.storage import StoreError, backup_path
from tests.conftest import make_fact, make_operation, make_source

ROOT = Path(__file__).resolve().parent.parent


def _writer(path: Path, writer: str, count: int, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store_writer", str(path), writer, str(count), *extra],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_new_store_is_created_from_the_bundled_dataset(store_path: Path):
    repo = Repository.open(store_path)
    assert store_path.exists()
    assert {op.id for op in repo.operations()} >= {"spector", "hydra", "darkmarket", "monopoly-market"}
    document = json.loads(store_path.read_text(encoding="utf-8"))
    assert document["meta"]["1"]["schema"] == SCHEMA_VERSION


def test_file_is_stable_utf8_with_sorted_keys(store_path: Path):
    repo = Repository.open(store_path)
    source = make_source("Полиция задержала 12 человек в Швеции.")
    repo.add_records(sources=[source], operations=[make_operation()], facts=[make_fact(source)])
    raw = store_path.read_bytes()
    assert "Полиция".encode() in raw  # UTF-8, not \u escapes
    assert raw == storage.serialise(orjson.loads(raw))  # canonical: sorted keys, fixed indent


def test_six_processes_writing_at_once_lose_nothing(store_path: Path):
    Repository.open(store_path)
    procs = [_writer(store_path, f"w{i}", 8) for i in range(6)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    repo = Repository.open(store_path)
    ids = {f.id for f in repo.facts()}
    assert {f"f-w{i}-{n:05d}" for i in range(6) for n in range(8)} <= ids


def test_a_writer_killed_mid_write_leaves_a_committed_state(store_path: Path):
    Repository.open(store_path)
    base = {f.id for f in Repository.open(store_path).facts()}
    rng = random.Random(7)
    for attempt in range(25):
        proc = _writer(store_path, f"k{attempt}", 1000, "--slow-fsync", "0.004")
        time.sleep(rng.uniform(0.3, 0.9))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        committed = len(out.split())
        document = orjson.loads(store_path.read_bytes())  # always parses
        repo = Repository.open(store_path)  # always validates
        mine = sorted(f.id for f in repo.facts() if f.id.startswith(f"f-k{attempt}-"))
        # Exactly a prefix of the writer's transactions: every one it reported, maybe one more.
        assert mine == [f"f-k{attempt}-{n:05d}" for n in range(len(mine))]
        assert committed <= len(mine) <= committed + 1
        assert base <= {f["id"] for f in document["facts"].values()}
    # The next start cleans what the killed writers left behind.
    leftover = store_path.with_name(f".{store_path.name}{storage.TEMP_MARK}99999-dead")
    leftover.write_bytes(b'{"half": ')
    Repository.open(store_path)
    assert not [p for p in store_path.parent.iterdir() if storage.TEMP_MARK in p.name]


def test_the_previous_version_is_kept_as_bak(store_path: Path):
    repo = Repository.open(store_path)
    before = store_path.read_bytes()
    source = make_source("Another article.")
    repo.add_records(sources=[source], operations=[make_operation()], facts=[make_fact(source)])
    assert backup_path(store_path).read_bytes() == before


FACT = (b'{"meta": {"1": {"schema": 1}}, "sources": {}, "operations": {}, "facts": {"7": {"id": "x", '
        b'"operation": "op", "metric": "arrests", "unit": "people", %s}}}')


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b'{"meta": {"1": {"schema": 1}}, "sources": {', "not valid JSON"),
        (b"[1, 2, 3]", "not a takedown store"),
        (b'{"meta": {"1": {"schema": 1}}, "sources": {}, "operations": {}}', "no 'facts' table"),
        (b'{"meta": {"1": {"schema": 99}}, "sources": {}, "operations": {}, "facts": {}}', "newer"),
        (b'{"meta": {"1": {"schema": 1}}, "sources": {}, "operations": {}, "facts": {"1": {"id": "x"}}}', "facts document 1"),
        # hand edits: a typo'd field, a number in quotes, true for a number, a made-up metric
        (FACT % b'"value": 3, "contry": "DE"', "facts document 7: fact x: unknown field(s) contry"),
        (FACT % b'"value": "3"', "facts document 7: fact x: value '3' is not a number"),
        (FACT % b'"value": true', "facts document 7: fact x: value True is not a number"),
        (FACT.replace(b'"arrests"', b'"Arrests!"') % b'"value": 3', "facts document 7: fact x: bad metric"),
        (FACT % b'"value": 3, "start": 5, "end": 2', "facts document 7: fact x: bad span 5..2"),
    ],
)
def test_a_damaged_store_is_refused_named_and_untouched(store_path: Path, content: bytes, reason: str):
    store_path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Repository.open(store_path)
    message = str(info.value)
    assert str(store_path) in message and reason in message and "\n" not in message
    source = make_source()
    with pytest.raises(StoreError):
        Repository(store_path, None, None).add_records(sources=[source])  # type: ignore[arg-type]
    assert store_path.read_bytes() == content


def test_a_truncated_store_is_refused_at_every_offset(store_path: Path):
    Repository.open(store_path)
    whole = store_path.read_bytes()
    for cut in sorted(random.Random(3).sample(range(1, len(whole) - 2), 50)):
        store_path.write_bytes(whole[:cut])
        with pytest.raises(StoreError, match=str(store_path.name)):
            Repository.open(store_path)
        assert store_path.read_bytes() == whole[:cut]


@pytest.mark.parametrize("failing", ["replace", "fsync", "write"])
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_a_failed_write_leaves_the_old_file_and_no_temp_file(store_path: Path, monkeypatch, failing: str, code: int):
    repo = Repository.open(store_path)
    before = store_path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(storage.os, failing, boom)
    source = make_source("A write that fails.")
    with pytest.raises(StoreError) as info:
        repo.add_records(sources=[source], operations=[make_operation()], facts=[make_fact(source)])
    monkeypatch.undo()
    assert "\n" not in str(info.value) and str(store_path) in str(info.value)
    assert store_path.read_bytes() == before
    assert not [p for p in store_path.parent.iterdir() if storage.TEMP_MARK in p.name]


def test_an_exception_inside_a_transaction_discards_every_change(store_path: Path):
    Repository.open(store_path)
    before = store_path.read_bytes()
    with pytest.raises(RuntimeError):
        with storage.transaction(store_path) as db:
            db.table("facts").truncate()
            raise RuntimeError("abort")
    assert store_path.read_bytes() == before


def test_ids_are_content_derived_so_a_repeated_ingest_adds_nothing(store_path: Path):
    repo = Repository.open(store_path)
    source = make_source("Police arrested 7 people in Norway.")
    fact = make_fact(source, country="NO", value=7)
    assert repo.add_records(sources=[source], operations=[make_operation()], facts=[fact]) == 1
    assert repo.add_records(sources=[source], operations=[make_operation()], facts=[fact]) == 0
    assert len([f for f in repo.facts() if f.id == fact.id]) == 1


def test_another_process_commit_is_seen_by_reload(store_path: Path):
    repo = Repository.open(store_path)
    assert not repo.reload_if_changed()
    other = Repository.open(store_path)
    source = make_source("Police arrested 3 people in Spain.")
    other.add_records(sources=[source], operations=[make_operation()], facts=[make_fact(source, country="ES")])
    assert repo.reload_if_changed()
    assert any(f.country == "ES" for f in repo.facts())


def test_a_start_never_removes_the_temp_file_of_a_writer_at_work(store_path: Path):
    Repository.open(store_path)
    live = store_path.with_name(f".{store_path.name}{storage.TEMP_MARK}1-live")
    with storage.locked(store_path):  # another process is in the middle of a commit
        live.write_bytes(b"{}")
        Repository.open(store_path)
        assert live.exists()
    Repository.open(store_path)
    assert not live.exists()
