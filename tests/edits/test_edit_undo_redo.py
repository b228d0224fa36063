"""Editing a fact, undoing and redoing it, in this process and after a restart."""

from __future__ import annotations

import orjson
import pytest

from store import edits
from store.repository import Repository
from store.storage import StoreError
from tests.edits.conftest import takedown


def test_an_edit_changes_the_fields_and_keeps_source_quote_and_span(repo: Repository):
    before = repo.fact("f-arrests")
    change = edits.edit_fact(repo, "f-arrests", {"value": "15", "country": "Германия", "date": "05.03.2024",
                                                 "qualifier": "more than"})
    after = repo.fact("f-arrests")
    assert (after.value, after.country, after.date, after.qualifier) == (15, "DE", "2024-03-05", "at_least")
    assert (after.source, after.quote, after.start, after.end) == (before.source, before.quote, before.start, before.end)
    assert after.edited and not before.edited
    assert change.kind == "edit" and change.target == "f-arrests" and change.status == "done"
    assert "value 12 → 15" in change.summary and "country SE → DE" in change.summary


def test_undo_restores_the_fact_and_redo_applies_the_edit_again(repo: Repository):
    original = repo.fact("f-arrests")
    edits.edit_fact(repo, "f-arrests", {"value": "15"})
    undo = edits.undo(repo)
    assert repo.fact("f-arrests") == original
    assert undo.kind == "undo" and undo.of == 1
    edits.redo(repo)
    assert repo.fact("f-arrests").value == 15 and repo.fact("f-arrests").edited
    with pytest.raises(edits.NothingToUndo, match="nothing to redo"):
        edits.redo(repo)


def test_undo_walks_back_several_changes_in_order(repo: Repository):
    edits.edit_fact(repo, "f-arrests", {"value": "13"})
    edits.edit_fact(repo, "f-arrests", {"value": "14"})
    edits.delete_fact(repo, "f-drugs")
    edits.undo(repo)
    assert repo.fact("f-drugs") is not None and repo.fact("f-arrests").value == 14
    edits.undo(repo)
    assert repo.fact("f-arrests").value == 13
    edits.undo(repo)
    assert repo.fact("f-arrests").value == 12
    with pytest.raises(edits.NothingToUndo, match="nothing to undo"):
        edits.undo(repo)


def test_a_new_change_after_undo_drops_the_redo_branch(repo: Repository):
    edits.edit_fact(repo, "f-arrests", {"value": "13"})
    edits.undo(repo)
    edits.edit_fact(repo, "f-drugs", {"value": "41"})
    with pytest.raises(edits.NothingToUndo):
        edits.redo(repo)
    statuses = {c.id: c.status for c in edits.history(repo)}
    assert statuses[1] == "dropped" and statuses[3] == "done"
    edits.undo(repo)  # undoes the drugs edit, not the dropped one
    assert repo.fact("f-drugs").value == 40 and repo.fact("f-arrests").value == 12


def test_undo_works_after_a_restart(repo: Repository):
    edits.edit_fact(repo, "f-arrests", {"value": "15"}, reason="the press release says 15")
    reopened = Repository.open(repo.path)  # a new session: nothing in memory
    edits.undo(reopened)
    assert Repository.open(repo.path).fact("f-arrests").value == 12


def test_undo_and_redo_from_a_new_process(repo: Repository):
    edits.edit_fact(repo, "f-arrests", {"value": "15"})
    result = takedown("undo", db=repo.path)
    assert result.returncode == 0, result.stderr
    assert "undone f-arrests" in result.stdout
    assert Repository.open(repo.path).fact("f-arrests").value == 12
    result = takedown("redo", "--json", db=repo.path)
    assert result.returncode == 0, result.stderr
    assert orjson.loads(result.stdout)["kind"] == "redo"
    assert Repository.open(repo.path).fact("f-arrests").value == 15


def test_an_edit_that_changes_nothing_writes_nothing(repo: Repository):
    raw = repo.path.read_bytes()
    with pytest.raises(edits.NothingToChange):
        edits.edit_fact(repo, "f-arrests", {"value": "12", "country": "SE"})
    assert repo.path.read_bytes() == raw


def test_an_edit_over_a_fact_changed_elsewhere_is_refused(repo: Repository):
    seen = repo.fact("f-arrests")
    other = Repository.open(repo.path)
    edits.edit_fact(other, "f-arrests", {"value": "20"})
    with pytest.raises(edits.EditError, match="changed by someone else"):
        edits.edit_fact(repo, "f-arrests", {"value": "15"}, expect=seen)
    assert Repository.open(repo.path).fact("f-arrests").value == 20


def test_undo_refuses_to_overwrite_a_later_change_made_outside_the_log(repo: Repository):
    edits.edit_fact(repo, "f-arrests", {"value": "15"})
    document = orjson.loads(repo.path.read_bytes())
    for doc in document["facts"].values():
        if doc["id"] == "f-arrests":
            doc["value"] = 99  # a hand edit of the file
    repo.path.write_bytes(orjson.dumps(document))
    raw = repo.path.read_bytes()
    with pytest.raises(edits.EditError, match="has changed since"):
        edits.undo(Repository.open(repo.path))
    assert repo.path.read_bytes() == raw


def test_metric_change_takes_the_new_metrics_unit(repo: Repository):
    edits.edit_fact(repo, "f-drugs", {"metric": "firearms", "value": "40"})
    fact = repo.fact("f-drugs")
    assert (fact.metric, fact.unit) == ("seized_firearms", "items")


def test_can_undo_and_can_redo_name_the_change_they_would_touch(repo: Repository):
    assert edits.can_undo(repo) is None and edits.can_redo(repo) is None
    first = edits.edit_fact(repo, "f-arrests", {"value": "13"})
    second = edits.delete_fact(repo, "f-drugs")
    assert edits.can_undo(repo).id == second.id
    edits.undo(repo)
    assert edits.can_undo(repo).id == first.id and edits.can_redo(repo).id == second.id


def test_an_edit_with_an_operation_and_other_fields_is_one_change(repo: Repository):
    change = edits.edit_fact(repo, "f-norway", {"operation": "Quillfeather", "value": "4"})
    fact = repo.fact("f-norway")
    assert (fact.operation, fact.value) == ("quillfeather", 4)
    assert change.kind == "edit" and "operation operation-quillfeather → quillfeather" in change.summary
    edits.undo(repo)
    assert (repo.fact("f-norway").operation, repo.fact("f-norway").value) == ("operation-quillfeather", 3)


def test_a_damaged_log_entry_stops_undo_with_one_line_and_history_skips_it(repo: Repository):
    edits.edit_fact(repo, "f-arrests", {"value": "15"})
    document = orjson.loads(repo.path.read_bytes())
    document["changes"]["7"] = {"id": 7, "kind": "edit", "before": "garbage"}
    repo.path.write_bytes(orjson.dumps(document))
    raw = repo.path.read_bytes()
    reopened = Repository.open(repo.path)
    assert [c.id for c in edits.history(reopened)] == [1]
    with pytest.raises(StoreError, match="changes log entry 7 is damaged"):
        edits.undo(reopened)
    assert repo.path.read_bytes() == raw
