"""``takedown ingest FOLDER`` reads the folder's article files (as the ingest dialog's tree
shows them: .txt .md .html .htm .pdf, hidden ones left out), not "is a directory"."""

from __future__ import annotations

import json
from pathlib import Path

from store.repository import Repository
from tui.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "saved"
    (folder / "more").mkdir(parents=True)
    (folder / "a.txt").write_text("Police arrested 12 people in Sweden in Operation Fernwood.\n", encoding="utf-8")
    (folder / "more" / "b.md").write_text("Officers detained 5 suspects in Norway during Operation Fernwood.\n", encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    (folder / ".hidden.txt").write_text("Police arrested 99 people in Spain.\n", encoding="utf-8")
    return folder


def test_a_folder_is_its_article_files(capsys, tmp_path: Path):
    code, out, err = run(capsys, "ingest", str(_folder(tmp_path)), "--dry-run", "--json", "--offline")
    assert code == 0, err
    files = [Path(json.loads(line)["file"]).name for line in out.splitlines()]
    assert files == ["a.txt", "b.md"]


def test_a_folder_is_stored_like_its_files(capsys, tmp_path: Path):
    db = tmp_path / "store.json"
    code, _, err = run(capsys, "ingest", str(_folder(tmp_path)), "--db", str(db), "--json", "--offline")
    assert code == 0, err
    values = sorted(f.value for f in Repository.open(db).facts(operation="fernwood"))
    assert values == [5, 12]


def test_a_folder_without_articles_is_one_line_and_exit_1(capsys, tmp_path: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "x.docx").write_bytes(b"PK")
    code, out, err = run(capsys, "ingest", str(empty), "--dry-run")
    assert code == 1 and out == "" and err.count("\n") == 1 and "no article files" in err
