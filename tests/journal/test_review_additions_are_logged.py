"""Saving the review of a text already in the store: a figure added by hand is one logged
change that undo takes back (before, it was written as a plain ingest: no history, no undo)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from store import edits
from store.repository import Repository
from store.review import Review
from tui.analyst import AnalystActions


@pytest.mark.parametrize("journal", ["1", "0"])
def test_a_figure_added_to_a_stored_text_is_in_the_history_and_undone_by_undo(repo: Repository, monkeypatch,
                                                                              journal: str):
    monkeypatch.setenv("TAKEDOWN_JOURNAL", journal)
    stored = repo.fact("f-se")
    source = repo.source(stored.source)
    review = Review.propose(source, [repo.operation("op-a")], repo.facts(), dict(repo.snapshot.operations),
                            existing=True)
    start = source.text.index("4")
    index, errors = review.add(start, start + 1, {"metric": "arrests", "value": "4", "unit": "people",
                                                  "country": "NO", "operation": "Alpha"})
    assert index is not None and not errors
    added = review.drafts[index].fact
    message = AnalystActions.save_existing_review(SimpleNamespace(repo=repo), review)  # type: ignore[arg-type]
    assert message.endswith("1 added.")
    assert repo.fact(added.id) is not None
    latest = edits.history(repo)[0]
    assert latest.kind == "add" and latest.target == added.id and latest.status == "done"
    edits.undo(repo)
    assert Repository.open(repo.path).fact(added.id) is None
    assert Repository.open(repo.path).fact("f-se") is not None
