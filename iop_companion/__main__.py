"""``iop-companion``: with no command the desktop app opens; with one, the command line runs."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence


def disable_core_dumps() -> None:
    """A crash must not leave the journal's memory (keys, entry text) in a core file."""
    try:
        import resource
    except ImportError:  # not on Windows, which writes no core files by default
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    args = list(sys.argv[1:] if argv is None else argv)
    from iop_companion import i18n
    from iop_companion.cli_parser import build_parser  # light: --version and --help stop here
    from iop_companion.terminal_language import terminal_words

    i18n.use_when_needed(terminal_words)  # the desktop app says its own once it starts

    parsed = build_parser().parse_args(args)  # once: ``run`` takes it
    if parsed.command is None and not parsed.self_check:
        from iop_companion.ui.app import run_app

        return int(run_app(parsed.data_dir))
    from iop_companion.cli import discard_output, run  # the command's modules load from here

    try:
        return run(args, parsed=parsed)
    except BrokenPipeError:
        # The reader stopped reading (``list | head -n 1``): it has what it wanted. A quiet end.
        discard_output()
        return 0


if __name__ == "__main__":
    sys.exit(main())
