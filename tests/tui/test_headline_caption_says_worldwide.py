"""The operation list's caption under ``country:worldwide`` says "arrests worldwide", as the
panes say "worldwide", not the typed word in capitals ("arrests in WORLDWIDE")."""

from __future__ import annotations

import pytest

from store.search import SearchIndex
from tui.headline_scope import HeadlineScope


@pytest.mark.parametrize("typed", ["worldwide", "all", "мир"])
def test_worldwide_filter_caption(repo, typed):
    result = SearchIndex(repo.snapshot).search(f"country:{typed}")
    scope = HeadlineScope.of(repo, result)
    assert scope is not None and scope.label == "arrests worldwide"
    assert scope.text("harbor") == "288"  # Harbor's worldwide arrests


def test_a_country_caption_keeps_its_code(repo):
    scope = HeadlineScope.of(repo, SearchIndex(repo.snapshot).search("country:Германия metric:arrests"))
    assert scope is not None and scope.label == "arrests in DE"
