"""A change's summary (the notice after an edit, ``takedown edit``'s line, ``history``) writes a
value as the lists do: ``3.2M → 3.3M``, ``1,234``, never ``3200000``."""

from __future__ import annotations

from store import edits
from store.repository import Repository


def test_a_large_value_reads_as_the_lists_read_it(repo: Repository):
    edits.edit_fact(repo, "f-drugs", {"value": "3.2 million"})
    change = edits.edit_fact(repo, "f-drugs", {"value": "3,3 млн"})
    assert "value 3.2M → 3.3M" in change.summary and "3200000" not in change.summary


def test_thousands_are_grouped_and_small_values_stay(repo: Repository):
    change = edits.edit_fact(repo, "f-arrests", {"value": "1234"})
    assert "value 12 → 1,234" in change.summary
    assert "value 1,234 → —" in edits.edit_fact(repo, "f-arrests", {"value": ""}).summary
