"""A PDF (press release, indictment) to article text: the headline first, paragraphs reflowed,
page furniture dropped, words hyphenated at line ends joined again.

pdfminer.six reads the text (it found every word of the test files where pypdf split kerned
words, see the README); its layout analysis gives text boxes with positions and font sizes, so:

- the headline is the largest type on the first page;
- running headers and footers (a box repeated on the top or bottom of the pages, page numbers,
  small print in the margins) are dropped;
- the lines of a paragraph are joined, and a paragraph cut by a page or column break is joined
  with its rest, so a sentence is one sentence again for the extractor;
- ``traf-`` + ``ficking`` becomes ``trafficking`` unless the document (or, for Russian, the
  dictionary) shows the hyphen belongs to the word (``cross-border``).
"""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass
from typing import Any

from store.ingest.errors import IngestError

LAYOUT: dict[str, Any] = {"char_margin": 6.0, "line_margin": 0.5, "word_margin": 0.1}  # wide justified gaps stay one line
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:page|p\.|стр\.?|страница|seite)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:of|из|/|von)\s*\d{1,4})?\s*$",
    re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪■►]\s|\d{1,2}[.)]\s|[a-zа-я][.)]\s)")
_SENTENCE_END = re.compile(r"[.!?…:;]['\"»”’)]*$")
_HYPHENS = "-\u2010\u00ad"
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MARGIN = 0.1  # top and bottom tenth of the page: where headers and footers live


@dataclass(frozen=True, slots=True)
class PdfText:
    text: str
    title: str | None


@dataclass(slots=True)
class _Box:
    page: int
    top: float  # fraction of the page height from the top
    bottom: float
    size: float  # median character size
    lines: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def read_pdf(data: bytes, name: str) -> PdfText:
    """The article in the PDF ``data``, or :class:`IngestError` (damaged, encrypted, no text)."""
    pages = _boxes(data, name)
    boxes = [box for page in pages for box in page]
    if not any(box.text.strip() for box in boxes):
        raise IngestError(f"{name}: no text in the PDF (a scan needs OCR first)")
    body = _drop_furniture(pages)
    title_boxes = _headline(body)
    title = " ".join(" ".join(b.text for b in title_boxes).split()) or None
    paragraphs = _paragraphs([b for b in body if b not in title_boxes], _vocabulary(boxes))
    lines = ([title] if title else []) + paragraphs
    return PdfText(text="\n".join(lines) + "\n", title=title)


def _boxes(data: bytes, name: str) -> list[list[_Box]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextBox, LTTextLine

    pages: list[list[_Box]] = []
    try:
        for number, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams(**LAYOUT))):
            height = (page.y1 - page.y0) or 1.0
            found = []
            for element in page:
                if not isinstance(element, LTTextBox):
                    continue
                lines: list[str] = []
                sizes: list[float] = []
                for line in element:
                    if isinstance(line, LTTextLine):
                        text = " ".join(line.get_text().translate(_LIGATURES).split())
                        if text:
                            lines.append(text)
                        sizes.extend(ch.size for ch in line if isinstance(ch, LTChar))
                if lines:
                    found.append(_Box(number, (page.y1 - element.y1) / height, (page.y1 - element.y0) / height,
                                      statistics.median(sizes) if sizes else 0.0, lines))
            pages.append(found)
    except IngestError:
        raise
    except Exception as exc:  # pdfminer raises many kinds for broken or protected files
        kind = exc.__class__.__name__
        if "Password" in kind or "Encrypt" in kind:
            raise IngestError(f"{name}: encrypted PDF (it needs a password)") from None
        detail = " ".join(str(exc).split())[:80]
        raise IngestError(f"{name}: damaged PDF ({kind}{': ' + detail if detail else ''})") from None
    return pages


