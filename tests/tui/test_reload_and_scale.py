"""Live reload of a store another process writes to, and lists that stay fast at 100,000 rows."""

from __future__ import annotations

from store.model import Fact, Operation, Source, sha256_text, stable_id
from store.repository import Repository
from tests.tui.conftest import make_app, plain_of, wait_until
from tui.widgets.fact_list import FactList


async def test_live_reload_keeps_the_selection(store):
    repo, facts = store
    app = make_app(repo, poll=0.1)
    async with app.run_test(size=(120, 36)) as pilot:
        app.goto_fact(facts["a_nl"].id)
        await pilot.pause()
        # Another process ingests a new operation.
        other = Repository.open(repo.path)
        text = "Operation Zenith arrested 12 people in France."
        src = Source(id="src-z", title="Zenith", text=text, sha256=sha256_text(text), published="2025-01")
        op = Operation(id="zenith", name="Zenith", announced="2025-01", countries=("FR",))
        fact = Fact(id=stable_id("f", "z"), operation="zenith", metric="arrests", value=12, unit="people",
                    country="FR", source="src-z", quote=text, start=26, end=28)
        other.add_records(sources=[src], operations=[op], facts=[fact])
        await wait_until(pilot, lambda: len(app.explorer.operations.rows) >= 4)
        assert [row.op.id for row in app.explorer.operations.rows][0] == "zenith"
        assert app.explorer.op_id == "nightfall" and app.explorer.fact_id == facts["a_nl"].id
        assert "4 operations" in plain_of(app.screen.query_one("#store-bar"))
        assert "reloaded" in plain_of(app.screen.query_one("#store-bar"))


async def test_reload_keeps_the_search_filter(store):
    repo, facts = store
    app = make_app(repo, poll=0.1)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"france")
        await app.workers.wait_for_complete()
        await wait_until(pilot, lambda: [row.op.id for row in app.explorer.operations.rows] == ["harbor"])
        assert [row.op.id for row in app.explorer.operations.rows] == ["harbor"]  # France took part
        assert app.explorer.facts.rows == []
        other = Repository.open(repo.path)
        text = "Police in France arrested 9 people for Nightfall."
        src = Source(id="src-f", title="Le wire", text=text, sha256=sha256_text(text))
        fact = Fact(id=stable_id("f", "fr"), operation="nightfall", metric="arrests", value=9, unit="people",
                    country="FR", source="src-f", quote=text, start=26, end=27)
        other.add_records(sources=[src], facts=[fact])
        await wait_until(pilot, lambda: len(app.explorer.operations.rows) >= 2)
        assert [row.op.id for row in app.explorer.operations.rows] == ["nightfall", "harbor"]
        assert app.explorer.op_id == "harbor"  # the selection stays
        app.explorer.operations.focus()
        await pilot.press("g")
        assert [f.value for f in app.explorer.facts.rows] == [9]
        assert app.explorer.search_box.value == "france"


async def test_unreadable_store_is_a_notice_not_a_crash(store):
    repo, facts = store
    app = make_app(repo, poll=0.1)
    async with app.run_test(size=(120, 36)) as pilot:
        repo.path.write_text("{ not json", encoding="utf-8")
        await wait_until(pilot, lambda: bool(app._notifications))
        assert app.is_running
        assert any("reload" in n.title.lower() for n in app._notifications)
        assert len(app.explorer.operations.rows) == 3  # the old snapshot stays


async def test_fact_list_renders_only_visible_rows_of_100k():
    from textual.app import App, ComposeResult

    rows = [
        Fact(id=f"f-{i}", operation="op", metric="arrests", value=i, unit="people", country="DE", source="s")
        for i in range(100_000)
    ]
    calls = 0

    class Counting(FactList):
        def render_row(self, row, width):
            nonlocal calls
            calls += 1
            return super().render_row(row, width)

    class Host(App):
        def compose(self) -> ComposeResult:
            yield Counting(id="facts")

    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        facts = app.query_one(Counting)
        facts.set_rows(rows)
        facts.focus()
        await pilot.pause()
        assert calls <= 2 * 24
        await pilot.press("G")
        await pilot.pause()
        assert facts.cursor == 99_999 and facts.current.value == 99_999
        assert round(facts.scroll_y) >= 99_999 - 24
        assert calls <= 5 * 24
        assert "99,999 people" in facts.render_line(facts.scrollable_content_region.height - 1).text
