"""Reliability of the screen: hostile markup and terminal escapes in any store string never act
and never reach the terminal raw; odd sizes and scripts never crash the explorer."""

from __future__ import annotations

import os
import re
from pathlib import Path

from store.model import Fact, Operation, Source, sha256_text, stable_id
from store.repository import Repository
from store.storage import create, empty_document
from tests.tui.conftest import make_app, plain_of, row_texts

MARKUP = [
    "[/]",
    "[TODO]",
    "[link=http://evil.example]click[/link]",
    "[@click=app.screenshot('x.svg','/tmp')]shot[/]",
    "[$primary]var[/]",
    "[[nested] [b][i]deep[/i][/b]]",
]
ESCAPES = {
    "esc": "\x1b[31m",
    "osc52": "\x1b]52;c;aGVsbG8=\x07",
    "osc8": "\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\",
    "clear": "\x1b[2J",
    "csi": "\x9b2J",
    "bel": "\x07",
    "bidi": "\u202eevil\u202c",
}


def hostile_store(path: Path) -> tuple[Repository, dict]:
    """Every string a widget shows carries markup and raw escapes (as a hand-edited store may)."""
    create(path, empty_document())
    repo = Repository.open(path)
    payload = " ".join(MARKUP) + " " + "".join(ESCAPES.values())
    text = f"Police arrested 12 people. {payload} More: 3 kg seized."
    source = Source(id="src-evil", title=f"Title {payload}", text=text, sha256=sha256_text(text),
                    origin=f"origin {MARKUP[2]}", language="en")
    op = Operation(id="evil", name=f"Op {MARKUP[3]} {MARKUP[4]}", aliases=(payload,), announced="2024",
                   markets=(MARKUP[0],), countries=("DE",))
    quote = text
    facts = [
        Fact(id=stable_id("f", "e1"), operation="evil", metric="arrests", value=12, unit="people", country="DE",
             source=source.id, quote=quote, start=text.index("12"), end=text.index("12") + 2, detail=payload),
        Fact(id=stable_id("f", "e2"), operation="evil", metric="seized_drugs", value=3, unit="kg", country="DE",
             source=source.id, quote=quote, start=text.index("3 kg"), end=text.index("3 kg") + 4,
             attributed_to=MARKUP[3]),
    ]
    repo.add_records(sources=[source], operations=[op], facts=facts)
    return repo, {"payload": payload, "facts": facts, "source": source}


def terminal_output(app) -> str:
    """What the app would write to the terminal for a full repaint, escape codes included."""
    update = app.screen._compositor.render_update(full=True)
    return "".join(update.render_segments(app.console))


def assert_no_raw_escapes(output: str) -> None:
    assert "\x07" not in output and "\x9b" not in output
    assert "\x1b]" not in output  # no OSC (clipboard, hyperlinks, titles)
    assert "\x1b[2J" not in output
    assert "\u202e" not in output and "\u202c" not in output
    # Every ESC left is one of the app's own colour/cursor sequences (CSI ... letter); none erases.
    rest = re.sub(r"\x1b\[[0-9;?]*[A-HKSTfhlmsu]", "", output)
    assert "\x1b" not in rest


async def test_markup_in_every_string_is_shown_literally_and_inert(tmp_path: Path):
    repo, data = hostile_store(tmp_path / "evil.json")
    before = set(os.listdir("/tmp"))
    app = make_app(repo)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        ops = "\n".join(row_texts(app.explorer.operations))
        assert "Op [@click=app.screenshot('x.svg'," in ops
        app.goto_fact(data["facts"][0].id)
        await pilot.pause()
        detail = plain_of(app.screen.query_one("#detail"))
        for piece in MARKUP:
            assert piece in detail, piece
        assert "[link=http://evil.example]click[/link]" in detail
        # Click all over the panes: no markup action runs.
        for widget in ("#detail", "#operations", "#facts", "#country"):
            for x, y in ((2, 0), (10, 1), (25, 2), (40, 3)):
                await pilot.click(widget, offset=(x, y))
        await pilot.pause()
        assert app.is_running
        output = terminal_output(app)
        assert_no_raw_escapes(output)
        await pilot.press("ctrl+p")
        await pilot.press(*"op")
        await pilot.pause(0.3)
        assert_no_raw_escapes(terminal_output(app))
        await pilot.press("escape")
    after = set(os.listdir("/tmp"))
    assert not {name for name in after - before if name.endswith(".svg")}  # no screenshot written
    reopened = Repository.open(tmp_path / "evil.json")
    assert reopened.source("src-evil").title == data["source"].title  # byte-exact in the store


async def test_terminal_escapes_never_reach_the_terminal(tmp_path: Path):
    repo, data = hostile_store(tmp_path / "evil.json")
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        for fact in data["facts"]:
            app.goto_fact(fact.id)
            await pilot.pause()
            output = terminal_output(app)
            assert_no_raw_escapes(output)
            assert "␛" in output  # shown as a visible symbol instead
        await pilot.press("slash", *"evil")
        await pilot.pause(0.3)
        assert_no_raw_escapes(terminal_output(app))


async def test_odd_sizes_and_resize_cycles(tmp_path: Path):
    repo, _ = hostile_store(tmp_path / "evil.json")
    for size in ((0, 0), (1, 1), (20, 5), (80, 24), (200, 60)):
        app = make_app(repo)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for w, h in ((1, 1), (200, 60), (20, 5), (80, 24), (0, 0), (120, 36)):
                await pilot.resize_terminal(w, h)
                await pilot.pause()
            await pilot.press("j", "k", "G", "g")
            assert app.is_running
            assert "Operations" in terminal_output(app) or app.size.width < 80


async def test_huge_quotes_and_every_script(tmp_path: Path):
    create(tmp_path / "s.json", empty_document())
    repo = Repository.open(tmp_path / "s.json")
    scripts = "中文 漢字 한국어 e\u0301\u0302 👮‍♀️🚔 עברית العربية Ελληνικά"
    long_text = ("Police seized 4 kg. " + scripts + " ") * 8000  # ~270,000 characters
    text = long_text[:200_000]
    source = Source(id="src-big", title=scripts, text=text, sha256=sha256_text(text))
    op = Operation(id="big", name=f"Операция {scripts}", announced="2025")
    fact = Fact(id="f-big", operation="big", metric="seized_drugs", value=4, unit="kg", source=source.id,
                quote=text, start=text.index("4 kg"), end=text.index("4 kg") + 4)
    repo.add_records(sources=[source], operations=[op], facts=[fact])
    app = make_app(repo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.goto_fact("f-big")
        await pilot.pause()
        detail = plain_of(app.screen.query_one("#detail"))
        assert "中文" in detail and "עברית" in detail and "👮" in detail
        await pilot.press("tab", "tab", "pagedown", "end")
        await pilot.press("slash", *"中文")
        await pilot.pause(0.3)
        assert app.is_running
        assert "中文" in terminal_output(app)
