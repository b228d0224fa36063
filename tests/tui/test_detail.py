"""The fact detail: figure, countries in two languages, source, quote, conflicts, citations."""

from __future__ import annotations

from store.repository import Repository
from tests.tui.conftest import make_app, plain_of
from tui.widgets.fact_detail import FIGURE
from tui.widgets.text import figure_span


async def _open_fact(pilot, fact_id: str) -> str:
    pilot.app.goto_fact(fact_id)
    await pilot.pause()
    assert pilot.app.explorer.fact_id == fact_id
    return plain_of(pilot.app.screen.query_one("#detail"))


async def test_detail_reads_like_a_person_would(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        text = await _open_fact(pilot, facts["a_de"].id)
        assert text.startswith("160 people  arrests")
        assert "Germany / Германия (DE)" in text
        assert "Nightfall" in text and "2024" in text
        assert "Europol: Operation Nightfall" in text and "europol.txt · 2024-03-05" in text
        assert "“Police arrested 160 people in Germany.”" in text


async def test_figure_is_highlighted_inside_the_quote(store):
    repo, facts = store
    fact = facts["a_de"]
    span = figure_span(fact, repo.source(fact.source))
    assert fact.quote[span[0]:span[1]] == "160"
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _open_fact(pilot, fact.id)
        body = app.screen.query_one("#detail").content
        quote_at = body.plain.index("“Police") + 1
        highlighted = [body.plain[s.start:s.end] for s in body.spans if str(s.style) == FIGURE]
        assert highlighted == ["160"] and body.plain[quote_at + span[0]: quote_at + span[1]] == "160"


async def test_conflicts_and_corroborations_are_shown(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        text = await _open_fact(pilot, facts["a_de"].id)
        assert "⚠ disputed: other sources give 170 people" in text
        assert "Conflicting figures" in text and "≠ 170 people" in text and "Daily News on Nightfall" in text
        assert "Corroborated by" in text and "= 160 people" in text and "Trade wire" in text
        # The list marks the disputed figure.
        first = app.explorer.facts.render_line(0).text
        assert first.startswith("!")


async def test_same_sentence_facts_are_listed(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        harbor = [f for f in repo.facts(operation="harbor") if f.country == "US"][0]
        text = await _open_fact(pilot, harbor.id)
        assert "Same sentence" in text and "52 people" in text and "45 people" in text


async def test_citation_without_text_shows_the_reference(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        text = await _open_fact(pilot, facts["citation"].id)
        assert "Reference citation" in text
        assert "Europol annual report 2024" in text
        assert "https://example.org/report" in text and "2024-04" in text and "Europol" in text
        assert "confirmed by 1 other source" in text


async def test_enter_on_a_fact_focuses_the_detail_at_the_top(store):
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab", "enter")
        detail = app.screen.query_one("#detail")
        assert app.focused is detail and detail.scroll_y == 0
        await pilot.press("j", "j")
        assert detail.scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert detail.scroll_y == 0


def test_detail_for_a_fact_whose_source_is_gone(tmp_path):
    from store.model import Fact
    from tests.tui.conftest import own_store
    from tui.widgets.fact_detail import render_fact

    repo, _ = own_store(tmp_path / "x.json")
    orphan = Fact(id="f-x", operation="nowhere", metric="arrests", value=3, unit="people", qualifier="at_least",
                  quote="Three [b]men[/b] held.", source="missing")
    text = render_fact(repo, orphan).plain
    assert text.startswith("more than 3 people") and "unknown source" in text and "[b]men[/b]" in text
    assert isinstance(repo, Repository)


async def test_the_quote_can_be_selected_and_copied(store):
    """Journalists copy the sentence a figure comes from: drag over it with the mouse."""
    repo, facts = store
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await _open_fact(pilot, facts["a_de"].id)
        detail = app.explorer.detail
        quote_line = next(y for y in range(10) if "Police" in detail.render_line(y).text)
        before = detail.render_line(quote_line)
        await pilot.mouse_down(detail, offset=(2, quote_line + 1))  # +1: the border
        await pilot.hover(detail, offset=(40, quote_line + 1))
        await pilot.mouse_up(detail, offset=(40, quote_line + 1))
        await pilot.pause()
        assert "Police arrested 160" in (app.screen.get_selected_text() or "")
        assert detail.render_line(quote_line) != before  # it shows as selected
