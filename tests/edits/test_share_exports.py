"""Exports (CSV, JSON, Markdown) and the citation ``y`` copies: quotes and sources, inert text."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import orjson
import pytest

from store import edits, share
from store.repository import Repository
from store.storage import StoreError
from tests.conftest import make_fact, make_operation, make_source
from tests.edits.conftest import takedown

SENTENCE = "Police arrested 12 people in Sweden and seized 40 kg of drugs."


def test_facts_csv_has_a_row_per_fact_with_quote_and_source(repo: Repository):
    rows = list(csv.DictReader(io.StringIO(share.export_facts(repo.facts(operation="quillfeather"), repo, "csv"))))
    assert [r["id"] for r in rows] == ["f-arrests", "f-drugs"]
    first = rows[0]
    assert first["quote"] == SENTENCE and first["source_title"] == "Main report"
    assert first["source_origin"] == "https://example.org/quill" and first["source_published"] == "2024-03-05"
    assert first["operation_name"] == "Quillfeather" and first["figure"] == "12 people" and first["country_name"] == "Sweden"


def test_json_export_of_operations_nests_their_facts(repo: Repository):
    data = orjson.loads(share.export_operations(repo.operations(), repo, "json"))
    by_id = {op["id"]: op for op in data}
    assert [f["id"] for f in by_id["quillfeather"]["facts"]] == ["f-arrests", "f-drugs"]
    assert by_id["operation-quillfeather"]["facts"][0]["quote"] == "Officers detained 3 suspects in Norway."


def test_markdown_export_lists_figures_quotes_and_numbered_sources(repo: Repository):
    edits.edit_fact(repo, "f-arrests", {"value": "14"})
    text = share.export_operations([repo.operation("quillfeather")], repo, "md", title="Quill report")
    assert text.startswith("# Quill report\n")
    assert "## Quillfeather (2024)" in text
    assert "| Quillfeather | arrests | 14 people (edited) | Sweden / Швеция |" in text
    assert SENTENCE in text
    assert "1. Main report, https://example.org/quill, published 2024-03-05" in text


def test_country_summary_exports_totals_with_their_quotes(repo: Repository):
    summary = repo.country_summary("SE")
    rows = list(csv.DictReader(io.StringIO(share.export_country(summary, repo, "csv"))))
    arrests = next(r for r in rows if r["metric"] == "arrests")
    assert (arrests["country"], arrests["total"], arrests["unit"]) == ("SE", "12", "people")
    assert SENTENCE in arrests["quotes"] and "Main report" in arrests["sources"]
    md = share.export_country(summary, repo, "md")
    assert md.startswith("# Sweden / Швеция (SE)") and "| arrests | 12 people | 1 | 1 |" in md
    data = orjson.loads(share.export_country(summary, repo, "json"))
    assert data["country"] == "SE" and {f["id"] for f in data["fact_list"]} == {"f-arrests", "f-drugs"}


def _hostile_repo(tmp_path: Path) -> Repository:
    text = "=HYPERLINK(\"http://evil\") | [click](javascript:x) \x1b[31mred\x1b[0m 5 people"
    source = make_source(text, title="Title\x1b]0;pwned\x07 <b>", origin="evil.txt")
    repo = Repository.open(tmp_path / "h.json")
    repo.add_records(sources=[source], operations=[make_operation("h", name="H")],
                     facts=[make_fact(source, id="f-h", operation="h", value=5, quote=text)])
    return repo


def test_exports_make_hostile_text_inert(tmp_path: Path):
    repo = _hostile_repo(tmp_path)
    facts = repo.facts(operation="h")
    for fmt in share.FORMATS:
        out = share.export_facts(facts, repo, fmt)
        assert "\x1b" not in out and "\x07" not in out
    row = next(csv.DictReader(io.StringIO(share.export_facts(facts, repo, "csv"))))
    assert row["quote"].startswith("'=HYPERLINK")  # a spreadsheet shows it, never runs it
    md = share.export_facts(facts, repo, "md")
    assert "\\[click\\]" in md and "\\|" in md and "\\<b\\>" in md
    assert orjson.loads(share.export_facts(facts, repo, "json"))[0]["quote"] == facts[0].quote  # JSON keeps data exact


def test_citation_holds_figure_metric_operation_country_date_quote_and_source(repo: Repository):
    edits.edit_fact(repo, "f-arrests", {"date": "2024-03-04"})
    text = share.citation(repo.fact("f-arrests"), repo)
    assert text.splitlines() == [
        "arrests: 12 people — Quillfeather — Sweden / Швеция — 2024-03-04",
        f"“{SENTENCE}”",
        "Source: Main report, https://example.org/quill, published 2024-03-05",
        "(corrected by hand in takedown)",
    ]


def test_citation_of_hostile_text_has_no_control_characters(tmp_path: Path):
    repo = _hostile_repo(tmp_path)
    text = share.citation(repo.fact("f-h"), repo)
    assert not any(ord(ch) < 32 and ch != "\n" for ch in text)
    assert "\\x1b[31mred" in text and "Title\\x1b]0;pwned\\x07 <b>" in text


def test_takedown_export_delegates_to_share(repo: Repository, tmp_path: Path):
    out = tmp_path / "all.csv"
    result = takedown("export", "--format", "csv", "-o", str(out), db=repo.path)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == share.export_facts(Repository.open(repo.path).facts(), repo, "csv")


def test_write_export_keeps_an_existing_file_unless_told(tmp_path: Path):
    path = tmp_path / "out.md"
    share.write_export(path, "first")
    with pytest.raises(StoreError, match="already exists"):
        share.write_export(path, "second")
    assert path.read_text() == "first"
    share.write_export(path, "second", overwrite=True)
    assert path.read_text() == "second"


def test_default_filename_says_what_the_file_holds():
    assert share.default_filename("facts", "csv", name="Operation SpecTor", today=date(2026, 12, 3)) == \
        "takedown-operation-spector-facts-2026-12-03.csv"


def test_takedown_export_of_one_operation_or_one_country(repo: Repository):
    result = takedown("export", "--format", "json", "--operation", "Quill", db=repo.path)
    assert result.returncode == 0, result.stderr
    assert [op["id"] for op in orjson.loads(result.stdout)] == ["operation-quillfeather"]
    result = takedown("export", "--format", "md", "--country", "Швеция", db=repo.path)
    assert result.returncode == 0 and result.stdout.startswith("# Sweden / Швеция (SE)")
    result = takedown("export", "--operation", "nowhere", db=repo.path)
    assert result.returncode == 2 and "unknown operation 'nowhere'" in result.stderr


def test_the_file_name_says_the_format():
    assert [share.format_of(n) for n in ("a.CSV", "b.json", "c.md", "d.markdown")] == ["csv", "json", "md", "md"]
    assert share.format_of("notes", default="md") == "md"
    with pytest.raises(StoreError, match=r"\.csv, \.json or \.md"):
        share.format_of("report.xlsx")
