"""``takedown serve`` in a real browser: Debian's Chromium opens the page, the explorer
appears, a typed query filters it, the facts table view answers the same query; a screenshot
is saved (``TAKEDOWN_BROWSER_SCREENSHOT``: where, e.g. ``screenshots/browser.png``). Skips,
saying why, only when Playwright or a Chromium is missing (CI installs both: ``.ci/run``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser.served import Screen, chromium_path, free_port, serving
from tests.tui.conftest import own_store

pytestmark = pytest.mark.browser


def _requirements() -> str:
    """Chromium's path, or skip with the reason printed."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        reason = "browser test skipped: the playwright package is not installed (pip install '.[test]')"
        print(reason)
        pytest.skip(reason)
    chromium = chromium_path()
    if chromium is None:
        reason = "browser test skipped: no Chromium at /usr/bin/chromium (apt-get install chromium) or TAKEDOWN_CHROMIUM"
        print(reason)
        pytest.skip(reason)
    return chromium


def test_the_explorer_served_to_a_browser_answers_a_query(tmp_path):
    chromium = _requirements()
    from playwright.sync_api import sync_playwright

    own_store(tmp_path / "s.json")
    port = free_port()
    with serving(tmp_path / "s.json", port) as (server, first_line):
        assert f"http://127.0.0.1:{port}" in first_line
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            try:
                page = browser.new_page(viewport={"width": 1440, "height": 900})
                screen = Screen()
                page.on("websocket", lambda ws: ws.on("framereceived", screen.add))
                page.goto(f"http://127.0.0.1:{port}/")
                assert screen.wait_for(page, "Operations 3"), screen.text()[-2000:]  # the explorer, unfiltered
                page.click("#terminal")
                # the page sizes the terminal after the first frame, and a resize gives the lists
                # focus back: let it land before typing (it can trail the first frame under load)
                page.wait_for_timeout(1500)
                since = screen.mark()
                page.keyboard.press("/")
                page.wait_for_timeout(300)  # as a person would: the box has focus before the query
                page.keyboard.type("nightfall")
                assert screen.wait_for(page, "Operations 1 of 3", since), screen.text(since)[-2000:]
                assert "Facts · Nightfall" in screen.text(since)
                since = screen.mark()
                page.keyboard.press("Enter")  # into the results: "2" is then a key, not a character
                page.wait_for_timeout(700)  # on a loaded machine Enter's focus change can trail the next key
                page.keyboard.press("2")  # the facts table, under the same query
                assert screen.wait_for(page, "Facts 6 of 13", since), screen.text(since)[-2000:]
                page.wait_for_timeout(500)
                shot = Path(os.environ.get("TAKEDOWN_BROWSER_SCREENSHOT") or tmp_path / "browser.png")
                page.screenshot(path=str(shot))
                assert shot.stat().st_size > 10_000
            finally:
                browser.close()
        server.send_signal(2)  # Ctrl+C: the server stops cleanly
        output, _ = server.communicate(timeout=120)  # a loaded machine shuts down slowly; it must still be clean
        assert server.returncode == 0, output
        assert "server stopped" in output and "Traceback" not in output
