"""Journalled writes from real processes: killed mid-write, two writers racing, readers
opening the store while a writer appends and compacts."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from store import journal
from store.repository import Repository
from tests.journal.conftest import run_python

WRITER = """
import sys
from pathlib import Path
from store import journal
from store.repository import Repository
from tests.journal.conftest import new_facts
path, tag, count, compact_from = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
if compact_from:
    journal.COMPACT_FROM_BYTES = compact_from
repo = Repository.open(path)
for i in range(count):
    source, facts = new_facts(f"{tag}{i}", 1)
    repo.add_records(sources=[source], facts=facts)
    print(facts[0].id, flush=True)
"""


def _writer(path: Path, tag: str, count: int, compact_from: int = 0, code: str = WRITER):
    return run_python(code.replace("sys.argv[1]", repr(str(path))).replace("sys.argv[2]", repr(tag))
                      .replace("int(sys.argv[3])", str(count)).replace("int(sys.argv[4])", str(compact_from)))


def _ids(path: Path) -> set[str]:
    return set(Repository.open(path).snapshot.facts_by_id)


@pytest.mark.parametrize("delay", [0.0, 0.004, 0.013, 0.05])
def test_a_writer_killed_at_any_moment_leaves_every_reported_write_and_no_half_one(repo: Repository, delay: float):
    initial = _ids(repo.path)
    proc = _writer(repo.path, "k", 400)
    first = [proc.stdout.readline().strip() for _ in range(3)]  # writing now
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    reported = first + proc.stdout.read().split()  # not communicate(): it would skip what readline buffered
    proc.wait()
    proc.stderr.close()
    assert 3 <= len(reported) < 400
    ids = _ids(repo.path) - initial
    assert set(reported) <= ids  # every write that returned is there
    assert len(ids) <= len(reported) + 1  # at most the one in flight, and whole if at all
    order = [f"f-k{i}-0" for i in range(len(ids))]
    assert ids == set(order)  # a prefix of the writes, nothing torn in between


def test_a_writer_killed_halfway_through_its_append_leaves_the_store_as_before(repo: Repository):
    killer = WRITER.replace("repo = Repository.open(path)", """repo = Repository.open(path)
import os, signal
real = journal._write_all
def half(fd, payload):
    if b"k2-0" in payload:
        os.write(fd, payload[: len(payload) // 2])
        os.kill(os.getpid(), signal.SIGKILL)
    real(fd, payload)
journal._write_all = half""")
    proc = _writer(repo.path, "k", 5, code=killer)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL and out.split() == ["f-k0-0", "f-k1-0"]
    assert journal.journal_path(repo.path).stat().st_size > journal.read(repo.path).valid_bytes  # the torn half
    writer = Repository.open(repo.path)
    assert writer.fact("f-k1-0") is not None and writer.fact("f-k2-0") is None
    from tests.journal.conftest import new_facts

    source, facts = new_facts("after", 1)
    writer.add_records(sources=[source], facts=facts)
    assert {"f-k0-0", "f-k1-0", facts[0].id} <= _ids(repo.path)


def test_two_writers_racing_lose_nothing(repo: Repository):
    initial = _ids(repo.path)
    procs = [_writer(repo.path, tag, 15) for tag in ("a", "b")]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    written = {line for out, _ in outs for line in out.split()}
    assert len(written) == 30
    assert _ids(repo.path) == initial | written
    assert len(journal.read(repo.path).entries) == 30


def test_readers_during_writes_and_compactions_see_only_whole_states_in_order(repo: Repository):
    initial = _ids(repo.path)
    proc = _writer(repo.path, "r", 60, compact_from=4_000)  # compacts every few writes
    seen, compactions, last_size = [], 0, repo.path.stat().st_size
    while proc.poll() is None:
        ids = _ids(repo.path) - initial
        order = [f"f-r{i}-0" for i in range(len(ids))]
        assert ids == set(order), sorted(ids)
        seen.append(len(ids))
        size = repo.path.stat().st_size
        compactions += size != last_size
        last_size = size
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert seen == sorted(seen)  # never back in time, across compactions too
    assert len(set(seen)) > 3 and compactions >= 1
    assert _ids(repo.path) == initial | set(out.split())


def test_the_live_reload_sees_another_process_journalled_write(repo: Repository):
    assert not repo.changed_on_disk()
    proc = _writer(repo.path, "live", 1)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert repo.changed_on_disk() and repo.reload_if_changed()
    assert repo.fact(out.strip()) is not None


def test_a_journalled_write_starts_from_what_another_process_wrote(repo: Repository):
    proc = _writer(repo.path, "other", 2)
    proc.communicate(timeout=60)
    from store import edits

    edits.edit_fact(repo, "f-other0-0", {"value": "9"})  # this repository had not reloaded
    fresh = Repository.open(repo.path)
    assert fresh.fact("f-other0-0").value == 9 and fresh.fact("f-other1-0") is not None
    assert os.path.getsize(journal.journal_path(repo.path)) == journal.read(repo.path).valid_bytes
