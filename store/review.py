"""An article's proposed facts under review: accept, reject, edit, add, then the records to save.

The explorer's review screen holds one :class:`Review`. Nothing here writes: :meth:`Review.records`
gives the source, operations and accepted facts that the repository's ``add_records`` stores
in one transaction (lock, re-read, atomic replace), the same write ``takedown ingest`` does.
What a person types is checked by :func:`store.validation.validate_fact`; a fact edited or
added here keeps the article as its source and a span and quote into its text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from store import countries
from store.ingest.sentences import split_sentences
from store.model import Fact, Operation, Source, ValidationError, slugify, stable_id
from store.model import replace as changed
from store.text import fold
from store.validation import FieldError, validate_fact


@dataclass(frozen=True, slots=True)
class Draft:
    """One proposed fact and what the reviewer decided (a new object per change)."""

    fact: Fact
    accepted: bool = True
    edited: bool = False
    added: bool = False


@dataclass
class Review:
    """The facts proposed from one article and the reviewer's decisions."""

    source: Source
    operations: dict[str, Operation]  # proposed records by id (the main one first)
    drafts: list[Draft]
    known: Mapping[str, Operation] = field(default_factory=dict)  # the store's operations by id
    main_id: str = ""
    existing: bool = False  # the text is already in the store: these are its stored facts

    @classmethod
    def propose(cls, source: Source, operations: Iterable[Operation], facts: Iterable[Fact],
                known: Mapping[str, Operation] | None = None, *, existing: bool = False) -> Review:
        ops = {op.id: op for op in operations}
        return cls(source=source, operations=ops, drafts=[Draft(f) for f in facts], known=dict(known or {}),
                   main_id=next(iter(ops), ""), existing=existing)

    # -- reading ----------------------------------------------------------------------
    @property
    def main(self) -> Operation | None:
        return self.operations.get(self.main_id) or self.known.get(self.main_id)

    def operation_name(self, op_id: str) -> str:
        op = self.operations.get(op_id) or self.known.get(op_id)
        return op.name if op else op_id

    def operation_names(self) -> list[str]:
        """Every name an operation field may take: proposed ones first, then the store's."""
        names = [op.name for op in self.operations.values()]
        names += [op.name for op in sorted(self.known.values(), key=lambda op: op.name.lower()) if op.name not in names]
        return names

    @property
    def accepted(self) -> list[Draft]:
        return [d for d in self.drafts if d.accepted]

    def fields_of(self, index: int) -> dict[str, str]:
        """The form's text for draft ``index``."""
        fact = self.drafts[index].fact
        return fact_fields(fact, self.operation_name(fact.operation))

    # -- deciding ---------------------------------------------------------------------
    def toggle(self, index: int) -> Draft:
        draft = self.drafts[index]
        self.drafts[index] = replace(draft, accepted=not draft.accepted)
        return self.drafts[index]

    def edit(self, index: int, fields: Mapping[str, str]) -> list[FieldError]:
        """Apply the form to draft ``index``; on errors nothing changes."""
        draft = self.drafts[index]
        fact, errors = self._fact_from(fields, draft.fact)
        if fact is not None:
            self.drafts[index] = replace(draft, fact=fact, edited=True, accepted=True)
        return errors

    def add(self, start: int, end: int, fields: Mapping[str, str]) -> tuple[int | None, list[FieldError]]:
        """A missed figure at ``text[start:end]``: its quote is the sentence around it."""
        text = self.source.text
        start, end = max(0, start), min(len(text), end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return None, [FieldError("value", "select the figure in the text first")]
        quote = sentence_around(text, start, end)
        base = Fact(id="f-new", operation=self.main_id, metric="arrests", value=None, unit=None, source=self.source.id,
                    quote=quote, start=start, end=end, value_text=text[start:end])
        fact, errors = self._fact_from(fields, base, new=True)
        if fact is None:
            return None, errors
        fact = changed(fact, id=stable_id("f", self.source.id, fact.metric, start, end, fact.country, fact.operation, "by hand"))
        self.drafts.append(Draft(fact, edited=True, added=True))
        return len(self.drafts) - 1, errors

    def _fact_from(self, fields: Mapping[str, str], base: Fact, *, new: bool = False) -> tuple[Fact | None, list[FieldError]]:
        cleaned, errors = validate_fact(dict(fields), known_operations=self.operation_names(), base=None if new else base)
        if errors:
            return None, errors
        changes: dict[str, Any] = {k: v for k, v in cleaned.items() if k != "operation"}
        if "operation" in cleaned:
            changes["operation"] = self._operation_id(cleaned["operation"])
        try:
            fact = changed(base, **changes)
            if not new and "value" in cleaned and cleaned["value"] != base.value:  # the stated words no longer fit
                fact = changed(fact, value_text=None)
            fact.validate()
        except ValidationError as exc:
            return None, [FieldError("value", str(exc).split(": ", 1)[-1])]
        return fact, []

    def _operation_id(self, name: str) -> str:
        """The id of the operation ``name`` means: proposed, in the store, or a new one."""
        wanted = fold(name)
        for pool in (self.operations, self.known):
            for op in pool.values():
                if wanted in {fold(n) for n in op.names()}:
                    return op.id
        op_id = slugify(name)
        if op_id in self.known:
            return op_id
        self.operations[op_id] = Operation(id=op_id, name=name, announced=self.source.published)
        return op_id

    def rename_main(self, name: str, markets: Iterable[str], country_words: Iterable[str]) -> list[str]:
        """The article's operation name, its markets and participating countries; returns
        the words that are not countries (nothing changes then)."""
        codes, unknown = [], []
        for word in country_words:
            word = word.strip()
            if not word:
                continue
            code = countries.lookup(word)
            if code is None:
                unknown.append(word)
            elif code not in codes:
                codes.append(code)
        name = " ".join(name.split())
        if unknown or not name:
            return unknown or ["the operation needs a name"]
        old = self.main
        base = old if old is not None else Operation(id=self.main_id, name=name)
        new_id = self._existing_id(name) or (self.main_id if old is not None and fold(old.name) == fold(name) else slugify(name))
        record = changed(base, id=new_id, name=name, markets=tuple(m.strip() for m in markets if m.strip()),
                         countries=tuple(codes))
        record.validate()
        self.operations.pop(self.main_id, None)
        self.operations = {new_id: record, **{k: v for k, v in self.operations.items() if k != new_id}}
        if new_id != self.main_id:
            old_id, self.main_id = self.main_id, new_id
            self.drafts = [replace(d, fact=changed(d.fact, operation=new_id)) if d.fact.operation == old_id else d
                           for d in self.drafts]
        return []

    def _existing_id(self, name: str) -> str | None:
        wanted = fold(name)
        for op in self.known.values():
            if wanted in {fold(n) for n in op.names()}:
                return op.id
        return None

    # -- saving -----------------------------------------------------------------------
    def records(self) -> tuple[list[Source], list[Operation], list[Fact]]:
        """What saving writes: the source, the operations the accepted facts need (the main
        one always), and the accepted facts."""
        facts = [changed(d.fact, edited=True) if d.edited else d.fact for d in self.drafts if d.accepted]
        needed = {f.operation for f in facts} | {self.main_id}
        ops = [op for op_id, op in self.operations.items() if op_id in needed]
        return [self.source], ops, facts


def fact_fields(fact: Fact, operation_name: str) -> dict[str, str]:
    """A fact as the text of the edit form's fields."""
    return {
        "metric": fact.metric, "value": _number_text(fact.value), "unit": fact.unit or "",
        "qualifier": fact.qualifier, "country": fact.country or "", "date": fact.date or "",
        "operation": operation_name,
    }


def _number_text(value: float | int | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or sentences) of ``text`` that hold ``text[start:end]``."""
    sentences = [s for s in split_sentences(text) if s.start < end and s.end > start]
    if not sentences:
        return text[start:end]
    return text[sentences[0].start: sentences[-1].end]
