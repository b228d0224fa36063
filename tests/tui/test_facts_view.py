"""The facts table view: every fact across operations, sorted by any column, filtered by the
query, with the detail following the cursor and Enter opening the fact in the explorer."""

from __future__ import annotations

from tests.tui.conftest import make_app, plain_of, row_texts, wait_until
from tui.screens.facts_view import FactsView


async def _open(pilot) -> FactsView:
    await pilot.press("2")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, FactsView)
    return screen


async def test_the_table_lists_every_fact_of_every_operation(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open(pilot)
        lines = [line for line in row_texts(view.table) if line]
        assert len(lines) == len(repo.snapshot.facts)
        names = {line.split()[0] for line in lines}
        assert {"Harbor", "Nightfall", "Old"} <= names
        assert str(view.box.border_title) == f"Facts {len(repo.snapshot.facts)}"
        assert any("! conflict" in line for line in lines) and any("= corroborated" in line for line in lines)


async def test_s_cycles_the_sort_column_and_S_reverses(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open(pilot)
        await pilot.press("s")  # operation, A to Z
        await pilot.pause()
        names = [line.split()[0] for line in row_texts(view.table) if line]
        assert names == sorted(names, key=str.casefold)
        assert "Operation ▲" in view.header.render_line(0).text
        await pilot.press("S")  # Z to A
        await pilot.pause()
        names = [line.split()[0] for line in row_texts(view.table) if line]
        assert names == sorted(names, key=str.casefold, reverse=True)
        await pilot.press("s")  # date, newest first
        await pilot.pause()
        dates = [line.split()[2] if line.startswith("Old") else line.split()[1] for line in row_texts(view.table) if line]
        assert dates == sorted(dates, reverse=True)
        assert "Date ▼" in view.header.render_line(0).text


async def test_clicking_a_title_sorts_by_it_and_again_reverses(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open(pilot)
        x = view.header.render_line(0).text.index("Figure")
        await pilot.click("#facts-header", offset=(x + 2, 0))
        await pilot.pause()
        assert view.sort_column == "figure" and view.descending
        people = [int(line.split("people")[0].split()[-1]) for line in row_texts(view.table) if "people" in line]
        assert people == sorted(people, reverse=True)
        await pilot.click("#facts-header", offset=(x + 2, 0))
        await pilot.pause()
        people = [int(line.split("people")[0].split()[-1]) for line in row_texts(view.table) if "people" in line]
        assert people == sorted(people)


async def test_the_query_filters_the_table_and_the_detail_follows_the_cursor(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open(pilot)
        await pilot.press("slash", *"netherlands")
        await app.workers.wait_for_complete()
        await pilot.pause()
        lines = [line for line in row_texts(view.table) if line]
        assert lines and all(" NL " in line for line in lines)
        assert str(view.box.border_title).startswith(f"Facts {len(lines)} of ")
        await pilot.press("enter", "down")
        await pilot.pause()
        detail = plain_of(view.query_one("#facts-detail"))
        assert view.table.current.id == view.fact_id
        assert (view.table.current.quote or "Europol") .split()[0] in detail


async def test_enter_opens_the_fact_in_its_operation_keeping_the_query(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open(pilot)
        await pilot.press("slash", *"germany", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        wanted = view.table.current
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        explorer = app.explorer
        assert app.screen is explorer
        assert explorer.search_box.value == "germany"
        assert explorer.op_id == wanted.operation and explorer.facts.current.id == wanted.id
        assert app.focused is explorer.facts


async def test_views_share_the_query_both_ways(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"harbor", "enter")
        await app.workers.wait_for_complete()
        view = await _open(pilot)
        assert view.search_box.value == "harbor"
        lines = [line for line in row_texts(view.table) if line]
        assert lines and all(line.startswith("Harbor") for line in lines)
        view.search_box.value = "nightfall"
        await app.workers.wait_for_complete()
        await pilot.press("escape")  # from the table: back to the explorer
        await pilot.pause()
        await pilot.press("1")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is app.explorer and app.explorer.search_box.value == "nightfall"


async def test_the_palette_offers_the_views(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("ctrl+p", *"facts table")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, FactsView)


async def test_a_sort_not_made_yet_is_made_in_a_worker(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open(pilot)
        import threading

        table = app.fact_table()
        table._orders.clear()  # as if the warm-up had not got there yet
        sorted_in: list[str] = []
        sort = table._sort
        table._sort = lambda *args: (sorted_in.append(threading.current_thread().name), sort(*args))[1]
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert table.has_order("operation")
        assert sorted_in and threading.main_thread().name not in sorted_in  # never on the UI thread
        names = [line.split()[0] for line in row_texts(view.table) if line]
        assert names == sorted(names, key=str.casefold)


async def test_a_view_on_screen_follows_a_reload_of_the_store(store):

    from store.model import Fact, Operation, Source, sha256_text
    from store.repository import Repository

    repo, _ = store
    app = make_app(repo, poll=0.1)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open(pilot)
        before = len([line for line in row_texts(view.table) if line])
        text = "Operation Zenith arrested 12 people in France."
        other = Repository.open(repo.path)
        other.add_records(
            sources=[Source(id="src-z", title="Zenith", text=text, sha256=sha256_text(text), published="2025-01")],
            operations=[Operation(id="zenith", name="Zenith", announced="2025-01")],
            facts=[Fact(id="f-z", operation="zenith", metric="arrests", value=12, unit="people", country="FR",
                        source="src-z", quote=text, start=26, end=28)])
        await wait_until(pilot, lambda: len([line for line in row_texts(view.table) if line]) > before)
        lines = [line for line in row_texts(view.table) if line]
        assert len(lines) == before + 1 and any(line.startswith("Zenith") for line in lines)
        assert app.screen is view


async def test_a_key_right_after_enter_in_the_search_box_is_a_key_for_the_view(store):
    repo, _ = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await _open(pilot)
        view.focus_search()
        await pilot.pause()
        from textual import events

        for key in (*"harbor", "enter", "s"):  # one burst, as a fast typist or a paste sends it
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert view.search_box.value == "harbor" and view.sort_column == "operation"
