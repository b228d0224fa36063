"""A write to a journalled store appends to ``store.json.journal`` and leaves the JSON as it
was; every reader (a new process, the live reload, export, history, undo) sees the change,
and compacting folds it into the JSON without changing what anyone sees."""

from __future__ import annotations

import orjson
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from store import edits, journal, sidecar
from store.repository import Repository
from tests.journal.conftest import cli, facts_json, new_facts


def test_an_ingest_appends_to_the_journal_and_leaves_the_store_file_untouched(repo: Repository):
    before = repo.path.read_bytes()
    source, facts = new_facts("one", 3)
    assert repo.add_records(sources=[source], facts=facts) == 3
    assert repo.path.read_bytes() == before
    read = journal.read(repo.path)
    assert read is not None and len(read.entries) == 1
    assert {f.id for f in facts} <= set(repo.snapshot.facts_by_id)  # the writer holds the new state
    other = Repository.open(repo.path)  # another process
    assert {f.id for f in facts} <= set(other.snapshot.facts_by_id)
    assert other.source(source.id) is not None


def test_the_writer_and_a_new_reader_list_the_same_facts_in_the_same_order(repo: Repository):
    for tag in ("a", "b", "c"):
        source, facts = new_facts(tag, 5)
        repo.add_records(sources=[source], facts=facts)
    assert [f.id for f in repo.facts()] == [f.id for f in Repository.open(repo.path).facts()]


def test_compacting_folds_the_journal_into_a_json_that_tinydb_reads(repo: Repository):
    source, facts = new_facts("fold", 12)  # keys 3..14: "10" sorts before "3" in the file
    repo.add_records(sources=[source], facts=facts)
    edits.edit_fact(repo, "f-se", {"value": "15"})
    seen = facts_json(repo.path)
    rc, out = cli("compact", db=repo.path)
    assert rc == 0 and "2 journalled changes folded" in out
    assert not journal.journal_path(repo.path).exists()
    assert facts_json(repo.path) == seen
    with TinyDB(repo.path, storage=JSONStorage, access_mode="r") as db:
        values = {doc["id"]: doc["value"] for doc in db.table("facts").all()}
    assert values["f-se"] == 15 and all(f.id in values for f in facts)
    rc, out = cli("compact", db=repo.path)
    assert rc == 0 and "nothing to compact" in out


def test_a_whole_file_write_folds_the_journal_in(repo: Repository, monkeypatch):
    source, facts = new_facts("j", 2)
    repo.add_records(sources=[source], facts=facts)
    seen = facts_json(repo.path)
    monkeypatch.setenv("TAKEDOWN_JOURNAL", "0")
    edits.edit_fact(repo, "f-no", {"value": "5"})
    assert not journal.journal_path(repo.path).exists()
    document = orjson.loads(repo.path.read_bytes())
    assert {d["id"] for d in document["facts"].values()} >= {f.id for f in facts}
    assert [f["id"] for f in facts_json(repo.path)] == [f["id"] for f in seen]


def test_export_history_and_undo_see_journalled_changes(repo: Repository):
    edits.edit_fact(repo, "f-se", {"value": "99"}, reason="typo")
    rc, out = cli("export", "--format", "json", db=repo.path)
    assert rc == 0 and any(f["id"] == "f-se" and f["value"] == 99 for f in orjson.loads(out))
    rc, out = cli("history", "--json", db=repo.path)
    assert rc == 0 and orjson.loads(out)[0]["reason"] == "typo"
    rc, _ = cli("undo", db=repo.path)
    assert rc == 0
    assert Repository.open(repo.path).fact("f-se").value == 12
    rc, _ = cli("redo", db=repo.path)
    assert rc == 0 and Repository.open(repo.path).fact("f-se").value == 99
    assert len(journal.read(repo.path).entries) == 3


