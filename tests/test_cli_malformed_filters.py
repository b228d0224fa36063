"""A filter the search cannot apply as typed is a usage error for scripts (one line, exit 2,
nothing on stdout): left out silently, it would widen the answer to facts nobody asked for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.repository import Repository
from store.search import SearchIndex
from tui.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("query", "said"), [
    ("value>abc", "value needs a number"),
    ("year>=soon", "year needs a number"),
    ("hydra lang>ru", "only year and value compare"),
    ("hydra foo:x", "unknown field 'foo:'"),
])
@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_a_malformed_filter_is_one_line_and_exit_2(capsys, store_path: Path, query, said, json_flag):
    code, out, err = run(capsys, "search", *query.split(), "--db", str(store_path), *json_flag)
    assert code == 2 and out == ""
    assert err.startswith("takedown: ") and err.count("\n") == 1 and said in err


@pytest.mark.parametrize("query", ["value>100", "year>=2021 hydra", "hydar", "country:worldwide"])
def test_well_formed_queries_still_answer(capsys, store_path: Path, query):
    code, out, err = run(capsys, "search", *query.split(), "--db", str(store_path), "--json")
    assert code == 0, err
    assert json.loads(out)["total"] > 0


def test_the_explorer_keeps_the_hint_and_the_result_names_what_was_malformed(store_path: Path):
    index = SearchIndex(Repository.open(store_path).snapshot)
    result = index.search("hydra value>abc country:atlantis")
    assert result.malformed == ["value>abc: value needs a number"]
    assert "value>abc: value needs a number" in result.hints and "country:atlantis: no such country" in result.hints
    assert index.search("hydar").malformed == [] and index.search("hydar").hints
