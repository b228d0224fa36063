"""A bordered container whose title can change on every key without repainting what it holds."""

from __future__ import annotations

from textual.containers import Vertical

from tui.widgets.quiet_title import QuietTitle


class TitledBox(QuietTitle, Vertical):
    """A container (a table and its header) retitled through :meth:`QuietTitle.set_title`."""
