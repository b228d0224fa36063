"""Correcting the store by hand: edit, delete and move facts, merge operations, undo, redo.

Each change is one transaction (:func:`store.storage.transaction`: lock, re-read, atomic
replace) that changes the records and appends its entry to the ``changes`` log
(:mod:`store.changes`) together, so the log and the data never disagree and a concurrent
ingest's facts are never lost (the file is re-read inside the lock). An edited or moved
fact keeps its source, quote and span and is marked ``edited``.

The explorer and ``takedown edit``/``delete``/``move``/``merge-operations``/``undo``/``redo``
both call these; errors are :class:`EditError` (a StoreError: one line for the user),
:class:`InvalidFields` carries one :class:`~store.validation.FieldError` per bad field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from store.changes import (
    ADD,
    DELETE,
    EDIT,
    MERGE,
    MOVE,
    REDO,
    UNDO,
    UNDONE,
    Change,
    Log,
    Records,
    State,
    readable,
    same_state,
)
from store.format import amount, compact_number
from store.model import Fact, Operation, ValidationError, from_dict, replace, slugify, to_dict
from store.storage import StoreError
from store.text import fold
from store.validation import FieldError, shown, validate_fact
from store.words import count

if TYPE_CHECKING:
    from store.repository import Repository

EDITABLE: tuple[str, ...] = ("metric", "value", "unit", "qualifier", "country", "date", "operation")


class EditError(StoreError):
    """A change that cannot be made; the store is left as it was."""


class InvalidFields(EditError):
    """What the user typed does not make a fact: one FieldError per field, in words."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(e.message for e in errors))


class NothingToChange(EditError):
    """The edit gives the fact the values it already has: nothing is written or logged."""


class NothingToUndo(EditError):
    """Undo with no done change, or redo with no undone one."""


# -- reading ----------------------------------------------------------------------------------
def history(repo: Repository, *, limit: int | None = None) -> list[Change]:
    """The log of the repository's snapshot, newest first."""
    entries = readable(repo.snapshot.changes)
    entries.reverse()
    return entries[:limit] if limit is not None else entries


def can_undo(repo: Repository) -> Change | None:
    """The change ``undo`` would undo, if any (from the snapshot: no lock, no read)."""
    done = [c for c in history(repo) if c.undoable and c.status == "done"]
    return done[0] if done else None


def can_redo(repo: Repository) -> Change | None:
    undone = [c for c in history(repo) if c.undoable and c.status == UNDONE]
    return undone[-1] if undone else None


