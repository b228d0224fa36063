"""Which files are articles ingest reads, and a folder given to ``takedown ingest`` as its files.

The ingest dialog's tree shows these files; the command line takes a folder the same way
(``takedown ingest saved-pages/``): every such file below it, hidden ones left out, in name order.
"""

from __future__ import annotations

import os
from pathlib import Path

READABLE = frozenset({".txt", ".md", ".html", ".htm", ".pdf"})


def is_article_file(path: Path) -> bool:
    return not path.name.startswith(".") and path.suffix.lower() in READABLE


def folder_articles(folder: Path) -> list[Path]:
    """The article files below ``folder`` (recursively, hidden files and folders skipped), sorted."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / name for name in sorted(files) if is_article_file(Path(name)))
    return found


def expand(args: list[str]) -> tuple[list[str], list[str]]:
    """Files and URLs as given, each folder replaced by its article files; and one error line
    per folder that holds none."""
    out: list[str] = []
    errors: list[str] = []
    for arg in args:
        path = Path(arg)
        if "://" not in arg and path.is_dir():
            files = folder_articles(path)
            if not files:
                errors.append(f"{arg}: no article files in this folder ({', '.join(sorted(READABLE))})")
            out.extend(str(f) for f in files)
        else:
            out.append(arg)
    return out, errors
