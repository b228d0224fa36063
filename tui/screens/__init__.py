"""Screens of the explorer: the main explorer, help and the country picker."""
