"""Start-up from a path: the first frame comes at once, the store is read behind it."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

from tests.tui.conftest import own_store, row_texts
from tui.app import TakedownApp
from tui.screens.explorer import ExplorerScreen
from tui.screens.loading import LoadingScreen

ROOT = Path(__file__).resolve().parents[2]


async def _until(predicate, pilot, seconds: float = 10) -> None:
    for _ in range(int(seconds / 0.02)):
        if predicate():
            return
        await asyncio.sleep(0.02)
        await pilot.pause()
    raise AssertionError("timed out")


async def test_loading_screen_then_the_explorer(tmp_path: Path):
    path = tmp_path / "s.json"
    own_store(path)
    app = TakedownApp(path=path, poll_interval=0)
    async with app.run_test(size=(120, 36)) as pilot:
        assert isinstance(app.screen, LoadingScreen | ExplorerScreen)
        await pilot.press("c")  # a key that needs the store does nothing while it loads
        await _until(lambda: isinstance(app.screen, ExplorerScreen), pilot)
        await pilot.pause()
        assert any("Nightfall" in line for line in row_texts(app.explorer.operations))
        await pilot.press("slash", *"harbor")
        await _until(lambda: app.explorer.result is not None and app.explorer.result.query == "harbor", pilot)
        assert [row.op.id for row in app.explorer.operations.rows] == ["harbor"]


async def test_a_new_store_is_created_behind_the_loading_screen(tmp_path: Path):
    path = tmp_path / "new" / "store.json"
    app = TakedownApp(path=path, poll_interval=0)
    async with app.run_test(size=(120, 36)) as pilot:
        await _until(lambda: isinstance(app.screen, ExplorerScreen), pilot)
        assert len(app.explorer.operations.rows) >= 4
    assert path.exists()


async def test_a_damaged_store_ends_the_app_with_the_error(tmp_path: Path):
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"meta": ')
    app = TakedownApp(path=path, poll_interval=0)
    async with app.run_test(size=(120, 36)) as pilot:
        await _until(lambda: not app.is_running or app.load_error is not None, pilot)
    assert app.load_error and str(path) in app.load_error and app.return_code == 1
    assert path.read_bytes() == b'{"meta": '


def test_takedown_on_a_damaged_store_prints_one_line_and_exits_1(tmp_path: Path):
    path = tmp_path / "bad.json"
    path.write_bytes(b"[]")
    done = subprocess.run([sys.executable, "-m", "tui.cli", "--db", str(path)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "TERM": "dumb"})
    assert done.returncode == 1
    # Whatever the screen drew before (it is cleared in a terminal), the error is the last line.
    last = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", done.stderr).strip().splitlines()[-1]
    assert re.search(r"takedown: .*bad\.json: not a takedown store", last) and "Traceback" not in done.stderr


async def test_garbage_is_collected_between_keys_and_collection_is_given_back(tmp_path: Path):
    """Once the store is loaded the app collects garbage itself, when input is quiet (not in
    the middle of a key's frame); when it closes, Python's own collection is back on."""
    import gc

    path = tmp_path / "s.json"
    own_store(path)
    app = TakedownApp(path=path, poll_interval=0)
    async with app.run_test(size=(120, 36)) as pilot:
        await _until(app.warmed.is_set, pilot)
        await _until(lambda: not gc.isenabled(), pilot)
        cycles = []
        for _ in range(30_000):  # garbage only a collection can free
            node: list = []
            node.append(node)
            cycles.append(node)
        del cycles, node
        before = app.collector.collections
        await _until(lambda: app.collector.collections > before, pilot)
        assert gc.get_count()[0] < 30_000
    assert gc.isenabled()
