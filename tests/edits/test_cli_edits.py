"""``takedown edit/delete/move/merge-operations/history`` as a script runs them."""

from __future__ import annotations

import orjson

from store.repository import Repository
from tests.edits.conftest import takedown


def test_edit_from_the_command_line_prints_what_changed(repo: Repository):
    result = takedown("edit", "f-arrests", "--value", "14", "--country", "Norway", "--reason", "checked", db=repo.path)
    assert result.returncode == 0, result.stderr
    assert "edited f-arrests" in result.stdout and "value 12 → 14" in result.stdout
    fact = Repository.open(repo.path).fact("f-arrests")
    assert (fact.value, fact.country, fact.edited) == (14, "NO", True)


def test_a_bad_value_is_one_line_naming_the_field_and_the_store_is_untouched(repo: Repository):
    raw = repo.path.read_bytes()
    result = takedown("edit", "f-arrests", "--unit", "kg", db=repo.path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "unit 'kg' is not a unit for arrests (people)" in result.stderr
    assert "Traceback" not in result.stderr
    assert repo.path.read_bytes() == raw


def test_an_unknown_fact_id_is_one_line_and_exit_1(repo: Repository):
    raw = repo.path.read_bytes()
    result = takedown("delete", "f-missing", db=repo.path)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "no fact with id 'f-missing'" in result.stderr
    assert repo.path.read_bytes() == raw


def test_nothing_to_undo_is_one_line_and_exit_1(repo: Repository):
    result = takedown("undo", db=repo.path)
    assert result.returncode == 1 and "nothing to undo" in result.stderr


def test_move_and_merge_from_the_command_line(repo: Repository):
    assert takedown("move", "f-norway", "Quillfeather", db=repo.path).returncode == 0
    assert Repository.open(repo.path).fact("f-norway").operation == "quillfeather"
    result = takedown("merge-operations", "Operation Quillfeather", "Quillfeather", db=repo.path)
    assert result.returncode == 0, result.stderr
    assert Repository.open(repo.path).operation("operation-quillfeather") is None
    result = takedown("move", "f-norway", "Operation Elsewhere", db=repo.path)
    assert result.returncode == 2 and "--create" in result.stderr


def test_history_json_lists_changes_newest_first_with_who_when_and_why(repo: Repository):
    env = {"TAKEDOWN_USER": "analyst-7"}
    takedown("edit", "f-arrests", "--value", "14", "--reason", "press release", db=repo.path, env=env)
    takedown("delete", "f-drugs", db=repo.path, env=env)
    takedown("undo", db=repo.path, env=env)
    result = takedown("history", "--json", db=repo.path)
    assert result.returncode == 0, result.stderr
    entries = orjson.loads(result.stdout)
    assert [e["kind"] for e in entries] == ["undo", "delete", "edit"]
    assert [e["id"] for e in entries] == [3, 2, 1]
    edit = entries[-1]
    assert edit["user"] == "analyst-7" and edit["reason"] == "press release" and edit["target"] == "f-arrests"
    assert edit["time"].endswith("Z") and edit["time"][:2] == "20"
    assert edit["before"]["facts"]["f-arrests"]["value"] == 12 and edit["after"]["facts"]["f-arrests"]["value"] == 14
    assert entries[1]["status"] == "undone" and entries[0]["of"] == 2
    limited = orjson.loads(takedown("history", "--json", "--limit", "1", db=repo.path).stdout)
    assert [e["id"] for e in limited] == [3]


def test_history_table_reads_for_people(repo: Repository):
    takedown("edit", "f-arrests", "--value", "14", db=repo.path)
    result = takedown("history", db=repo.path)
    assert result.returncode == 0 and "1 change" in result.stdout and "edit" in result.stdout


def test_facts_json_says_which_facts_were_edited(repo: Repository):
    takedown("edit", "f-arrests", "--value", "14", db=repo.path)
    facts = {f["id"]: f for f in orjson.loads(takedown("facts", "--json", db=repo.path).stdout)}
    assert facts["f-arrests"]["edited"] is True and facts["f-drugs"]["edited"] is False
