"""Rows of the same figure from different sources can be told apart: outlet, tier and date."""

from __future__ import annotations

from tests.tui.conftest import make_app, row_texts


async def test_wide_facts_rows_show_outlet_tier_and_date(repo):
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        lines = row_texts(app.explorer.facts)  # Nightfall: 160 in Germany from two sources
        same = [line for line in lines if line.split()[1:5] == ["arrests", "160", "people", "DE"]]
        assert len(same) == 2 and same[0] != same[1]
        assert any("europol.txt" in line and "official" in line and "2024-03-05" in line for line in same)
        assert any("wire.txt" in line and "news" in line and "2024-03-08" in line for line in same)
        citation = next(line for line in lines if "example.org" in line)
        assert "low" in citation and "2024-04" in citation


async def test_wide_terminal_gives_the_outlet_more_room(repo):
    app = make_app(repo)
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        lines = row_texts(app.explorer.facts)
        assert any(line.split()[-2:] == ["europol.txt", "official"] for line in lines)


async def test_narrow_terminal_keeps_the_short_rows(repo):
    app = make_app(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = row_texts(app.explorer.facts)
        assert lines[0].split()[:5] == ["!", "arrests", "160", "people", "DE"]
        assert not any("official" in line for line in lines)
