"""``takedown serve``'s arguments and errors: loopback by default, the URL it says, one-line
errors for a bad port or a port in use (the browser test runs it for real: tests/browser/)."""

from __future__ import annotations

import socket

from tui.cli import build_parser, main
from tui.serve import app_command, url_of


def test_defaults_are_loopback_and_port_8000():
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)
    args = build_parser().parse_args(["serve", "--host", "::1", "--port", "9000", "--db", "x.json"])
    assert url_of(args.host, args.port) == "http://[::1]:9000" and args.db == "x.json"


def test_the_app_command_runs_this_python_on_that_store(tmp_path):
    command = app_command(tmp_path / "my store.json")
    assert "-m tui.cli --db" in command and "'" in command  # the path with a space is quoted


def test_a_bad_port_is_a_usage_error(capsys):
    assert main(["serve", "--port", "99999"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "between 1 and 65535" in err


def test_a_port_in_use_is_one_line_and_nothing_is_served(tmp_path, capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["--db", str(tmp_path / "s.json"), "serve", "--port", str(port)]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and f"cannot listen on 127.0.0.1:{port}" in captured.err
    assert "serving" not in captured.out


def test_stopping_the_server_prints_no_closed_loop_noise(capsys, monkeypatch):
    """The asyncio complaint a reaped tab process makes after the loop closed is not shown; others are."""
    import sys
    from types import SimpleNamespace

    from tui.serve import _quiet_closed_loop

    seen = []
    monkeypatch.setattr(sys, "__unraisablehook__", seen.append)
    _quiet_closed_loop(SimpleNamespace(exc_value=RuntimeError("Event loop is closed")))
    assert seen == []
    other = SimpleNamespace(exc_value=ValueError("a real problem"))
    _quiet_closed_loop(other)
    assert seen == [other]
