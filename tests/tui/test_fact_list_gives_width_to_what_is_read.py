"""The fact list gives its width to what the analyst reads: metric names and figures whole,
the outlet only as wide as the operation's outlets (``mexc.fm``), and cut last."""

from __future__ import annotations

from pathlib import Path

from store.model import Fact, Operation, Source, sha256_text, stable_id
from store.repository import Repository
from store.storage import create, empty_document
from tests.tui.conftest import make_app, row_texts

TEXT = "The founder pleaded guilty; forfeiture of 105.05 million dollars was ordered; 10 countries took part."


def _store(path: Path, *, long_metric: bool = False) -> Repository:
    create(path, empty_document())
    repo = Repository.open(path)
    sources = [Source(id=stable_id("src", host), title=host, language="en", published="2025-05-20",
                      origin=f"https://{host}/story", text=f"{TEXT} ({host})", sha256=sha256_text(f"{TEXT} ({host})"),
                      tier="news")
               for host in ("mexc.fm", "krone.at")]
    op = Operation(id="wideop", name="Wideop", announced="2025-05")

    def fact(metric, value, unit, source, text=None) -> Fact:
        return Fact(id=stable_id("f", metric, value, source.id, text), operation="wideop", metric=metric, value=value,
                    unit=unit, qualifier="exact", source=source.id, quote=TEXT, value_text=text)

    facts = [fact("forfeiture_ordered", 105_045_109, "USD", sources[0]),
             fact("commission", None, None, sources[0], "5%"),
             fact("drugs_sold", None, None, sources[1], "over 1,000 kg"),
             fact("arrests", 1, "people", sources[0])]
    if long_metric:
        facts.append(fact("participating_countries", 10, None, sources[1]))
    repo.add_records(sources=sources, operations=[op], facts=facts)
    return repo


async def test_metric_figure_and_outlet_read_whole_at_120_columns(tmp_path):
    repo = _store(tmp_path / "s.json")
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        text = "\n".join(row_texts(app.explorer.facts))
        assert "…" not in text, text
        for word in ("forfeiture ordered", "commission", "drugs sold",
                     "over 1,000 kg", "105.05M USD", "mexc.fm", "krone.at"):
            assert word in text, (word, text)
        # the tier follows its outlet, not 20 blank cells later
        assert any("mexc.fm  news" in line for line in text.splitlines()), text


async def test_a_long_metric_name_gives_way_to_the_outlets(tmp_path):
    repo = _store(tmp_path / "s.json", long_metric=True)
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        lines = [line for line in row_texts(app.explorer.facts) if line]
        text = "\n".join(lines)
        for word in ("forfeiture ordered", "participating", "commission", "105.05M USD", "mexc.fm  news", "krone.at news"):
            assert word in text, (word, text)
        assert "participating countries" not in text, text  # the longest name is what is cut
        assert all(line.rstrip().endswith("news") for line in lines), text  # the tier still shows


def _long_outlets(path: Path) -> Repository:
    """An operation whose sources are sites with long names, its metrics long too."""
    create(path, empty_document())
    repo = Repository.open(path)
    hosts = ("nachrichten-presseagentur.de", "internationalcybersecurity.com")
    sources = [Source(id=stable_id("src", host), title=host, language="en", published="2025-05-20",
                      origin=f"https://www.{host}/story", text=f"{TEXT} ({host})", sha256=sha256_text(f"{TEXT} ({host})"),
                      tier="news") for host in hosts]
    op = Operation(id="wideop", name="Wideop", announced="2025-05")
    facts = [Fact(id=stable_id("f", metric, n), operation="wideop", metric=metric, value=n, unit=None, qualifier="exact",
                  source=sources[n % 2].id, quote=TEXT, value_text=text)
             for n, (metric, text) in enumerate([("participating_countries", None), ("cooperating_countries", None),
                                                 ("devices_seized", "47 smartphones, 45 laptops and 3 servers"),
                                                 ("searches", None)])]
    repo.add_records(sources=sources, operations=[op], facts=facts)
    return repo


async def test_long_outlet_names_stay_readable_beside_long_metrics(tmp_path):
    repo = _long_outlets(tmp_path / "s.json")
    for size, least in (((120, 36), 15), ((160, 40), 30)):
        app = make_app(repo)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            lines = [line for line in row_texts(app.explorer.facts) if line]
            text = "\n".join(lines)
            # the outlet keeps at least ``least`` cells of its name (the top-level domain goes first)
            assert "nachrichten-presseagentur"[:least - 1] in text, (size, text)
            assert "internationalcybersecurity"[:least - 1] in text, (size, text)
            if size[0] < 160:  # a long metric name is cut after a word, not inside one
                assert "participating…" in text and "cooperating…" in text, text
            else:  # room for all: a figure stated as text no longer starves the outlet
                assert "nachrichten-presseagentur.de" in text and "internationalcybersecurity.com" in text, text
