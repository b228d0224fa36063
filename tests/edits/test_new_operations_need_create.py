"""``edit --operation`` and ``move`` agree: a name the store does not know is refused with a
one-line hint (a typo must not become a new operation) unless ``--create`` asks for one."""

from __future__ import annotations

import pytest

from store.repository import Repository
from tui.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv", [["edit", "f-arrests", "--operation", "Quilfeather Two"],
                                  ["move", "f-arrests", "Quilfeather Two"]])
def test_an_unknown_operation_is_refused_without_create(capsys, repo: Repository, argv):
    raw = repo.path.read_bytes()
    code, out, err = run(capsys, *argv, "--db", str(repo.path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--create" in err and "Traceback" not in err
    assert repo.path.read_bytes() == raw


@pytest.mark.parametrize("argv", [["edit", "f-arrests", "--operation", "Quilfeather Two", "--create"],
                                  ["move", "f-arrests", "Quilfeather Two", "--create"]])
def test_create_makes_the_new_operation(capsys, repo: Repository, argv):
    code, _, err = run(capsys, *argv, "--db", str(repo.path))
    assert code == 0, err
    again = Repository.open(repo.path)
    op = again.operation(again.fact("f-arrests").operation)
    assert op is not None and op.name == "Quilfeather Two"


def test_a_known_operation_needs_no_create(capsys, repo: Repository):
    code, _, err = run(capsys, "edit", "f-arrests", "--operation", "quill", "--value", "13", "--db", str(repo.path))
    assert code == 0, err
    fact = Repository.open(repo.path).fact("f-arrests")
    assert (fact.operation, fact.value) == ("operation-quillfeather", 13)
