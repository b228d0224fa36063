"""Options read alike across subcommands: a date the explorer's dialog and ``edit --date`` take,
``ingest --published`` takes too; an empty ``--operation``/``--country``/``--metric`` (an unset
shell variable) is a one-line error, never a silent "everything"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main

ARTICLE = "Police arrested 12 people in Sweden during Operation Fernwood, the agency said.\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("typed", "stored"), [("02.05.2023", "2023-05-02"), ("2023/05/02", "2023-05-02"),
                                               ("2023-05", "2023-05")])
def test_ingest_published_takes_the_dates_the_form_takes(capsys, tmp_path: Path, typed, stored):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(article), "--dry-run", "--json", "--published", typed, "--offline")
    assert code == 0, err
    assert json.loads(out.splitlines()[0])["published"] == stored


@pytest.mark.parametrize("typed", ["yesterday", "2023-13-01", "31.02.2023"])
def test_ingest_published_refuses_a_non_date_in_words(capsys, tmp_path: Path, typed):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(article), "--dry-run", "--published", typed)
    assert code == 2 and out == "" and err.count("\n") == 1 and "--published" in err and "not a date" in err


@pytest.mark.parametrize("argv", [["facts", "--operation", ""], ["facts", "--country", ""], ["facts", "--metric", ""],
                                  ["export", "--operation", ""], ["export", "--country", ""]])
def test_an_empty_filter_is_an_error_not_everything(capsys, store_path: Path, argv):
    code, out, err = run(capsys, *argv, "--db", str(store_path))
    assert code in (1, 2) and err.count("\n") == 1 and err.startswith("takedown")
    assert not out.strip() or out.startswith("0 facts")


def test_ingest_operation_empty_is_refused(capsys, tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(article), "--dry-run", "--operation", " ")
    assert code == 2 and out == "" and "--operation is empty" in err


def test_an_unknown_encoding_is_a_usage_error_before_reading(capsys, tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(article), "--dry-run", "--encoding", "klingon-8")
    assert code == 2 and out == "" and err.count("\n") == 1 and "is not an encoding" in err
    code, _, err = run(capsys, "ingest", str(article), "--dry-run", "--encoding", "cp1251")
    assert code == 0, err
