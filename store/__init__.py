"""The data layer of takedown: model, persistence, queries, search and ingest.

Nothing in this package imports Textual: the explorer, the command line and scripts
all read the same records through :mod:`store.repository`.
"""

__version__ = "0.1.0"
