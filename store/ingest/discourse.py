"""What the extractor remembers from one sentence to the next, and the cue a sentence borrows.

A figure's sentence does not always say everything: a list item takes its verb from the heading
above it ("Seized:" / "- 15 kg of cocaine"), an answer from its question, a line opened by an
emoji from the line above, a bare breakdown ("Germany – 15, Austria – 10") from the sentence
before it.  :class:`Discourse` holds that state; :func:`borrowed_cue` gives the text whose cue
the sentence reads as its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.ingest.breakdowns import breakdown_only
from store.ingest.sentences import Sentence

# A line under a heading that ends with a colon: a bullet, or a short table row ("Germany – 42").
# (an unbulleted item may run longer when it ends on the list's semicolon: "almost 200 kg of narcotic substances,
# namely α-PVP, mephedrone …, as well as precursors;")
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·]\s|\d+[.)]\s)|^[^.!?]{1,60}[.;,]?\s*$|^[^.!?:]{1,160};\s*$")


@dataclass
class Discourse:
    """The state carried across an article's sentences, in reading order."""

    header: Sentence | None = None  # a line ending in ":" ("Seized:", "Arrests per country:") heading the items below
    list_line: int = -1  # the line of the last item under ``header``: the next item must follow it
    carried: Sentence | None = None  # the emoji- or bullet-opened line just above, whose verb carries down
    carried_context: str = ""  # the text of the run of such lines so far
    question: Sentence | None = None  # the last question line ("— Что изъяли?"): the next line answers it
    previous: Sentence | None = None  # the non-noise sentence just above
    previous_codes: set[str] = field(default_factory=set)  # the countries ``previous`` names as places or actors
    scene: tuple[str, int] | None = None  # "In Austria, …": the paragraph's one country and its line
    label: tuple[str, int] | None = None  # "Senegal: …" opening a line: that country and its line
    window: int = 0  # where the sentence before ``previous`` starts: how far back "the rest …" looks
    last_market: str | None = None  # the last market named, for events that point back ("the site")
    participants: dict[str, None] = field(default_factory=dict)  # countries taking part, in order of mention
    agencies: dict[str, None] = field(default_factory=dict)  # countries of national agencies named ("the FBI")
    bound_for: dict[str, None] = field(default_factory=dict)  # countries goods were bound for, in order of mention
    link_end: int = -1  # where the paragraph of a link to another story ends (see store.ingest.asides)
    tally_left: int = 0  # how many more sentences a period tally's summary may follow it
    story_month: int | None = None  # the month of the story's own case (see store.ingest.earlier_month)
    tally_run: bool = False  # ``previous`` is a verbless count of a tally opened by an arrest count ("288 arrests.")

    def interrupt(self) -> None:
        """A noise line (navigation, "Read also") breaks the heading, the previous sentence and the scene."""
        self.header = self.previous = self.scene = None
        self.previous_codes = set()
        self.tally_run = False


def line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends, trailing blanks left out."""
    end = text.find("\n", pos)
    return len(text.rstrip()) if end < 0 else pos + len(text[pos:end].rstrip())


def whole_line(text: str, sent: Sentence) -> bool:
    """The sentence ends its line."""
    return sent.end == line_end(text, sent.end)


def symbol_line(text: str, sent: Sentence) -> bool:
    """The sentence is a whole line opened by an emoji or a bullet sign, not a letter or digit."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    if text[line_start:sent.start].strip() or sent.end != line_end(text, sent.end):
        return False
    first = sent.text.lstrip()[:1]
    return bool(first) and not first.isalnum() and first not in "«\"'“„(‘[$€£₽"


def end_list_unless_item(d: Discourse, sent: Sentence) -> None:
    """The heading's list goes on only while each line right below is a short item."""
    if d.header is not None and not (sent.line in (d.list_line, d.list_line + 1) and sent.line != d.header.line
                                     and _LIST_ITEM.match(sent.text)):
        d.header = None