def _drop_furniture(pages: list[list[_Box]]) -> list[_Box]:
    """Boxes minus page numbers, running headers/footers and small print in the margins."""
    sizes = [box.size for page in pages for box in page for _ in box.lines if box.size]
    body_size = statistics.median(sizes) if sizes else 0.0
    edges: dict[str, int] = {}
    for page in pages:
        for key in {_shape(box.text) for box in page if _in_margin(box)}:
            edges[key] = edges.get(key, 0) + 1
    kept = []
    for page in pages:
        for box in page:
            if _PAGE_NUMBER.match(box.text):
                continue
            if _in_margin(box):
                repeated = len(pages) > 1 and edges.get(_shape(box.text), 0) >= max(2, len(pages) // 2)
                small = body_size and box.size < 0.9 * body_size and len(box.lines) <= 2
                if repeated or small:
                    continue
            kept.append(box)
    return kept


def _in_margin(box: _Box) -> bool:
    return box.bottom <= _MARGIN * 1.5 or box.top >= 1 - _MARGIN


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _headline(boxes: list[_Box]) -> list[_Box]:
    """The first page's boxes in its largest type, if that type is larger than the body's."""
    first = [b for b in boxes if b.page == boxes[0].page] if boxes else []
    sizes = [b.size for b in boxes for _ in b.lines if b.size]
    if not first or not sizes:
        return []
    body = statistics.median(sizes)
    top = max(b.size for b in first)
    if top < 1.15 * body:
        return []
    return [b for b in first if b.size >= top - 0.5][:2]


def _paragraphs(boxes: list[_Box], vocabulary: set[str]) -> list[str]:
    """Lines joined into paragraphs; a box that goes on mid-sentence joins the one before."""
    out: list[str] = []
    for box in boxes:
        for i, line in enumerate(box.lines):
            starts_new = (i == 0 and not (out and _continues(out[-1], line))) or _BULLET.match(line) or (
                out and _SENTENCE_END.search(out[-1]) and out[-1].endswith(":"))
            if starts_new or not out:
                out.append(line)
            else:
                out[-1] = join_lines(out[-1], line, vocabulary)
    return out


def _continues(previous: str, line: str) -> bool:
    """``line`` (a new box) carries on the sentence ``previous`` left open."""
    if _BULLET.match(line) or _SENTENCE_END.search(previous):
        return False
    first = line.lstrip()[:1]
    return first.islower() or (previous[-1:] in _HYPHENS and first.isalpha())


def join_lines(left: str, right: str, vocabulary: set[str] | frozenset[str] = frozenset()) -> str:
    """Two lines as one: a word split by a line-end hyphen is joined (``traf-`` ``ficking``),
    a hyphen that belongs to the word is kept (``cross-`` ``border`` when the text says so)."""
    left, right = left.rstrip(), right.lstrip()
    if len(left) >= 2 and left[-1] in _HYPHENS and left[-2].isalpha() and right[:1].isalpha():
        head = re.search(r"[^\W\d_]+$", left[:-1])
        tail = re.match(r"[^\W\d_]+", right)
        if left[-1] == "\u00ad" or not _hyphen_belongs(head.group() if head else "", tail.group() if tail else "", vocabulary):
            return left[:-1] + right
        return left[:-1] + "-" + right
    return f"{left} {right}"


def _hyphen_belongs(head: str, tail: str, vocabulary: set[str] | frozenset[str]) -> bool:
    joined, hyphenated = (head + tail).lower(), f"{head}-{tail}".lower()
    if joined in vocabulary:
        return False
    if hyphenated in vocabulary or tail[:1].isupper():
        return True
    if re.search("[а-яё]", joined):
        from store.ingest.morph import analyzer

        morph = analyzer()
        return not morph.word_is_known(joined) and morph.word_is_known(head) and morph.word_is_known(tail)
    return False


def _vocabulary(boxes: list[_Box]) -> set[str]:
    """Words of the document, hyphenated compounds included, not counting line-end fragments."""
    words: set[str] = set()
    for box in boxes:
        for line in box.lines:
            body = line[:-1] if line[-1:] in _HYPHENS else line
            words.update(w.lower() for w in _WORD.findall(body))
    return words
