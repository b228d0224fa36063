"""A CSV export's yes/no columns say ``true``/``false`` (what spreadsheets read as booleans),
in every CSV export; the JSON export keeps real booleans."""

from __future__ import annotations

import csv
import io

import orjson

from store import edits, share
from store.repository import Repository


def test_edited_reads_true_or_false_in_csv_and_stays_boolean_in_json(repo: Repository):
    edits.edit_fact(repo, "f-arrests", {"value": "14"})
    facts = repo.facts(operation="quillfeather")
    for text in (share.export_facts(facts, repo, "csv"),
                 share.export_operations([repo.operation("quillfeather")], repo, "csv")):
        rows = {r["id"]: r for r in csv.DictReader(io.StringIO(text))}
        assert rows["f-arrests"]["edited"] == "true" and rows["f-drugs"]["edited"] == "false", rows
        assert "True" not in text and "False" not in text
    data = {f["id"]: f for f in orjson.loads(share.export_facts(facts, repo, "json"))}
    assert data["f-arrests"]["edited"] is True and data["f-drugs"]["edited"] is False
