"""Country and metric filters change the figures shown; a picked country filters the lists and
the picker can clear it."""

from __future__ import annotations

from tests.tui.conftest import make_app, row_texts
from tui.country_filter import with_country, without_country


async def _search(pilot, text: str) -> None:
    await pilot.press("slash", *text)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _figures(app) -> dict[str, str]:
    """Operation name -> the figure column, as the list shows it."""
    return {line.rsplit(None, 3)[0]: line.split()[-1] for line in row_texts(app.explorer.operations) if line}


async def test_country_and_metric_filters_change_the_figure_column(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert _figures(app) == {"Nightfall": "200", "Harbor": "288", "Old Market": "—"}
        await _search(pilot, "country:de metric:arrests")
        # Germany's arrests: Harbor 52; Nightfall 160 (two sources say 160, one 170: one figure)
        assert _figures(app)["Harbor"] == "52"
        assert _figures(app)["Nightfall"] in {"160", "170"}
        assert "arrests in DE" in str(app.explorer.operations.border_subtitle)


async def test_metric_filter_shows_that_metric_with_its_unit(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _search(pilot, "metric:money")
        lines = [line for line in row_texts(app.explorer.operations) if line]
        assert len(lines) == 1 and lines[0].startswith("Harbor") and lines[0].endswith("53.4M USD")
        assert "money seized" in str(app.explorer.operations.border_subtitle)


async def test_words_alone_keep_the_headline(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _search(pilot, "harbor")
        assert _figures(app)["Harbor"] == "288"
        assert str(app.explorer.operations.border_subtitle).endswith("arrests")


async def test_clearing_the_filter_brings_the_headlines_back(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _search(pilot, "country:gb")
        assert _figures(app) == {"Harbor": "45"}
        await pilot.press("escape")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert _figures(app) == {"Nightfall": "200", "Harbor": "288", "Old Market": "—"}


async def test_a_picked_country_filters_the_lists_and_worldwide_clears_it(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("c", *"netherlands", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        explorer = app.explorer
        assert explorer.country == "NL" and explorer.country_pinned
        assert explorer.search_box.value == "country:nl"
        assert [row.op.id for row in explorer.operations.rows] == ["nightfall"]
        assert {fact.country for fact in explorer.facts.rows} == {"NL"}
        assert _figures(app) == {"Nightfall": "40"}
        await pilot.press("c")
        await pilot.pause()
        first = app.screen.query_one("#picker-list").get_option_at_index(0)
        assert "Worldwide" in str(first.prompt)
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert not explorer.country_pinned and explorer.search_box.value == ""
        assert len(explorer.operations.rows) == 3
        assert "(picked)" not in str(explorer.country_pane.border_title)


async def test_picking_keeps_the_words_of_the_query(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _search(pilot, "harbor")
        await pilot.press("enter")  # into the results (the query stays)
        await pilot.press("c", *"germany", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert app.explorer.search_box.value == "country:de harbor"
        assert _figures(app) == {"Harbor": "52"}


def test_country_tokens_are_replaced_not_stacked():
    assert with_country("country:de hydra", "US") == "country:us hydra"
    assert with_country("hydra cc:de", None) == "hydra"
    assert without_country("Страна:DE money") == "money"
