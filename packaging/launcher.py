"""What the frozen bundle runs: the same ``main`` as the ``iop-companion`` command."""

import sys

from iop_companion.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
