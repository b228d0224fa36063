"""The command line's tables and messages count in English: ``1 operation``, ``1 person
arrested``, ``wrote 1 fact``; and a money figure in a table keeps its unit."""

from __future__ import annotations

from pathlib import Path

from tests.long_figures import long_figures_store
from tui.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_one_operation_with_one_arrest_reads_in_the_singular(capsys, tmp_path: Path):
    db = tmp_path / "one.json"
    long_figures_store(db, one_of_each=True)
    code, out, _ = run(capsys, "operations", "--db", str(db))
    assert code == 0
    assert out.splitlines()[0].strip() == "1 operation"
    assert "1 person" in out and "1 people" not in out
    code, out, _ = run(capsys, "facts", "--db", str(db))
    assert code == 0 and out.splitlines()[0].strip() == "1 fact"
    code, out, _ = run(capsys, "country", "CH", "--db", str(db))
    assert code == 0 and "(CH): 1 operation, 1 fact" in out
    code, out, _ = run(capsys, "search", "switzerland", "--db", str(db))
    assert code == 0 and out.splitlines()[0].strip().startswith("1 fact matches")
    code, _, err = run(capsys, "export", "--db", str(db), "--operation", "longform", "-o", str(tmp_path / "out.json"))
    assert code == 0 and f"wrote 1 fact to {tmp_path / 'out.json'}" in err


def test_the_facts_table_shows_money_in_its_short_form(capsys, tmp_path: Path):
    db = tmp_path / "long.json"
    long_figures_store(db)
    code, out, _ = run(capsys, "facts", "--db", str(db), "--metric", "money")
    assert code == 0
    assert "≥207.58M USD" in out and "≥184M EUR" in out
    assert out.splitlines()[0].strip() == "2 facts"
