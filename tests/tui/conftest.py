"""Stores and helpers for the explorer's pilot and snapshot tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text

from store.model import Fact, Operation, Source, sha256_text, stable_id
from store.repository import Repository
from store.storage import create, empty_document
from tui.app import TakedownApp

HOSTILE = "The market [bold]x[/bold] [@click=app.quit] sold \x1b[2J 5 kg of drugs."
TEXT_A = (
    "Operation Nightfall ended on Monday. Police arrested 160 people in Germany. "
    "In the Netherlands 40 people were detained. " + HOSTILE
)
TEXT_B = "Reports say 170 people were arrested in Germany as part of Nightfall."
TEXT_C = "German police detained 160 suspects during Nightfall, the Bundeskriminalamt said."


def _fact(source: Source, op: str, metric: str, value, unit, country, quote: str, figure: str, **extra) -> Fact:
    start = source.text.find(quote) + quote.find(figure) if source.text else None
    end = start + len(figure) if start is not None else None
    return Fact(
        id=stable_id("f", source.id, metric, country, value, quote),
        operation=op, metric=metric, value=value, unit=unit, country=country, source=source.id,
        quote=quote, start=start, end=end, **extra,
    )


def build_extra(repo: Repository) -> dict[str, Fact]:
    """Add an operation with conflicting, corroborating, hostile and citation facts."""
    op = Operation(
        id="nightfall", name="Nightfall", aliases=("Операция Ночь",), announced="2024-03",
        markets=("Nemesis Market",), countries=("DE", "NL"),
    )
    a = Source(id=stable_id("src", "a"), title="Europol: Operation Nightfall", language="en", published="2024-03-05",
               origin="europol.txt", text=TEXT_A, sha256=sha256_text(TEXT_A), tier="official")
    b = Source(id=stable_id("src", "b"), title="Daily News on Nightfall", language="en", published="2024-03-07",
               origin="news.txt", text=TEXT_B, sha256=sha256_text(TEXT_B), tier="news")
    c = Source(id=stable_id("src", "c"), title="Trade wire", language="en", published="2024-03-08",
               origin="wire.txt", text=TEXT_C, sha256=sha256_text(TEXT_C), tier="news")
    d = Source(id=stable_id("src", "d"), title="Europol annual report 2024", published="2024-04",
               origin="https://example.org/report", kind="citation", tier="low")
    facts = {
        "a_de": _fact(a, "nightfall", "arrests", 160, "people", "DE", "Police arrested 160 people in Germany.", "160"),
        "a_nl": _fact(a, "nightfall", "arrests", 40, "people", "NL", "In the Netherlands 40 people were detained.", "40"),
        "hostile": _fact(a, "nightfall", "seized_drugs", 5, "kg", "DE", HOSTILE, "5 kg"),
        "b_de": _fact(b, "nightfall", "arrests", 170, "people", "DE", TEXT_B, "170"),
        "c_de": _fact(c, "nightfall", "arrests", 160, "people", "DE", TEXT_C, "160"),
        "citation": Fact(id=stable_id("f", "cite"), operation="nightfall", metric="arrests", value=40, unit="people",
                         country="NL", source=d.id, attributed_to="Europol", date="2024-04"),
    }
    repo.add_records(sources=[a, b, c, d], operations=[op], facts=list(facts.values()))
    return facts


TEXT_H = (
    "Operation Harbor led to 288 arrests worldwide. In the United States 153 people were arrested, "
    "in Germany 52 and in the United Kingdom 45. Police seized 53.4 million USD and 850 kg of drugs."
)


def build_harbor(repo: Repository) -> None:
    """An older operation with per-country arrests (for the bar chart) and a market takedown."""
    h = Source(id=stable_id("src", "h"), title="Harbor press release", language="en", published="2023-05-02",
               origin="harbor.txt", text=TEXT_H, sha256=sha256_text(TEXT_H), tier="official")
    o = Source(id=stable_id("src", "o"), title="BKA note on the old market", published="2019-05",
               origin="https://example.org/bka", kind="citation", tier="official")
    harbor = Operation(id="harbor", name="Harbor", aliases=("Operation Harbor",), announced="2023-05",
                       countries=("US", "DE", "GB", "FR"), markets=("Monopoly Market",))
    old = Operation(id="oldmarket", name="Old Market", kind="market_takedown", ended="2019-05", countries=("DE",))
    first = "Operation Harbor led to 288 arrests worldwide."
    second = "In the United States 153 people were arrested, in Germany 52 and in the United Kingdom 45."
    third = "Police seized 53.4 million USD and 850 kg of drugs."
    facts = [
        _fact(h, "harbor", "arrests", 288, "people", None, first, "288"),
        _fact(h, "harbor", "arrests", 153, "people", "US", second, "153"),
        _fact(h, "harbor", "arrests", 52, "people", "DE", second, "52"),
        _fact(h, "harbor", "arrests", 45, "people", "GB", second, "45"),
        _fact(h, "harbor", "seized_money", 53_400_000, "USD", None, third, "53.4 million USD"),
        _fact(h, "harbor", "seized_drugs", 850, "kg", None, third, "850 kg"),
        Fact(id=stable_id("f", "old"), operation="oldmarket", metric="shut_down", value=None, unit=None,
             country="DE", date="2019-05", source=o.id),
    ]
    repo.add_records(sources=[h, o], operations=[harbor, old], facts=facts)


def own_store(path: Path) -> tuple[Repository, dict[str, Fact]]:
    """A store built only from test records, so it does not move when the bundled data does."""
    create(path, empty_document())
    repository = Repository.open(path)
    build_harbor(repository)
    facts = build_extra(repository)
    return repository, facts


@pytest.fixture
def bundled(tmp_path: Path) -> Repository:
    """A fresh copy of the bundled dataset (its contents change as the project grows)."""
    return Repository.open(tmp_path / "bundled.json")


@pytest.fixture
def store(tmp_path: Path) -> tuple[Repository, dict[str, Fact]]:
    """Harbor, Old Market and Nightfall: fixed test data with conflicts and hostile text."""
    return own_store(tmp_path / "s.json")


@pytest.fixture
def repo(store) -> Repository:
    return store[0]


def make_app(repo: Repository, poll: float = 0) -> TakedownApp:
    return TakedownApp(repo, poll_interval=poll, path_label="s.json")


async def wait_until(pilot, done, timeout: float = 60.0) -> bool:
    """Let the app run until ``done()`` holds or ``timeout`` seconds pass; a loaded machine (CI on two
    cores, other tests beside) polls and paints late, and the wait ends as soon as the change lands."""
    import time

    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() >= deadline:
            return False
        await pilot.pause(0.05)
    return True


def plain_of(widget) -> str:
    """The text a pane shows (a rich Text built by the explorer)."""
    content = widget.content
    return content.plain if isinstance(content, Text) else str(content)


def full_render(console, text: Text, width: int, base=None) -> list:
    """What a pane should draw for ``text``: rich's render of each of its lines at ``width``,
    except that a line marked with a hanging indent (``wrapped_text.hanging``) that does not
    fit wraps its rest at ``width`` less the indent, each later line indented by it."""
    from rich.segment import Segment
    from textual.strip import Strip

    from tui.widgets.wrapped_text import hang_of

    def finish(strip):
        return strip.apply_style(base) if base is not None else strip

    strips = []
    for line in text.split("\n", allow_blank=True):
        hang = min(hang_of(line), width // 2)
        if not hang or line.cell_len <= width:
            options = console.options.update(width=width, height=None)
            strips += [finish(Strip(s, width)) for s in console.render_lines(line, options, pad=True)]
            continue
        options = console.options.update(width=hang, height=None)
        head = console.render_lines(line[:hang], options, pad=True)[0]
        options = console.options.update(width=width - hang, height=None)
        for at, body in enumerate(console.render_lines(line[hang:], options, pad=True)):
            strips.append(finish(Strip([*(head if at == 0 else [Segment(" " * hang)]), *body], width)))
    return strips


def row_texts(row_list) -> list[str]:
    """Every visible line of a RowList as the terminal shows it."""
    height = row_list.scrollable_content_region.height
    return [row_list.render_line(y).text.rstrip() for y in range(height)]


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function):
    """Run ``async def`` tests in a fresh event loop (no pytest-asyncio needed)."""
    import asyncio
    import inspect

    if inspect.iscoroutinefunction(pyfuncitem.obj):
        names = pyfuncitem._fixtureinfo.argnames
        kwargs = {name: pyfuncitem.funcargs[name] for name in names}
        asyncio.run(pyfuncitem.obj(**kwargs))
        return True
    return None
