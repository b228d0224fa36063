"""Run ``takedown serve`` as a user would (its own process) and drive the page in Chromium.

Chromium is Debian's (``/usr/bin/chromium``), launched by Playwright's Python API with
``executable_path``: nothing is downloaded. The terminal in the page is drawn on a canvas,
so what the explorer shows is read from the websocket frames textual-serve sends the page
(the terminal output, escape sequences stripped): the same bytes the browser draws.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ESCAPES = re.compile(r"\x1b\[[0-9;?<>=$]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>]")


def chromium_path() -> str | None:
    """Debian's Chromium, or the one TAKEDOWN_CHROMIUM names."""
    for candidate in (os.environ.get("TAKEDOWN_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving(db: Path, port: int):
    """``takedown serve`` on ``port`` until the block ends; then Ctrl+C (SIGINT), as a user stops it."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli", "--db", str(db), "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        first = proc.stdout.readline()  # "takedown: serving … at http://127.0.0.1:PORT (Ctrl+C stops)"
        deadline = time.monotonic() + 60  # a loaded machine starts Python slowly
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(f"takedown serve exited: {first}{proc.stdout.read()}") from None
                time.sleep(0.1)
        yield proc, first
    finally:
        if proc.poll() is None:
            proc.send_signal(2)  # SIGINT: Ctrl+C
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


class Screen:
    """The terminal output a page received, as plain text."""

    def __init__(self) -> None:
        self.frames: list[str] = []

    def add(self, payload: str | bytes) -> None:
        self.frames.append(payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload)

    def mark(self) -> int:
        return len(self.frames)

    def text(self, since: int = 0) -> str:
        return ESCAPES.sub("", "".join(self.frames[since:]))

    def wait_for(self, page, needle: str, since: int = 0, timeout: float = 60) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.text(since):
                return True
            page.wait_for_timeout(100)
        return False
