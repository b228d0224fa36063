"""A journal cut short or garbled, left over by a stopped compaction, or made for other bytes
of the store never breaks an open, never shows half a write, and is never silently lost."""

from __future__ import annotations

import logging
import random

import orjson
import pytest

from store import edits, journal
from store.repository import Repository
from store.storage import StoreError, compact
from tests.journal.conftest import facts_json, new_facts


def _three_writes(repo: Repository) -> list[set[str]]:
    """Three journalled ingests; the fact ids after each."""
    states = [set(repo.snapshot.facts_by_id)]
    for tag in ("x", "y", "z"):
        source, facts = new_facts(tag, 2)
        repo.add_records(sources=[source], facts=facts)
        states.append(set(repo.snapshot.facts_by_id))
    return states


def test_a_journal_cut_at_any_byte_shows_the_whole_entries_before_the_cut(repo: Repository, caplog):
    states = _three_writes(repo)
    path = journal.journal_path(repo.path)
    whole = path.read_bytes()
    ends = journal.read(repo.path).ends
    caplog.set_level(logging.DEBUG, logger="takedown.journal")
    for cut in sorted({*random.Random(5).sample(range(len(whole)), 60), *ends, *(e - 1 for e in ends)}):
        path.write_bytes(whole[:cut])
        whole_entries = sum(1 for end in ends if end <= cut)
        assert set(Repository.open(repo.path).snapshot.facts_by_id) == states[whole_entries], cut
    assert "cut short" in caplog.text


def test_the_next_write_cuts_a_torn_tail_off_and_is_seen(repo: Repository):
    states = _three_writes(repo)
    path = journal.journal_path(repo.path)
    whole = path.read_bytes()
    path.write_bytes(whole[: journal.read(repo.path).ends[1] + 25])  # two entries and a torn third
    writer = Repository.open(repo.path)
    assert set(writer.snapshot.facts_by_id) == states[2]
    source, facts = new_facts("after", 1)
    writer.add_records(sources=[source], facts=facts)
    reread = journal.read(repo.path)
    assert reread.valid_bytes == reread.size and len(reread.entries) == 3
    assert set(Repository.open(repo.path).snapshot.facts_by_id) == states[2] | {facts[0].id}


@pytest.mark.parametrize("where", ["checksum", "json", "shape"])
def test_a_garbled_entry_ends_the_journal_there(repo: Repository, where: str, caplog):
    states = _three_writes(repo)
    path = journal.journal_path(repo.path)
    lines = path.read_bytes().splitlines(keepends=True)
    if where == "checksum":
        lines[2] = lines[2].replace(b"f-y-0", b"f-y-9")
    elif where == "json":
        body = b"{not json"
        lines[2] = b"%08x %s\n" % (__import__("zlib").crc32(body), body)
    else:
        lines[2] = journal.line({"puts": {"facts": ["not", "rows"]}})
    path.write_bytes(b"".join(lines))
    caplog.set_level(logging.DEBUG, logger="takedown.journal")
    assert set(Repository.open(repo.path).snapshot.facts_by_id) == states[1]
    assert "ignored" in caplog.text


def test_an_entry_with_an_invalid_record_is_not_applied_and_a_write_after_it_goes_whole(repo: Repository):
    _three_writes(repo)
    path = journal.journal_path(repo.path)
    lines = path.read_bytes().splitlines(keepends=True)
    entry = orjson.loads(lines[2].split(b" ", 1)[1])
    for doc in entry["puts"]["facts"].values():
        doc["metric"] = "Not A Metric!"
    lines[2] = journal.line(entry)
    path.write_bytes(b"".join(lines))
    reader = Repository.open(repo.path)
    assert reader.fact("f-y-0") is None and reader.fact("f-x-0") is not None and reader.fact("f-z-0") is None
    with pytest.raises(StoreError):  # the whole-file write checks what the journal holds and names it
        edits.edit_fact(reader, "f-se", {"value": "1"})


def test_a_journal_for_other_bytes_of_the_store_is_not_applied_and_kept_aside(repo: Repository, caplog):
    source, facts = new_facts("lost", 1)
    repo.add_records(sources=[source], facts=facts)
    document = orjson.loads(repo.path.read_bytes())
    document["meta"]["1"]["note"] = "written by another tool"
    repo.path.write_bytes(orjson.dumps(document))
    caplog.set_level(logging.DEBUG, logger="takedown.sidecar")
    other = Repository.open(repo.path)
    assert other.fact(facts[0].id) is None and "other bytes" in caplog.text
    kept = journal.journal_path(repo.path).read_bytes()
    edits.edit_fact(other, "f-se", {"value": "2"})
    aside = list(repo.path.parent.glob("store.json.journal.orphan-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == kept  # not deleted: the user may want it
    assert Repository.open(repo.path).fact("f-se").value == 2


def test_a_compaction_stopped_before_the_replace_loses_nothing(repo: Repository, monkeypatch):
    states = _three_writes(repo)
    before = repo.path.read_bytes()
    import store.storage as storage

    def fail(*args, **kwargs):
        raise StoreError("disk full (simulated)")

    monkeypatch.setattr(storage, "atomic_write", fail)
    with pytest.raises(StoreError):
        compact(repo.path)
    monkeypatch.undo()
    monkeypatch.setenv("TAKEDOWN_JOURNAL", "1")
    assert repo.path.read_bytes() == before
    assert journal.read(repo.path).compacted_into is not None  # the marker was written, the file was not
    reader = Repository.open(repo.path)
    assert set(reader.snapshot.facts_by_id) == states[-1]
    source, facts = new_facts("later", 1)
    reader.add_records(sources=[source], facts=facts)  # an entry after the marker still counts
    assert Repository.open(repo.path).fact(facts[0].id) is not None
    assert compact(repo.path) and set(Repository.open(repo.path).snapshot.facts_by_id) == states[-1] | {facts[0].id}


def test_a_compaction_stopped_after_the_replace_is_not_applied_twice(repo: Repository, monkeypatch):
    states = _three_writes(repo)
    edits.delete_fact(repo, "f-x-0")  # applied twice, a delete then re-add order would show
    seen = facts_json(repo.path)
    monkeypatch.setattr(journal, "remove", lambda path: None)  # killed between the replace and the removal
    compact(repo.path)
    monkeypatch.undo()
    monkeypatch.setenv("TAKEDOWN_JOURNAL", "1")
    assert journal.journal_path(repo.path).exists()
    assert facts_json(repo.path) == seen and set(Repository.open(repo.path).snapshot.facts_by_id) == states[-1] - {"f-x-0"}
    source, facts = new_facts("next", 1)
    writer = Repository.open(repo.path)
    writer.add_records(sources=[source], facts=facts)  # the folded journal is replaced, not appended to
    read = journal.read(repo.path)
    assert read.compacted_into is None and len(read.entries) == 1
    assert not list(repo.path.parent.glob("*.orphan-*"))