def test_adding_a_figure_to_a_stored_text_is_logged_and_can_be_undone_and_redone(repo: Repository):
    source = repo.source(repo.fact("f-se").source)
    from tests.conftest import make_fact

    added = make_fact(source, 7, id="f-hand", operation="op-a", metric="seized_drugs", value=3, unit="kg")
    change = edits.add_facts(repo, [added], reason="missed by the extractor")
    assert change is not None and change.kind == "add" and change.target == "f-hand"
    assert "added 1 fact" in change.summary and "Report" in change.summary
    assert repo.fact("f-hand") is not None
    assert edits.history(repo)[0].id == change.id
    edits.undo(repo)
    assert repo.fact("f-hand") is None and Repository.open(repo.path).fact("f-hand") is None
    edits.redo(repo)
    assert Repository.open(repo.path).fact("f-hand") is not None
    assert edits.add_facts(repo, [added]) is None  # already there: nothing new, nothing logged
    assert [c.kind for c in edits.history(repo)][:3] == ["redo", "undo", "add"]


def test_an_add_that_created_an_operation_is_undone_with_it(repo: Repository):
    from tests.conftest import make_fact, make_operation

    source = repo.source(repo.fact("f-se").source)
    op = make_operation("op-new", name="Newcomer")
    edits.add_facts(repo, [make_fact(source, 9, id="f-new", operation="op-new")], [op])
    assert repo.operation("op-new") is not None
    edits.undo(repo)
    assert repo.operation("op-new") is None and repo.fact("f-new") is None


def test_the_sidecar_of_the_store_file_stays_valid_under_a_journal(repo: Repository):
    from store.search import SearchIndex

    key = repo.opened.key
    assert sidecar.save(repo.path, key, repo.snapshot, SearchIndex(repo.snapshot, warm=False).state())
    source, facts = new_facts("side", 2)
    repo.add_records(sources=[source], facts=facts)
    assert sidecar.load(repo.path) is not None  # the JSON did not change: its sidecar still fits
    opened = sidecar.open_snapshot(repo.path)
    assert opened.index_state is None  # the saved index is of the file alone, not of the journal's facts
    assert [f.id for f in opened.snapshot.facts] == [f.id for f in repo.snapshot.facts]


def test_a_sidecar_that_holds_journal_entries_is_used_and_the_rest_applied(repo: Repository):
    from store.search import SearchIndex

    source, facts = new_facts("first", 2)
    repo.add_records(sources=[source], facts=facts)
    opened = repo.opened
    assert sidecar.save(repo.path, opened.key, repo.snapshot, SearchIndex(repo.snapshot, warm=False).state(),
                        opened.journal_prefix)
    again = sidecar.open_snapshot(repo.path)
    assert again.sidecar_current and again.index_state is not None
    source, more = new_facts("second", 2)
    repo.add_records(sources=[source], facts=more)
    later = sidecar.open_snapshot(repo.path)
    assert [f.id for f in later.snapshot.facts] == [f.id for f in repo.snapshot.facts]
    assert later.index_state is None


def test_a_sidecar_with_journal_entries_the_journal_lost_is_ignored(repo: Repository):
    from store.search import SearchIndex

    source, facts = new_facts("lost", 2)
    repo.add_records(sources=[source], facts=facts)
    opened = repo.opened
    sidecar.save(repo.path, opened.key, repo.snapshot, SearchIndex(repo.snapshot, warm=False).state(),
                 opened.journal_prefix)
    journal.journal_path(repo.path).unlink()  # gone by hand
    reopened = Repository.open(repo.path)
    assert reopened.fact(facts[0].id) is None and reopened.fact("f-se") is not None


def test_a_big_journal_is_compacted_by_the_write_that_grows_it(repo: Repository, monkeypatch):
    monkeypatch.setattr(journal, "COMPACT_FROM_BYTES", 2_000)
    for n in range(6):
        source, facts = new_facts(f"grow{n}", 3)
        repo.add_records(sources=[source], facts=facts)
    size = journal.journal_path(repo.path).stat().st_size if journal.journal_path(repo.path).exists() else 0
    assert size < 2_000 + 1_500  # folded in at least once
    document = orjson.loads(repo.path.read_bytes())
    assert len(document["facts"]) + sum(
        len(e.get("facts", {})) for e in (journal.read(repo.path).entries if size else [])) == 2 + 18
    assert len(Repository.open(repo.path).facts()) == 20


def test_a_store_below_the_size_threshold_is_written_whole_by_default(repo: Repository, monkeypatch):
    monkeypatch.delenv("TAKEDOWN_JOURNAL")
    before = repo.path.read_bytes()
    edits.edit_fact(repo, "f-se", {"value": "13"})
    assert not journal.journal_path(repo.path).exists() and repo.path.read_bytes() != before
