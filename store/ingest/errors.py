"""The one error every input kind raises: a refusal worded as one line that names the input."""

from __future__ import annotations


class IngestError(ValueError):
    """An input cannot be ingested; ``str(error)`` is one line that names the file or URL."""
