"""An explorer open in another process notices an edit the way it notices an ingest."""

from __future__ import annotations

from store.repository import Repository
from tests.edits.conftest import takedown


def test_an_edit_in_another_process_is_picked_up_by_an_open_repository(repo: Repository):
    watcher = Repository.open(repo.path)  # what the explorer holds; its timer calls changed_on_disk
    assert not watcher.changed_on_disk()
    result = takedown("edit", "f-arrests", "--value", "14", db=repo.path)
    assert result.returncode == 0, result.stderr
    assert watcher.changed_on_disk()
    assert watcher.reload_if_changed()
    assert watcher.fact("f-arrests").value == 14 and watcher.fact("f-arrests").edited
    assert [c["kind"] for c in watcher.snapshot.changes] == ["edit"]


def test_undo_in_another_process_is_picked_up_too(repo: Repository):
    takedown("delete", "f-drugs", db=repo.path)
    watcher = Repository.open(repo.path)
    assert watcher.fact("f-drugs") is None
    assert takedown("undo", db=repo.path).returncode == 0
    assert watcher.reload_if_changed() and watcher.fact("f-drugs") is not None


def test_a_refused_edit_does_not_touch_the_file(repo: Repository):
    watcher = Repository.open(repo.path)
    assert takedown("edit", "f-arrests", "--date", "2024-02-31", db=repo.path).returncode == 2
    assert not watcher.changed_on_disk()