def resolve_fact_id(repo: Repository, text: str) -> str:
    """A fact id, or a prefix of exactly one (``f-dd07b0``), from the snapshot."""
    text = text.strip()
    if repo.fact(text) is not None:
        return text
    if len(text) >= 4:
        hits = [fid for fid in repo.snapshot.facts_by_id if fid.startswith(text)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise EditError(f"fact id {shown(text)} is ambiguous: {len(hits)} facts start with it")
    raise EditError(f"no fact with id {shown(text)} in {repo.path}")


# -- changing ---------------------------------------------------------------------------------
def edit_fact(
    repo: Repository,
    fact_id: str,
    fields: Mapping[str, str],
    *,
    reason: str | None = None,
    expect: Fact | None = None,
    create_operation: bool = True,
    reload: bool = True,
) -> Change:
    """Change a fact's fields (text as a form holds it, see :func:`store.validation.validate_fact`).

    ``expect`` is the fact as the user saw it: if another process changed it since, the edit
    is refused rather than overwriting that. An ``operation`` that is not in the store is
    created if ``create_operation``. A change of operation alone is logged as a move.
    """
    if not fields:
        raise NothingToChange("nothing to change: give at least one field")

    def work(records: Records, log: Log) -> Change:
        current = _fact(records, fact_id, expect)
        cleaned, errors = validate_fact(
            fields, known_operations=_operation_names(records), base=current, new_operations=create_operation
        )
        if errors:
            raise InvalidFields(errors)
        before: State = {"facts": {fact_id: to_dict(current)}}
        after: State = {"facts": {}}
        updates = {k: v for k, v in cleaned.items() if k != "operation"}
        if "operation" in cleaned:
            op_id, created = _operation_for(records, cleaned["operation"])
            updates["operation"] = op_id
            if created is not None:
                before["operations"] = {op_id: None}
                after["operations"] = {op_id: to_dict(created)}
        new = _checked(replace(current, **updates, edited=True))
        if _same_fact(new, current):
            raise NothingToChange(f"fact {fact_id} already has those values; nothing changed")
        after["facts"][fact_id] = to_dict(new)
        records.apply(after)
        kind = MOVE if set(updates) == {"operation"} else EDIT
        return log.record(kind, fact_id, before, after, reason=_reason(reason), summary=_fact_diff(current, new))

    return _commit(repo, work, reload)


def delete_fact(
    repo: Repository, fact_id: str, *, reason: str | None = None, expect: Fact | None = None, reload: bool = True
) -> Change:
    """Remove a fact; undo brings it back as it was, and no later ingest revives it."""

    def work(records: Records, log: Log) -> Change:
        current = _fact(records, fact_id, expect)
        before: State = {"facts": {fact_id: to_dict(current)}}
        after: State = {"facts": {fact_id: None}}
        records.apply(after)
        op = records.get("operations", current.operation)
        summary = f"deleted {current.metric} {amount(current.value, current.unit)} of {op['name'] if op else current.operation}"
        return log.record(DELETE, fact_id, before, after, reason=_reason(reason), summary=summary)

    return _commit(repo, work, reload)


def move_fact(
    repo: Repository, fact_id: str, operation: str, *, reason: str | None = None, create: bool = False,
    expect: Fact | None = None, reload: bool = True,
) -> Change:
    """Give a fact to another operation (by id, name or alias; a new one only if ``create``)."""
    return edit_fact(
        repo, fact_id, {"operation": operation}, reason=reason, expect=expect, create_operation=create, reload=reload
    )


def merge_operations(
    repo: Repository, source: str, target: str, *, reason: str | None = None, reload: bool = True
) -> Change:
    """Merge operation ``source`` into ``target`` (ids, names or aliases): its facts move, its
    name, aliases, markets and countries join the target's, missing dates are filled, and the
    source operation goes. Facts keep their sources; later ingests of the source's name land
    in the target."""
    from store.repository import merge_operations as union

    def work(records: Records, log: Log) -> Change:
        src, tgt = _operation(records, source), _operation(records, target)
        if src.id == tgt.id:
            raise EditError(f"{shown(source)} and {shown(target)} are the same operation ({src.id}); nothing to merge")
        merged = union(tgt, src)
        merged = replace(merged, aliases=tuple(a for a in merged.aliases if fold(a) != fold(merged.name)))
        moved = [from_dict(Fact, dict(doc)) for doc in records.where("facts", "operation", src.id)]
        before: State = {
            "operations": {src.id: to_dict(src), tgt.id: to_dict(tgt)},
            "facts": {f.id: to_dict(f) for f in moved},
        }
        after: State = {
            "operations": {src.id: None, tgt.id: to_dict(merged)},
            "facts": {f.id: to_dict(replace(f, operation=tgt.id)) for f in moved},
        }
        records.apply(after)
        summary = f"merged {src.name} ({src.id}) into {tgt.name} ({tgt.id}): {count(len(moved), 'fact')} moved"
        return log.record(MERGE, src.id, before, after, reason=_reason(reason), summary=summary)

    return _commit(repo, work, reload)


def add_facts(
    repo: Repository, facts: list[Fact], operations: list[Operation] = (), *, reason: str | None = None,  # type: ignore[assignment]
    reload: bool = True,
) -> Change | None:
    """Add figures by hand to texts already in the store (the review of a stored text), as one
    logged change: undo takes them out again (and any operation it created), redo puts them
    back. Facts already in the store are left as they are; None if nothing was new. An
    operation that exists is merged with the one given (as an ingest merges it)."""
    from store.repository import merge_operations as union

    for record in (*facts, *operations):
        _checked(record)

    def work(records: Records, log: Log) -> Change | None:
        before: State = {"facts": {}, "operations": {}}
        after: State = {"facts": {}, "operations": {}}
        for op in operations:
            doc = records.get("operations", op.id)
            new = to_dict(op) if doc is None else to_dict(union(from_dict(Operation, dict(doc)), op))
            if doc is None or new != doc:
                before["operations"][op.id] = None if doc is None else dict(doc)
                after["operations"][op.id] = new
        added = []
        for fact in facts:
            if records.get("facts", fact.id) is None and fact.id not in after["facts"]:
                if fact.operation not in after["operations"] and records.get("operations", fact.operation) is None:
                    raise EditError(f"fact {fact.id}: no operation {shown(fact.operation)} in the store; nothing changed")
                before["facts"][fact.id] = None
                after["facts"][fact.id] = to_dict(fact)
                added.append(fact)
        if not added:
            return None
        for side in (before, after):
            if not side["operations"]:
                del side["operations"]
        records.apply(after)
        source = records.get("sources", added[0].source)
        where = f" from {source['title']}" if source and source.get("title") else ""
        return log.record(ADD, added[0].id, before, after, reason=_reason(reason),
                          summary=f"added {count(len(added), 'fact')}{where}: " + ", ".join(
                              f"{f.metric} {amount(f.value, f.unit)}" for f in added[:3]) + ("…" if len(added) > 3 else ""))

    return _commit(repo, work, reload)  # type: ignore[arg-type]


def undo(repo: Repository, *, reason: str | None = None, reload: bool = True) -> Change:
    """Undo the newest change not undone yet (across restarts: the log is in the file).
    Returns the undo's own log entry (``of``: the change undone)."""

    def work(records: Records, log: Log) -> Change:
        change = log.undo_candidate()
        if change is None:
            raise NothingToUndo("nothing to undo")
        _still(records, change, change.after, "undo")
        records.apply(change.before)
        _no_orphans(records, change, change.before, "undo")
        log.set_status(change, UNDONE)
        return log.record(UNDO, change.target, change.after, change.before, of=change.id,
                          reason=_reason(reason), summary=f"undid #{change.id}: {change.summary}")

    return _commit(repo, work, reload)


def redo(repo: Repository, *, reason: str | None = None, reload: bool = True) -> Change:
    """Redo the change undone last; a change made after an undo leaves nothing to redo."""

    def work(records: Records, log: Log) -> Change:
        change = log.redo_candidate()
        if change is None:
            raise NothingToUndo("nothing to redo")
        _still(records, change, change.before, "redo")
        records.apply(change.after)
        _no_orphans(records, change, change.after, "redo")
        log.set_status(change, "done")
        return log.record(REDO, change.target, change.before, change.after, of=change.id,
                          reason=_reason(reason), summary=f"redid #{change.id}: {change.summary}")

    return _commit(repo, work, reload)


# -- the parts --------------------------------------------------------------------------------
def _commit(repo: Repository, work: Callable[[Records, Log], Change], reload: bool) -> Change:
    """One write (store.journal_write: journalled, or a whole-file transaction): the records
    and the log entry are saved together or not at all. The repository holds the new state
    afterwards either way (``reload`` is kept for callers that batch several changes)."""
    from store.journal_write import write

    return write(repo, lambda records: work(records, Log(records)), reload=reload)


def _fact(records: Records, fact_id: str, expect: Fact | None) -> Fact:
    doc = records.get("facts", fact_id)
    if doc is None:
        raise EditError(f"no fact with id {shown(fact_id)}; nothing changed")
    fact = from_dict(Fact, dict(doc))
    if expect is not None and to_dict(expect) != to_dict(fact):
        raise EditError(f"fact {fact_id} was changed by someone else since you opened it; nothing changed — look again")
    return fact


def _operation(records: Records, name: str) -> Operation:
    """By id, name or alias (case and accents aside)."""
    doc = records.get("operations", name)
    if doc is None:
        wanted = fold(" ".join(name.split()))
        doc = next(
            (d for d in records.table("operations").values()
             if wanted in {fold(n) for n in (d.get("id", ""), d.get("name", ""), *d.get("aliases", ()))}),
            None,
        )
    if doc is None:
        raise EditError(f"no operation {shown(name)} in the store")
    return from_dict(Operation, dict(doc))


def _operation_names(records: Records) -> list[str]:
    names: list[str] = []
    for doc in records.table("operations").values():
        names.extend((doc.get("id", ""), doc.get("name", ""), *doc.get("aliases", ())))
    return [n for n in names if n]


def _operation_for(records: Records, name: str) -> tuple[str, Operation | None]:
    """The id of the operation ``name`` means, and the new record if it has to be created."""
    try:
        return _operation(records, name).id, None
    except EditError:
        pass
    op_id = slugify(name)
    if records.get("operations", op_id) is not None:
        return op_id, None
    return op_id, _checked(Operation(id=op_id, name=name))


def _checked(record: Any) -> Any:
    try:
        record.validate()
    except ValidationError as exc:
        raise EditError(f"the change would break the store's rules ({exc}); nothing changed") from None
    return record


def _same_fact(a: Fact, b: Fact) -> bool:
    return replace(a, edited=False) == replace(b, edited=False)


def _reason(reason: str | None) -> str | None:
    """Kept exactly as typed (it is data, shown escaped); blank means none."""
    return reason if reason and reason.strip() else None


def _normalise(table: str, doc: dict[str, Any]) -> dict[str, Any]:
    kind = Fact if table == "facts" else Operation
    try:
        return to_dict(from_dict(kind, dict(doc)))
    except (ValidationError, TypeError):
        return doc


def _still(records: Records, change: Change, expected: State, verb: str) -> None:
    """Refuse to undo/redo over work done since: the records must be as the change left them."""
    differ = same_state(records.state(expected), expected, _normalise)
    if differ:
        raise EditError(
            f"cannot {verb} change #{change.id} ({change.kind} {change.target}): {differ[0]} has changed since; nothing changed"
        )


def _no_orphans(records: Records, change: Change, applied: State, verb: str) -> None:
    """An operation an undo or redo removes must have no facts left (an ingest may have added
    some since): refused, and the transaction discarded, rather than orphan them."""
    for op_id, doc in applied.get("operations", {}).items():
        if doc is None:
            left = next(records.where("facts", "operation", op_id), None)
            if left is not None:
                raise EditError(
                    f"cannot {verb} change #{change.id} ({change.kind} {change.target}): operation {op_id} has "
                    f"facts added since (such as {left.get('id')}); nothing changed"
                )


_DIFF_FIELDS = ("operation", "metric", "value", "unit", "qualifier", "country", "date")


def _fact_diff(old: Fact, new: Fact) -> str:
    parts = []
    for name in _DIFF_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            if name == "value":  # as the lists read it: "3.2M → 3.3M", "1,234", not "3200000"
                a, b = (compact_number(v) if isinstance(v, int | float) else v for v in (a, b))
            parts.append(f"{name} {_word(a)} → {_word(b)}")
    return "; ".join(parts)


def _word(value: object) -> str:
    return "—" if value is None else str(value)


__all__ = [
    "EDITABLE", "EditError", "InvalidFields", "NothingToChange", "NothingToUndo", "add_facts", "can_redo", "can_undo",
    "delete_fact", "edit_fact", "history", "merge_operations", "move_fact", "redo", "resolve_fact_id", "undo",
]
