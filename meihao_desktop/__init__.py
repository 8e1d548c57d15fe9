"""meihao_desktop: on-site inspection, scoring and recommendation forms for 美好家园 reviews."""

__version__ = "0.1.0"

import time as _time

PROCESS_STARTED = _time.time()
"""When this process started: files written since then belong to work still running."""
