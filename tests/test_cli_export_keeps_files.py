"""`takedown export -o FILE` never replaces a file the user already has unless told to (--force),
and never writes over the store it reads, even with --force."""

from __future__ import annotations

from pathlib import Path

from tui.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_refuses_an_existing_file_and_leaves_it_byte_identical(capsys, store_path: Path, tmp_path: Path):
    target = tmp_path / "notes.csv"
    target.write_text("my own notes\n", encoding="utf-8")
    code, _, err = run(capsys, "export", "--db", str(store_path), "--format", "csv", "-o", str(target))
    assert code == 1
    assert "already exists" in err and "--force" in err and len(err.strip().splitlines()) == 1
    assert target.read_text(encoding="utf-8") == "my own notes\n"


def test_export_force_replaces_an_existing_file(capsys, store_path: Path, tmp_path: Path):
    target = tmp_path / "notes.csv"
    target.write_text("old\n", encoding="utf-8")
    code, _, err = run(capsys, "export", "--db", str(store_path), "--format", "csv", "-o", str(target), "--force")
    assert code == 0 and "wrote" in err
    assert target.read_text(encoding="utf-8").startswith("id,operation")


def test_export_never_writes_over_its_own_store(capsys, store_path: Path):
    assert run(capsys, "init", "--db", str(store_path))[0] == 0
    before = store_path.read_bytes()
    code, _, err = run(capsys, "export", "--db", str(store_path), "--format", "json", "-o", str(store_path), "--force")
    assert code == 1 and "store" in err
    assert store_path.read_bytes() == before
