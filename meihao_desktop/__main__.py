"""``python -m meihao_desktop`` and the ``meihao`` console script."""

from __future__ import annotations

import sys

from meihao_desktop.cli.main import main as _main


def main() -> None:
    sys.exit(_main())


if __name__ == "__main__":
    main()
