"""Search as you type: focus, filtering every pane, Enter, Escape, stale results, highlight."""

from __future__ import annotations

from store.search import SearchResult
from tests.tui.conftest import make_app, plain_of, row_texts
from tui.messages import SearchFinished
from tui.widgets.fact_list import FactList
from tui.widgets.operation_list import OperationList
from tui.widgets.search_box import SearchBox
from tui.widgets.text import match_spans


async def _type(pilot, text: str) -> None:
    await pilot.press("slash", *text)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_slash_focuses_search(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash")
        assert isinstance(app.focused, SearchBox)


async def test_typing_filters_operations_and_facts(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _type(pilot, "harbor")
        assert [row.op.id for row in app.explorer.operations.rows] == ["harbor"]
        assert {f.operation for f in app.explorer.facts.rows} == {"harbor"}
        assert "Operations 1 of 3" in str(app.explorer.operations.border_title)
        # Narrow further within the operation: only the matching facts stay.
        await pilot.press("space", *"288")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [(f.metric, f.value) for f in app.explorer.facts.rows] == [("arrests", 288)]
        assert "1 of 6" in str(app.explorer.facts.border_title)


async def test_search_matches_russian_names_codes_and_is_case_insensitive(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _type(pilot, "НИДЕРЛАНДЫ")  # the Netherlands in Russian, upper case
        assert {f.country for f in app.explorer.facts.rows} == {"NL"}
        await pilot.press("escape")
        await _type(pilot, "операция ночь")  # an alias, in another case
        assert [row.op.id for row in app.explorer.operations.rows] == ["nightfall"]
        await pilot.press("escape")
        await _type(pilot, "nemesis")  # a market of the operation
        assert [row.op.id for row in app.explorer.operations.rows] == ["nightfall"]


async def test_yo_equals_ye():
    assert match_spans("Ещё", ("еще",)) == ((0, 3),)
    assert match_spans("Германия и ГЕРМАНИЯ", ("германия",)) == ((0, 8), (11, 19))


async def test_what_is_highlighted_is_the_beginning_of_a_word_as_the_search_matches():
    assert match_spans("seized in arrests", ("s",)) == ((0, 1),)
    assert match_spans("Операция SpecTor: аресты", ("спектор", "spector", "арест")) == ((9, 16), (18, 23))
    assert match_spans("dark-huntor 2021-10", ("huntor", "2021")) == ((5, 11), (12, 16))
    assert match_spans("Marketplace", ("ket",)) == ()


async def test_matches_are_highlighted_in_rows(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _type(pilot, "harb")
        strip = app.explorer.operations.render_line(0)
        match_style = app.explorer.operations.get_component_rich_style("row-list--match", partial=True)
        styled = [seg.text for seg in strip if seg.style and seg.style.underline and seg.style.color == match_style.color]
        assert "".join(styled) == "Harb"
        assert "Harb" in plain_of(app.screen.query_one("#detail"))


async def test_no_match_empties_the_panes(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _type(pilot, "zzzzqqq")
        assert app.explorer.operations.rows == []
        assert app.explorer.facts.rows == []
        assert "no operation matches" in row_texts(app.explorer.operations)[0]


async def test_enter_moves_into_results_keeping_the_filter(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _type(pilot, "germany")
        before = list(app.explorer.facts.rows)
        await pilot.press("enter")
        assert isinstance(app.focused, FactList)
        assert app.explorer.search_box.value == "germany"
        assert app.explorer.facts.rows == before and {f.country for f in before} == {"DE"}


async def test_escape_clears_then_leaves(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _type(pilot, "harbor")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.focused, SearchBox) and app.explorer.search_box.value == ""
        assert len(app.explorer.operations.rows) == 3 and app.explorer.result is None
        await pilot.press("escape")
        assert isinstance(app.focused, OperationList)


async def test_selection_is_kept_when_the_filter_still_contains_it(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("j")
        assert app.explorer.op_id == "harbor"
        await _type(pilot, "arrests")
        assert app.explorer.op_id == "harbor"


async def test_stale_results_are_not_applied(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _type(pilot, "harbor")
        stale = SearchResult(query="old", operations=[], facts=[])
        app.explorer.post_message(SearchFinished("old", stale, repo.snapshot))
        await pilot.pause()
        assert [row.op.id for row in app.explorer.operations.rows] == ["harbor"]


async def test_search_runs_in_a_worker_thread(repo, monkeypatch):
    import threading

    app = make_app(repo)
    threads: list[str] = []
    async with app.run_test(size=(120, 36)) as pilot:
        index = app.search_index()
        original = index.search

        def spy(query, limit=None):
            threads.append(threading.current_thread().name)
            return original(query, limit)

        monkeypatch.setattr(index, "search", spy)
        await _type(pilot, "ha")
        assert threads and all(name != threading.main_thread().name for name in threads)


async def test_keys_typed_in_one_burst_after_slash_land_in_the_box(repo):
    """A terminal read can deliver "/hydra" at once (fast typing, a paste): no key is lost."""
    from textual import events

    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        for key, char in [("slash", "/"), ("h", "h"), ("a", "a"), ("r", "r")]:
            app.post_message(events.Key(key, char))
        await pilot.pause(0.3)
        assert app.explorer.search_box.value == "har"
        await pilot.press("slash")  # inside the box "/" is just a character
        assert app.explorer.search_box.value == "har/"


async def test_an_operation_the_query_names_comes_before_others_that_mention_it(repo):
    """``old market``: the operation of that name leads, although a newer operation's
    article also mentions it (newest first otherwise, as without a filter)."""
    from tests.conftest import make_fact, make_source

    source = make_source("Nightfall officers, who also shut Old Market, arrested 5 more people.")
    repo.add_records(sources=[source], facts=[make_fact(source, 1, operation="nightfall", value=5, country="DE")])
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _type(pilot, "old market")
        assert [row.op.id for row in app.explorer.operations.rows] == ["oldmarket", "nightfall"]
        await pilot.press("escape")
        await _type(pilot, "arrested")  # no name: newest first
        ids = [row.op.id for row in app.explorer.operations.rows]
        assert ids == sorted(ids, key=[op.id for op in repo.operations()].index)


async def test_a_search_typed_while_the_index_builds_says_so_then_answers(repo, monkeypatch):
    """On a large store the index takes seconds to build: a query typed meanwhile shows why
    nothing happens yet, and its results come when the index is ready."""
    import threading

    from store.search import SearchIndex

    release = threading.Event()
    build = SearchIndex.__init__

    def slow_build(self, *args, **kwargs):
        release.wait(10)
        build(self, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "__init__", slow_build)
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"harbor")
        for _ in range(50):
            await pilot.pause(0.02)
            if "search index" in str(app.explorer.search_box.border_subtitle):
                break
        assert "building the search index" in str(app.explorer.search_box.border_subtitle)
        assert len(app.explorer.operations.rows) == 3  # not filtered yet
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [row.op.id for row in app.explorer.operations.rows] == ["harbor"]
        assert not str(app.explorer.search_box.border_subtitle)
