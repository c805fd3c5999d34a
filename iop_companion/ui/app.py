"""Placeholder until the desktop app lands (issue 3)."""

from __future__ import annotations


def run_app(data_dir: str | None) -> int:
    raise NotImplementedError