def borrowed_cue(d: Discourse, text: str, sent: Sentence, on_symbol_line: bool) -> str:
    """The text whose seizure or arrest wording ``sent`` reads as its own: the heading it is listed
    under or the symbol lines it continues, plus the question it answers; else the sentence before,
    when ``sent`` only breaks that one down or continues it after a semicolon.  Notes a question."""
    if not (on_symbol_line and d.carried is not None and text.count("\n", d.carried.end, sent.start) == 1):
        d.carried, d.carried_context = None, ""
    context = d.header.text if d.header else d.carried_context
    if d.question is not None and sent.line == d.question.line + 1:
        context = f"{context} {d.question.text}"
    if sent.text.rstrip().endswith("?") and whole_line(text, sent):
        d.question = sent
    previous = d.previous
    tally = (not context and previous is not None and verbless_amount(sent.text) and sent.line - previous.line <= 1
             and (d.tally_run or bool(_ARREST_FRAGMENT.match(previous.text))))
    d.tally_run = tally or bool(_ARREST_FRAGMENT.match(sent.text))
    if tally:
        context = "Seized:"  # "288 arrests. 117 firearms. 850 kilograms of drugs.": each later count is a haul
    elif not context and previous is not None and breakdown_only(sent.text):
        context = previous.text  # "Police arrested 40. Germany – 15, Austria – 10."
    elif not context and previous is not None and _REST_LEAD.match(sent.text):
        context = previous.text  # "Germany had 14 arrests, …. The remaining five were in Belgium."
    elif not context and previous is not None and verbless_amount(sent.text):
        context = previous.text  # "Customs seized their bitcoin as well. An estimated one million euros worth."
    elif not context and previous is not None and _SPECIFYING_LEAD.match(sent.text):
        context = previous.text  # «В Алматы изъята крупнейшая партия. Речь идет о кокаине весом 13 тонн»: what it was
    elif not context and previous is not None and previous.text.rstrip().endswith(";") and sent.line == previous.line:
        context = previous.text  # "Most arrests, 20, took place in Sweden; Norway accounted for eight": one sentence
    return context


# A verbless fragment that is only an amount ("An estimated one million Euros worth to be exact.",
# "About $2 million in all."): it finishes the sentence before, whose verb it reads.
_AMOUNT_FRAGMENT = re.compile(
    r"^\W{0,3}(?:(?:an?\s+)?(?:estimated|approximately|about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least"
    r"|another|a\s+further)\s+)?(?:[$€£₽]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half\s+a)\s+(?:hundred|thousand|million|billion)\b)",
    re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|said|says|did|does|do)\b|\b(?!estimated\b|alleged\b)[a-z]{3,}ed\b",
                     re.IGNORECASE)


# "288 arrests.", "More than 150 arrests.": a verbless arrest count standing as a sentence, opening a tally
_ARREST_FRAGMENT = re.compile(
    r"^\W{0,3}(?:(?:more\s+than|over|nearly|almost|some|about|around|at\s+least)\s+)?\d[\d,.]*\+?\s+"
    r"(?:arrests|detentions|(?:people|suspects|persons)\s+(?:arrested|detained))\W{0,3}$", re.IGNORECASE)


def verbless_amount(text: str) -> bool:
    """``text`` is a short amount with no verb of its own."""
    # "($1 = 0.9310 euros)": a wire story's exchange-rate note, no amount of anything
    return bool(_AMOUNT_FRAGMENT.match(text)) and len(text.split()) <= 14 and not _FINITE.search(text) and "=" not in text


# «Речь идет о кокаине весом 13 тонн»: the sentence says what the one before was about, and reads its verb.
_SPECIFYING_LEAD = re.compile(r"^\W{0,3}(?:речь\s+(?:ид[её]т|шла)\s+о\b|речь\s+(?:ид[её]т|шла)\s+об\b)", re.IGNORECASE)
_REST_LEAD = re.compile(r"^\W{0,3}(?:the\s+(?:remaining|other|rest)|остальны\w*|ещё|еще)\b", re.IGNORECASE)
_CAPS_HEADING = re.compile(r"^\s*(?=[^a-zа-яё\d]*$)[A-ZА-ЯЁ][A-ZА-ЯЁ&'’ /-]{3,50}$")


def note_lines(d: Discourse, text: str, sent: Sentence, on_symbol_line: bool) -> None:
    """After a sentence: it carries its verb down if a symbol opens it, and a line ending in ":"
    heads a list."""
    d.carried, d.carried_context = (sent, f"{d.carried_context} {sent.text}") if on_symbol_line else (None, "")
    if sent.text.rstrip().endswith(":") and whole_line(text, sent):
        d.header, d.list_line = sent, sent.line
    elif _CAPS_HEADING.match(sent.text) and whole_line(text, sent):
        # "KEY RESULTS", "ARRESTS PER COUNTRY": a capitals heading with no colon heads a list too
        d.header, d.list_line = Sentence(sent.start, sent.end, f"{sent.text.strip()}:", sent.line, sent.noise), sent.line
    elif d.header is not None:
        d.list_line = sent.line
