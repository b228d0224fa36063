"""The country summary, the picker (c) and the arrests chart."""

from __future__ import annotations

from tests.tui.conftest import make_app, plain_of
from tui.screens.country_picker import CountryPicker, rank_countries
from tui.widgets.country_pane import bar


def test_rank_countries_fuzzy_in_both_languages():
    assert rank_countries("germ", [])[0] == "DE"
    assert rank_countries("Германия", [])[0] == "DE"
    assert rank_countries("нидерл", [])[0] == "NL"
    assert rank_countries("", ["DE", "US"]) == ["DE", "US"]
    assert rank_countries("gremany", [])[0] == "DE"  # a typo


def test_bar_widths():
    assert bar(10, 10, 8) == "█" * 8
    assert bar(5, 10, 8) == "████"
    assert bar(0.01, 10, 8) == "▏"
    assert bar(0, 10, 8) == ""


async def test_country_follows_the_highlighted_fact(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        text = plain_of(app.screen.query_one("#country"))
        assert text.startswith("Germany / Германия  DE")
        assert "Nightfall 2024" in text and "Harbor 2023" in text
        assert "arrests" in text and "drugs seized" in text
        assert "Country · DE" in str(app.explorer.country_pane.border_title)


async def test_chart_of_arrests_per_country_for_the_selected_operation(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("j")  # Harbor
        text = plain_of(app.screen.query_one("#country"))
        assert "Arrests per country — Harbor" in text
        lines = [line for line in text.splitlines() if line[:3].strip() in {"US", "DE", "GB"} and "█" in line]
        assert [line[:2] for line in lines] == ["US", "DE", "GB"]
        assert lines[0].rstrip().endswith("153") and lines[2].rstrip().endswith("45")
        assert lines[0].count("█") > lines[1].count("█") > lines[2].count("█")


async def test_c_picks_a_country_with_fuzzy_search(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CountryPicker)
        await pilot.press(*"франция")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, CountryPicker)
        assert app.explorer.country == "FR" and app.explorer.country_pinned
        text = plain_of(app.screen.query_one("#country"))
        assert text.startswith("France / Франция  FR") and "Harbor 2023" in text
        assert "no figures reported" in text
        assert app.explorer.search_box.value == "country:fr"  # the pick filters the lists


async def test_moving_keeps_the_pick_until_its_filter_goes(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("c", *"germany", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.press("j", "tab", "j")
        assert app.explorer.country == "DE" and app.explorer.country_pinned
        await pilot.press("slash", "ctrl+u")  # the filter is erased from the box
        await pilot.app.workers.wait_for_complete()
        await pilot.press("enter", "j")
        assert app.explorer.country_pinned is False


async def test_picker_escape_cancels_and_arrows_move(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("down", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, CountryPicker)
        assert app.explorer.country == "DE" and not app.explorer.country_pinned
