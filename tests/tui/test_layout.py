"""The main screen: panes, header, operation rows, the too-small notice."""

from __future__ import annotations

from tests.tui.conftest import make_app, plain_of, row_texts
from tui.widgets.fact_list import FactList
from tui.widgets.operation_list import OperationList


async def test_main_screen_shows_every_pane(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        for selector in ("#store-bar", "#search", "#operations", "#facts", "#detail", "#country"):
            assert app.screen.query_one(selector).display
        assert isinstance(app.focused, OperationList)
        header = plain_of(app.screen.query_one("#store-bar"))
        assert "s.json" in header and "3 operations" in header and "13 facts" in header
        assert str(app.explorer.operations.border_title).startswith("Operations 3")


async def test_operations_newest_first_with_year_countries_headline(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        names = [row.op.name for row in app.explorer.operations.rows]
        assert names == ["Nightfall", "Harbor", "Old Market"]
        lines = row_texts(app.explorer.operations)
        assert lines[1].split() == ["Harbor", "2023", "4", "288"]
        assert lines[0].split() == ["Nightfall", "2024", "2", "200"]
        assert lines[2].split() == ["Old", "Market", "2019", "1", "—"]


async def test_facts_rows_show_metric_figure_country(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        lines = row_texts(app.screen.query_one("#facts", FactList))
        assert lines[0].split()[:5] == ["!", "arrests", "160", "people", "DE"]
        assert any("drugs" in line and "5 kg" in line and "DE" in line for line in lines)
        await pilot.press("j")
        lines = row_texts(app.screen.query_one("#facts", FactList))
        assert any(line.split()[:4] == ["arrests", "288", "people", "all"] for line in lines)
        assert any("money" in line and "53.4M USD" in line for line in lines)  # the short form of lists


async def test_too_small_notice_and_back(repo):
    app = make_app(repo)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert app.screen.has_class("-too-small")
        notice = app.screen.query_one("#too-small")
        assert notice.display and "too small" in plain_of(notice)
        assert not app.screen.query_one("#main").display
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not app.screen.has_class("-too-small")
        assert app.screen.query_one("#main").display
        await pilot.press("j")  # still works after a resize
        await pilot.pause()
        assert app.explorer.op_id == "harbor"


async def test_comfortable_at_80x24(repo):
    app = make_app(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.has_class("-too-small")
        ops = row_texts(app.explorer.operations)
        assert ops[0].startswith("Nightfall") and ops[0].endswith("200")
        facts = row_texts(app.explorer.facts)
        assert "160 people" in facts[0]


async def test_bundled_dataset_opens(bundled):
    app = make_app(bundled)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        ops = bundled.operations()
        assert [row.op.id for row in app.explorer.operations.rows] == [op.id for op in ops]
        assert app.explorer.facts.rows == sorted(bundled.facts(operation=ops[0].id), key=lambda f: app.explorer.facts.rows.index(f))
        await pilot.press("G", "tab", "G")
        assert app.explorer.op_id == ops[-1].id
