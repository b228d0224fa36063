"""The review's top line says its state and keys first: a long article title is what gives
way (cut with "…"), never "not saved yet · ctrl+s save · esc cancel"."""

from __future__ import annotations

import pytest

from tests.tui.analyst.helpers import app_on_store, open_text, settle

LONG_TITLE = ("Полиция закрыла крупнейший даркнет-рынок «Фонарь» [Lantern Bazaar] в ходе операции Tidewater, "
              "которую вели шесть стран при поддержке Европола и Евроюста")
ARTICLE = LONG_TITLE + "\n\nЗадержаны 48 человек, из них 19 в Германии и 12 в Нидерландах.\n"


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_a_long_title_gives_way_to_the_state_and_keys(tmp_path, size):
    app = app_on_store(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        open_text(app, ARTICLE, "fonar.txt")
        await settle(pilot)
        head = app.screen.query_one("#review-head")
        line = head.render_line(0).text.rstrip()
        assert line.startswith("Review · not saved yet · ctrl+s save · esc cancel · Полиция")
        assert line.endswith("…") and len(line) <= size[0]
