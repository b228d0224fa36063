"""A figure without a date of its own shows its source's publication date, marked as that
(dimmed in the lists, said in the detail, ``*`` in the CLI), and one without either shows
"—": the date column is never blank, in the explorer's list, the detail and ``takedown facts``."""

from __future__ import annotations

from pathlib import Path

from store.model import Fact, Operation, Source, sha256_text, stable_id
from store.repository import Repository
from store.storage import create, empty_document
from tests.tui.conftest import make_app, row_texts
from tui.cli import main
from tui.widgets.fact_detail import render_fact

TEXT = "Police arrested 12 people and seized 30 kg of drugs."


def _store(path: Path) -> tuple[Repository, dict[str, Fact]]:
    create(path, empty_document())
    repo = Repository.open(path)
    dated = Source(id=stable_id("src", "dated"), title="Wire story", language="en", published="2024-02-19",
                   origin="https://wire.example/story", text=TEXT, sha256=sha256_text(TEXT), tier="news")
    undated = Source(id=stable_id("src", "undated"), title="Undated blog", language="en",
                     origin="https://blog.example/post", text=TEXT + " ", sha256=sha256_text(TEXT + " "), tier="low")
    op = Operation(id="quietop", name="Quietop", announced="2024-02")

    def fact(key: str, source: Source, value: int, date: str | None) -> Fact:
        return Fact(id=stable_id("f", key), operation="quietop", metric="arrests", value=value, unit="people",
                    qualifier="exact", source=source.id, quote=TEXT, date=date)

    facts = {"own": fact("own", dated, 12, "2024-02-16"), "published": fact("pub", dated, 13, None),
             "none": fact("none", undated, 14, None)}
    repo.add_records(sources=[dated, undated], operations=[op], facts=list(facts.values()))
    return repo, facts


async def test_the_fact_list_dims_a_publication_date_and_dashes_no_date(tmp_path):
    repo, _facts = _store(tmp_path / "s.json")
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        facts = app.explorer.facts
        lines = {line.split("people")[0].split()[-1]: line for line in row_texts(facts) if "people" in line}
        assert "2024-02" in lines["12"] and "2024-02" in lines["13"], lines
        assert "—" in lines["14"].split("people")[1], lines
        dim = facts.style_of("row-list--dim")
        width = facts.scrollable_content_region.width
        style = {fact.value: next(c.style for c in facts.render_row(fact, width) if c.text.startswith(("2024", "—")))
                 for fact in facts.rows}
        assert style[13] == dim and style[14] == dim and style[12] is None, style


def test_the_detail_says_whose_date_it_shows(tmp_path):
    repo, facts = _store(tmp_path / "s.json")
    own, published, none = (render_fact(repo, facts[k]).plain for k in ("own", "published", "none"))
    assert "date       2024-02-16\n" in own and "publication" not in own
    assert "date       2024-02-19  the source's publication date" in published
    assert "date       —  no date: neither the figure nor its source gives one" in none


def test_the_cli_marks_publication_dates_and_dashes_no_date(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    _store(tmp_path / "s.json")
    assert main(["facts", "--db", str(tmp_path / "s.json")]) == 0
    out = capsys.readouterr().out
    rows = {line.split("│")[4].strip(): line.split("│")[6].strip() for line in out.splitlines() if line.startswith("│ f-")}
    assert rows == {"12 people": "2024-02-16", "13 people": "2024-02-19*", "14 people": "—"}, out
    assert "date*: the source's publication date" in out
