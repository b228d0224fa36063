"""The human tables give what a user types back: ``takedown facts``/``search`` list each fact's
id as its shortest unique prefix (whole, never cut), which ``takedown edit`` takes; the
operations table gives one line per operation (``arrests 48 people``, not a wrapped headline)."""

from __future__ import annotations

from pathlib import Path

from store.repository import Repository
from store.short_ids import unique_prefixes
from tui.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_facts_table_lists_ids_edit_takes(capsys, store_path: Path):
    repo = Repository.open(store_path)
    hydra = repo.facts(operation="hydra")
    code, out, _ = run(capsys, "facts", "--operation", "hydra", "--db", str(store_path))
    assert code == 0
    shown = [line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│ f-")]
    assert len(shown) == len(hydra) and all(len(s) >= 10 and "…" not in s for s in shown)
    assert [[i for i in repo.snapshot.facts_by_id if i.startswith(s)] for s in shown] == [[f.id] for f in hydra]
    code, _, err = run(capsys, "edit", shown[0], "--date", "2019-01", "--reason", "checked", "--db", str(store_path))
    assert code == 0, err
    assert Repository.open(store_path).fact(hydra[0].id).date == "2019-01"


def test_search_tables_list_ids_too(capsys, store_path: Path):
    code, out, _ = run(capsys, "search", "hydra", "--limit", "3", "--db", str(store_path))
    assert code == 0 and sum(line.startswith("│ f-") for line in out.splitlines()) == 3


def test_operations_fit_one_line_each_at_120_columns(capsys, store_path: Path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    code, out, _ = run(capsys, "operations", "--db", str(store_path))
    rows = [line for line in out.splitlines() if line.startswith("│")]
    assert code == 0 and len(rows) == len(Repository.open(store_path).operations())
    assert "arrested" not in out and " people " in out


def test_unique_prefixes_lengthen_only_where_ids_share_a_start():
    ids = ["f-0123456789aa", "f-0123456789ab", "f-99999999zz", "f-1"]
    short = unique_prefixes(ids, ids)
    assert short["f-99999999zz"] == "f-99999999"
    assert short["f-0123456789aa"] == "f-0123456789aa" and short["f-0123456789ab"] == "f-0123456789ab"
    assert short["f-1"] == "f-1"
    for ident, prefix in short.items():
        assert [i for i in ids if i.startswith(prefix)] == [ident]
