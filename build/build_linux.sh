#!/usr/bin/env bash
# Build the Linux one-folder application into build/dist/meihao/ (see the README,
# "Building the installer"). Uses .venv unless PYTHON names another interpreter; the
# environment needs the program and the build extra: pip install -e '.[build]'.
# Arguments go to build/build.py (--clean, --if-changed, --dist DIR, --work DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"
exec "$python" build/build.py "$@"
