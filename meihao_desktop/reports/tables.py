"""Grid tables in the look of an official form: thin black rules, shaded header cells.

Every table names the form's font explicitly: reportlab's tables default to Helvetica,
which is never embedded and would appear in the PDF even with no text drawn in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from meihao_desktop.reports.flowables import GRID
from meihao_desktop.reports.fonts import register_font

SHADE = colors.HexColor("#EDEDED")

SECTION_SHADE = colors.HexColor("#F6F6F6")
Cell = Any  # a flowable, a list of flowables or a string
Command = tuple[Any, ...]


def grid_table(
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    header_rows: int = 0,
    commands: Sequence[Command] = (),
    row_heights: Sequence[float | None] | None = None,
) -> Table:
    """A table with a full grid; the first ``header_rows`` rows are shaded and repeated
    at the top of every page the table continues on.

    Rows move to the next page whole, as on a form filled in by hand; text that could
    make a row taller than a page must come in several rows (``text.chunks``).
    """
    style: list[Command] = [
        ("FONT", (0, 0), (-1, -1), register_font(), 9),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BOX", (0, 0), (-1, -1), 1.0, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    style.extend(commands)
    return Table(
        [list(row) for row in rows],
        colWidths=list(widths),
        rowHeights=None if row_heights is None else list(row_heights),
        repeatRows=header_rows,
        style=TableStyle(style),
        hAlign="LEFT",
    )


def label_value_table(
    rows: Sequence[Sequence[Cell]], widths: Sequence[float], *, one_value: Sequence[int] = ()
) -> Table:
    """A form header: shaded label cells (even columns) beside their values.

    The rows in ``one_value`` have a single label and one value across the rest.
    """
    commands: list[Command] = [("BACKGROUND", (0, 0), (0, -1), SHADE)]
    for row in range(len(rows)):
        if row in one_value:
            commands.append(("SPAN", (1, row), (-1, row)))
        else:
            commands += [
                ("BACKGROUND", (c, row), (c, row), SHADE) for c in range(2, len(widths), 2)
            ]
    return grid_table(rows, widths, commands=commands)


def plain_table(rows: Sequence[Sequence[Cell]], widths: Sequence[float]) -> Table:
    """A table without rules, for placing things side by side inside a cell."""
    style: list[Command] = [
        ("FONT", (0, 0), (-1, -1), register_font(), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    return Table([list(row) for row in rows], colWidths=list(widths), style=TableStyle(style))
