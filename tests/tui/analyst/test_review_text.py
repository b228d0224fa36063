"""The review's article pane: the list scrolls the text to its figure, a click selects a fact,
and a save while another process ingests keeps both sides' facts."""

from __future__ import annotations

import threading

from textual import events

from store.ingest.pipeline import ingest_paths
from store.repository import Repository
from tests.tui.analyst.helpers import ARTICLE, app_on_store, open_text, settle
from tui.widgets.article_view import wrap_offsets

LONG = "\n\n".join(
    f"Paragraph {i}: the market's vendors shipped parcels across Europe for years, prosecutors said." for i in range(80)
) + "\n\nIn the end police in Spain arrested 23 people and seized 14 kg of drugs."


async def test_moving_through_the_list_scrolls_to_the_figure(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = open_text(app, LONG)
        await settle(pilot)
        article = screen.article
        assert round(article.scroll_y) == 0
        last = len(screen.review.drafts) - 1
        screen.facts.focus()
        await pilot.press(*["j"] * last)
        await settle(pilot)
        fact = screen.review.drafts[last].fact
        line = article.line_of(fact.start)
        top = round(article.scroll_y)
        assert top > 0 and top <= line < top + article.scrollable_content_region.height
        await pilot.press("g")
        await settle(pilot)
        assert round(article.scroll_y) <= article.line_of(screen.review.drafts[0].fact.start)


async def test_clicking_a_figure_selects_its_fact(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = open_text(app, ARTICLE)
        await settle(pilot)
        article = screen.article
        target = next(i for i, d in enumerate(screen.review.drafts) if d.fact.metric == "seized_drugs")
        fact = screen.review.drafts[target].fact
        line = article.line_of(fact.start)
        start, _ = article._lines[line]
        x0, y0 = article.content_offset  # border and padding
        await pilot.click(article, offset=(x0 + fact.start - start, y0 + line - round(article.scroll_y)))
        await settle(pilot)
        assert screen.facts.cursor == target
        assert article.current == target


def test_wrapping_keeps_every_character_once():
    text = "A short line.\n\n" + "word " * 40 + "\n" + "x" * 130
    lines = wrap_offsets(text, 30)
    assert all(end - start <= 30 for start, end in lines)
    rebuilt = []
    for start, end in lines:
        rebuilt.append(text[start:end])
    joined = "".join(rebuilt)
    assert joined.replace(" ", "") == text.replace("\n", "").replace(" ", "")


async def test_save_during_a_concurrent_ingest_keeps_both(tmp_path):
    other_article = tmp_path / "other.txt"
    other_article.write_text("Operation Tidewater: police in Portugal arrested 11 people on Monday.", encoding="utf-8")
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = open_text(app, ARTICLE)
        await settle(pilot)
        ours = {d.fact.id for d in screen.review.drafts}
        # another process ingests while the review is open, and again while it saves
        ingest_paths(Repository.open(app.repo.path), [str(other_article)], dry_run=False)
        second = tmp_path / "second.txt"
        second.write_text("Operation Saltmarsh: police in Greece arrested 6 people.", encoding="utf-8")
        racer = threading.Thread(target=lambda: ingest_paths(Repository.open(app.repo.path), [str(second)], dry_run=False))
        racer.start()
        await pilot.press("ctrl+s")
        await settle(pilot)
        racer.join()
    repo = Repository.open(app.repo.path)
    stored = {f.id for f in repo.snapshot.facts}
    assert ours <= stored
    assert any(f.value == 11 and f.country == "PT" for f in repo.snapshot.facts)
    assert any(f.value == 6 and f.country == "GR" for f in repo.snapshot.facts)


def test_every_analyst_binding_has_an_id_and_a_description():
    from tui import bindings

    for name in ("ANALYST_BINDINGS", "INGEST_BINDINGS", "REVIEW_BINDINGS", "ARTICLE_BINDINGS", "FORM_BINDINGS",
                 "CONFIRM_BINDINGS", "NAMES_BINDINGS", "EXPORT_BINDINGS", "PROMPT_BINDINGS"):
        for binding in getattr(bindings, name):
            assert binding.id and binding.description, (name, binding.key)
    ids = [b.id for name in dir(bindings) if name.endswith("_BINDINGS") for b in getattr(bindings, name)]
    assert len(ids) == len(set(ids))


async def test_dragging_the_mouse_selects_a_span_to_add(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = open_text(app, ARTICLE)
        await settle(pilot)
        article = screen.article
        at = ARTICLE.index("9 homes")
        end = at + len("9 homes")
        x0, y0 = article.content_offset

        def cell(offset):
            line = article.line_of(offset)
            return x0 + offset - article._lines[line][0], y0 + line - round(article.scroll_y)

        await pilot.mouse_down(article, offset=cell(at))
        # a drag: the terminal reports moves with the button held, to the widget holding the mouse
        region = article.region
        x1, y1 = cell(end)
        article.post_message(events.MouseMove(article, x1, y1, 1, 0, 1, False, False, False,
                                              screen_x=region.x + x1, screen_y=region.y + y1))
        await pilot.pause()
        await pilot.mouse_up(article, offset=(x1, y1))
        await settle(pilot)
        assert article.selection == (at, at + len("9 homes"))
        await pilot.press("a")
        await settle(pilot)
        assert app.screen.query_one("#form-value").value == "9 homes"
