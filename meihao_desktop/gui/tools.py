"""Developer commands for the Qt sources: ``python -m meihao_desktop.gui.tools <command>``.

``uic``       compile every ``forms/*.ui`` into ``meihao_desktop/gui/forms_generated/``
``lupdate``   refresh ``resources/translations/*.ts`` from the GUI code and the forms
``lrelease``  build the ``.qm`` files next to the ``.ts`` (for packaging; not committed)
``fill``      read {"Context": {"source": "译文"}} JSON on stdin, fill those translations
              into the Chinese .ts (runs lupdate first and after, so the file stays canonical)

Works in a source checkout only.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from meihao_desktop.gui.pyside_binaries import find_tool
from meihao_desktop.resources import forms_dir, translations_dir

GUI_DIR = Path(__file__).resolve().parent
GENERATED_DIR = GUI_DIR / "forms_generated"
GENERATED_HEADER = "# Generated from forms/{name} by pyside6-uic — do not edit\n"
# uic writes its own version into the output; the sync test ignores that line.
UIC_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.M)


def _require_tool(name: str) -> list[str]:
    command = find_tool(name)
    if command is None:
        raise SystemExit(f"{name} not found: is PySide6 installed in this environment?")
    return command


def generated_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path, out_dir: Path) -> Path:
    """Compile one Designer form to Python in ``out_dir``; returns the written file."""
    result = subprocess.run(
        [*_require_tool("uic"), str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    target = out_dir / generated_name(ui_file)
    target.write_text(GENERATED_HEADER.format(name=ui_file.name) + result.stdout, "utf-8")
    return target


def normalise_generated(text: str) -> str:
    """Generated code without the uic version line, for comparing two compilations."""
    return UIC_VERSION_LINE.sub("## Created by: Qt User Interface Compiler", text)


def ui_files() -> list[Path]:
    return sorted(forms_dir().glob("*.ui"))


def translatable_sources() -> list[Path]:
    """Files whose strings go into the .ts: the GUI code (not the generated forms) and forms."""
    code = [p for p in sorted(GUI_DIR.rglob("*.py")) if GENERATED_DIR not in p.parents]
    return code + ui_files()


def run_uic() -> None:
    for ui_file in ui_files():
        print(compile_form(ui_file, GENERATED_DIR))


def run_lupdate() -> None:
    sources = [str(p) for p in translatable_sources()]
    for ts_file in sorted(translations_dir().glob("*.ts")):
        # No line numbers in the .ts: every code edit would otherwise touch it.
        options = ["-no-obsolete", "-locations", "none"]
        subprocess.run(
            [*_require_tool("lupdate"), *options, *sources, "-ts", str(ts_file)], check=True
        )


def run_lrelease() -> None:
    for ts_file in sorted(translations_dir().glob("*.ts")):
        subprocess.run([*_require_tool("lrelease"), str(ts_file)], check=True)


def fill_translations(ts_file: Path, wanted: dict[str, dict[str, str]]) -> list[str]:
    """Fill translations into ``ts_file``; returns the untranslated sources that remain."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            text = wanted.get(name, {}).get(source)
            if text is not None:
                translation.text = text
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished":
                missing.append(f"{name}: {source}")
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def run_fill() -> None:
    import json

    wanted = json.load(sys.stdin)
    run_lupdate()
    ts_file = translations_dir() / "meihao_zh_CN.ts"
    missing = fill_translations(ts_file, wanted)
    run_lupdate()
    for line in missing:
        print(f"untranslated: {line}")


COMMANDS = {
    "uic": run_uic,
    "lupdate": run_lupdate,
    "lrelease": run_lrelease,
    "fill": run_fill,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m meihao_desktop.gui.tools", description=__doc__.splitlines()[0]
    )
    parser.add_argument("command", choices=sorted(COMMANDS))
    args = parser.parse_args(argv)
    COMMANDS[args.command]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
