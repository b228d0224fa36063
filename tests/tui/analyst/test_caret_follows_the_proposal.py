"""Moving through the proposed facts puts the article's caret on the figure, so shift+tab into
the text starts a keyboard selection there (a missed figure is usually near a found one), not
at the top of the article."""

from __future__ import annotations

from tests.tui.analyst.helpers import ARTICLE, app_on_store, open_text, settle
from tui.widgets.article_view import ArticleView


async def test_shift_tab_into_the_text_lands_on_the_highlighted_figure(tmp_path):
    app = app_on_store(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        open_text(app, ARTICLE)
        await settle(pilot)
        await pilot.press("j", "j")
        await settle(pilot)
        draft = app.screen.review.drafts[app.screen.facts.cursor]
        await pilot.press("shift+tab")
        await settle(pilot)
        article = app.screen.query_one(ArticleView)
        assert app.focused is article
        assert article.caret == draft.fact.start
        await pilot.press("W")  # select a word from there: the figure itself
        await settle(pilot)
        start, end = article.selection
        text = app.screen.review.source.text
        assert start == draft.fact.start and text[start:end].strip() == str(draft.fact.value)
