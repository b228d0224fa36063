"""A local web server for the input tests: fixture pages and every way a download goes wrong.

It listens on 127.0.0.1, port 0 (the OS picks a free one), in a thread; no test touches the
internet.  Its handlers are bounded: the slow ones stop after a few seconds or when the client
hangs up, and the server counts how many bytes the huge body sent before the client let go.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HUGE = 20 * 1024 * 1024
PLAIN = ("Operation Reef: police arrested 45 people\n"
         "Officers seized €3m in cash and 20 kg of heroin in Spain.\n")


@dataclass
class Server:
    base: str
    huge_sent: int = 0
    huge_done: threading.Event = field(default_factory=threading.Event)
    requests: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


def _page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# path -> (status, content type or None for no header, body)
STATIC = {
    "/wire": (200, "text/html; charset=utf-8", lambda: _page("wire_dateline.html")),
    "/release": (200, "text/html", lambda: _page("police_release.html")),
    "/blog": (200, "text/html; charset=UTF-8", lambda: _page("blog_comments.html")),
    "/ru": (200, "text/html", lambda: _page("ru_news_cp1251.html")),  # charset only in <meta>
    "/release.pdf": (200, "application/pdf", lambda: _page("prosecutor_release.pdf")),
    "/unlabelled.pdf": (200, "application/octet-stream", lambda: _page("prosecutor_release.pdf")),
    "/plain": (200, "text/plain; charset=utf-8", lambda: PLAIN.encode("utf-8")),
    "/image": (200, "image/png", lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    "/json": (200, "application/json", lambda: b'{"arrests": 12}'),
    "/missing": (404, "text/html", lambda: b"<h1>Not found</h1>"),
    "/broken": (500, "text/html", lambda: b"<h1>Internal error</h1>"),
}


class _Handler(BaseHTTPRequestHandler):
    server_state: Server

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        state = self.server.state  # type: ignore[attr-defined]
        state.requests.append(self.path)
        if self.path in STATIC:
            status, ctype, body = STATIC[self.path]
            self._send(status, ctype, body())
        elif self.path.startswith("/hops/"):  # /hops/N: N redirects, then the wire story
            left = int(self.path.rsplit("/", 1)[1])
            self._redirect("/wire" if left <= 0 else f"/hops/{left - 1}")
        elif self.path == "/loop":
            self._redirect("/loop")
        elif self.path == "/slow":  # headers only after 3 s
            time.sleep(3)
            self._send(200, "text/html", b"<html><body><p>late</p></body></html>")
        elif self.path == "/trickle":  # a byte every 0.1 s, at most 10 s
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self._write_slowly(b"x" * 100, 0.1)
        elif self.path in ("/huge", "/huge-declared"):
            self._huge(declared=self.path == "/huge-declared")
        else:
            self._send(404, "text/plain", b"no such fixture")

    def _send(self, status: int, ctype: str | None, body: bytes) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:  # the client gave up first (a timeout test)
            pass

    def _redirect(self, target: str) -> None:
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _write_slowly(self, body: bytes, pause: float) -> None:
        try:
            for i in range(len(body)):
                self.wfile.write(body[i:i + 1])
                self.wfile.flush()
                time.sleep(pause)
        except OSError:
            pass

    def _huge(self, declared: bool) -> None:
        """20 MB of text in 64 KiB chunks, no length header (unless declared); stops when the
        client hangs up, counting what it sent."""
        state = self.server.state  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        if declared:
            self.send_header("Content-Length", str(HUGE))
        self.end_headers()
        chunk = (b"Police arrested 12 people in Sweden. " * 1800)[:65536]
        sent = 0
        try:
            while sent < HUGE:
                self.wfile.write(chunk)
                sent += len(chunk)
        except OSError:
            pass
        finally:
            state.huge_sent = sent
            state.huge_done.set()


@pytest.fixture
def web():
    """A running fixture server; ``web.url('/wire')`` and so on."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    state = Server(base=f"http://127.0.0.1:{httpd.server_address[1]}")
    httpd.state = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
