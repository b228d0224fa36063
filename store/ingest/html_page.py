"""A saved or fetched web page to its article: main text, headline, publication date, canonical URL.

trafilatura finds the article among navigation, ads, cookie banners, "read more" blocks and
comments (htmldate behind it finds the date).  Before it sees the page, everything a reader
would not see is cut out of the tree — comments, scripts, styles, templates, embedded objects,
elements marked ``hidden``, ``aria-hidden`` or styled ``display:none`` / ``visibility:hidden`` —
and ``data:`` URLs are dropped, so hidden or smuggled text never becomes an article's text.
Control characters and bidi controls, raw or as character references (``&#27;``), are made
visible escapes before the page is parsed, as in plain text (the parser would drop them, or
choke on them).
(The module is not called ``html`` so it cannot shadow the standard library's.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from store.ingest.errors import IngestError
from store.ingest.sanitize import is_safe, sanitize
from store.model import is_partial_date

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article)\b",
                         re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.IGNORECASE)
_UNSEEN_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
                "canvas", "button", "select", "textarea")
_UNSEEN = (
    "//comment() | //processing-instruction() | "
    + " | ".join(f"//{tag}" for tag in _UNSEEN_TAGS)
    + " | //*[@hidden] | //input[@type='hidden'] | //*[translate(@aria-hidden, 'TRUE', 'true')='true']"
    " | //*[contains(translate(@style, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ ', 'abcdefghijklmnopqrstuvwxyz'), 'display:none')]"
    " | //*[contains(translate(@style, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ ', 'abcdefghijklmnopqrstuvwxyz'), 'visibility:hidden')]"
)
_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?")
_MIN_TEXT = 40  # characters of article text besides the headline: less is a page of links
_DATA_URL = re.compile(r"\bdata:[a-z]+/[a-z0-9.+-]+(?:;[a-z0-9=.+-]+)*,\S*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    text: str  # the headline as its first line, then the article's paragraphs
    title: str | None
    published: str | None  # YYYY-MM-DD
    url: str | None  # canonical (absolute http/https) URL


def looks_like_html(data: bytes) -> bool:
    """The bytes open like an HTML document (a doctype, ``<html>``, ``<head>``, ``<meta>``...)."""
    return bool(_HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")))


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta charset>`` or ``http-equiv`` within its head."""
    match = _META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii", "replace") if match else None


def read_page(markup: str, name: str, url: str | None = None) -> Page:
    """The article of the page ``markup`` (``url`` where it was fetched, for relative links)."""
    import trafilatura
    from lxml import etree
    from lxml import html as lxml_html

    markup = sanitize(_REFERENCE.sub(_visible_reference, markup))
    try:
        tree = lxml_html.document_fromstring(markup.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        raise IngestError(f"{name}: not an HTML page with text") from None
    canonical = _canonical(tree, url)
    _cut_unseen(tree)
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_links=False,
        include_images=False, include_tables=True, deduplicate=False,
    )
    text = _clean_text(getattr(doc, "text", None) or "")
    title = _clean_text(getattr(doc, "title", None) or "").strip() or None
    body = text.strip().removeprefix(title or "")
    if len(body.strip()) < _MIN_TEXT:
        raise IngestError(f"{name}: no article text found in the page")
    if title and _first_line(text) != " ".join(title.split()):
        text = f"{title}\n{text}"
    date = getattr(doc, "date", None)
    published = date if isinstance(date, str) and is_partial_date(date) else None
    return Page(text=text, title=title, published=published, url=canonical or _web_url(getattr(doc, "url", None), url))


def _visible_reference(match: re.Match[str]) -> str:
    """``&#27;`` stays a reference unless it names a control character: that becomes ``\\x1b``."""
    hex_digits, decimal = match.groups()
    code = int(hex_digits, 16) if hex_digits else int(decimal)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    if 0x80 <= code <= 0x9F:  # as browsers read them: windows-1252 (&#150; is an en dash)
        return bytes([code]).decode("cp1252", errors="replace").replace("\ufffd", sanitize(chr(code)))
    char = chr(code)
    return match.group() if is_safe(char) else sanitize(char)


def _cut_unseen(tree) -> None:
    for node in tree.xpath(_UNSEEN):
        if node.getparent() is None:
            continue
        if isinstance(node.tag, str):
            node.drop_tree()  # keeps the text after it, which belongs to the parent
        else:  # a comment or processing instruction: keep its tail
            parent, tail = node.getparent(), node.tail
            previous = node.getprevious()
            if tail:
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
            parent.remove(node)
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        for attribute, value in list(node.attrib.items()):
            if value.strip().lower().startswith("data:"):
                del node.attrib[attribute]


def _canonical(tree, url: str | None) -> str | None:
    for href in tree.xpath("//link[contains(concat(' ', normalize-space(translate(@rel, 'CANONICAL', 'canonical')), ' '), ' canonical ')]/@href"
                           " | //meta[@property='og:url']/@content"):
        found = _web_url(href.strip(), url)
        if found:
            return found
    return None


def _web_url(candidate: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL (relative ones resolved against ``base``), else None."""
    if not candidate:
        return None
    absolute = urljoin(base, candidate) if base else candidate
    parts = urlsplit(absolute)
    return absolute if parts.scheme in ("http", "https") and parts.netloc else None


def _clean_text(text: str) -> str:
    return _DATA_URL.sub("", text)


def _first_line(text: str) -> str:
    return next((" ".join(line.split()) for line in text.split("\n") if line.strip()), "")
