"""Sentences with character offsets, and the noise lines sites glue into copied articles.

Lines are split first (a headline or a bullet never runs into the next line), then razdel splits
each line into sentences.  Offsets index the text given, so ``text[s.start:s.end] == s.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Teasers and links pasted between paragraphs: they stay in the text but say nothing about
# the article's operation.  "Интересно" counts only as a bare label before a capitalised
# headline ("Интересно Хакеры ..."), not in "Интересно, что ...".
_NOISE = re.compile(
    r"""^[\s\-–—•*>\[(]*(?:  # "[READ MORE: 10 arrested in …]": a bracketed link too
        читайте(?:\s+(?:также|тоже|ещё|еще|на\s+сайте|подробнее|нас))?\b
      | смотрите\s+также\b | см\.\s+также\b | подробнее\s*: | по\s+теме\s*: | реклама\b
      | интересно\s+(?=[A-ZА-ЯЁ«"]) | новости\s+по\s+теме\b | подписывайтесь\b
      | read\s+(?:more|also)\b | related(?:\s+(?:articles?|stories|news|coverage))?\s*: | see\s+also\b
      | also\s+read\b | more\s+on\s+this\b | recommended\b\s*: | advertisement\b | sponsored\b
      | you\s+(?:may|might)\s+also\s+like\b | more\s+stories\b | most\s+read\b | trending\s+now\b
      | самое\s+читаемое\b | другие\s+новости\b
      | subscribe\b | sign\s+up\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)


_LABEL_ONLY = re.compile(
    r"^[\s\-–—•*>]*(?:читайте(?:\s+(?:также|тоже|ещё|еще|на\s+сайте|подробнее))?|смотрите\s+также|см\.\s+также"
    r"|по\s+теме|новости\s+по\s+теме|интересно|подробнее|read\s+(?:more|also)|related(?:\s+(?:articles?|stories|news|coverage))?"
    r"|see\s+also|also\s+read|more\s+on\s+this|recommended|you\s+(?:may|might)\s+also\s+like|more\s+stories|most\s+read"
    r"|trending\s+now|самое\s+читаемое|другие\s+новости)\s*:?\s*$",
    re.IGNORECASE,
)


# A piece the splitter cut after an abbreviation ("44 чел.", "ок.", "ед."): it goes on in lower
# case, or in a parenthesis that does.
_CONTINUES = re.compile(r"^\(?[\W\d]{0,3}[a-zа-яё]"
                        r"|^\(\s*\d[\d\s.,]*\)\s*[,;]")  # "… and France. (3), Switzerland (2) …": a list broken by a stray stop


# A piece opening on a figure after a full word and a stop is a new sentence ("… of drugs. 10 of
# those were held in Belgium", "… on Tuesday. 17 tons of drugs"), not the rest of an abbreviation
# ("approx. 30 kg", «44 тыс. 500»): the word before the stop is a whole lower-case word of four
# letters or more, or a weekday.
_FIGURE_OPENS = re.compile(r"^\d")
_WORD_BEFORE_STOP = re.compile(r"(?<![.\w-])([^\W\d_]{4,})[.!?]\s*$")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_ABBREVIATED = {"approx", "appr", "incl", "excl", "resp", "est", "nos", "долл", "прим", "около", "sept", "univ", "dept", "corp", "govt"}


# "St. Kitts and Nevis, St. Lucia", "Det. Supt. Jane Hale": a title or "Saint" abbreviated before a name.
_TITLE_BEFORE_NAME = re.compile(r"(?<![\w.])(?:St|Ste|Mt|Ft|Dr|Mr|Mrs|Ms|Gen|Lt|Sgt|Det|Supt|Insp|Col|Capt|Prof|Sen|Gov)\.\s*$")


def _continues(before: str, piece: str) -> bool:
    """Whether ``piece`` goes on the sentence ``before`` a splitter cut after an abbreviation."""
    if _TITLE_BEFORE_NAME.search(before) and re.match(r"[A-Z]", piece):
        return True
    if not _CONTINUES.match(piece):
        return False
    if _FIGURE_OPENS.match(piece):
        word = _WORD_BEFORE_STOP.search(before)
        if word is None or word.group(1).lower() in _ABBREVIATED:
            return True
        # a capitalised word is a dateline's city ("Москва. 27 сентября.") unless it is a weekday
        return word.group(1)[0].isupper() and word.group(1).lower() not in _WEEKDAYS
    return True


# "…and 30 firearms.The majority…", «…30 единиц оружия.Большинство…»: a full stop with no space
# after a lower-case word, then a capitalised word — two sentences pasted together.
_GLUED = re.compile(r"(?<=[a-zа-яё]{3}[.!?])(?=[A-ZА-ЯЁ][a-zа-яё])")


def _open_bracket(piece: str) -> bool:
    """The piece leaves a round or square bracket open (a short one: a stray "(" stays a stop)."""
    for opening, closing in (("(", ")"), ("[", "]")):
        at = piece.rfind(opening)
        if at >= 0 and piece.find(closing, at) < 0 and len(piece) - at <= 60:
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    stop: int
    text: str


def _unglued(pieces, line: str):
    """razdel's pieces, each split again where two sentences were glued without a space."""
    for piece in pieces:
        cuts = [m.start() for m in _GLUED.finditer(piece.text)]
        bounds = [0, *cuts, len(piece.text)]
        for a, b in zip(bounds, bounds[1:]):
            yield _Piece(piece.start + a, piece.start + b, line[piece.start + a:piece.start + b])


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    line: int  # 0-based index among non-empty lines; line 0 is the headline
    noise: bool


# «Уничтожение наркотиков в Таджикистане - Sputnik Азербайджан», "Photo of the seizure | Reuters": a related
# story's link or a caption, signed with the outlet's name and no full stop — not the article's own text
_SIGNED_LINK = re.compile(r"^[^.!?\n]{8,160}?\s[-–—|]\s(?:[A-ZА-ЯЁ][\w.]*)(?:\s[A-ZА-ЯЁ][^\W\d]*){0,2}\s*$")


def _signed_link(line: str, line_no: int) -> bool:
    return line_no > 0 and bool(_SIGNED_LINK.match(line))  # the headline may end with the outlet's name


_NUMBERED = re.compile(r"^\s*\d{1,2}\.\s+\S.{38,}$")
_HEADLINE_RUN = 5  # a site's "most read" box: this many numbered headlines in a row


def _headline_boxes(lines: list[str]) -> set[int]:
    """Indexes of lines in a run of numbered headlines («1. «Говорю вам как старый политик». …»,
    «2. …»): a site's list of other stories pasted above or below the article."""
    out: set[int] = set()
    run: list[int] = []
    for k, line in enumerate([*lines, ""]):
        if _NUMBERED.match(line):
            run.append(k)
            continue
        if not line.strip() and run and k + 1 < len(lines) and _NUMBERED.match(lines[k + 1]):
            continue  # a blank line inside the box
        if len(run) >= _HEADLINE_RUN:
            out.update(run)
        run = []
    return out


def is_noise_line(line: str) -> bool:
    """A "Read more:" / "Читайте также" style line that yields no facts."""
    return bool(_NOISE.match(line))


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text``, in order, with its offsets and whether its line is noise."""
    from razdel import sentenize

    out: list[Sentence] = []
    offset, line_no = 0, 0
    label_above = False  # "Читайте также" alone on its line: the teaser is the next line
    raws = text.split("\n")
    boxed = _headline_boxes(raws)
    for k, raw in enumerate(raws):
        stripped = raw.strip()
        if stripped:
            noise = is_noise_line(stripped) or label_above or _signed_link(stripped, line_no) or k in boxed
            # a label alone on its line makes the next line noise, and the bullets right under it
            label_above = bool(_LABEL_ONLY.match(stripped)) or (label_above and bool(re.match(r"[-–—•*·]\s", stripped)))
            lead = offset + raw.index(stripped[0])
            pieces: list[tuple[int, int]] = []
            for piece in _unglued(sentenize(stripped), stripped):
                if pieces and (_continues(stripped[pieces[-1][0]:pieces[-1][1]], piece.text)
                               or _open_bracket(stripped[pieces[-1][0]:pieces[-1][1]])):
                    # "Задержаны 44 чел. (в т.ч. …)"; "£4m ($5.1m; €4.7m)": no sentence ends inside a bracket
                    pieces[-1] = (pieces[-1][0], piece.stop)
                else:
                    pieces.append((piece.start, piece.stop))
            for a, b in pieces:
                # A "Читайте также:" glued after a sentence makes the rest of its line noise.
                noise = noise or is_noise_line(stripped[a:b])
                out.append(Sentence(lead + a, lead + b, stripped[a:b], line_no, noise))
            line_no += 1
        offset += len(raw) + 1
    return out
