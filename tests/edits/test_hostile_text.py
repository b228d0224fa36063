"""Markup and terminal escapes typed into a reason, a qualifier or a name are data."""

from __future__ import annotations

import orjson
import pytest

from store import edits
from store.repository import Repository
from tests.edits.conftest import takedown

HOSTILE = "[bold red]boom[/] \x1b[2J\x1b]52;c;aGk=\x07 $(rm -rf ~) <script>"


def test_a_hostile_reason_is_stored_exactly_as_typed(repo: Repository):
    edits.edit_fact(repo, "f-arrests", {"value": "13"}, reason=HOSTILE)
    document = orjson.loads(repo.path.read_bytes())
    assert [c["reason"] for c in document["changes"].values()] == [HOSTILE]
    assert edits.history(Repository.open(repo.path))[0].reason == HOSTILE


def test_the_history_table_shows_a_hostile_reason_inert(repo: Repository):
    edits.edit_fact(repo, "f-arrests", {"value": "13"}, reason=HOSTILE)
    result = takedown("history", db=repo.path, env={"COLUMNS": "400"})
    assert result.returncode == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "[bold red]boom[/]" in result.stdout and "\\x1b[2J" in result.stdout


def test_a_hostile_qualifier_is_refused_and_the_message_is_inert(repo: Repository):
    raw = repo.path.read_bytes()
    with pytest.raises(edits.InvalidFields) as info:
        edits.edit_fact(repo, "f-arrests", {"qualifier": HOSTILE})
    assert info.value.errors[0].field == "qualifier"
    assert "\x1b" not in str(info.value) and "\x07" not in str(info.value)
    assert repo.path.read_bytes() == raw


def test_markup_in_a_new_operation_name_is_kept_literally(repo: Repository):
    edits.move_fact(repo, "f-norway", "[red]Op[/red] Nine", create=True)
    op = repo.operation(repo.fact("f-norway").operation)
    assert op.name == "[red]Op[/red] Nine"


def test_control_characters_in_an_operation_name_are_refused(repo: Repository):
    with pytest.raises(edits.InvalidFields, match="operation"):
        edits.move_fact(repo, "f-norway", "Op\x1b[31m", create=True)
