"""The words the compile screens use for scores, ranks, gates, eligibility and decisions."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from meihao_desktop.domain.numbers import shown
from meihao_desktop.services.compile import Standing

if TYPE_CHECKING:
    from meihao_desktop.services.compile import CompiledRow

NO_SCORE = "—"
FAILED_COLOUR = QColor("#a8071a")
UNKNOWN_COLOUR = QColor("#ad6800")
PASSED_COLOUR = QColor("#237804")
DECISIONS = ("recommend", "not_recommend")


def score_text(value: Decimal | None) -> str:
    """A score as printed: 2 decimals, rounded half-up; a dash for none."""
    return NO_SCORE if value is None else f"{shown(value):.2f}"


def decision_text(decision: str | None) -> str:
    translate = QCoreApplication.translate
    if decision == "recommend":
        return translate("CompileTexts", "Recommend")
    if decision == "not_recommend":
        return translate("CompileTexts", "Do not recommend")
    return translate("CompileTexts", "Undecided")


def method_text(method: str | None) -> str:
    translate = QCoreApplication.translate
    if method == "trimmed_mean":
        return translate("CompileTexts", "Highest and lowest dropped")
    if method == "mean":
        return translate("CompileTexts", "Mean")
    return ""


def gates_text(row: CompiledRow) -> str:
    translate = QCoreApplication.translate
    if row.gates_passed is None:
        return translate("CompileTexts", "Not checked")
    if row.gates_passed:
        return translate("CompileTexts", "Passed")
    return translate("CompileTexts", "Failed")


def gates_colour(row: CompiledRow) -> QColor | None:
    if row.gates_passed is False:
        return FAILED_COLOUR
    return UNKNOWN_COLOUR if row.gates_passed is None else None


def eligibility_failed(row: CompiledRow) -> bool:
    """A prerequisite is known not to be met (rather than merely not recorded)."""
    return any(result.status == "failed" for result in row.failed_eligibility)


def eligibility_text(row: CompiledRow) -> str:
    translate = QCoreApplication.translate
    if row.eligible:
        return translate("CompileTexts", "Eligible")
    if eligibility_failed(row):
        return translate("CompileTexts", "Not eligible")
    return translate("CompileTexts", "Facts missing")


def eligibility_colour(row: CompiledRow) -> QColor | None:
    if row.eligible:
        return None
    return FAILED_COLOUR if eligibility_failed(row) else UNKNOWN_COLOUR


def reasons(row: CompiledRow) -> list[str]:
    """Why the community is held back: failed gates (with who found them) and
    prerequisites, in the backend's Chinese wording."""
    translate = QCoreApplication.translate
    lines = [
        translate("CompileTexts", "Principle requirement {code} failed ({who}): {text}").format(
            code=gate.code, who="、".join(gate.inspectors), text=gate.text
        )
        for gate in row.failed_gates
    ]
    lines += [result.reason for result in row.failed_eligibility]
    return lines


def rank_text(row: CompiledRow) -> str:
    """The rank cell: the rank, 不参与排名 (vetoed), 暂不排名 (pending), or empty (no total)."""
    translate = QCoreApplication.translate
    if row.rank is not None:
        return str(row.rank)
    if row.standing is Standing.EXCLUDED:
        return translate("CompileTexts", "Not ranked")
    if row.standing is Standing.PENDING:
        return translate("CompileTexts", "Not yet ranked")
    return ""


def rank_colour(row: CompiledRow) -> QColor | None:
    if row.standing is Standing.EXCLUDED:
        return FAILED_COLOUR
    return UNKNOWN_COLOUR if row.standing is Standing.PENDING else None


def rank_tooltip(row: CompiledRow) -> str | None:
    """Why a community has no rank: the rule, then each requirement or prerequisite."""
    translate = QCoreApplication.translate
    if row.standing is Standing.EXCLUDED:
        rule = translate(
            "CompileTexts",
            "A community that fails a principle requirement or a prerequisite is not "
            "ranked, whatever its score:",
        )
        return "\n".join([rule, *reasons(row)])
    if row.standing is Standing.PENDING:
        rule = translate(
            "CompileTexts",
            "Ranked once every principle requirement is checked and every prerequisite recorded:",
        )
        return "\n".join([rule, *row.unranked_reasons])
    return None
