"""The bundled font renders Chinese even where the system has no CJK font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from meihao_desktop.gui.fonts import BUNDLED_FAMILY, install_bundled_font


def test_bundled_font_is_the_application_font(qapp: QApplication) -> None:
    family = install_bundled_font(qapp)
    assert family == BUNDLED_FAMILY
    assert qapp.font().family() == family
    # What Qt actually resolved, not merely what was asked for.
    assert QFontInfo(qapp.font()).family() == family


def test_bundled_font_covers_simplified_chinese(qapp: QApplication) -> None:
    family = install_bundled_font(qapp)
    assert family is not None
    writing_systems = QFontDatabase.writingSystems(family)
    assert QFontDatabase.WritingSystem.SimplifiedChinese in writing_systems
