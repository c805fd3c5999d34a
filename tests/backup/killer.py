"""Run the CLI, and SIGKILL this process just before its Nth file-system step.

    python killer.py N ARGS...    (N = 0: never; the number of steps goes to stderr at the end)

The steps are the ones ``tests/backup/support.py`` counts. The kill is real: no ``finally``,
no ``atexit``, no flush of anything.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import Any

from iop_companion import cli
from tests.backup.support import STEPS

kill_at = int(sys.argv[1])
steps = 0


def counted(real: Callable[..., Any]) -> Callable[..., Any]:
    def step(*args: Any, **kwargs: Any) -> Any:
        global steps
        steps += 1
        if steps == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    return step


for owner, name in STEPS:
    setattr(owner, name, counted(getattr(owner, name)))
code = cli.run(sys.argv[2:])
print(f"steps: {steps}", file=sys.stderr)
sys.exit(code)
