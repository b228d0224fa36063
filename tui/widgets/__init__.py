"""Widgets of the explorer, one module per pane."""
