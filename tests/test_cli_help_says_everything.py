"""``takedown --help`` and every subcommand's help describe what they take: no option or
argument without a line of help, and the top help says that no command opens the explorer."""

from __future__ import annotations

import argparse

import pytest

from tui.cli import build_parser


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_the_top_help_says_how_to_open_the_explorer(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    out = capsys.readouterr().out
    assert "Without a COMMAND: the explorer" in out and "--help" in out


@pytest.mark.parametrize("command", sorted(_subparsers()))
def test_every_option_and_argument_has_help(command):
    parser = _subparsers()[command]
    missing = [a.dest for a in parser._actions if not a.help and a.help is not argparse.SUPPRESS]
    assert missing == [], f"takedown {command}: no help for {missing}"


@pytest.mark.parametrize("command", sorted(_subparsers()))
def test_every_subcommand_is_listed_with_a_line(command):
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert any(choice.dest == command and choice.help for choice in action._choices_actions)
