"""A figure in a list is never cut: the column is as wide as its longest figure, in the
short form (``≥207.58M USD``) that the operation list, the fact list and the detail share;
one of a thing reads in the singular (``1 person``, ``1 operation``)."""

from __future__ import annotations

import pytest

from store.format import short_figure
from tests.long_figures import long_figures_store as _store
from tests.tui.conftest import make_app, plain_of, row_texts

SIZES = [pytest.param((120, 36), id="120x36"), pytest.param((80, 24), id="80x24")]
@pytest.mark.parametrize("size", SIZES)
async def test_every_figure_in_the_fact_list_is_whole(tmp_path, size):
    repo = _store(tmp_path / "s.json")
    app = make_app(repo)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        facts = app.explorer.facts
        lines = row_texts(facts)
        assert len(facts.rows) == 5
        for fact, line in zip(facts.rows, lines):
            assert short_figure(fact) in line, (short_figure(fact), line)
        assert any("≥207.58M USD" in line for line in lines)
        assert any("1 person" in line and "CH" in line for line in lines)
        # the figures stand in one column: each starts where the others do
        starts = {line.index(short_figure(fact)) for fact, line in zip(facts.rows, lines)}
        assert len(starts) == 1


@pytest.mark.parametrize("size", SIZES)
async def test_the_operation_list_shows_the_money_as_the_fact_list_does(tmp_path, size):
    repo = _store(tmp_path / "s.json")
    app = make_app(repo)
    async with app.run_test(size=size) as pilot:
        await pilot.press("slash", *"metric:money")
        await app.workers.wait_for_complete()
        await pilot.pause()
        [row] = row_texts(app.explorer.operations)[:1]
        assert row.startswith("Longform") and row.endswith(" 207.58M USD")
        assert any("≥207.58M USD" in line for line in row_texts(app.explorer.facts))
        assert "207.58 million USD" in plain_of(app.explorer.detail)  # the detail says it in words


async def test_one_of_a_thing_reads_in_the_singular(tmp_path):
    repo = _store(tmp_path / "s.json", one_of_each=True)
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        header = plain_of(app.screen.query_one("#store-bar"))
        assert "1 operation · 1 fact · 1 source · 1 country" in header
        assert "1 person" in row_texts(app.explorer.facts)[0]
        assert plain_of(app.explorer.detail).startswith("1 person  arrests")
        country = plain_of(app.explorer.country_pane)
        assert "1 operation: Longform 2025" in country and "(s)" not in country
        assert "1 person" in country and "1 figure" in country


async def test_the_header_leaves_out_counts_that_do_not_fit_whole(tmp_path):
    from tests.tui.conftest import own_store
    from tui.app import TakedownApp

    repo, _ = own_store(tmp_path / "s.json")
    app = TakedownApp(repo, poll_interval=0, path_label="~/.local/share/takedown/store.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        header = plain_of(app.screen.query_one("#store-bar"))
        assert header.rstrip().endswith("3 operations · 13 facts")  # not "· 6" without "sources"
        assert len(header.rstrip()) <= 80
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        assert plain_of(app.screen.query_one("#store-bar")).rstrip().endswith("6 sources · 5 countries")
