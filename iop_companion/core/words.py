"""Sentences the app says about progress, shared by the desktop app, the CLI and exports."""

from __future__ import annotations

from iop_companion.core.progress import Summary


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def progress_sentence(summary: Summary) -> str:
    """E.g. "You've logged 42 wins since March. 7 this week. You came back 3 times."

    Only things that grow are counted; nothing here can go down because of a hard moment.
    """
    if not summary.total_wins:
        return "Your first small win will show up here. Every one counts."
    since = ""
    if summary.first_day is not None:
        since = f" since {summary.first_day.strftime('%B %Y')}"
    parts = [f"You've logged {plural(summary.total_wins, 'win')}{since}."]
    if summary.wins_this_week:
        parts.append(f"{summary.wins_this_week} this week.")
    if summary.comebacks:
        parts.append(f"You came back {plural(summary.comebacks, 'time')}.")
    return " ".join(parts)
