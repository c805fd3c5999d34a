"""The journal's categories and templates (quick wins): listing, adding, renaming, hiding and
reordering them, and finding a category by id or name for an entry.

A part of ``JournalService`` (``core/journal.py``). Hidden categories and templates stay on what
uses them; they only leave the pickers.
"""

from __future__ import annotations

from typing import Any

from iop_companion.core.checks import MAX_TEMPLATE_CHARS, entry_name, entry_text
from iop_companion.core.model import Category, Template
from iop_companion.core.storage import (
    BY_POSITION,
    Service,
    delete_row,
    first_found,
    insert_row,
    move_row,
    next_position,
    restore_row,
    row_exists,
    update_row,
)
from iop_companion.errors import InvalidEntry
from iop_companion.i18n import translate
from iop_companion.vault.database import plain_errors


def _gone() -> InvalidEntry:
    return InvalidEntry(translate("categories", "That item isn't in the journal anymore."))


def _no_category() -> InvalidEntry:
    return InvalidEntry(translate("categories", "That category isn't in the journal anymore."))


def _no_template() -> InvalidEntry:
    return InvalidEntry(translate("categories", "That quick win isn't in the journal anymore."))


class Categories(Service):
    # -- categories -------------------------------------------------------------------------

    def categories(self, *, include_hidden: bool = False) -> list[Category]:
        where = "" if include_hidden else "WHERE hidden = 0"
        with plain_errors():
            rows = self._db.query(f"SELECT * FROM categories {where} {BY_POSITION}")
            return [Category(r["id"], r["name"], r["position"], bool(r["hidden"])) for r in rows]

    def add_category(self, name: str) -> Category:
        name = entry_name(name, "category")
        if self.find_category(name) is not None:
            raise InvalidEntry(
                translate("categories", "There's already a category with that name.")
            )
        with plain_errors(), self._db.atomic():
            position = next_position(self._db, "categories")
            self._db.table("categories").insert({"name": name, "position": position})
        found = self.find_category(name)
        assert found is not None
        return found

    def rename_category(self, category_id: int, name: str) -> Category:
        name = entry_name(name, "category")
        self._category(category_id)
        existing = self.find_category(name)
        if existing is not None and existing.id != category_id:
            raise InvalidEntry(
                translate("categories", "There's already a category with that name.")
            )
        update_row(self._db, "categories", category_id, {"name": name})
        return self._category(category_id)

    def set_category_hidden(self, category_id: int, hidden: bool) -> Category:
        """Hidden categories stay on the entries that have them; they just leave the pickers."""
        self._category(category_id)
        update_row(self._db, "categories", category_id, {"hidden": int(hidden)})
        return self._category(category_id)

    def move_category(self, category_id: int, position: int) -> list[Category]:
        move_row(self._db, "categories", category_id, position, missing=_gone)
        return self.categories(include_hidden=True)

    def find_category(self, name: str) -> Category | None:
        """The category with this name, in any case, hidden ones included."""
        wanted = name.strip().casefold()
        return next(
            (c for c in self.categories(include_hidden=True) if c.name.casefold() == wanted), None
        )

    def category(self, category_id: int) -> Category:
        return self._category(category_id)

    def remove_category(self, category_id: int) -> None:
        """Take back a category just added (Undo). One that an entry or a quick win has come
        to use meanwhile stays, hidden: what uses it keeps its name."""
        self._category(category_id)
        with plain_errors(), self._db.atomic():
            used = self._db.execute(
                "SELECT 1 FROM entries WHERE category_id = ?1"
                " UNION ALL SELECT 1 FROM templates WHERE category_id = ?1 LIMIT 1",
                [category_id],
            ).fetchone()
            if used:
                update_row(self._db, "categories", category_id, {"hidden": 1})
            else:
                self._db.execute("DELETE FROM categories WHERE id = ?", [category_id])

    def restore_category(self, category: Category) -> Category:
        """Bring back a category ``remove_category`` took (Redo), as it was."""
        with plain_errors(), self._db.atomic():
            if row_exists(self._db, "categories", category.id):
                update_row(self._db, "categories", category.id, {"hidden": int(category.hidden)})
            else:
                insert_row(self._db, "categories", _category_row(category))
        return self._category(category.id)

    def _category(self, category_id: int) -> Category:
        found = [c for c in self.categories(include_hidden=True) if c.id == category_id]
        return first_found(found, _no_category)

    def _category_id(self, category: int | str | None) -> int | None:
        if category is None:
            return None
        if isinstance(category, int):
            return self._category(category).id
        found = self.find_category(category)
        if found is None:
            names = ", ".join(c.name for c in self.categories())
            raise InvalidEntry(
                translate(
                    "categories", "There's no category called that. The categories are: {names}."
                ).format(names=names)
            )
        return found.id

    # -- templates (quick wins) -------------------------------------------------------------

    def templates(self, *, include_hidden: bool = False) -> list[Template]:
        where = "" if include_hidden else "WHERE hidden = 0"
        with plain_errors():
            rows = self._db.query(f"SELECT * FROM templates {where} {BY_POSITION}")
            return [
                Template(r["id"], r["text"], r["category_id"], r["position"], bool(r["hidden"]))
                for r in rows
            ]

    def add_template(self, text: str, category: int | str | None = None) -> Template:
        text = entry_text(text, required=True, limit=MAX_TEMPLATE_CHARS)
        category_id = self._category_id(category)
        with plain_errors(), self._db.atomic():
            position = next_position(self._db, "templates")
            row = {"text": text, "category_id": category_id, "position": position}
            template_id = insert_row(self._db, "templates", row)
        return self._template(template_id)

    def edit_template(
        self, template_id: int, *, text: str | None = None, category: int | str | None = None
    ) -> Template:
        self._template(template_id)
        updates: dict[str, Any] = {}
        if text is not None:
            updates["text"] = entry_text(text, required=True, limit=MAX_TEMPLATE_CHARS)
        if category is not None:
            updates["category_id"] = self._category_id(category)
        update_row(self._db, "templates", template_id, updates)
        return self._template(template_id)

    def clear_template_category(self, template_id: int) -> Template:
        """The quick win without a category (as Undo puts back one that had none)."""
        self._template(template_id)
        update_row(self._db, "templates", template_id, {"category_id": None})
        return self._template(template_id)

    def set_template_hidden(self, template_id: int, hidden: bool) -> Template:
        self._template(template_id)
        update_row(self._db, "templates", template_id, {"hidden": int(hidden)})
        return self._template(template_id)

    def move_template(self, template_id: int, position: int) -> list[Template]:
        move_row(self._db, "templates", template_id, position, missing=_gone)
        return self.templates(include_hidden=True)

    def template(self, template_id: int) -> Template:
        return self._template(template_id)

    def remove_template(self, template_id: int) -> None:
        """Take back a quick win just added (Undo)."""
        delete_row(self._db, "templates", template_id, _no_template)

    def restore_template(self, template: Template) -> Template:
        """Bring back a quick win ``remove_template`` took (Redo), as it was."""
        restore_row(
            self._db,
            "templates",
            {
                "id": template.id,
                "text": template.text,
                "category_id": template.category_id,
                "position": template.position,
                "hidden": int(template.hidden),
            },
        )
        return self._template(template.id)

    def _template(self, template_id: int) -> Template:
        found = [t for t in self.templates(include_hidden=True) if t.id == template_id]
        return first_found(found, _no_template)


def _category_row(category: Category) -> dict[str, Any]:
    return {
        "id": category.id,
        "name": category.name,
        "position": category.position,
        "hidden": int(category.hidden),
    }
