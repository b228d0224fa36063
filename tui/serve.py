"""``takedown serve``: the explorer in a web browser, through textual-serve.

Every browser tab that opens the page gets an explorer of its own (a ``takedown`` process
with Textual's web driver) on the same store file. The server binds to loopback unless told
otherwise: the store may hold unpublished notes, so exposing it is a choice, and then said.
"""

from __future__ import annotations

import argparse
import errno
import shlex
import socket
import sys
from pathlib import Path
from typing import Any

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser] | None = None) -> argparse.ArgumentParser:
    """Register ``serve`` (``--db`` comes from ``parents``)."""
    parser = subparsers.add_parser(
        "serve", parents=parents or [], help="serve the explorer to a web browser",
        description="Serve the explorer over HTTP with textual-serve; every browser tab gets its own explorer.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=_port, default=8000, help="TCP port (default: 8000)")
    parser.set_defaults(command="serve")
    return parser


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"port {port} is not between 1 and 65535")
    return port


def url_of(host: str, port: int) -> str:
    """The address a browser opens (IPv6 literals in brackets)."""
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}"


def check_can_listen(host: str, port: int) -> None:
    """Bind and release the address first, so a port in use is one line, before any banner."""
    from store.storage import StoreError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def app_command(db: Path) -> str:
    """The shell command textual-serve runs per browser tab: this Python, this store."""
    return shlex.join([sys.executable, "-m", "tui.cli", "--db", str(db)])


def _quiet_closed_loop(unraisable) -> None:
    """A browser tab's app process reaped after the server's event loop closed makes asyncio's
    subprocess transport complain from ``__del__`` ("Event loop is closed") as the server stops:
    nothing a user can act on, so it is not printed; anything else still is."""
    if isinstance(unraisable.exc_value, RuntimeError) and "Event loop is closed" in str(unraisable.exc_value):
        return
    sys.__unraisablehook__(unraisable)


def run(args: argparse.Namespace, open_repo) -> int:
    """Open the store once (so a bad store fails here, in one line), then serve until Ctrl+C."""
    from store.storage import StoreError

    repo = open_repo()
    db = repo.path.resolve()
    try:
        from textual_serve.server import Server
    except ImportError:
        raise StoreError("serving needs textual-serve: pip install textual-serve") from None
    host, port = args.host, args.port
    check_can_listen(host, port)
    url = url_of(host, port)
    print(f"takedown: serving {db} at {url} (Ctrl+C stops)", flush=True)
    if host not in LOOPBACK:
        print(f"takedown: warning: {host} is reachable from other machines; anyone who can reach it can read the store",
              file=sys.stderr, flush=True)
    server = Server(app_command(db), host=host, port=port, title="takedown", public_url=url)
    sys.unraisablehook = _quiet_closed_loop
    try:
        server.serve()
    except OSError as exc:
        if exc.errno in (errno.EADDRINUSE, errno.EACCES, errno.EADDRNOTAVAIL):
            raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
        raise StoreError(f"cannot serve on {host}:{port}: {exc}") from None
    except KeyboardInterrupt:
        pass
    print("takedown: server stopped", flush=True)
    return 0
