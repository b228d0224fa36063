"""Deleting and moving facts, merging operations, and what a later ingest does after them."""

from __future__ import annotations

import pytest

from store import edits
from store.repository import Repository
from tests.conftest import make_fact, make_operation, make_source


def test_delete_removes_the_fact_and_undo_brings_it_back(repo: Repository):
    original = repo.fact("f-drugs")
    change = edits.delete_fact(repo, "f-drugs", reason="a duplicate")
    assert repo.fact("f-drugs") is None
    assert change.before["facts"]["f-drugs"]["value"] == 40 and change.after["facts"]["f-drugs"] is None
    edits.undo(repo)
    assert repo.fact("f-drugs") == original


def test_a_deleted_fact_is_not_revived_by_ingesting_it_again(repo: Repository):
    fact = repo.fact("f-drugs")
    source = repo.source(fact.source)
    edits.delete_fact(repo, "f-drugs")
    repo.add_records(sources=[source], facts=[fact])
    assert repo.fact("f-drugs") is None


def test_deleting_an_unknown_fact_is_one_line_and_changes_nothing(repo: Repository):
    raw = repo.path.read_bytes()
    with pytest.raises(edits.EditError) as info:
        edits.delete_fact(repo, "f-nope")
    assert "\n" not in str(info.value) and "f-nope" in str(info.value)
    assert repo.path.read_bytes() == raw


def test_move_gives_a_fact_to_another_operation_by_name(repo: Repository):
    change = edits.move_fact(repo, "f-norway", "quillfeather")
    fact = repo.fact("f-norway")
    assert fact.operation == "quillfeather" and fact.edited
    assert change.kind == "move"
    edits.undo(repo)
    assert repo.fact("f-norway").operation == "operation-quillfeather"


def test_move_to_an_unknown_operation_needs_create(repo: Repository):
    with pytest.raises(edits.InvalidFields, match="not in the store"):
        edits.move_fact(repo, "f-norway", "Operation Nowhere")
    edits.move_fact(repo, "f-norway", "Operation Nowhere", create=True)
    op = repo.operation("operation-nowhere")
    assert op is not None and op.name == "Operation Nowhere"
    assert repo.fact("f-norway").operation == "operation-nowhere"
    edits.undo(repo)  # the operation the move created goes with it
    assert repo.operation("operation-nowhere") is None


def test_merge_moves_facts_and_names_and_removes_the_source(repo: Repository):
    change = edits.merge_operations(repo, "Operation Quillfeather", "Quillfeather", reason="same operation")
    assert repo.operation("operation-quillfeather") is None
    target = repo.operation("quillfeather")
    assert {"Operation Quillfeather", "Quill"} <= set(target.aliases)
    assert "NO" in target.countries and "Feather Bazaar" in target.markets
    assert target.announced == "2024-03"
    assert {f.id for f in repo.facts(operation="quillfeather")} == {"f-arrests", "f-drugs", "f-norway"}
    assert repo.source(repo.fact("f-norway").source) is not None  # its source stays with it
    assert repo.find_operation("Quill").id == "quillfeather"
    assert change.kind == "merge" and "1 fact moved" in change.summary


def test_undo_of_a_merge_restores_both_operations(repo: Repository):
    before_ops = {op.id: op for op in repo.operations()}
    edits.merge_operations(repo, "operation-quillfeather", "quillfeather")
    edits.undo(repo)
    assert {op.id: op for op in repo.operations()} == before_ops
    assert repo.fact("f-norway").operation == "operation-quillfeather"


def test_after_a_merge_an_ingest_of_the_old_name_lands_in_the_target(repo: Repository):
    edits.merge_operations(repo, "operation-quillfeather", "quillfeather")
    source = make_source("Police arrested 5 people in Denmark.", title="Later article")
    repo.add_records(
        sources=[source],
        operations=[make_operation("operation-quillfeather", name="Operation Quillfeather")],
        facts=[make_fact(source, 9, id="f-later", operation="operation-quillfeather", value=5, country="DK")],
    )
    assert repo.operation("operation-quillfeather") is None
    assert repo.fact("f-later").operation == "quillfeather"


def test_merging_an_operation_into_itself_is_refused(repo: Repository):
    with pytest.raises(edits.EditError, match="same operation"):
        edits.merge_operations(repo, "Quillfeather", "quillfeather")


def test_a_unique_prefix_names_a_fact(repo: Repository):
    assert edits.resolve_fact_id(repo, "f-nor") == "f-norway"
    with pytest.raises(edits.EditError, match="ambiguous|no fact"):
        edits.resolve_fact_id(repo, "f-")


def test_undo_does_not_orphan_facts_added_to_an_operation_it_would_remove(repo: Repository):
    edits.move_fact(repo, "f-norway", "Operation Nowhere", create=True)
    source = make_source("Police arrested 4 people in Finland.", title="Later")
    repo.add_records(sources=[source], facts=[make_fact(source, 5, id="f-fin", operation="operation-nowhere", country="FI")])
    raw = repo.path.read_bytes()
    with pytest.raises(edits.EditError, match="facts added since"):
        edits.undo(repo)
    assert repo.path.read_bytes() == raw
