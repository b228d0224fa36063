"""An input — a file or a URL — to sanitised article text and what the input says about itself.

The kind is sniffed from the bytes first (``%PDF-``, an HTML document's opening), then taken from
the server's content type or the file's extension; plain text is the rest.  Each kind has its
own module: :mod:`decoding` (bytes to text), :mod:`html_page` (web pages), :mod:`pdf`,
:mod:`fetch` (URLs), :mod:`titles` and :mod:`datelines` (a title and date for plain text).
Every refusal is an :class:`IngestError` whose message is one line naming the input, so the
command line can print it as is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from store.ingest.datelines import dateline_date
from store.ingest.decoding import decode
from store.ingest.errors import IngestError
from store.ingest.fetch import MAX_BYTES, FetchPolicy, fetch, is_url
from store.ingest.html_page import HTML_SUFFIXES, declared_charset, looks_like_html, read_page
from store.ingest.pdf import is_pdf, read_pdf
from store.ingest.sanitize import sanitize
from store.ingest.titles import shorten, text_title

__all__ = ["MAX_BYTES", "IngestError", "ReadArticle", "read_article", "read_pasted", "is_url"]
_TITLE_LIMIT = 200


@dataclass(frozen=True, slots=True)
class ReadArticle:
    text: str
    encoding: str | None  # None for a PDF
    kind: str = "text"  # text, html, pdf
    title: str = ""
    published: str | None = None  # what the input says; --published overrides it later
    origin: str | None = None  # canonical or fetched URL, else the file's name


def read_article(spec: str | os.PathLike[str], encoding: str | None = None, *, offline: bool = False,
                 policy: FetchPolicy | None = None) -> ReadArticle:
    """Read, decode and sanitise one input, or raise :class:`IngestError`."""
    name = str(spec)
    if is_url(name):
        if offline:
            raise IngestError(f"{name}: not fetched (--offline)")
        fetched = fetch(name, policy)
        return _article(fetched.body, name, kind=fetched.kind, charset=fetched.charset, url=fetched.url,
                        encoding=encoding, origin=fetched.url)
    data = _read_bytes(Path(spec), name)
    suffix = Path(name).suffix.lower()
    kind = "pdf" if suffix == ".pdf" else "html" if suffix in HTML_SUFFIXES else None
    return _article(data, name, kind=kind, charset=None, url=None, encoding=encoding, origin=os.path.basename(name))


def read_pasted(text: str, name: str = "pasted text") -> ReadArticle:
    """Text the user pasted: checked and sanitised like a file's (size, emptiness, controls)."""
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        raise IngestError(f"{name}: too large ({size} bytes, the limit is {MAX_BYTES})")
    if not text.strip():
        raise IngestError(f"{name}: empty")
    return _finish(text, None, "text", None, dateline_date(text), name, name)


def _article(data: bytes, name: str, *, kind: str | None, charset: str | None, url: str | None,
             encoding: str | None, origin: str) -> ReadArticle:
    if not data.strip():
        raise IngestError(f"{name}: empty file")
    if is_pdf(data):
        pdf = read_pdf(data, name)
        return _finish(pdf.text, None, "pdf", pdf.title, dateline_date(pdf.text), origin, name)
    if kind == "pdf":
        raise IngestError(f"{name}: not a PDF (no %PDF header)")
    if kind == "html" or (kind is None and looks_like_html(data)):
        markup, used = decode(data, name, encoding, charset or declared_charset(data))
        page = read_page(markup, name, url)
        return _finish(page.text, used, "html", page.title, page.published, page.url or origin, name)
    text, used = decode(data, name, encoding)
    return _finish(text, used, "text", None, dateline_date(text), origin, name)


def _finish(text: str, encoding: str | None, kind: str, title: str | None, published: str | None,
            origin: str, name: str) -> ReadArticle:
    text = sanitize(text)
    if not text.strip():
        raise IngestError(f"{name}: empty file")
    title = shorten(sanitize(title), _TITLE_LIMIT) if title and title.strip() else text_title(text, os.path.basename(name))
    return ReadArticle(text=text, encoding=encoding, kind=kind, title=title, published=published,
                       origin=sanitize(origin))


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        if path.is_dir():
            raise IngestError(f"{name}: is a directory, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(f"{name}: too large ({size} bytes, the limit is {MAX_BYTES})")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise IngestError(f"{name}: no such file") from None
    except PermissionError:
        raise IngestError(f"{name}: permission denied") from None
    except OSError as exc:
        raise IngestError(f"{name}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    if len(data) > MAX_BYTES:  # grew while we looked
        raise IngestError(f"{name}: too large (the limit is {MAX_BYTES} bytes)")
    return data
