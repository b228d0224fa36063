"""The review screen: what accept, reject, edit and add put in the store, and what cancel does not."""

from __future__ import annotations

from store.repository import Repository
from tests.tui.analyst.helpers import ARTICLE, app_on_store, open_text, screen_text, settle, stored_then_reopened


def _stored(path, source_id):
    repo = Repository.open(path)
    return repo, [f for f in repo.snapshot.facts if f.source == source_id]


async def test_accept_reject_edit_add_then_save(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = open_text(app, ARTICLE)
        await settle(pilot)
        review = screen.review
        proposed = [(d.fact.metric, d.fact.value) for d in review.drafts]
        assert ("arrests", 17) in proposed and ("seized_drugs", 35) in proposed
        # reject the 35 kg of drugs
        drugs = next(i for i, d in enumerate(review.drafts) if d.fact.metric == "seized_drugs")
        screen.facts.move_to(drugs)
        await pilot.press("space")
        # edit the 17 arrests in Spain: 18, country Spain by name
        spain = next(i for i, d in enumerate(review.drafts) if d.fact.value == 17)
        screen.facts.move_to(spain)
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        form.query_one("#form-value").value = "18"
        form.query_one("#form-country").value = "Испания"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        # add the 9 homes searched in Italy from a keyboard selection
        at = ARTICLE.index("9 homes")
        screen.article.focus()
        screen.article.caret = at
        await pilot.press(*["shift+right"] * len("9 homes"))
        assert screen.article.selection == (at, at + len("9 homes"))
        await pilot.press("a")
        await settle(pilot)
        form = app.screen
        form.query_one("#form-metric").value = "searches"
        form.query_one("#form-value").value = "9"
        form.query_one("#form-unit").value = ""
        form.query_one("#form-country").value = "Italy"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        source_id = review.source.id
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is app.explorer
    repo, facts = _stored(app.repo.path, source_id)
    got = {(f.metric, f.value, f.country) for f in facts}
    assert ("arrests", 18, "ES") in got and ("arrests", 17, "ES") not in got
    assert not any(f.metric == "seized_drugs" for f in facts)  # rejected
    searches = next(f for f in facts if f.metric == "searches")
    assert (searches.value, searches.country, searches.start, searches.end) == (9, "IT", at, at + len("9 homes"))
    assert searches.quote == "Police in Italy also searched 9 homes."
    assert repo.source(source_id).text == ARTICLE.replace("\r", "")
    assert len(facts) == len(proposed)  # one rejected, one added


async def test_cancel_writes_nothing(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        before = app.repo.path.read_bytes()
        open_text(app, ARTICLE)
        await settle(pilot)
        await pilot.press("space", "escape")
        await settle(pilot)
        assert "Discard this review" in screen_text(app)
        await pilot.press("y")
        await settle(pilot)
        assert app.screen is app.explorer
        assert app.repo.path.read_bytes() == before


async def test_invalid_edit_blocks_that_fact(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = open_text(app, ARTICLE)
        await settle(pilot)
        before = screen.review.drafts[0]
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        form.query_one("#form-value").value = "forty"
        form.query_one("#form-unit").value = "kg"
        form.query_one("#form-date").value = "2023-13-01"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form  # not saved
        shown = screen_text(app)
        assert "'forty' is not a number" in shown
        assert "no month 13" in shown
        await pilot.press("escape")
        await settle(pilot)
        assert screen.review.drafts[0] == before


async def test_operation_name_and_countries_are_editable(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = open_text(app, ARTICLE)
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        form = app.screen
        form.query_one("#names-name").value = "Harbor"  # an operation already in the store
        form.query_one("#names-countries").value = "Spain, Франция, DE"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        await pilot.press("ctrl+s")
        await settle(pilot)
    repo = Repository.open(app.repo.path)
    harbor = repo.operation("harbor")
    assert {"ES", "FR", "DE"} <= set(harbor.countries)
    assert harbor.name == "Harbor"
    assert repo.operation("quillfeather") is None
    assert any(f.operation == "harbor" and f.value == 17 for f in repo.snapshot.facts)


async def test_text_already_stored_opens_its_review(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = open_text(app, ARTICLE)
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        stored = len(app.repo.snapshot.facts)
        again = open_text(app, ARTICLE, "copy.txt")
        await settle(pilot)
        assert again.review.existing
        assert "already in the store" in screen_text(app)
        assert {d.fact.id for d in again.review.drafts} == {d.fact.id for d in screen.review.drafts}
        await pilot.press("escape")
        await settle(pilot)
        assert len(app.repo.snapshot.facts) == stored


async def test_review_of_a_stored_text_saves_through_the_changes_log(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        again = await stored_then_reopened(app, pilot)
        gone = again.review.drafts[0].fact
        await pilot.press("space")  # reject the first stored fact
        again.facts.move_to(1)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#form-value").value = "99"
        await pilot.press("ctrl+s")
        await settle(pilot)
        edited_id = again.review.drafts[1].fact.id
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is app.explorer
        repo = Repository.open(app.repo.path)
        assert repo.fact(gone.id) is None
        assert repo.fact(edited_id).value == 99 and repo.fact(edited_id).edited
        await pilot.press("u")  # the last change (the edit) is undone from the log
        await settle(pilot)
    assert Repository.open(app.repo.path).fact(edited_id).value != 99
