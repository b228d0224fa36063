"""The fact detail builds a fact's lines once and re-renders only the lines whose search
highlights change: what it shows is, span for span, a fresh render of the fact with the
terms, whatever terms came before."""

from __future__ import annotations

from rich.text import Text

from tests.tui.conftest import full_render, make_app
from tui.widgets.fact_detail import FactLines, fact_text, render_fact
from tui.widgets.wrapped_text import logical_lines

TERMS = [(), ("arrest",), ("arr",), ("germany",), ("nightfall", "160"), ("europol", "arrested"), ("zzz",), ("5", "kg"),
         ("police",), ("[bold]",), ("news",)]


def _same(a: list[Text], b: list[Text]) -> bool:
    return [(t.plain, t.spans, t.style) for t in a] == [(t.plain, t.spans, t.style) for t in b]


def test_lines_for_any_terms_are_a_fresh_render(bundled, store):
    checked = 0
    for repo in (bundled, store[0]):
        for fact in list(repo.facts())[:80]:
            lines = FactLines(fact, fact_text(repo, fact))
            for terms in TERMS + list(reversed(TERMS)):  # each after others: nothing is left over
                assert _same(lines.for_terms(terms), logical_lines(render_fact(repo, fact, terms))), (fact.id, terms)
                checked += 1
    assert checked > 1000


def test_a_highlight_that_changes_one_line_leaves_the_other_lines_alone(store):
    repo, facts = store
    fact = facts["a_de"]
    lines = FactLines(fact, fact_text(repo, fact))
    plain = lines.for_terms(())
    marked = lines.for_terms(("germany",))
    changed = [i for i, (a, b) in enumerate(zip(plain, marked)) if a is not b]
    assert changed and len(changed) < len(plain)  # the country and the quote, not the rest
    assert all("Germany" in marked[i].plain for i in changed)
    assert lines.for_terms(("germany",))[changed[0]] is marked[changed[0]]  # kept, not rebuilt


async def test_the_pane_shows_a_fresh_render_while_typing(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash")
        screen = app.explorer
        for query in ("nightfall", "germ", "nightfall 160"):
            screen.search_box.value = ""
            for ch in query:
                await pilot.press(ch if ch != " " else "space")
                await app.workers.wait_for_complete()
                await pilot.pause()
                fact = screen.facts.current
                if fact is None:
                    continue
                fresh = render_fact(repo, fact, screen.terms)
                assert _same(logical_lines(screen.detail.content), logical_lines(fresh))
                width = screen.detail.scrollable_content_region.width
                full = full_render(app.console, fresh, width)
                drawn = [screen.detail.render_line(y).text for y in range(min(len(full), screen.detail.size.height))]
                assert drawn == [line.text for line in full][: len(drawn)]
