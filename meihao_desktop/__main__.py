"""``python -m meihao_desktop``, the ``meihao`` console script and the bundle's entry point."""

from __future__ import annotations

import multiprocessing
import sys

from meihao_desktop.cli.main import main as _main


def main() -> None:
    # In a frozen (PyInstaller) build the photo and PDF worker processes start by
    # running this executable again; freeze_support() turns such a start into the
    # worker and never returns there. Outside a frozen build it does nothing.
    multiprocessing.freeze_support()
    sys.exit(_main())


if __name__ == "__main__":
    main()
