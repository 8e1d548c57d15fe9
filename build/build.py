"""Build the one-folder application with PyInstaller: ``python build/build.py``.

Works on Linux and Windows (run it with the Python of the environment that has the
program and the ``build`` extra installed: ``pip install -e '.[build]'``). Writes
``build/dist/meihao/`` (``--dist`` to change), checks that the bundled program starts
and finds its standards, and records what it was built from in
``<dist>/meihao.inputs.sha256``; with ``--if-changed`` an existing bundle built from the
same inputs is kept as it is.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bundle_spec  # noqa: E402

DEFAULT_DIST = HERE / "dist"
DEFAULT_WORK = HERE / "work"


def app_dir(dist: Path) -> Path:
    return dist / bundle_spec.APP_NAME


def cli_executable(dist: Path) -> Path:
    """The bundled program to run subcommands with (on Windows the console twin)."""
    if sys.platform == "win32":
        return app_dir(dist) / f"{bundle_spec.CLI_NAME}.exe"
    return app_dir(dist) / bundle_spec.APP_NAME


def stamp_file(dist: Path) -> Path:
    return dist / f"{bundle_spec.APP_NAME}.inputs.sha256"


def is_up_to_date(dist: Path, fingerprint: str | None = None) -> bool:
    """Whether ``dist`` holds a checked bundle built from exactly the current inputs."""
    stamp = stamp_file(dist)
    if not stamp.is_file() or not cli_executable(dist).is_file():
        return False
    wanted = fingerprint or bundle_spec.inputs_fingerprint()
    return stamp.read_text(encoding="ascii").strip() == wanted


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            "PyInstaller is not installed here; run: pip install -e '.[build]'"
        ) from None
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
        str(bundle_spec.SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=bundle_spec.ROOT)


def smoke_test(dist: Path) -> None:
    """The bundle starts headless and finds its standards (resources are in place)."""
    result = subprocess.run(
        [str(cli_executable(dist)), "standards", "list"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    if result.returncode != 0 or "meihao-2024" not in result.stdout:
        raise SystemExit(f"the bundled program does not work:\n{result.stdout}\n{result.stderr}")


def folder_size(folder: Path) -> int:
    """Bytes on disk (a library linked under two names counts once)."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files)


def build(dist: Path, work: Path, *, clean: bool = False, if_changed: bool = False) -> Path:
    """Build (or keep, with ``if_changed``) the bundle in ``dist``; its folder."""
    fingerprint = bundle_spec.inputs_fingerprint()
    if if_changed and is_up_to_date(dist, fingerprint):
        print(f"{app_dir(dist)} is up to date")
        return app_dir(dist)
    stamp_file(dist).unlink(missing_ok=True)
    if app_dir(dist).exists():
        shutil.rmtree(app_dir(dist))
    started = time.monotonic()
    run_pyinstaller(dist, work, clean)
    smoke_test(dist)
    stamp_file(dist).write_text(fingerprint + "\n", encoding="ascii")
    size = folder_size(app_dir(dist)) / 1e6
    print(f"built {app_dir(dist)} in {time.monotonic() - started:.0f} s, {size:.0f} MB")
    return app_dir(dist)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST, help="output folder")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="PyInstaller's work folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--if-changed", action="store_true", help="keep a bundle built from the same inputs"
    )
    args = parser.parse_args(argv)
    build(args.dist.resolve(), args.work.resolve(), clean=args.clean, if_changed=args.if_changed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
