"""Whatever sequence of writes a store gets, the journal changes nothing anyone sees: the
facts (``takedown facts --json``), the log and the file after compaction are those of the
same writes made as whole-file rewrites."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import edits, journal
from store.repository import Repository
from store.storage import StoreError, compact, create, empty_document
from tests.conftest import make_fact, make_operation, make_source
from tests.journal.conftest import facts_json

OPS = st.one_of(
    st.tuples(st.just("ingest"), st.integers(1, 12), st.sampled_from(["op-a", "op-b"])),
    st.tuples(st.just("edit"), st.integers(0, 50), st.integers(1, 999)),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("move"), st.integers(0, 50), st.sampled_from(["op-a", "op-b", "Op Gamma"])),
    st.tuples(st.just("add"), st.integers(0, 50)),
    st.tuples(st.just("merge")),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
)


def _apply(repo: Repository, op: tuple, step: int) -> str:
    """One write; what came of it (the same for both stores)."""
    facts = repo.facts()
    try:
        if op[0] == "ingest":
            source = make_source(f"Article {step}: " + " ".join(f"{i} held." for i in range(op[1])), title=f"A{step}")
            new = [make_fact(source, i, id=f"f-{step}-{i}", operation=op[2], value=i + 1) for i in range(op[1])]
            ops = [make_operation(op[2], name=op[2].upper(), countries=(("DE",) if step % 2 else ()))]
            return str(repo.add_records(sources=[source], operations=ops, facts=new))
        if op[0] == "merge":
            return edits.merge_operations(repo, "op-b", "op-a").summary
        if op[0] in ("undo", "redo"):
            return (edits.undo(repo) if op[0] == "undo" else edits.redo(repo)).summary
        if not facts:
            return "none"
        fact = facts[op[1] % len(facts)]
        if op[0] == "edit":
            return edits.edit_fact(repo, fact.id, {"value": str(op[2])}).summary
        if op[0] == "delete":
            return edits.delete_fact(repo, fact.id).summary
        if op[0] == "move":
            return edits.move_fact(repo, fact.id, op[2], create=True).summary
        if op[0] == "add":
            source = repo.source(fact.source)
            hand = make_fact(source, 100 + step, id=f"f-hand-{step}", operation=fact.operation, value=step)
            change = edits.add_facts(repo, [hand])
            return change.summary if change else "nothing"
        raise AssertionError(op)
    except StoreError as exc:
        return f"{type(exc).__name__}: {exc}"


def _store(folder: Path, name: str) -> Path:
    path = folder / name
    create(path, empty_document())
    return path


def _tables(path: Path) -> dict:
    document = orjson.loads(path.read_bytes())
    for change in document.get("changes", {}).values():
        change.pop("time", None)
    return document


def _log(repo: Repository) -> list:
    return [(c.kind, c.target, c.summary, c.status, c.of, c.before, c.after) for c in edits.history(repo)]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(OPS, min_size=1, max_size=14))
def test_journalled_writes_show_what_whole_file_writes_show(ops: list) -> None:
    saved = os.environ.get("TAKEDOWN_JOURNAL")
    try:
        with tempfile.TemporaryDirectory() as folder:
            paths = {"1": _store(Path(folder), "journalled.json"), "0": _store(Path(folder), "whole.json")}
            repos = {}
            for mode, path in paths.items():
                os.environ["TAKEDOWN_JOURNAL"] = mode
                repos[mode] = Repository.open(path)
            outcomes: dict[str, list[str]] = {"1": [], "0": []}
            for step, op in enumerate(ops):
                for mode, repo in repos.items():
                    os.environ["TAKEDOWN_JOURNAL"] = mode
                    outcomes[mode].append(_apply(repo, op, step))
            assert outcomes["1"] == outcomes["0"]
            assert not journal.journal_path(paths["0"]).exists()
            seen = facts_json(paths["1"])
            assert seen == facts_json(paths["0"])
            assert _log(Repository.open(paths["1"])) == _log(Repository.open(paths["0"]))
            assert [f.id for f in repos["1"].facts()] == [f["id"] for f in seen]  # the writer's own snapshot too
            compact(paths["1"])
            assert not journal.journal_path(paths["1"]).exists()
            assert facts_json(paths["1"]) == seen
            assert _tables(paths["1"]) == _tables(paths["0"])  # the same rows under the same keys
    finally:
        if saved is None:
            os.environ.pop("TAKEDOWN_JOURNAL", None)
        else:
            os.environ["TAKEDOWN_JOURNAL"] = saved
