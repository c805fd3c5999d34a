"""Undo and redo for an open journal: every action that can be taken back is one ``Step``.

A new action clears what could be redone. When what a step would undo (or redo) is gone (the
entry was deleted elsewhere, say), the step goes and the error says so; any other error (a
full disk) leaves the step for later.

A step's description is kept as its English source, marked for the catalogue where the step is
made (``QT_TRANSLATE_NOOP("open_journal", ...)`` in ``core/open_journal.py``), and said in the
reader's language when asked for, so a change of language reaches it too.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from iop_companion.core.changes import Changes, Step
from iop_companion.errors import NotFound, NotInNotebook
from iop_companion.i18n import translate

KEPT_STEPS = 50


class History:
    """Safe to add to from the worker thread (an import ends there) while the window's thread
    undoes: one step at a time."""

    def __init__(self) -> None:
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self._one_at_a_time = threading.RLock()
        self._gathered: list[Step] | None = None  # the steps of ``as_one``, while it runs

    def did(self, step: Step) -> None:
        with self._one_at_a_time:
            if self._gathered is not None:
                self._gathered.append(step)
                return
            self._undo.append(step)
            del self._undo[:-KEPT_STEPS]
            self._redo.clear()

    @contextlib.contextmanager
    def as_one(self, description: str) -> Iterator[None]:
        """The steps done inside are one step: Undo takes them all back (newest first), Redo
        does them all again. Kept even when one of them fails part-way, so what was done can
        still be taken back."""
        with self._one_at_a_time:
            gathered: list[Step] = []
            self._gathered = gathered
            try:
                yield
            finally:
                self._gathered = None
                if len(gathered) == 1:
                    self.did(gathered[0])
                elif gathered:
                    self.did(_joined(description, gathered))

    @property
    def undo_description(self) -> str:
        """What Undo would take back ("logging a win"), or "" when nothing."""
        return _said(self._undo[-1]) if self._undo else ""

    @property
    def redo_description(self) -> str:
        return _said(self._redo[-1]) if self._redo else ""

    @property
    def redo_is_slow(self) -> bool:
        """Whether Redo would add a whole file again: work for the worker thread."""
        return bool(self._redo) and self._redo[-1].slow_redo

    def undo(self) -> tuple[str, Changes]:
        """Take back the newest step; its description and what changed."""
        return self._move(self._undo, self._redo, undoing=True)

    def redo(self) -> tuple[str, Changes]:
        return self._move(self._redo, self._undo, undoing=False)

    def clear(self) -> None:
        with self._one_at_a_time:
            self._undo.clear()
            self._redo.clear()

    def _move(
        self, source: list[Step], target: list[Step], *, undoing: bool
    ) -> tuple[str, Changes]:
        with self._one_at_a_time:
            if not source:
                return "", Changes()
            step = source[-1]
            try:
                changes = step.undo() if undoing else step.redo()
            except (NotFound, NotInNotebook):  # what it would change is gone: the step goes
                source.pop()
                raise
            target.append(source.pop())
            return _said(step), changes


def _said(step: Step) -> str:
    """A step's description in the reader's language (marked in ``core/open_journal.py``)."""
    return translate("open_journal", step.description)


def _joined(description: str, steps: list[Step]) -> Step:
    def undo() -> Changes:
        changes = Changes()
        for step in reversed(steps):
            changes = changes | step.undo()
        return changes

    def redo() -> Changes:
        changes = Changes()
        for step in steps:
            changes = changes | step.redo()
        return changes

    return Step(description, undo, redo)
