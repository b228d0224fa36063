"""Commands refresh the sidecar cache (tui/cli_sidecar.py): a store used only from the
command line stops decoding its JSON on every open, and what a command reads through the
sidecar — with the journal's entries on top — is what it would read from the JSON."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store import sidecar
from store.journal import journal_path
from store.repository import Repository
from store.search import SearchIndex
from tests.journal.conftest import cli, facts_json, new_facts


@pytest.fixture(autouse=True)
def _every_store_worth_a_sidecar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sidecar, "WORTH_FROM_BYTES", 0)  # the test stores are tiny


def _records(path: Path, *, use_sidecar: bool) -> list:
    opened = sidecar.open_snapshot(path, use_sidecar=use_sidecar)
    return sorted((f.id, f.value, f.edited) for f in opened.snapshot.facts)


def test_a_read_command_leaves_a_sidecar_the_next_command_reads(repo: Repository) -> None:
    path = repo.path
    assert not sidecar.sidecar_path(path).exists()
    first = facts_json(path)
    assert sidecar.sidecar_path(path).exists()
    again = Repository.open(path)
    assert again.opened.sidecar_current  # read from the sidecar, not the JSON
    assert facts_json(path) == first


def test_search_saves_its_index_and_the_next_search_restores_it(repo: Repository, monkeypatch) -> None:
    path = repo.path
    rc, first = cli("search", "arrested", db=path)
    assert rc == 0
    opened = Repository.open(path).opened
    assert opened.sidecar_current and opened.indexed and opened.index_state is not None
    built = []
    real = SearchIndex.__init__

    def counting(self, snapshot, *args, state=None, **kwargs):
        built.append(state is None)
        real(self, snapshot, *args, state=state, **kwargs)

    monkeypatch.setattr(SearchIndex, "__init__", counting)
    assert cli("search", "arrested", db=path) == (0, first)
    assert built == [False]  # restored from the sidecar's parts, not rebuilt


def test_a_records_only_sidecar_gets_its_index_from_the_explorer(repo: Repository) -> None:
    facts_json(repo.path)  # writes the records, no index
    later = Repository.open(repo.path)
    assert later.opened.sidecar_current and not later.opened.indexed
    index = sidecar.search_index(later, later.snapshot)
    assert sidecar.save_for(later, index)  # the app's worker: the index is added
    assert Repository.open(repo.path).opened.indexed


def test_edits_through_the_journal_read_the_same_with_and_without_the_sidecar(repo: Repository) -> None:
    path = repo.path
    facts_json(path)
    assert cli("edit", "f-se", "--value", "99", "--reason", "test", db=path)[0] == 0
    assert journal_path(path).exists()
    # the edit's command wrote a sidecar holding its journal entry; another writer appends more
    other = Repository.open(path)
    source, facts = new_facts("b", 2)
    other.add_records(sources=[source], facts=facts)
    with_sidecar = _records(path, use_sidecar=True)
    assert with_sidecar == _records(path, use_sidecar=False)
    assert ("f-se", 99, True) in with_sidecar and {"f-b-0", "f-b-1"} <= {r[0] for r in with_sidecar}
    assert sorted(f["id"] for f in facts_json(path)) == sorted(r[0] for r in with_sidecar)


def test_a_store_changed_behind_the_sidecar_is_read_from_the_json(repo: Repository) -> None:
    path = repo.path
    facts_json(path)
    document = orjson.loads(path.read_bytes())
    next(iter(document["facts"].values()))["value"] = 1234
    path.write_bytes(orjson.dumps(document))
    assert 1234 in [f["value"] for f in facts_json(path)]
