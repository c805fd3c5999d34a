"""What a second computer keeps in step: the tables and settings m007 notes changes of
(``schema.m007_sync``) and ``core.sync_rows`` sends. Light to import (no sqlite-utils), so the
window can start before a journal opens."""

from __future__ import annotations

# The tables a second computer keeps in step, each row named across computers by its uid. Tags
# and which entry has which travel with the entry; drafts stay on the computer they were typed on.
SYNCED_TABLES = (
    "categories",
    "templates",
    "entries",
    "notebook_notes",
    "notebook_bring_up",
    "notebook_plan",
    "notebook_sessions",
    "notebook_phrases",
    "notebook_check_ins",
    "notebook_how_i_am",
    "notebook_picking_up",
    "notebook_hard_times_plan",
)
# The settings that are the person's own across computers. Whether the plan shows on the unlock
# screen stays with each computer (a work laptop's screen is not the home one's), and so does
# whether setup's recovery code was kept.
SYNCED_SETTINGS = (
    "program_phone",
    "last_session_day",
    "check_in_nudge_months",
    "check_in_nudge_chosen_on",
    "check_in_nudge_shown_on",
)
