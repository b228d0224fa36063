"""The takedown explorer (Textual) and its command line."""
